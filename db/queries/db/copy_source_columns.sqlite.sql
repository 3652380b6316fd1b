-- The columns of one table of a SQLite database being copied, in their order.
SELECT name FROM pragma_table_info(:table_name) ORDER BY cid

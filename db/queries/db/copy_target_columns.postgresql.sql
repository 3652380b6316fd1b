-- Every column of every table a copy fills, in table and column order. The table of applied
-- migrations is the target own record of its schema and is not copied.
SELECT c.table_name, c.column_name
FROM information_schema.columns c
JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND t.table_name <> 'schema_migrations'
ORDER BY c.table_name, c.ordinal_position

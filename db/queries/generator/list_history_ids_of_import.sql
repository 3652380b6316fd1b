-- The records one history import stored, in file order.
SELECT id FROM subsidy_history WHERE import_id = :import_id ORDER BY file_row

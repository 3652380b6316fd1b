-- The auto-numbered columns of the tables a copy fills, whose sequences continue after the
-- copied numbers.
SELECT table_name, column_name
FROM information_schema.columns
WHERE table_schema = current_schema() AND is_identity = 'YES' AND table_name <> 'schema_migrations'
ORDER BY table_name

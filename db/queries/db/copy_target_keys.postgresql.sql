-- The primary keys, unique constraints and foreign keys of the tables a copy fills, with their
-- definitions, so they can be dropped before loading and made again after it.
SELECT t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid)
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
WHERE t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
  AND t.relname <> 'schema_migrations' AND c.contype IN ('p', 'u', 'f')
ORDER BY t.relname, c.conname

-- Serialises ledger writers for the rest of the transaction (a row lock on PostgreSQL, the
-- write lock on SQLite).
UPDATE ledger_lock SET operations = operations + 1 WHERE id = 1

-- Serialises the claims of one class for the rest of the transaction (a row lock on PostgreSQL,
-- the write lock on SQLite), so two submissions of the same claim at once find each other - the
-- second is told already_claimed - rather than the second failing on the unique index.
UPDATE classes SET updated_at = updated_at WHERE id = :class_id

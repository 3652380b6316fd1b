-- Staged rows of imports that never finished (the server stopped in the middle).
DELETE FROM trainee_import_rows WHERE staged_at < :before

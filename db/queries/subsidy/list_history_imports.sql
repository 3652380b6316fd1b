-- The imports of past subsidised trainings, newest first, a page at a time (keyset on id).
SELECT id, imported_at, imported_by, request_id, content_sm3, rows_imported
FROM subsidy_history_imports
WHERE (:after = 0 OR id < :after_id)
ORDER BY id DESC
LIMIT :limit

-- One import of past subsidised trainings (its records follow in the same transaction).
INSERT INTO subsidy_history_imports (imported_at, imported_by, request_id, content_sm3, rows_imported)
VALUES (:imported_at, :imported_by, :request_id, :content_sm3, :rows_imported)
RETURNING id

-- An open objection answered (the caller checks the row count).
UPDATE objections SET status = :status, answer = :answer, answered_by = :answered_by, answered_at = :answered_at
WHERE id = :id AND status = 'open'

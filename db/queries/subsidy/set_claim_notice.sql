-- An approved claim published in a notice (once - the caller checks the row count).
UPDATE claims SET notice_id = :notice_id, updated_at = :updated_at
WHERE id = :id AND status = 'approved' AND notice_id IS NULL

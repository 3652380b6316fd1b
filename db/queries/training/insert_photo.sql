-- No row affected when the photo was already stored (the same bytes).
INSERT INTO photos (sha256, content_type, bytes, terminal_id, received_at)
VALUES (:sha256, :content_type, :bytes, :terminal_id, :received_at)
ON CONFLICT (sha256) DO NOTHING

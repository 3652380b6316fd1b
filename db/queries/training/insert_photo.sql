-- No row affected when the photo was already stored (the same bytes). Its bytes are in the
-- pack named, from pack_offset (ADR 0012); phash is its perceptual hash, if it decoded.
INSERT INTO photos (sha256, content_type, bytes, terminal_id, received_at, pack, pack_offset, phash)
VALUES (:sha256, :content_type, :bytes, :terminal_id, :received_at, :pack, :pack_offset, :phash)
ON CONFLICT (sha256) DO NOTHING

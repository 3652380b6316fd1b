-- An evidence photo, once per inspection and hash.
INSERT INTO inspection_photos (inspection_id, sha256, content_type, bytes, pack, pack_offset, uploaded_at, uploaded_by)
VALUES (:inspection_id, :sha256, :content_type, :bytes, :pack, :pack_offset, :uploaded_at, :uploaded_by)
ON CONFLICT (inspection_id, sha256) DO NOTHING

SELECT sha256, content_type, bytes, pack, pack_offset, uploaded_at, uploaded_by
FROM inspection_photos
WHERE inspection_id = :inspection_id
ORDER BY uploaded_at, sha256

SELECT sha256, content_type, bytes, pack, pack_offset, uploaded_at, uploaded_by
FROM claim_audit_photos
WHERE audit_id = :audit_id
ORDER BY uploaded_at, sha256

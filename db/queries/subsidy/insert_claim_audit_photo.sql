-- An evidence photo of a claim audit, once per audit and hash.
INSERT INTO claim_audit_photos (audit_id, sha256, content_type, bytes, pack, pack_offset, uploaded_at, uploaded_by)
VALUES (:audit_id, :sha256, :content_type, :bytes, :pack, :pack_offset, :uploaded_at, :uploaded_by)
ON CONFLICT (audit_id, sha256) DO NOTHING

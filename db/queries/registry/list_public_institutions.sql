-- The public lists, exposed institutions (exited for cheating, with the published reason)
-- or model integrity institutions. Readable without signing in.
SELECT id, name, credit_code, type, region_code, status, assigned_auditor, exposed, exposure_reason, integrity_model, credit_check_overridden, created_at, updated_at, '' AS sort_key
FROM institutions
WHERE ((:list = 'exposed' AND exposed = 1) OR (:list_value = 'integrity' AND integrity_model = 1 AND status = 'active'))
  AND id > :after
ORDER BY id
LIMIT :limit

-- Terminals within the scope of the caller, newest first, by keyset on id.
SELECT t.id, t.institution_id, i.name, t.key_id, t.kind, t.name, t.public_key, t.status, t.created_at, t.created_by, t.revoked_at, t.revoked_by, t.revoked_reason
FROM terminals t JOIN institutions i ON i.id = t.institution_id
WHERE ((:region_like <> '' AND i.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(t.institution_id AS TEXT) = :org_id))
  AND (:after = 0 OR t.id < :after_id)
ORDER BY t.id DESC
LIMIT :limit

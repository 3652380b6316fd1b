-- The scope of the caller is part of the WHERE clause (a region subtree, or the own
-- organisation of the caller, that is an institution itself or an auditor assigned to review it).
-- Sorted and cut by keyset as in list_trainees.sql.
SELECT i.id, i.name, i.credit_code, i.type, i.region_code, i.status, i.assigned_auditor, i.exposed, i.exposure_reason, i.integrity_model, i.credit_check_overridden, i.created_at, i.updated_at, {sort_key} AS sort_key
FROM institutions i
WHERE ((:region_like <> '' AND i.region_code LIKE :region_like_value)
       OR (:org <> '' AND (CAST(i.id AS TEXT) = :org_id OR i.assigned_auditor = :org_auditor)))
  AND (:q = '' OR i.name LIKE :q_name ESCAPE '\' OR i.credit_code = :q_code)
  AND (:status = '' OR i.status = :status_value)
  AND (:region = '' OR i.region_code LIKE :region_value)
  AND {after}
ORDER BY {order}
LIMIT :limit

-- The scope of the caller is part of the WHERE clause (a region subtree, or the own
-- organisation of the caller, that is an institution itself or an auditor assigned to review it).
-- Sorted and cut by keyset as in list_trainees.sql; only the branches of the scope it has and the
-- filters set are in the text (src/db/keyset.hpp FillFilter).
SELECT i.id, i.name, i.credit_code, i.type, i.region_code, i.status, i.assigned_auditor, i.exposed, i.exposure_reason, i.integrity_model, i.credit_check_overridden, i.created_at, i.updated_at, {sort_key} AS sort_key
FROM institutions i
WHERE ({branch in_region i.region_code LIKE :scope_region}
       OR {branch itself i.id = :scope_institution}
       OR {branch audited_by i.assigned_auditor = :scope_auditor})
  AND {filter q i.name LIKE :q_name ESCAPE '\' OR i.credit_code = :q_code}
  AND {filter status i.status = :status}
  AND {filter region i.region_code LIKE :region}
  AND {after}
ORDER BY {order}
LIMIT :limit

-- A case opened by an inspection with a serious outcome, in the county of its institution (the
-- risk cases of V0036; its inspection is added as the first item by insert_case_item).
INSERT INTO risk_cases (title, institution_id, region_code, origin, status, opened_at, opened_by, updated_at)
SELECT :reason, i.id, i.region_code, 'inspection', 'open', :opened_at, :opened_by, :updated_at
FROM institutions i
WHERE i.id = :institution_id
RETURNING id

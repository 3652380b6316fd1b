-- The institution and county of an inspection, claim audit or recovery, for gathering it into a
-- case about that institution. One row when the object exists.
SELECT k.institution_id, k.region_code
FROM inspections x JOIN classes k ON k.id = x.class_id
WHERE :kind = 'inspection' AND x.id = :inspection_id
UNION ALL
SELECT k.institution_id, k.region_code
FROM claim_audits x JOIN claims c ON c.id = x.claim_id JOIN classes k ON k.id = c.class_id
WHERE :kind_again = 'claim_audit' AND x.id = :claim_audit_id
UNION ALL
SELECT k.institution_id, k.region_code
FROM recoveries x JOIN claims c ON c.id = x.claim_id JOIN classes k ON k.id = c.class_id
WHERE :kind_third = 'recovery' AND x.id = :recovery_id

-- The organiser of a sitting as registered, an evaluation body (kind, name, type, region, status)
-- or, with kind institution, an institution. One row at most.
SELECT 'evaluation_body', id, name, type, region_code, status
FROM organisations
WHERE kind = 'evaluation_body' AND id = :body_id
UNION ALL
SELECT 'institution', id, name, type, region_code, status
FROM institutions
WHERE id = :institution_id

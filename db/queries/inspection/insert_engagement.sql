INSERT INTO auditor_engagements (auditor_id, region_code, valid_from, valid_to, note, created_at, created_by)
VALUES (:auditor_id, :region_code, :valid_from, :valid_to, :note, :created_at, :created_by)
RETURNING id

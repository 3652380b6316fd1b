-- A case opened from a confirmed alert.
INSERT INTO risk_cases (title, institution_id, region_code, origin, status, opened_at, opened_by, updated_at)
VALUES (:title, :institution_id, :region_code, 'risk_alert', 'open', :opened_at, :opened_by, :updated_at)
RETURNING id

INSERT INTO institution_cases (institution_id, source, source_id, reason, status, opened_at, opened_by)
VALUES (:institution_id, 'inspection', :source_id, :reason, 'open', :opened_at, :opened_by)
RETURNING id

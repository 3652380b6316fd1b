INSERT INTO evaluation_filings (body_id, occupation_id, level, valid_from, valid_to, created_at, created_by)
VALUES (:body_id, :occupation_id, :level, :valid_from, :valid_to, :created_at, :created_by)
RETURNING id

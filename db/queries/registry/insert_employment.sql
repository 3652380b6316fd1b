INSERT INTO employments (enterprise_id, trainee_id, kind, start_date, end_date, created_at, created_by)
VALUES (:enterprise_id, :trainee_id, :kind, :start_date, :end_date, :created_at, :created_by)
RETURNING id

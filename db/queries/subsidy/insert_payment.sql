INSERT INTO payments (notice_id, city_code, status, lines, amount_fen, created_by, created_at)
VALUES (:notice_id, :city_code, 'committed', :lines, :amount_fen, :created_by, :created_at)
RETURNING id

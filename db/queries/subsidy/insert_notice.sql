INSERT INTO notices (region_code, title, published_on, ends_on, claims, lines, amount_fen, published_by, published_at)
VALUES (:region_code, :title, :published_on, :ends_on, :claims, :lines, :amount_fen, :published_by, :published_at)
RETURNING id

-- One payment batch within a region prefix.
SELECT id, notice_id, city_code, status, lines, amount_fen, created_by, created_at, paid_reference, paid_on, paid_by,
       paid_at
FROM payments
WHERE id = :id AND city_code LIKE :region_like

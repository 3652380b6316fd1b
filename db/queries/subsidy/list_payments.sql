-- Payment batches of cities within a region prefix, newest first by keyset on id.
SELECT id, notice_id, city_code, status, lines, amount_fen, created_by, created_at, paid_reference, paid_on, paid_by,
       paid_at
FROM payments
WHERE city_code LIKE :region_like
  AND (:after = 0 OR id < :after_id)
ORDER BY id DESC
LIMIT :limit

-- Recovery orders within reach - the payee own, or the cities within a region prefix - newest
-- first by keyset on id.
SELECT id, claim_id, city_code, payee, source, source_reference, reason, lines, amount_fen, repaid_fen, status,
       created_by, created_at
FROM recoveries
WHERE (payee = :payee OR city_code LIKE :region_like)
  AND (:after = 0 OR id < :after_id)
ORDER BY id DESC
LIMIT :limit

-- Claim audit draws of the cities within a prefix, newest first by keyset on id.
SELECT id, city_code, claimed_from, claimed_to, rate_1e4, seed, population_size, drawn, drawn_by, drawn_at
FROM claim_audit_draws
WHERE city_code LIKE :city_like
  AND (:after = 0 OR id < :after_id)
ORDER BY id DESC
LIMIT :limit

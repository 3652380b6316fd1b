-- One recovery order within reach (as in list_recoveries.sql).
SELECT id, claim_id, city_code, payee, source, source_reference, reason, lines, amount_fen, repaid_fen, status,
       created_by, created_at
FROM recoveries
WHERE id = :id AND (payee = :payee OR city_code LIKE :region_like)

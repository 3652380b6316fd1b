-- The journal, oldest first by keyset on id - the entries of the cities within a prefix and,
-- for the province, the budget entries of the fund too - with the claim and trainee of the line
-- an entry names (0 for none).
SELECT e.id, e.at, e.kind, COALESCE(e.city_code, ''), e.amount_fen, COALESCE(l.claim_id, 0), COALESCE(l.trainee_id, 0),
       COALESCE(e.payment_id, 0), COALESCE(e.recovery_id, 0), e.reference, e.actor
FROM ledger_entries e
LEFT JOIN claim_lines l ON l.id = e.claim_line_id
WHERE (e.city_code LIKE :city_like OR (e.city_code IS NULL AND :province = 1))
  AND e.id > :after
ORDER BY e.id
LIMIT :limit

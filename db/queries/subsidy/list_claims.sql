-- Claims within reach of the reader (as in find_claim.sql), newest first, by keyset on id.
SELECT c.id, c.class_id, k.name, i.name, c.claimant, c.kind, c.region_code, c.status, c.claimed_on, c.lines,
       c.paid_lines, c.amount_fen, c.proof_sm3, c.submitted_at, c.submitted_by, c.updated_at
FROM claims c
JOIN classes k ON k.id = c.class_id
JOIN institutions i ON i.id = k.institution_id
WHERE (c.claimant = :claimant OR c.region_code LIKE :region_like)
  AND (:after = 0 OR c.id < :after_id)
ORDER BY c.id DESC
LIMIT :limit

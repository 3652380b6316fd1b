-- Claims within reach of the reader (as in find_claim.sql), newest first, by keyset on id;
-- optionally only those a given level reviews now (stage), or in a given status.
SELECT c.id, c.class_id, k.name, i.name, c.claimant, c.kind, c.region_code, c.status, c.claimed_on, c.lines,
       c.paid_lines, c.amount_fen, c.proof_sm3, c.submitted_at, c.submitted_by, c.updated_at, c.review_levels,
       c.stage, c.due_on, c.approved_fen, c.notice_id, c.basis, c.claimant_name
FROM claims c
JOIN classes k ON k.id = c.class_id
JOIN institutions i ON i.id = k.institution_id
WHERE (c.claimant = :claimant OR c.region_code LIKE :region_like)
  AND (:stage = '' OR c.stage = :stage_value)
  AND (:status = '' OR c.status = :status_value)
  AND (:after = 0 OR c.id < :after_id)
ORDER BY c.id DESC
LIMIT :limit

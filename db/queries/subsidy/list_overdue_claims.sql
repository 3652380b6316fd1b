-- Claims in a region whose review stage is past its last day, for the reviewers superior - the
-- stages given (one or two levels below the reader), oldest claim first, by keyset on id.
SELECT c.id, c.class_id, k.name, i.name, c.claimant, c.kind, c.region_code, c.status, c.claimed_on, c.lines,
       c.paid_lines, c.amount_fen, c.proof_sm3, c.submitted_at, c.submitted_by, c.updated_at, c.review_levels,
       c.stage, c.due_on, c.approved_fen, c.notice_id, c.basis, c.claimant_name
FROM claims c
JOIN classes k ON k.id = c.class_id
JOIN institutions i ON i.id = k.institution_id
WHERE c.region_code LIKE :region_like
  AND c.stage IN (:stage_a, :stage_b)
  AND c.due_on < :today
  AND (:after = 0 OR c.id > :after_id)
ORDER BY c.id
LIMIT :limit

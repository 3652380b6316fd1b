-- The people on claims not rejected made within a span of dates (whole calendar years), each with
-- the claim, when it was submitted and its year - each a subsidised training the yearly limit counts,
-- paid or not.
SELECT l.trainee_id, d.id, d.submitted_at, substr(d.claimed_on, 1, 4)
FROM claim_lines l
JOIN claims d ON d.id = l.claim_id
WHERE d.status <> 'rejected' AND d.claimed_on >= :from_date AND d.claimed_on <= :to_date

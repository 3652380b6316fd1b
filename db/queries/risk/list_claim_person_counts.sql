-- Claims made within a span of dates, one row per line, with the instant each was submitted and
-- its calendar year - by claim and line, for the person-limit rule (how many trainings each person
-- had before the claim is counted from list_live_claim_people and list_history_years).
SELECT c.id, c.class_id, k.institution_id, k.region_code, c.lines, l.trainee_id, c.submitted_at,
       substr(c.claimed_on, 1, 4)
FROM claims c
JOIN classes k ON k.id = c.class_id
JOIN claim_lines l ON l.claim_id = c.id
WHERE c.claimed_on >= :from_date AND c.claimed_on <= :to_date
ORDER BY c.id, l.position

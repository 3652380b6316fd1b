-- Claims made within a span of dates, each with the lines the platform did not count (one row per
-- such line, or one row with no person when every line counts), by claim and line.
SELECT c.id, c.class_id, k.institution_id, k.region_code, c.status, c.lines, c.paid_lines, l.trainee_id, l.reasons
FROM claims c
JOIN classes k ON k.id = c.class_id
LEFT JOIN claim_lines l ON l.claim_id = c.id AND l.paid = 0
WHERE c.claimed_on >= :from_date AND c.claimed_on <= :to_date
ORDER BY c.id, l.position

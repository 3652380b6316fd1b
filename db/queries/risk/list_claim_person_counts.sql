-- Claims made within a span of dates, one row per line, with how many other subsidised trainings
-- its person had in the same calendar year before the claim - lines of other live claims submitted
-- before it, paid or not (the limit counts trainings), and imported history - by claim and line,
-- for the person-limit rule.
SELECT c.id, c.class_id, k.institution_id, k.region_code, c.lines, l.trainee_id,
  (SELECT COUNT(*) FROM claim_lines o
   JOIN claims d ON d.id = o.claim_id
   WHERE o.trainee_id = l.trainee_id AND d.id <> c.id
     AND d.status <> 'rejected' AND d.submitted_at < c.submitted_at
     AND substr(d.claimed_on, 1, 4) = substr(c.claimed_on, 1, 4))
  + (SELECT COUNT(*) FROM subsidy_history h
     JOIN trainees t ON t.id = l.trainee_id
     WHERE h.id_number_index = t.id_number_index AND substr(h.trained_on, 1, 4) = substr(c.claimed_on, 1, 4))
FROM claims c
JOIN classes k ON k.id = c.class_id
JOIN claim_lines l ON l.claim_id = c.id
WHERE c.claimed_on >= :from_date AND c.claimed_on <= :to_date
ORDER BY c.id, l.position

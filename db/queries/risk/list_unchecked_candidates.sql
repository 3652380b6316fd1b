-- Candidates with marks at the locked sittings held within a span of dates whose terminal checked
-- somebody in, who were never checked in there themselves, by sitting.
SELECT c.sitting_id, COALESCE(c.class_id, 0), COALESCE(s.institution_id, k.institution_id), s.region_code,
       c.trainee_id
FROM sitting_candidates c
JOIN assessment_sittings s ON s.id = c.sitting_id
LEFT JOIN classes k ON k.id = c.class_id
WHERE s.status = 'locked' AND s.sitting_date >= :from_date AND s.sitting_date <= :to_date
  AND COALESCE(c.absent, 0) = 0 AND (c.theory IS NOT NULL OR c.practical IS NOT NULL)
  AND EXISTS (SELECT 1 FROM sitting_checkins x WHERE x.sitting_id = c.sitting_id)
  AND NOT EXISTS (SELECT 1 FROM sitting_checkins x WHERE x.sitting_id = c.sitting_id AND x.trainee_id = c.trainee_id)
ORDER BY c.sitting_id, c.trainee_id

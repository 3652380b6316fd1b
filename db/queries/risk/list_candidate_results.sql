-- Every candidate of the locked sittings held within a span of dates, with their marks, by
-- sitting; the place is the class they trained in, its institution (or the organising school)
-- and the county of the sitting.
SELECT c.sitting_id, COALESCE(c.class_id, 0), COALESCE(s.institution_id, k.institution_id), s.region_code,
       c.trainee_id, c.theory, c.practical, COALESCE(c.absent, 0), COALESCE(c.passed, 0)
FROM sitting_candidates c
JOIN assessment_sittings s ON s.id = c.sitting_id
LEFT JOIN classes k ON k.id = c.class_id
WHERE s.status = 'locked' AND s.sitting_date >= :from_date AND s.sitting_date <= :to_date
ORDER BY c.sitting_id, c.trainee_id

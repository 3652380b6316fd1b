-- Assessment of the finished classes in scope that ended in the period (应评尽评), over the
-- trainees who reached the attendance threshold (kept attendance), counted as the outcome
-- figures count them (assessment/count_outcomes_by_institution.sql), with the exemptions.
SELECT COUNT(*),
       COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM sitting_candidates sc
                                      JOIN assessment_sittings s ON s.id = sc.sitting_id
                                      WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id
                                        AND s.status <> 'cancelled')
                         THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM assessment_exemptions x
                                      WHERE x.class_id = c.id AND x.trainee_id = a.trainee_id)
                         THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM sitting_candidates sc
                                      WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id AND sc.absent = 0)
                         THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM sitting_candidates sc
                                      WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id AND sc.passed = 1)
                         THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM sitting_candidates sc
                                      JOIN certificates ce ON ce.candidate_id = sc.id
                                      WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id
                                        AND ce.status = 'valid')
                         THEN 1 ELSE 0 END), 0)
FROM classes c
JOIN class_attendance a ON a.class_id = c.id
WHERE a.rate_1e4 >= :threshold_1e4
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.status = 'finished'
  AND c.end_date >= :first_day
  AND c.end_date <= :last_day

-- Outcome figures of finished classes that ended in a period, per institution, occupation and
-- level, over the trainees who reached the attendance threshold (kept attendance), within reach
-- of the reader (a region prefix, or the institution itself), optionally of one institution type.
SELECT CAST(c.institution_id AS TEXT), i.name, p.occupation_id, o.name, COALESCE(p.level, 0),
       COUNT(*),
       SUM(CASE WHEN EXISTS (SELECT 1 FROM sitting_candidates sc JOIN assessment_sittings s ON s.id = sc.sitting_id
                             WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id AND s.status <> 'cancelled')
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN EXISTS (SELECT 1 FROM sitting_candidates sc
                             WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id AND sc.absent = 0)
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN EXISTS (SELECT 1 FROM sitting_candidates sc
                             WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id AND sc.passed = 1)
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN EXISTS (SELECT 1 FROM sitting_candidates sc JOIN certificates ce ON ce.candidate_id = sc.id
                             WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id AND ce.status = 'valid')
                THEN 1 ELSE 0 END)
FROM classes c
JOIN class_attendance a ON a.class_id = c.id
JOIN institutions i ON i.id = c.institution_id
JOIN training_projects p ON p.id = c.project_id
JOIN occupations o ON o.id = p.occupation_id
WHERE c.status = 'finished'
  AND c.end_date >= :from_date
  AND c.end_date <= :to_date
  AND a.rate_1e4 >= :threshold
  AND (c.region_code LIKE :region_like OR c.institution_id = :institution_id)
  AND (:institution_type = '' OR i.type = :institution_type_again)
GROUP BY c.institution_id, i.name, p.occupation_id, o.name, COALESCE(p.level, 0)
ORDER BY i.name, c.institution_id, o.name, 5
LIMIT :limit

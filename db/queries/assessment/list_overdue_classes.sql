-- 应评尽评 overdue, finished classes under the region prefix of the reader that ended on or before the
-- cutoff and still have eligible trainees (kept attendance at or above the threshold) who are
-- neither a candidate of a sitting not cancelled nor exempted with a reason; by keyset on id.
SELECT c.id, c.name, i.name, c.region_code, c.end_date,
       COUNT(*),
       SUM(CASE WHEN NOT EXISTS (SELECT 1
                                 FROM sitting_candidates sc
                                 JOIN assessment_sittings s ON s.id = sc.sitting_id
                                 WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id AND s.status <> 'cancelled')
                 AND NOT EXISTS (SELECT 1
                                 FROM assessment_exemptions e
                                 WHERE e.class_id = c.id AND e.trainee_id = a.trainee_id)
                THEN 1 ELSE 0 END)
FROM classes c
JOIN institutions i ON i.id = c.institution_id
JOIN class_attendance a ON a.class_id = c.id
WHERE c.status = 'finished'
  AND c.region_code LIKE :region_like
  AND c.end_date <= :cutoff
  AND a.rate_1e4 >= :threshold
  AND c.id > :after
GROUP BY c.id, c.name, i.name, c.region_code, c.end_date
HAVING SUM(CASE WHEN NOT EXISTS (SELECT 1
                                 FROM sitting_candidates sc
                                 JOIN assessment_sittings s ON s.id = sc.sitting_id
                                 WHERE sc.class_id = c.id AND sc.trainee_id = a.trainee_id AND s.status <> 'cancelled')
                 AND NOT EXISTS (SELECT 1
                                 FROM assessment_exemptions e
                                 WHERE e.class_id = c.id AND e.trainee_id = a.trainee_id)
                THEN 1 ELSE 0 END) > 0
ORDER BY c.id
LIMIT :limit

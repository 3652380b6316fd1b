-- Outcome figures of locked sittings held in a period, per organiser, occupation and level,
-- within reach of the reader (a region prefix, or the organiser itself).
SELECT s.organiser, s.organiser_name, s.occupation_id, o.name, COALESCE(s.level, 0),
       COUNT(*),
       COUNT(*),
       SUM(CASE WHEN sc.absent = 0 THEN 1 ELSE 0 END),
       SUM(CASE WHEN sc.passed = 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN ce.status = 'valid' THEN 1 ELSE 0 END)
FROM assessment_sittings s
JOIN sitting_candidates sc ON sc.sitting_id = s.id
JOIN occupations o ON o.id = s.occupation_id
LEFT JOIN certificates ce ON ce.candidate_id = sc.id
WHERE s.status = 'locked'
  AND s.sitting_date >= :from_date
  AND s.sitting_date <= :to_date
  AND (s.region_code LIKE :region_like OR s.organiser = :organiser)
GROUP BY s.organiser, s.organiser_name, s.occupation_id, o.name, COALESCE(s.level, 0)
ORDER BY s.organiser_name, s.organiser, o.name, 5
LIMIT :limit

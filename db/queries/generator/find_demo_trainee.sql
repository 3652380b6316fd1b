-- The trainee account of the demo - someone on the roster (before the start, not withdrawn) of one of
-- the finished classes of the showcase institution that an institution or a trainee may claim -
-- first one nobody has claimed for in that class, then one holding a valid certificate of the
-- trade of the class, then the latest class.
SELECT r.trainee_id
FROM class_roster r
JOIN classes k ON k.id = r.class_id
JOIN training_projects p ON p.id = k.project_id
WHERE k.institution_id = :institution_id AND k.status = 'finished' AND r.before_start = 1 AND r.withdrawn_at IS NULL
  AND k.training_type NOT IN ('apprenticeship', 'work_in_lieu')
ORDER BY CASE WHEN EXISTS (SELECT 1 FROM claim_lines l JOIN claims c ON c.id = l.claim_id
                           WHERE l.trainee_id = r.trainee_id AND c.class_id = k.id) THEN 1 ELSE 0 END,
         CASE WHEN EXISTS (SELECT 1 FROM certificates ce WHERE ce.trainee_id = r.trainee_id
                           AND ce.occupation_id = p.occupation_id AND ce.status = 'valid') THEN 0 ELSE 1 END,
         k.end_date DESC, r.trainee_id
LIMIT 1

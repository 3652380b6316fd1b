-- The candidates of a sitting with their result in force, how often it was amended and the
-- certificate issued on it, in the order they were put on the sitting.
SELECT sc.id, sc.trainee_id, t.name, t.id_number_sealed, sc.class_id, sc.theory, sc.practical, sc.absent, sc.passed,
       sc.first_theory, sc.first_practical, sc.first_absent, sc.entered_at, sc.entered_by,
       (SELECT COUNT(*) FROM sitting_result_amendments a WHERE a.candidate_id = sc.id),
       ce.number, ce.status
FROM sitting_candidates sc
JOIN trainees t ON t.id = sc.trainee_id
LEFT JOIN certificates ce ON ce.candidate_id = sc.id
WHERE sc.sitting_id = :sitting_id
ORDER BY sc.id

-- Who of a class is a candidate of a sitting not cancelled, and of which.
SELECT sc.trainee_id, sc.sitting_id
FROM sitting_candidates sc
JOIN assessment_sittings s ON s.id = sc.sitting_id
WHERE sc.class_id = :class_id AND s.status <> 'cancelled'
ORDER BY sc.trainee_id

-- The roster members of a class employed by (or apprenticed to) an enterprise on the first day of the class,
-- each employment covering that day, newest first per person (the caller keeps the
-- first; an apprenticeship before an employment begun the same day).
SELECT r.trainee_id, e.kind, e.start_date, e.end_date
FROM class_roster r
JOIN classes k ON k.id = r.class_id
JOIN employments e ON e.trainee_id = r.trainee_id AND e.enterprise_id = :enterprise_id
                      AND e.start_date <= k.start_date AND (e.end_date IS NULL OR e.end_date >= k.start_date)
WHERE r.class_id = :class_id
ORDER BY r.trainee_id, e.start_date DESC, e.kind

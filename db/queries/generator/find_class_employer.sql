-- The enterprise that employed (or apprenticed) the most of the roster of a class on its first
-- day, to claim an apprenticeship class as its employer would; none when nobody was employed.
SELECT e.enterprise_id
FROM class_roster r
JOIN classes k ON k.id = r.class_id
JOIN employments e ON e.trainee_id = r.trainee_id AND e.start_date <= k.start_date
                      AND (e.end_date IS NULL OR e.end_date >= k.start_date)
WHERE r.class_id = :class_id AND r.before_start = 1
GROUP BY e.enterprise_id
ORDER BY COUNT(*) DESC, e.enterprise_id
LIMIT 1

-- Finished classes whose attendance is not kept yet or went stale, oldest first, with the
-- stale count seen (0 when never computed); settling writes only if it is still that count.
SELECT c.id, COALESCE(s.stale, 0)
FROM classes c
LEFT JOIN class_attendance_settled s ON s.class_id = c.id
WHERE c.status = 'finished'
  AND (s.class_id IS NULL OR s.stale > 0)
ORDER BY c.id
LIMIT :limit

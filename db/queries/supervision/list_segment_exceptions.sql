-- Online-learning segments that do not count, in the scope of the caller, filtered, newest stored
-- first, by keyset on id (partial index online_segments_not_counting).
SELECT g.id, g.started_at, g.ended_at, g.received_at, g.course_item, g.class_id, c.name, c.institution_id, i.name,
       c.region_code, g.trainee_id, tr.name, g.terminal_id, t.name, t.key_id, g.reasons
FROM online_segments g
JOIN classes c ON c.id = g.class_id
JOIN institutions i ON i.id = c.institution_id
JOIN trainees tr ON tr.id = g.trainee_id
JOIN terminals t ON t.id = g.terminal_id
{include segment_exception_filters}
  AND {filter after g.id < :after_id}
ORDER BY g.id DESC
LIMIT :limit

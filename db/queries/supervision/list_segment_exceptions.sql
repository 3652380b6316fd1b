-- Online-learning segments that do not count, in the scope of the caller, filtered, newest stored
-- first, by keyset on id (partial index online_segments_not_counting).
SELECT g.id, g.started_at, g.ended_at, g.received_at, g.course_item, g.class_id, c.name, c.institution_id, i.name,
       c.region_code, g.trainee_id, tr.name, g.terminal_id, t.name, t.key_id, g.reasons
FROM online_segments g
JOIN classes c ON c.id = g.class_id
JOIN institutions i ON i.id = c.institution_id
JOIN trainees tr ON tr.id = g.trainee_id
JOIN terminals t ON t.id = g.terminal_id
WHERE g.counts = 0
  AND {scope}
  AND {filter class g.class_id = :class}
  AND {filter terminal g.terminal_id = :terminal}
  AND {filter institution c.institution_id = :institution}
  AND {filter region c.region_code LIKE :region}
  AND {filter reason g.reasons LIKE :reason ESCAPE '\'}
  AND {filter from g.started_at >= :from}
  AND {filter to g.started_at < :to}
  AND {filter after g.id < :after_id}
ORDER BY g.id DESC
LIMIT :limit

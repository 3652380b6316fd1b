-- Check-ins that do not count, in the scope of the caller (region or institution of the class),
-- filtered, newest stored first, by keyset on id. The partial index checkins_not_counting
-- keeps the walk to the events that do not count.
-- The page is chosen from the check-ins and their classes alone and only its rows are joined to
-- the names shown - PostgreSQL planned the six-table join of every request in 6 ms (three
-- quarters of the request), the two-table page and the lookups after it in under 1 ms, the
-- same plan for the page (docs/performance.md).
WITH page AS MATERIALIZED (
  SELECT k.id, k.captured_at, k.received_at, k.kind, k.class_id, c.name AS class_name, c.institution_id,
         c.region_code, k.session_id, k.trainee_id, k.terminal_id, k.distance_m, k.face_score, k.liveness_score,
         k.reasons
  FROM checkins k
  JOIN classes c ON c.id = k.class_id
  {include checkin_exception_filters}
    AND {filter after k.id < :after_id}
  ORDER BY k.id DESC
  LIMIT :limit
)
SELECT p.id, p.captured_at, p.received_at, p.kind, p.class_id, p.class_name, p.institution_id, i.name, p.region_code,
       p.session_id, s.session_date, s.start_time, s.end_time, p.trainee_id, tr.name, p.terminal_id, t.name, t.key_id,
       p.distance_m, p.face_score, p.liveness_score, p.reasons
FROM page p
JOIN institutions i ON i.id = p.institution_id
JOIN class_sessions s ON s.id = p.session_id
JOIN trainees tr ON tr.id = p.trainee_id
JOIN terminals t ON t.id = p.terminal_id
ORDER BY p.id DESC

-- The population of a spot-check draw, the classes held on site (not online) that have a
-- session on the day and are approved or running, in the region (a code prefix LIKE).
SELECT DISTINCT c.id, c.institution_id
FROM class_sessions s
JOIN classes c ON c.id = s.class_id
WHERE s.session_date = :day
  AND c.status IN ('approved', 'running')
  AND c.mode <> 'online'
  AND c.region_code LIKE :region_like
ORDER BY c.id

-- Consecutive check-ins of one person, in capture order within a span of instants (Unix ms), made
-- at two different classes - each pair with both positions and instants, for the travel rule.
SELECT m.trainee_id, m.prev_id, m.prev_class, m.prev_at, m.prev_latitude, m.prev_longitude,
       m.id, m.captured_at, m.latitude_e6, m.longitude_e6, m.class_id, k.institution_id, k.region_code
FROM (SELECT c.id, c.trainee_id, c.class_id, c.captured_at, c.latitude_e6, c.longitude_e6,
             LAG(c.id) OVER w AS prev_id, LAG(c.class_id) OVER w AS prev_class, LAG(c.captured_at) OVER w AS prev_at,
             LAG(c.latitude_e6) OVER w AS prev_latitude, LAG(c.longitude_e6) OVER w AS prev_longitude
      FROM checkins c
      WHERE c.captured_at >= :from_at AND c.captured_at < :to_at
      WINDOW w AS (PARTITION BY c.trainee_id ORDER BY c.captured_at, c.id)) m
JOIN classes k ON k.id = m.class_id
WHERE m.prev_class IS NOT NULL AND m.prev_class <> m.class_id
ORDER BY m.trainee_id, m.captured_at, m.id

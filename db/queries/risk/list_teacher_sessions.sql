-- Every session of a span of days of the classes that ran, with its teacher (the blind index of
-- the ID number names one person across classes), its class, hours and venue position, by
-- teacher, day and start - for the rule on teachers in two places.
SELECT t.id_number_index, t.id, s.id, s.class_id, k.institution_id, k.region_code, s.session_date, s.start_time,
       s.end_time, v.latitude_e6, v.longitude_e6
FROM class_sessions s
JOIN class_teachers t ON t.id = s.teacher_id
JOIN classes k ON k.id = s.class_id
LEFT JOIN venues v ON v.id = k.venue_id
WHERE s.session_date >= :from_date AND s.session_date <= :to_date
  AND k.status IN ('approved', 'running', 'finished')
ORDER BY t.id_number_index, s.session_date, s.start_time, s.id

-- The events that count towards a class trainee hours, by trainee - check-ins and online
-- segments - named as the proof names them.
SELECT trainee_id, 'checkin:' || CAST(id AS TEXT) FROM checkins WHERE class_id = :class_id AND counts = 1
UNION ALL
SELECT trainee_id, 'segment:' || CAST(id AS TEXT) FROM online_segments WHERE class_id = :class_id_again AND counts = 1
ORDER BY 1, 2

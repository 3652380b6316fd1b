-- How many check-ins each class has in all (by the class index alone), so that a sweep judges a
-- class as soon as it has read them all.
SELECT class_id, COUNT(*) FROM checkins GROUP BY class_id

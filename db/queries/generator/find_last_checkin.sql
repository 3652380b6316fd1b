-- The highest check-in id so far (0 for none).
SELECT COALESCE(MAX(id), 0) FROM checkins

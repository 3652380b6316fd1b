-- The lowest and highest check-in id there is - a long span reads the whole table in id order.
SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), -1) FROM checkins

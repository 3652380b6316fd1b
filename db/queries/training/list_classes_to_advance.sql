-- Approved classes whose start date has come and running classes whose end date has passed.
SELECT id FROM classes
WHERE (status = 'approved' AND start_date <= :today_a) OR (status = 'running' AND end_date < :today_b)
ORDER BY id

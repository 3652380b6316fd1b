-- The first check-in that counts of each candidate at a sitting (trainee, instant).
SELECT trainee_id, MIN(captured_at) FROM sitting_checkins
WHERE sitting_id = :sitting_id AND counts = 1
GROUP BY trainee_id

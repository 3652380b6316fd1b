-- Another segment of the same learner that shares any time with the given period.
SELECT s.id FROM online_segments s
WHERE s.trainee_id = :trainee_id AND s.started_at < :ended_at AND s.ended_at > :started_at
LIMIT 1

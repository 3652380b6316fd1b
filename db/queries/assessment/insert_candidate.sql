INSERT INTO sitting_candidates (sitting_id, trainee_id, class_id)
VALUES (:sitting_id, :trainee_id, :class_id)

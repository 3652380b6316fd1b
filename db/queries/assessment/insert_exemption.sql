INSERT INTO assessment_exemptions (class_id, trainee_id, reason, note, recorded_at, recorded_by)
VALUES (:class_id, :trainee_id, :reason, :note, :recorded_at, :recorded_by)

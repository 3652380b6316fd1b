SELECT trainee_id, reason, note, recorded_at, recorded_by
FROM assessment_exemptions
WHERE class_id = :class_id
ORDER BY trainee_id

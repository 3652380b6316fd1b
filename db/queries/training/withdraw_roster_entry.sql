UPDATE class_roster
SET withdrawn_at = :withdrawn_at, withdrawn_by = :withdrawn_by, withdrawn_reason = :withdrawn_reason
WHERE class_id = :class_id AND trainee_id = :trainee_id AND withdrawn_at IS NULL

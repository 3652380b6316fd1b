DELETE FROM assessment_exemptions WHERE class_id = :class_id AND trainee_id = :trainee_id

INSERT INTO occupation_changes (occupation_id, changed_at, changed_by, request_id, field, old_value, new_value)
VALUES (:occupation_id, :changed_at, :changed_by, :request_id, :field, :old_value, :new_value)

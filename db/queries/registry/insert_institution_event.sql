INSERT INTO institution_events (institution_id, at, actor, action, from_status, to_status, reason, request_id)
VALUES (:institution_id, :at, :actor, :action, :from_status, :to_status, :reason, :request_id)

INSERT INTO class_events (class_id, at, actor, action, from_status, to_status, reason, detail, request_id)
VALUES (:class_id, :at, :actor, :action, :from_status, :to_status, :reason, :detail, :request_id)

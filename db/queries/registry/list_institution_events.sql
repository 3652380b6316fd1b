SELECT id, at, actor, action, from_status, to_status, reason
FROM institution_events
WHERE institution_id = :institution_id
ORDER BY id

SELECT seq, at, user_id, username, role, action, object_type, object_id, outcome, request_id,
       client_ip, detail, prev_hash, hash
FROM audit_records
WHERE seq > :after
ORDER BY seq
LIMIT :limit

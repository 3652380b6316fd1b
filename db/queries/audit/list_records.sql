-- Records in ascending seq after a cursor, optionally within days (UTC millis, [from, to)), of
-- one account and of actions starting with a prefix.
SELECT seq, at, user_id, username, role, action, object_type, object_id, outcome, request_id,
       client_ip, detail, prev_hash, hash
FROM audit_records
WHERE seq > :after
  AND (CAST(:from AS BIGINT) = 0 OR at >= :from_value)
  AND (CAST(:to AS BIGINT) = 0 OR at < :to_value)
  AND (:username = '' OR username = :username_value)
  AND (:action = '' OR action LIKE :action_prefix ESCAPE '\')
ORDER BY seq
LIMIT :limit

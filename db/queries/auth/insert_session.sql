INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, client_ip, user_agent)
VALUES (:token_hash, :user_id, :created_at, :last_seen_at, :expires_at, :client_ip, :user_agent)
RETURNING id

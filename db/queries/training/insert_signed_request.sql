-- The replay store - no row comes back when the terminal already sent this exact signed text.
INSERT INTO signed_requests (terminal_id, signed_sha256, signature, signed_at, received_at, target)
VALUES (:terminal_id, :signed_sha256, :signature, :signed_at, :received_at, :target)
ON CONFLICT (terminal_id, signed_sha256) DO NOTHING
RETURNING id

INSERT INTO checkin_batches (terminal_id, signed_request_id, received_at, events, stored, duplicates, counting)
VALUES (:terminal_id, :signed_request_id, :received_at, :events, 0, 0, 0)
RETURNING id

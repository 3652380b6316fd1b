-- Takes the next `n` serials of a numbering key; returns the last one taken. The row lock this
-- takes serialises issuing under one key until the transaction ends.
INSERT INTO certificate_counters (counter_key, last_serial)
VALUES (:counter_key, :n)
ON CONFLICT (counter_key) DO UPDATE SET last_serial = certificate_counters.last_serial + :n_again
RETURNING last_serial

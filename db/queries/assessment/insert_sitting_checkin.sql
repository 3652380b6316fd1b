-- Nothing is inserted (no row affected) for an event id the terminal already sent.
INSERT INTO sitting_checkins (terminal_id, event_id, batch_id, sitting_id, trainee_id, captured_at, received_at,
                              latitude_e6, longitude_e6, distance_m, face_score, liveness_score, photo_sha256,
                              counts, reasons)
VALUES (:terminal_id, :event_id, :batch_id, :sitting_id, :trainee_id, :captured_at, :received_at,
        :latitude_e6, :longitude_e6, :distance_m, :face_score, :liveness_score, :photo_sha256,
        :counts, :reasons)
ON CONFLICT (terminal_id, event_id) DO NOTHING

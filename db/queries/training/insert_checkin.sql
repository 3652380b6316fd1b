-- Nothing is inserted (no row affected) for an event id the terminal already sent. The perceptual
-- hash of the photo is the one the caller holds for a photo kept but not recorded yet (the
-- bulk path of the generator), else copied when the photo arrived first (else photo_service sets it).
INSERT INTO checkins (terminal_id, event_id, batch_id, class_id, session_id, trainee_id, kind, captured_at,
                      received_at, latitude_e6, longitude_e6, distance_m, face_score, liveness_score, photo_sha256,
                      counts, reasons, photo_phash)
VALUES (:terminal_id, :event_id, :batch_id, :class_id, :session_id, :trainee_id, :kind, :captured_at,
        :received_at, :latitude_e6, :longitude_e6, :distance_m, :face_score, :liveness_score, :photo_sha256,
        :counts, :reasons, COALESCE(:held_photo_phash, (SELECT p.phash FROM photos p WHERE p.sha256 = :photo_of_hash)))
ON CONFLICT (terminal_id, event_id) DO NOTHING

-- A batch of check-ins in one statement (PostgreSQL only; SQLite runs insert_checkin once a row,
-- in process). Each parameter but the first three is an array literal with one element a row,
-- in the batch order. Returns the event ids stored; an event id the terminal already sent, or
-- one repeated later in the same batch, is not stored again (the first one stays). The perceptual
-- hash of the photo is the one the caller holds for a photo kept but not recorded yet (the
-- bulk path of the generator), else copied when the photo arrived first (else photo_service sets it).
INSERT INTO checkins (terminal_id, event_id, batch_id, class_id, session_id, trainee_id, kind, captured_at,
                      received_at, latitude_e6, longitude_e6, distance_m, face_score, liveness_score, photo_sha256,
                      counts, reasons, photo_phash)
SELECT :terminal_id, r.event_id, :batch_id, r.class_id, r.session_id, r.trainee_id, r.kind, r.captured_at,
       :received_at, r.latitude_e6, r.longitude_e6, r.distance_m, r.face_score, r.liveness_score, r.photo_sha256,
       r.counts, r.reasons, COALESCE(r.held_phash, (SELECT p.phash FROM photos p WHERE p.sha256 = r.photo_sha256))
FROM unnest(CAST(:event_ids AS TEXT[]), CAST(:class_ids AS BIGINT[]), CAST(:session_ids AS BIGINT[]),
            CAST(:trainee_ids AS BIGINT[]), CAST(:kinds AS TEXT[]), CAST(:captured_ats AS BIGINT[]),
            CAST(:latitudes_e6 AS BIGINT[]), CAST(:longitudes_e6 AS BIGINT[]), CAST(:distances_m AS INTEGER[]),
            CAST(:face_scores AS DOUBLE PRECISION[]), CAST(:liveness_scores AS DOUBLE PRECISION[]),
            CAST(:photo_sha256s AS TEXT[]), CAST(:counts AS INTEGER[]), CAST(:reasons AS TEXT[]),
            CAST(:held_phashes AS TEXT[]))
     WITH ORDINALITY AS r (event_id, class_id, session_id, trainee_id, kind, captured_at, latitude_e6, longitude_e6,
                           distance_m, face_score, liveness_score, photo_sha256, counts, reasons, held_phash, n)
ORDER BY r.n
ON CONFLICT (terminal_id, event_id) DO NOTHING
RETURNING event_id

-- Nothing is inserted (no row affected) for a segment id the platform already sent.
INSERT INTO online_segments (terminal_id, segment_id, batch_id, class_id, trainee_id, course_item, started_at,
                             ended_at, received_at, face_checks, counts, reasons)
VALUES (:terminal_id, :segment_id, :batch_id, :class_id, :trainee_id, :course_item, :started_at, :ended_at,
        :received_at, :face_checks, :counts, :reasons)
ON CONFLICT (terminal_id, segment_id) DO NOTHING

-- Online learning (R-W3). An institution registers the online-learning platform that serves
-- its online and mixed classes as a device of kind 'online', with its Ed25519 key and no
-- venues; it signs its uploads exactly as a check-in terminal does. The platform reports
-- learning segments (who learnt what, from when to when) with the face checks made during
-- each; like check-ins, every well-formed segment is kept with the reasons it does not count.
-- Segment batches are recorded in checkin_batches like check-in batches.
ALTER TABLE terminals ADD COLUMN kind TEXT NOT NULL DEFAULT 'checkin' CHECK (kind IN ('checkin', 'online'));

CREATE TABLE online_segments (
  id ${ID_PK},
  terminal_id BIGINT NOT NULL REFERENCES terminals (id),
  segment_id TEXT NOT NULL,
  batch_id BIGINT NOT NULL REFERENCES checkin_batches (id),
  class_id BIGINT NOT NULL REFERENCES classes (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  course_item TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  ended_at BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  -- The face checks as reported (JSON array of {at, face_score, liveness_score, photo_sha256}).
  face_checks TEXT NOT NULL,
  counts INTEGER NOT NULL CHECK (counts IN (0, 1)),
  reasons TEXT NOT NULL,
  CONSTRAINT online_segments_key UNIQUE (terminal_id, segment_id),
  CONSTRAINT online_segments_period_check CHECK (ended_at > started_at)
);
CREATE INDEX online_segments_trainee ON online_segments (trainee_id, started_at);
CREATE INDEX online_segments_class ON online_segments (class_id, trainee_id);

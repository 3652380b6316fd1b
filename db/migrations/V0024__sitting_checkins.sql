-- Candidates check in by real name at an assessment sitting (ADR 0013 decision 4), through a
-- terminal's signed upload: the same signature check and replay store (signed_requests) and
-- the same batch rows (checkin_batches) as class check-ins.
--
-- The host institution is the site whose terminals serve the sitting: the class's institution
-- for a class's sitting (the organiser's own for a 结业考核), or the one an evaluation body names
-- for a sitting of individual candidates. A sitting without a host has no terminal check-in.
ALTER TABLE assessment_sittings ADD COLUMN host_institution_id BIGINT REFERENCES institutions (id);
UPDATE assessment_sittings
SET host_institution_id = COALESCE(institution_id,
                                   (SELECT c.institution_id FROM classes c WHERE c.id = assessment_sittings.class_id));
CREATE INDEX assessment_sittings_host ON assessment_sittings (host_institution_id, sitting_date);

-- Every well-formed capture from a serving terminal, counted or not: `counts` is 0 when a rule
-- was broken and `reasons` (JSON array) says which. An event id is stored once per terminal.
CREATE TABLE sitting_checkins (
  id ${ID_PK},
  terminal_id BIGINT NOT NULL REFERENCES terminals (id),
  event_id TEXT NOT NULL,
  batch_id BIGINT NOT NULL REFERENCES checkin_batches (id),
  sitting_id BIGINT NOT NULL REFERENCES assessment_sittings (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  captured_at BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  latitude_e6 BIGINT NOT NULL,
  longitude_e6 BIGINT NOT NULL,
  distance_m INTEGER,
  face_score DOUBLE PRECISION NOT NULL,
  liveness_score DOUBLE PRECISION NOT NULL,
  photo_sha256 TEXT NOT NULL,
  counts INTEGER NOT NULL CHECK (counts IN (0, 1)),
  reasons TEXT NOT NULL,
  CONSTRAINT sitting_checkins_event_key UNIQUE (terminal_id, event_id)
);
CREATE INDEX sitting_checkins_sitting ON sitting_checkins (sitting_id, trainee_id, captured_at);
CREATE INDEX sitting_checkins_photo ON sitting_checkins (photo_sha256);

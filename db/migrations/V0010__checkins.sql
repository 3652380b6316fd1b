-- Signed uploads from devices and real-name check-ins (R-W3).
--
-- signed_requests is the replay store: every accepted signed request is kept once, keyed by
-- the terminal and the SHA-256 of the exact text it signed (timestamp, method, path, body
-- hash), so the same request sent again is refused whatever base64 spelling its signature
-- uses (docs/device-signatures.md).
CREATE TABLE signed_requests (
  id ${ID_PK},
  terminal_id BIGINT NOT NULL REFERENCES terminals (id),
  signed_sha256 TEXT NOT NULL,
  signature TEXT NOT NULL,
  signed_at BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  target TEXT NOT NULL,
  CONSTRAINT signed_requests_once_key UNIQUE (terminal_id, signed_sha256)
);

-- One row per accepted batch, with what became of its events.
CREATE TABLE checkin_batches (
  id ${ID_PK},
  terminal_id BIGINT NOT NULL REFERENCES terminals (id),
  signed_request_id BIGINT NOT NULL REFERENCES signed_requests (id),
  received_at BIGINT NOT NULL,
  events INTEGER NOT NULL,
  stored INTEGER NOT NULL,
  duplicates INTEGER NOT NULL,
  counting INTEGER NOT NULL
);
CREATE INDEX checkin_batches_terminal ON checkin_batches (terminal_id, id);

-- Every well-formed event from a valid terminal, counted or not: `counts` is 0 when any rule
-- was broken and `reasons` (JSON array) says which. An event id is stored once per terminal;
-- a re-sent event is acknowledged as a duplicate and not stored again.
CREATE TABLE checkins (
  id ${ID_PK},
  terminal_id BIGINT NOT NULL REFERENCES terminals (id),
  event_id TEXT NOT NULL,
  batch_id BIGINT NOT NULL REFERENCES checkin_batches (id),
  class_id BIGINT NOT NULL REFERENCES classes (id),
  session_id BIGINT NOT NULL REFERENCES class_sessions (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  kind TEXT NOT NULL CHECK (kind IN ('start', 'in_class', 'end')),
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
  CONSTRAINT checkins_event_key UNIQUE (terminal_id, event_id)
);
CREATE INDEX checkins_class ON checkins (class_id, session_id, trainee_id);
CREATE INDEX checkins_trainee ON checkins (trainee_id, captured_at);
CREATE INDEX checkins_photo ON checkins (photo_sha256);

-- Check-in photos, addressed by the SHA-256 of their bytes. The bytes are files under the
-- photo directory (the photo_dir setting), written before this row and never changed.
CREATE TABLE photos (
  sha256 TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  bytes BIGINT NOT NULL,
  terminal_id BIGINT NOT NULL REFERENCES terminals (id),
  received_at BIGINT NOT NULL
);

-- Inspection records of drawn classes (培训中抽查, R-W4; ADR 0013 decision 2). One record per
-- drawn class of a draw, by an officer of the draw's region: when and where the inspector
-- arrived and left, the headcount found beside what the platform held at arrival (the roster
-- and the trainees with a counting start check-in for the session by then, computed, never
-- typed), findings from a fixed list with notes, photos kept in the photo packs (ADR 0012) and
-- video-surveillance references. The outcome closes it; a serious one opens a case on the
-- institution.
CREATE TABLE inspections (
  id ${ID_PK},
  draw_id BIGINT NOT NULL REFERENCES spot_check_draws (id),
  class_id BIGINT NOT NULL REFERENCES classes (id),
  session_id BIGINT REFERENCES class_sessions (id),
  inspector TEXT NOT NULL,
  arrived_at BIGINT NOT NULL,
  arrival_latitude_e6 BIGINT,
  arrival_longitude_e6 BIGINT,
  departed_at BIGINT,
  departure_latitude_e6 BIGINT,
  departure_longitude_e6 BIGINT,
  headcount INTEGER NOT NULL CHECK (headcount >= 0),
  roster_size INTEGER NOT NULL,
  checked_in INTEGER NOT NULL,
  findings TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '',
  outcome TEXT CHECK (outcome IN ('fine', 'remarks', 'serious')),
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT inspections_once_key UNIQUE (draw_id, class_id)
);
CREATE INDEX inspections_class ON inspections (class_id);

CREATE TABLE inspection_photos (
  inspection_id BIGINT NOT NULL REFERENCES inspections (id),
  sha256 TEXT NOT NULL,
  content_type TEXT NOT NULL,
  bytes BIGINT NOT NULL,
  pack TEXT NOT NULL,
  pack_offset BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  uploaded_by TEXT NOT NULL,
  PRIMARY KEY (inspection_id, sha256)
);

CREATE TABLE inspection_videos (
  id ${ID_PK},
  inspection_id BIGINT NOT NULL REFERENCES inspections (id),
  camera_id TEXT NOT NULL,
  from_at BIGINT NOT NULL,
  to_at BIGINT NOT NULL,
  reference TEXT NOT NULL,
  added_at BIGINT NOT NULL,
  added_by TEXT NOT NULL,
  CONSTRAINT inspection_videos_period_check CHECK (to_at > from_at)
);
CREATE INDEX inspection_videos_inspection ON inspection_videos (inspection_id, id);

-- Cases on institutions, opened by a serious inspection (the risk issue's cases take them over).
CREATE TABLE institution_cases (
  id ${ID_PK},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  source TEXT NOT NULL CHECK (source IN ('inspection')),
  source_id BIGINT NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  opened_at BIGINT NOT NULL,
  opened_by TEXT NOT NULL
);
CREATE INDEX institution_cases_institution ON institution_cases (institution_id, id);

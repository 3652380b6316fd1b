-- Class filing and review (培训前备案, R-W1). A class is filed by an institution for one
-- training project; its plan (sessions, teachers, roster) is checked against policy when filed,
-- submitted and approved. The county officer of the class's county (the venue's county, or
-- the institution's for an online class) approves or rejects. After approval the roster is
-- locked: later changes are amendments, each with a reason, kept in class_events and the
-- audit log (凡补必进 - a person added after the start is never subsidised for the class).
--
-- Times are the Asia/Shanghai wall clock: dates YYYY-MM-DD, times HH:MM, as the plan says.

CREATE TABLE classes (
  id ${ID_PK},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  project_id BIGINT NOT NULL REFERENCES training_projects (id),
  name TEXT NOT NULL,
  training_type TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('offline', 'online', 'mixed')),
  venue_id BIGINT REFERENCES venues (id),
  -- The county that reviews the class and whose officers see it.
  region_code TEXT NOT NULL REFERENCES regions (code),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  planned_minutes INTEGER NOT NULL,
  -- The project's standard in force on the start date, kept as filed.
  standard_hours INTEGER NOT NULL,
  subsidy_fen BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'running', 'finished', 'cancelled')),
  -- The warnings of the latest check (JSON array) for the reviewer.
  warnings TEXT NOT NULL DEFAULT '[]',
  roster_locked INTEGER NOT NULL DEFAULT 0 CHECK (roster_locked IN (0, 1)),
  submitted_at BIGINT,
  reviewed_at BIGINT,
  reviewed_by TEXT,
  review_reason TEXT,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT classes_period_check CHECK (end_date >= start_date),
  CONSTRAINT classes_venue_check CHECK ((mode = 'online' AND venue_id IS NULL) OR (mode <> 'online' AND venue_id IS NOT NULL))
);
CREATE INDEX classes_region ON classes (region_code, id);
CREATE INDEX classes_institution ON classes (institution_id, id);
CREATE INDEX classes_status ON classes (status, start_date);

-- Teachers of a class. The ID number is personal data: sealed, with a blind index so one
-- person teaching two classes at once is found across institutions.
CREATE TABLE class_teachers (
  id ${ID_PK},
  class_id BIGINT NOT NULL REFERENCES classes (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  id_number_sealed TEXT NOT NULL,
  id_number_index TEXT NOT NULL,
  qualification TEXT NOT NULL,
  CONSTRAINT class_teachers_position_key UNIQUE (class_id, position)
);
CREATE INDEX class_teachers_index ON class_teachers (id_number_index);

CREATE TABLE class_sessions (
  id ${ID_PK},
  class_id BIGINT NOT NULL REFERENCES classes (id),
  position INTEGER NOT NULL,
  session_date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  topic TEXT NOT NULL,
  teacher_id BIGINT NOT NULL REFERENCES class_teachers (id),
  CONSTRAINT class_sessions_position_key UNIQUE (class_id, position),
  CONSTRAINT class_sessions_time_check CHECK (end_time > start_time)
);
CREATE INDEX class_sessions_date ON class_sessions (session_date, class_id);

-- The roster. A withdrawn person keeps the row (with when and why); `before_start` is false
-- for a person added on or after the start date, who is never subsidised for the class.
CREATE TABLE class_roster (
  id ${ID_PK},
  class_id BIGINT NOT NULL REFERENCES classes (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  position INTEGER NOT NULL,
  added_at BIGINT NOT NULL,
  added_by TEXT NOT NULL,
  amendment_reason TEXT,
  before_start INTEGER NOT NULL DEFAULT 1 CHECK (before_start IN (0, 1)),
  withdrawn_at BIGINT,
  withdrawn_by TEXT,
  withdrawn_reason TEXT,
  CONSTRAINT class_roster_once_key UNIQUE (class_id, trainee_id)
);
CREATE INDEX class_roster_trainee ON class_roster (trainee_id, class_id);

-- Every transition and amendment of a class, in order.
CREATE TABLE class_events (
  id ${ID_PK},
  class_id BIGINT NOT NULL REFERENCES classes (id),
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}',
  request_id TEXT NOT NULL
);
CREATE INDEX class_events_class ON class_events (class_id, id);

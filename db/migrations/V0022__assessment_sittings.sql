-- Result assessment and skill-level evaluation (培训结果考核, 职业技能等级认定, R-W5; ADR 0013).
--
-- A sitting is organised either by an evaluation body filed for its occupation and level
-- (R-C4; the organiser "evaluation_body:N") or, for a 培训合格证书, by the institution that ran
-- the class (its 结业考核; "institution:N"). Its examiners are people: the ID number sealed with
-- a blind index, as for teachers, so that an examiner who taught the class is found.
CREATE TABLE assessment_sittings (
  id ${ID_PK},
  organiser TEXT NOT NULL,
  body_id BIGINT REFERENCES organisations (id),
  institution_id BIGINT REFERENCES institutions (id),
  organiser_name TEXT NOT NULL,
  class_id BIGINT REFERENCES classes (id),
  occupation_id BIGINT NOT NULL REFERENCES occupations (id),
  level INTEGER CHECK (level BETWEEN 1 AND 5),
  certificate_type TEXT NOT NULL CHECK (certificate_type IN ('skill_level', 'special_ability', 'training_completion')),
  -- Where it is held: the class's county, else the organiser's region; officers see it by this.
  region_code TEXT NOT NULL REFERENCES regions (code),
  sitting_date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  place TEXT NOT NULL,
  latitude_e6 BIGINT CHECK (latitude_e6 BETWEEN -90000000 AND 90000000),
  longitude_e6 BIGINT CHECK (longitude_e6 BETWEEN -180000000 AND 180000000),
  status TEXT NOT NULL CHECK (status IN ('planned', 'locked', 'cancelled')),
  locked_at BIGINT,
  locked_by TEXT,
  cancelled_reason TEXT,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT assessment_sittings_organiser_check CHECK (
    (body_id IS NOT NULL AND institution_id IS NULL) OR (body_id IS NULL AND institution_id IS NOT NULL)),
  CONSTRAINT assessment_sittings_time_check CHECK (end_time > start_time)
);
CREATE INDEX assessment_sittings_organiser ON assessment_sittings (organiser, id);
CREATE INDEX assessment_sittings_region ON assessment_sittings (region_code, id);
CREATE INDEX assessment_sittings_class ON assessment_sittings (class_id);

CREATE TABLE sitting_examiners (
  id ${ID_PK},
  sitting_id BIGINT NOT NULL REFERENCES assessment_sittings (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  id_number_sealed TEXT NOT NULL,
  id_number_index TEXT NOT NULL,
  -- The examiner's own 考评员 certificate number, as shown to them.
  certificate TEXT NOT NULL,
  CONSTRAINT sitting_examiners_position_key UNIQUE (sitting_id, position)
);
CREATE INDEX sitting_examiners_index ON sitting_examiners (id_number_index);

-- A candidate's result: NULL until entered. The entry as first made stays in the first_*
-- columns; every later change is an amendment row with its reason, and the plain columns hold
-- the result in force (the latest). `passed` is judged once, at entry, by the pass marks then.
CREATE TABLE sitting_candidates (
  id ${ID_PK},
  sitting_id BIGINT NOT NULL REFERENCES assessment_sittings (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  class_id BIGINT REFERENCES classes (id),
  theory INTEGER CHECK (theory BETWEEN 0 AND 100),
  practical INTEGER CHECK (practical BETWEEN 0 AND 100),
  absent INTEGER CHECK (absent IN (0, 1)),
  passed INTEGER CHECK (passed IN (0, 1)),
  first_theory INTEGER,
  first_practical INTEGER,
  first_absent INTEGER,
  entered_at BIGINT,
  entered_by TEXT,
  CONSTRAINT sitting_candidates_once_key UNIQUE (sitting_id, trainee_id)
);
CREATE INDEX sitting_candidates_trainee ON sitting_candidates (trainee_id);
CREATE INDEX sitting_candidates_class ON sitting_candidates (class_id, trainee_id);

CREATE TABLE sitting_result_amendments (
  id ${ID_PK},
  candidate_id BIGINT NOT NULL REFERENCES sitting_candidates (id),
  theory INTEGER,
  practical INTEGER,
  absent INTEGER NOT NULL,
  passed INTEGER NOT NULL,
  reason TEXT NOT NULL,
  amended_at BIGINT NOT NULL,
  amended_by TEXT NOT NULL,
  request_id TEXT NOT NULL
);
CREATE INDEX sitting_result_amendments_candidate ON sitting_result_amendments (candidate_id, id);

-- 应评尽评: an eligible trainee of a class who is not a candidate carries a reason.
CREATE TABLE assessment_exemptions (
  id ${ID_PK},
  class_id BIGINT NOT NULL REFERENCES classes (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  reason TEXT NOT NULL CHECK (reason IN ('absent', 'withdrew', 'deferred')),
  note TEXT NOT NULL,
  recorded_at BIGINT NOT NULL,
  recorded_by TEXT NOT NULL,
  CONSTRAINT assessment_exemptions_once_key UNIQUE (class_id, trainee_id)
);

-- Certificates issued by the platform (one per passed candidate of a locked sitting) and
-- certificates imported from elsewhere. The face (holder's name, issuer's name, occupation and
-- level) is kept as issued: the PDF and the public check read these columns, never today's
-- registry, so a renamed body does not change a certificate already issued.
CREATE TABLE certificates (
  id ${ID_PK},
  number TEXT NOT NULL,
  certificate_type TEXT NOT NULL CHECK (certificate_type IN ('skill_level', 'special_ability', 'training_completion')),
  source TEXT NOT NULL CHECK (source IN ('issued', 'imported')),
  sitting_id BIGINT REFERENCES assessment_sittings (id),
  candidate_id BIGINT REFERENCES sitting_candidates (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  holder_name TEXT NOT NULL,
  occupation_id BIGINT NOT NULL REFERENCES occupations (id),
  occupation_name TEXT NOT NULL,
  level INTEGER CHECK (level BETWEEN 1 AND 5),
  issuer TEXT NOT NULL,
  issuer_name TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('valid', 'revoked')),
  revoked_at BIGINT,
  revoked_by TEXT,
  revoked_reason TEXT,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  CONSTRAINT certificates_number_key UNIQUE (number),
  CONSTRAINT certificates_candidate_key UNIQUE (candidate_id)
);
CREATE INDEX certificates_trainee ON certificates (trainee_id);
CREATE INDEX certificates_sitting ON certificates (sitting_id);
CREATE INDEX certificates_issuer ON certificates (issuer, id);

-- The last serial given per numbering key (a body, year and level; or a type, region and
-- year), raised inside the issuing transaction.
CREATE TABLE certificate_counters (
  counter_key TEXT PRIMARY KEY,
  last_serial BIGINT NOT NULL
);

-- Public checks counted per day and outcome (nobody is signed in, so nothing is audited per
-- person; the counts show use and probing).
CREATE TABLE certificate_lookup_counts (
  lookup_day TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('found', 'not_found', 'limited')),
  lookups BIGINT NOT NULL,
  PRIMARY KEY (lookup_day, outcome)
);

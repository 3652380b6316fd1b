-- The training project catalogue (R-C2). A project is what is trained and how; its standard
-- (hours, subsidy in fen, validity, region limits) is versioned: a change is a new version
-- from a date on, and old versions are never rewritten. Validity dates are calendar dates
-- (YYYY-MM-DD, inclusive) in the Asia/Shanghai calendar, stored as ISO text.

CREATE TABLE training_projects (
  id ${ID_PK},
  name TEXT NOT NULL,
  occupation_id BIGINT NOT NULL REFERENCES occupations (id),
  level INTEGER CHECK (level BETWEEN 1 AND 5),
  training_type TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  CONSTRAINT training_projects_name_key UNIQUE (name)
);
CREATE INDEX training_projects_occupation ON training_projects (occupation_id);

CREATE TABLE training_project_versions (
  id ${ID_PK},
  project_id BIGINT NOT NULL REFERENCES training_projects (id),
  standard_hours INTEGER NOT NULL CHECK (standard_hours > 0),
  subsidy_fen BIGINT NOT NULL CHECK (subsidy_fen >= 0),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  region_codes TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  CONSTRAINT training_project_versions_period_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX training_project_versions_project ON training_project_versions (project_id, valid_from);

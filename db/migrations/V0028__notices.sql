-- Public notice (公示) of approved claims, and objections (issue 14 item 4; R-F1). A city's
-- officer publishes its approved claims as one batch for notice_working_days working days; the
-- notice shows each payable line with the name and ID number masked as published (张**,
-- 510104********1230), never a phone, with the institution, project and amount - kept as
-- published, so the public page decrypts nothing. Anyone may object to a line; an officer
-- answers within objection_answer_working_days; an upheld objection removes the line from the
-- notice and withholds the claim line. A batch is payable once its last day has passed with no
-- objection open.
CREATE TABLE notices (
  id ${ID_PK},
  -- The publishing office's region: its officers answer the objections.
  region_code TEXT NOT NULL REFERENCES regions (code),
  title TEXT NOT NULL,
  published_on TEXT NOT NULL,
  -- The last day of the notice period (objections are taken until its end).
  ends_on TEXT NOT NULL,
  claims INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  amount_fen BIGINT NOT NULL,
  published_by TEXT NOT NULL,
  published_at BIGINT NOT NULL
);
CREATE INDEX notices_region ON notices (region_code, id);
CREATE INDEX notices_published ON notices (published_on, id);

CREATE TABLE notice_lines (
  id ${ID_PK},
  notice_id BIGINT NOT NULL REFERENCES notices (id),
  claim_id BIGINT NOT NULL REFERENCES claims (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  position INTEGER NOT NULL,
  name_masked TEXT NOT NULL,
  id_number_masked TEXT NOT NULL,
  institution_name TEXT NOT NULL,
  project_name TEXT NOT NULL,
  amount_fen BIGINT NOT NULL,
  -- 1 once an upheld objection removed it.
  removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
  CONSTRAINT notice_lines_once_key UNIQUE (claim_id, trainee_id)
);
CREATE INDEX notice_lines_notice ON notice_lines (notice_id, position);

-- The notice a claim was published in (NULL until then).
ALTER TABLE claims ADD COLUMN notice_id BIGINT REFERENCES notices (id);
CREATE INDEX claims_notice ON claims (notice_id);

CREATE TABLE objections (
  id ${ID_PK},
  notice_id BIGINT NOT NULL REFERENCES notices (id),
  line_id BIGINT NOT NULL REFERENCES notice_lines (id),
  reason TEXT NOT NULL,
  -- Optional contact of the objector, sealed like other personal data (NULL when none given).
  contact_sealed TEXT,
  lodged_at BIGINT NOT NULL,
  answer_due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'upheld', 'dismissed')),
  answer TEXT,
  answered_by TEXT,
  answered_at BIGINT
);
CREATE INDEX objections_notice ON objections (notice_id, status);
CREATE INDEX objections_status ON objections (status, answer_due_on);

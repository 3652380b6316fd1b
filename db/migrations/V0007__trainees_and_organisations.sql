-- Trainees (R-P1), enterprises and their employees (R-P2), evaluation bodies with their
-- filings and third-party auditors (R-C4), and institution venues and permitted projects (R-C3).
--
-- Personal data: the ID number and the phone are stored only sealed (SM4-CTR + HMAC-SM3, see
-- src/crypto/field_cipher.hpp) with an HMAC-SM3 blind index for exact search. No masked copy
-- is stored: with the birth date kept in clear for age rules, a stored mask (first 6 and last
-- 4 characters) would complete the number. Masks are computed after unsealing.

CREATE TABLE trainees (
  id ${ID_PK},
  name TEXT NOT NULL,
  id_number_sealed TEXT NOT NULL,
  id_number_index TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
  birth_date TEXT NOT NULL,
  phone_sealed TEXT NOT NULL,
  phone_index TEXT NOT NULL,
  household_region_code TEXT NOT NULL,
  residence_region_code TEXT NOT NULL REFERENCES regions (code),
  -- Key-group tags wrapped in commas (",veteran,disabled,") so one tag matches exactly.
  groups TEXT NOT NULL,
  employment_status TEXT NOT NULL,
  -- "institution:N" when an institution registered the person (its own scope).
  registered_by_org TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT trainees_id_number_index_key UNIQUE (id_number_index)
);
CREATE INDEX trainees_residence ON trainees (residence_region_code, id);
CREATE INDEX trainees_household ON trainees (household_region_code, id);
CREATE INDEX trainees_phone ON trainees (phone_index);
CREATE INDEX trainees_org ON trainees (registered_by_org, id);
CREATE INDEX trainees_name ON trainees (name, id);

-- Enterprises (R-P2), evaluation bodies and third-party auditors (R-C4) share one shape (a
-- registered organisation with a credit code, a type and a region), so one table serves them,
-- told apart by kind. The same company may be both an enterprise and an evaluation body
-- (企业自主评价), hence a credit code is unique per kind. Enterprises add industry and size.
CREATE TABLE organisations (
  id ${ID_PK},
  kind TEXT NOT NULL CHECK (kind IN ('enterprise', 'evaluation_body', 'auditor')),
  name TEXT NOT NULL,
  credit_code TEXT NOT NULL,
  type TEXT NOT NULL,
  industry TEXT,
  size TEXT CHECK (size IN ('large', 'medium', 'small', 'micro')),
  region_code TEXT NOT NULL REFERENCES regions (code),
  status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
  credit_check_overridden INTEGER NOT NULL DEFAULT 0 CHECK (credit_check_overridden IN (0, 1)),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT organisations_credit_code_key UNIQUE (kind, credit_code),
  CONSTRAINT organisations_enterprise_check CHECK (
    (kind = 'enterprise' AND industry IS NOT NULL AND size IS NOT NULL) OR
    (kind <> 'enterprise' AND industry IS NULL AND size IS NULL))
);
CREATE INDEX organisations_region ON organisations (kind, region_code, id);
CREATE INDEX organisations_name ON organisations (kind, name, id);

-- A trainee employed by (or apprenticed to) an enterprise from start_date to end_date.
CREATE TABLE employments (
  id ${ID_PK},
  enterprise_id BIGINT NOT NULL REFERENCES organisations (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  kind TEXT NOT NULL CHECK (kind IN ('employee', 'apprentice')),
  start_date TEXT NOT NULL,
  end_date TEXT,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  CONSTRAINT employments_period_check CHECK (end_date IS NULL OR end_date >= start_date),
  CONSTRAINT employments_once_key UNIQUE (enterprise_id, trainee_id, start_date)
);
CREATE INDEX employments_trainee ON employments (trainee_id);
CREATE INDEX employments_enterprise ON employments (enterprise_id, trainee_id);

-- 备案: which occupation (or special ability, level NULL) and level a body may assess, when.
CREATE TABLE evaluation_filings (
  id ${ID_PK},
  body_id BIGINT NOT NULL REFERENCES organisations (id),
  occupation_id BIGINT NOT NULL REFERENCES occupations (id),
  level INTEGER CHECK (level BETWEEN 1 AND 5),
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  CONSTRAINT evaluation_filings_period_check CHECK (valid_to >= valid_from)
);
CREATE INDEX evaluation_filings_body ON evaluation_filings (body_id, id);

-- Coordinates in micro-degrees (GCJ-02 as phones and maps report them), never floats.
CREATE TABLE venues (
  id ${ID_PK},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  region_code TEXT NOT NULL REFERENCES regions (code),
  latitude_e6 BIGINT NOT NULL CHECK (latitude_e6 BETWEEN -90000000 AND 90000000),
  longitude_e6 BIGINT NOT NULL CHECK (longitude_e6 BETWEEN -180000000 AND 180000000),
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  created_at BIGINT NOT NULL,
  CONSTRAINT venues_name_key UNIQUE (institution_id, name)
);

-- The training projects an institution may train, each for a period.
CREATE TABLE institution_projects (
  id ${ID_PK},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  project_id BIGINT NOT NULL REFERENCES training_projects (id),
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  CONSTRAINT institution_projects_period_check CHECK (valid_to >= valid_from),
  CONSTRAINT institution_projects_key UNIQUE (institution_id, project_id, valid_from)
);

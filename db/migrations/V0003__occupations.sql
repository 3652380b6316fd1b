-- The occupation catalogue (R-C1): national occupations of the 2022 classification and
-- special vocational abilities (专项职业能力), with the skill levels that exist for each
-- (1 = 一级/高级技师 ... 5 = 五级/初级工), urgently-needed and shortage flags, and new
-- occupations. Every edit is kept in occupation_changes with who and when.

CREATE TABLE occupations (
  id ${ID_PK},
  code TEXT,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('occupation', 'special_ability')),
  highest_level INTEGER CHECK (highest_level BETWEEN 1 AND 5),
  lowest_level INTEGER CHECK (lowest_level BETWEEN 1 AND 5),
  urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
  shortage_rank INTEGER CHECK (shortage_rank >= 1),
  is_new INTEGER NOT NULL DEFAULT 0 CHECK (is_new IN (0, 1)),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT occupations_code_key UNIQUE (code),
  CONSTRAINT occupations_name_kind_key UNIQUE (name, kind),
  CONSTRAINT occupations_levels_check CHECK (
    (kind = 'special_ability' AND highest_level IS NULL AND lowest_level IS NULL) OR
    (kind = 'occupation' AND highest_level IS NOT NULL AND lowest_level IS NOT NULL AND highest_level <= lowest_level))
);
CREATE INDEX occupations_category ON occupations (category);

CREATE TABLE occupation_changes (
  id ${ID_PK},
  occupation_id BIGINT NOT NULL REFERENCES occupations (id),
  changed_at BIGINT NOT NULL,
  changed_by TEXT NOT NULL,
  request_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX occupation_changes_occupation ON occupation_changes (occupation_id, id);

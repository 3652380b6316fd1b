-- Past subsidised trainings from the old system (issue 12 item 8). Loaded by the province with
-- `sunshine import history` or the import page, all rows or none; each import is one row of
-- subsidy_history_imports, so every record says when, by whom and from which content (its SM3) it came.
-- Records are sealed like other personal data (the ID number sealed and blind-indexed), marked
-- as imported by living here, and never edited: no query of the platform updates or deletes
-- them. Filing counts them against the per-person yearly limit and the same occupation and level.
CREATE TABLE subsidy_history_imports (
  id ${ID_PK},
  imported_at BIGINT NOT NULL,
  imported_by TEXT NOT NULL,
  request_id TEXT NOT NULL,
  content_sm3 TEXT NOT NULL,
  rows_imported INTEGER NOT NULL CHECK (rows_imported > 0)
);

CREATE TABLE subsidy_history (
  id ${ID_PK},
  import_id BIGINT NOT NULL REFERENCES subsidy_history_imports (id),
  file_row INTEGER NOT NULL,
  name TEXT NOT NULL,
  id_number_sealed TEXT NOT NULL,
  id_number_index TEXT NOT NULL,
  occupation_id BIGINT NOT NULL REFERENCES occupations (id),
  level INTEGER CHECK (level BETWEEN 1 AND 5),
  subsidy_type TEXT NOT NULL,
  trained_on TEXT NOT NULL,
  amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
  source TEXT NOT NULL
);
-- One past training is one record: the same person, occupation, level, type and date again is
-- refused (a file imported twice counts nothing twice). A special ability has no level.
CREATE UNIQUE INDEX subsidy_history_key
  ON subsidy_history (id_number_index, occupation_id, COALESCE(level, 0), subsidy_type, trained_on);
CREATE INDEX subsidy_history_import ON subsidy_history (import_id, id);

-- Staged trainee imports (field findings item 5). A checked import is written here in small
-- transactions, a chunk at a time, and then moved into trainees by one INSERT ... SELECT in
-- the transaction that also re-checks the ID numbers and audits the import: all rows or none,
-- yet other writers wait for the move only, not for sealing and writing every row. The sealed
-- columns are those of trainees; rows left by a crash are removed by the next import.
CREATE TABLE trainee_import_rows (
  batch TEXT NOT NULL,
  seq INTEGER NOT NULL,
  file_row INTEGER NOT NULL,
  staged_at BIGINT NOT NULL,
  name TEXT NOT NULL,
  id_number_sealed TEXT NOT NULL,
  id_number_index TEXT NOT NULL,
  sex TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  phone_sealed TEXT NOT NULL,
  phone_index TEXT NOT NULL,
  household_region_code TEXT NOT NULL,
  residence_region_code TEXT NOT NULL,
  groups TEXT NOT NULL,
  employment_status TEXT NOT NULL,
  registered_by_org TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT trainee_import_rows_key PRIMARY KEY (batch, seq)
);
CREATE INDEX trainee_import_rows_staged ON trainee_import_rows (staged_at);

-- Spot-check draws (培训中抽查, R-W4; ADR 0013). A draw keeps who drew, over which region and
-- day, the rate or the count asked for and the seed, and its population as it stood (every
-- class running in that region that day, with its institution) with the classes it drew, so
-- that anyone can derive the sample again (docs/spot-checks.md).
CREATE TABLE spot_check_draws (
  id ${ID_PK},
  draw_date TEXT NOT NULL,
  region_code TEXT NOT NULL REFERENCES regions (code),
  rate_1e4 INTEGER CHECK (rate_1e4 BETWEEN 1 AND 10000),
  sample_count INTEGER CHECK (sample_count > 0),
  seed TEXT NOT NULL,
  population INTEGER NOT NULL,
  drawn INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  CONSTRAINT spot_check_draws_size_check CHECK ((rate_1e4 IS NULL AND sample_count IS NOT NULL) OR
                                                (rate_1e4 IS NOT NULL AND sample_count IS NULL))
);
CREATE INDEX spot_check_draws_region ON spot_check_draws (region_code, id);

CREATE TABLE spot_check_draw_classes (
  draw_id BIGINT NOT NULL REFERENCES spot_check_draws (id),
  class_id BIGINT NOT NULL REFERENCES classes (id),
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  drawn INTEGER NOT NULL CHECK (drawn IN (0, 1)),
  PRIMARY KEY (draw_id, class_id)
);

-- Each finished class's attendance, computed once by the rule the class's attendance tab uses
-- (training/attendance_service.hpp) and kept, so that a dashboard over a province-year reads one
-- row per enrolment instead of every check-in of the year. A counting event that arrives for a
-- class already settled raises `stale`, and the class is computed again.
CREATE TABLE class_attendance (
  class_id BIGINT NOT NULL REFERENCES classes (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  attended_minutes INTEGER NOT NULL,
  planned_minutes INTEGER NOT NULL,
  rate_1e4 INTEGER NOT NULL,  -- the rate in ten-thousandths, as the attendance rule rounds it
  PRIMARY KEY (class_id, trainee_id)
);

CREATE TABLE class_attendance_settled (
  class_id BIGINT PRIMARY KEY REFERENCES classes (id),
  stale INTEGER NOT NULL DEFAULT 0,  -- counting events arrived after the last computation
  settled_at BIGINT NOT NULL
);

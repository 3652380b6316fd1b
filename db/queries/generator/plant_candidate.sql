-- Planted (certificate_below_attendance), written around the rule as the own records of a body would
-- be, a trainee of the class below the attendance threshold joins the sitting as a candidate.
INSERT INTO sitting_candidates (sitting_id, trainee_id, class_id)
VALUES (:sitting_id, :trainee_id, :class_id)

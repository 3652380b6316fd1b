-- A result entered once, only a candidate without one changes.
UPDATE sitting_candidates
SET theory = :theory, practical = :practical, absent = :absent, passed = :passed, first_theory = :first_theory,
    first_practical = :first_practical, first_absent = :first_absent, entered_at = :entered_at, entered_by = :entered_by
WHERE sitting_id = :sitting_id AND trainee_id = :trainee_id AND entered_at IS NULL

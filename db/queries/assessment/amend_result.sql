-- The result in force after an amendment (the first entry stays in the first_ columns).
UPDATE sitting_candidates
SET theory = :theory, practical = :practical, absent = :absent, passed = :passed
WHERE id = :id

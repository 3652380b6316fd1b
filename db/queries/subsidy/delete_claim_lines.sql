-- The lines of a returned claim, replaced when it is submitted again (its history keeps the
-- digest of the proof they were sealed in).
DELETE FROM claim_lines WHERE claim_id = :claim_id

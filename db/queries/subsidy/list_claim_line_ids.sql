-- The line ids of a claim by trainee.
SELECT trainee_id, id FROM claim_lines WHERE claim_id = :claim_id

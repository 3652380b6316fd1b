-- A payable line withheld (refused by a reviewer, removed by an upheld objection), with why.
UPDATE claim_lines SET withheld = :withheld, withheld_detail = :detail
WHERE claim_id = :claim_id AND trainee_id = :trainee_id AND paid = 1 AND withheld IS NULL

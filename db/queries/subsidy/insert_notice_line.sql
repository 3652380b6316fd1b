INSERT INTO notice_lines (notice_id, claim_id, trainee_id, position, name_masked, id_number_masked, institution_name,
                          project_name, amount_fen)
VALUES (:notice_id, :claim_id, :trainee_id, :position, :name_masked, :id_number_masked, :institution_name,
        :project_name, :amount_fen)

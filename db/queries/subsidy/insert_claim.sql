INSERT INTO claims (class_id, claimant, kind, region_code, status, claimed_on, lines, paid_lines, amount_fen, proof,
                    proof_sm3, submitted_at, submitted_by, updated_at, review_levels, stage, due_on, approved_fen,
                    basis, claimant_name)
VALUES (:class_id, :claimant, :kind, :region_code, 'submitted', :claimed_on, :lines, :paid_lines, :amount_fen, :proof,
        :proof_sm3, :submitted_at, :submitted_by, :updated_at, :review_levels, :stage, :due_on, :approved_fen,
        :basis, :claimant_name)
RETURNING id

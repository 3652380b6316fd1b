INSERT INTO claim_reviews (claim_id, action, level, reason, detail, approved_fen, actor, at)
VALUES (:claim_id, :action, :level, :reason, :detail, :approved_fen, :actor, :at)

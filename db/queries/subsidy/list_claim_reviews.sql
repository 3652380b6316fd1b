-- A claim history in order (the caller has checked the reader reach).
SELECT action, level, reason, detail, approved_fen, actor, at FROM claim_reviews WHERE claim_id = :claim_id ORDER BY id

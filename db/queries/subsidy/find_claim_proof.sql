-- The sealed proof of a claim and its digest (the caller has checked the reader reach).
SELECT proof, proof_sm3 FROM claims WHERE id = :id

-- The live claim (not rejected) of a class for a kind by a claimant, if any.
SELECT id FROM claims WHERE class_id = :class_id AND kind = :kind AND claimant = :claimant AND status <> 'rejected'

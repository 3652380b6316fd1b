-- The live claim (not rejected) of a class for a kind, if any.
SELECT id FROM claims WHERE class_id = :class_id AND kind = :kind AND status <> 'rejected'

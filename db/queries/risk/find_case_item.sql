-- Whether a case gathers this object already.
SELECT id FROM risk_case_items WHERE case_id = :case_id AND kind = :kind AND object_id = :object_id

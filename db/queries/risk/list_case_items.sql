-- What a case gathers, in the order it was added.
SELECT id, kind, object_id, note, added_at, added_by FROM risk_case_items WHERE case_id = :case_id ORDER BY id

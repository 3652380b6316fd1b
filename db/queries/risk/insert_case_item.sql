-- Something a case gathers (an alert, inspection, claim audit, recovery or a note).
INSERT INTO risk_case_items (case_id, kind, object_id, note, added_at, added_by)
VALUES (:case_id, :kind, :object_id, :note, :added_at, :added_by)

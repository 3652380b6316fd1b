-- The inspection that opened a case, as its first item.
INSERT INTO risk_case_items (case_id, kind, object_id, note, added_at, added_by)
VALUES (:case_id, 'inspection', :inspection_id, :note, :added_at, :added_by)

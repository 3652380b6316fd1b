SELECT id, changed_at, changed_by, request_id, field, old_value, new_value
FROM occupation_changes
WHERE occupation_id = :occupation_id
ORDER BY id

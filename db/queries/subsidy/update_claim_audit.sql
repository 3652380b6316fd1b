-- An audit moved on from the state its writer read (optimistic, by updated_at).
UPDATE claim_audits
SET status = :status, assignee = :assignee, assigned_by = :assigned_by, assigned_at = :assigned_at,
    checklist = :checklist, outcome = :outcome, finding = :finding, concluded_by = :concluded_by,
    concluded_at = :concluded_at, updated_at = :updated_at
WHERE id = :id AND updated_at = :seen_updated_at

-- Headcount, findings and notes of an open inspection.
UPDATE inspections
SET headcount = :headcount, findings = :findings, notes = :notes, updated_at = :updated_at
WHERE id = :id AND status = 'open'

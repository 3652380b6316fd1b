-- A committed payment batch paid (the caller checks the row count).
UPDATE payments SET status = 'paid', paid_reference = :paid_reference, paid_on = :paid_on, paid_by = :paid_by,
                    paid_at = :paid_at
WHERE id = :id AND status = 'committed'

INSERT INTO objections (notice_id, line_id, reason, contact_sealed, lodged_at, answer_due_on, status)
VALUES (:notice_id, :line_id, :reason, :contact_sealed, :lodged_at, :answer_due_on, 'open')
RETURNING id

-- The payment batch of a notice, if one was made.
SELECT id FROM payments WHERE notice_id = :notice_id

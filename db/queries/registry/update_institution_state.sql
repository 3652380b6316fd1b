UPDATE institutions
SET status = :status, assigned_auditor = :assigned_auditor, exposed = :exposed, exposure_reason = :exposure_reason,
    integrity_model = :integrity_model, updated_at = :updated_at
WHERE id = :id

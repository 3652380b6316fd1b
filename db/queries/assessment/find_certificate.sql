-- One certificate by number with the region of its sitting (NULL for an imported one).
SELECT ce.id, ce.number, ce.certificate_type, ce.source, ce.sitting_id, ce.trainee_id, ce.holder_name,
       t.id_number_sealed, ce.occupation_id, ce.occupation_name, ce.level, ce.issuer, ce.issuer_name, ce.issued_on,
       ce.status, ce.revoked_at, ce.revoked_by, ce.revoked_reason, ce.created_at, s.region_code, c.institution_id
FROM certificates ce
JOIN trainees t ON t.id = ce.trainee_id
LEFT JOIN assessment_sittings s ON s.id = ce.sitting_id
LEFT JOIN classes c ON c.id = s.class_id
WHERE ce.number = :number

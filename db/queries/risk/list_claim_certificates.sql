-- Claims made within a span of dates, one row per line that names a certificate, with the day
-- the certificate was issued, by institution and claim, for the deadline rule.
SELECT c.id, c.class_id, k.institution_id, k.region_code, c.claimed_on, f.issued_on
FROM claims c
JOIN classes k ON k.id = c.class_id
JOIN claim_lines l ON l.claim_id = c.id
JOIN certificates f ON f.number = l.certificate_number
WHERE c.claimed_on >= :from_date AND c.claimed_on <= :to_date
ORDER BY k.institution_id, c.id, l.position

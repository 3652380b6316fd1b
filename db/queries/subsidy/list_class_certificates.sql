-- The certificates of the class roster members in its occupation (issued on the platform or
-- imported), newest first per person, for the claim to pick each one.
SELECT ce.trainee_id, ce.number, ce.certificate_type, ce.status, ce.occupation_id, ce.level, ce.issued_on
FROM certificates ce
JOIN class_roster r ON r.trainee_id = ce.trainee_id AND r.class_id = :class_id
WHERE ce.occupation_id = :occupation_id
ORDER BY ce.trainee_id, ce.issued_on DESC, ce.id DESC

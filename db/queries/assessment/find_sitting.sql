-- One sitting within reach of the reader, by organiser, by a region under the prefix of the
-- reader, or the host institution (whose class it assesses, or the site a body named). Callers
-- pass values that cannot match for the conditions that are not theirs.
SELECT s.id, s.organiser, s.body_id, s.institution_id, s.organiser_name, s.class_id, c.name, s.occupation_id,
       o.name, s.level, s.certificate_type, s.region_code, s.sitting_date, s.start_time, s.end_time, s.place,
       s.latitude_e6, s.longitude_e6, s.status, s.locked_at, s.locked_by, s.created_at, s.created_by,
       s.host_institution_id, h.name
FROM assessment_sittings s
JOIN occupations o ON o.id = s.occupation_id
LEFT JOIN classes c ON c.id = s.class_id
LEFT JOIN institutions h ON h.id = s.host_institution_id
WHERE s.id = :id
  AND (s.organiser = :organiser OR s.region_code LIKE :region_like OR s.host_institution_id = :institution_id)

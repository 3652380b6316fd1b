-- The classes a device serves with a session between two dates, its institution, held at one of
-- its venues (an online platform, which has none, the institution online and mixed
-- classes), approved, running or finished, and cancelled ones so a terminal can drop them.
-- With the latest change of each class roster, for the class version.
SELECT c.id, c.name, c.status, c.mode, c.venue_id, c.start_date, c.end_date, c.updated_at,
       COALESCE((SELECT MAX(r.added_at) FROM class_roster r WHERE r.class_id = c.id), 0),
       COALESCE((SELECT MAX(r.withdrawn_at) FROM class_roster r WHERE r.class_id = c.id), 0)
FROM classes c
WHERE c.institution_id = :institution_id
  AND c.status IN ('approved', 'running', 'finished', 'cancelled')
  AND EXISTS (SELECT 1 FROM class_sessions s
              WHERE s.class_id = c.id AND s.session_date >= :from_date AND s.session_date <= :to_date)
  AND (c.venue_id IN (SELECT v.venue_id FROM terminal_venues v WHERE v.terminal_id = :terminal_id)
       OR (c.mode <> 'offline' AND :online = 1))
ORDER BY c.id

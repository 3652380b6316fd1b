-- The name of a person on the roster of, checked in at or learning online in a class within the scope of the caller.
SELECT t.name FROM trainees t
WHERE t.id = :id
  AND EXISTS (SELECT 1 FROM classes c
              WHERE (c.id IN (SELECT r.class_id FROM class_roster r WHERE r.trainee_id = :roster_trainee)
                     OR c.id IN (SELECT k.class_id FROM checkins k WHERE k.trainee_id = :checkin_trainee)
                     OR c.id IN (SELECT s.class_id FROM online_segments s WHERE s.trainee_id = :segment_trainee))
                AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
                     OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id)))

-- What the check-in rules need of a class - its owner, state and the coordinates of its venue.
SELECT c.institution_id, c.status, c.mode, c.venue_id, v.latitude_e6, v.longitude_e6
FROM classes c LEFT JOIN venues v ON v.id = c.venue_id
WHERE c.id = :id

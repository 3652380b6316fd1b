-- The inspection of one drawn class of a draw (the caller has checked the draw is within reach).
SELECT i.id, i.draw_id, i.class_id, c.name, c.institution_id, ins.name, i.session_id, i.inspector, i.arrived_at,
       i.arrival_latitude_e6, i.arrival_longitude_e6, i.departed_at, i.departure_latitude_e6,
       i.departure_longitude_e6, i.headcount, i.roster_size, i.checked_in, i.findings, i.notes, i.outcome, i.status
FROM inspections i
JOIN classes c ON c.id = i.class_id
JOIN institutions ins ON ins.id = c.institution_id
WHERE i.draw_id = :draw_id AND i.class_id = :class_id

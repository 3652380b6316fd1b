-- A draw population with each class name and institution name and the inspection of each drawn
-- class if one was made, drawn ones first.
SELECT d.class_id, c.name, d.institution_id, i.name, d.drawn, ins.status, ins.outcome
FROM spot_check_draw_classes d
JOIN classes c ON c.id = d.class_id
JOIN institutions i ON i.id = d.institution_id
LEFT JOIN inspections ins ON ins.draw_id = d.draw_id AND ins.class_id = d.class_id
WHERE d.draw_id = :draw_id
ORDER BY d.drawn DESC, d.class_id

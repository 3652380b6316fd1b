-- A draw population with each class name and institution name, drawn ones first.
SELECT d.class_id, c.name, d.institution_id, i.name, d.drawn
FROM spot_check_draw_classes d
JOIN classes c ON c.id = d.class_id
JOIN institutions i ON i.id = d.institution_id
WHERE d.draw_id = :draw_id
ORDER BY d.drawn DESC, d.class_id

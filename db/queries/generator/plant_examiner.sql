-- Planted (examiner_taught_class), written around the rule as the own records of a body would be,
-- the first teacher of the class joins the sitting as one more examiner.
INSERT INTO sitting_examiners (sitting_id, position, name, id_number_sealed, id_number_index, certificate)
SELECT :sitting_id, :position, name, id_number_sealed, id_number_index, :certificate
FROM class_teachers
WHERE class_id = :class_id AND position = 0

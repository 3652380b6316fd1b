-- One class of a draw population, drawn or not.
INSERT INTO spot_check_draw_classes (draw_id, class_id, institution_id, drawn)
VALUES (:draw_id, :class_id, :institution_id, :drawn)

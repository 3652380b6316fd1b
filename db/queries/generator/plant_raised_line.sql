-- Planted (claim_line_tampered), a paid claim line whose stored amount is raised behind the
-- platform, as an insider would; its sealed proof still says what was computed, so
-- `sunshine claims verify` names the line.
UPDATE claim_lines SET amount_fen = amount_fen + :raise_fen WHERE claim_id = :claim_id AND trainee_id = :trainee_id

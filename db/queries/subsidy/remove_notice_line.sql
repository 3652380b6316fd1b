-- A notice line removed by an upheld objection (once).
UPDATE notice_lines SET removed = 1 WHERE id = :id AND removed = 0

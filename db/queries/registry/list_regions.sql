SELECT code, name, level, parent_code
FROM regions
ORDER BY CASE level WHEN 'province' THEN 0 WHEN 'prefecture' THEN 1 ELSE 2 END, code

SELECT code, name, level, parent_code
FROM regions
WHERE :all_regions = 1 OR code LIKE :subtree OR code = :province OR code = :prefecture
ORDER BY CASE level WHEN 'province' THEN 0 WHEN 'prefecture' THEN 1 ELSE 2 END, code

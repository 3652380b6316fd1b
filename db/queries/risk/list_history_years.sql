-- How many imported past subsidised trainings each registered person had in each calendar year of
-- a span of dates (the history is kept by the index of the ID number).
SELECT t.id, substr(h.trained_on, 1, 4), COUNT(*)
FROM subsidy_history h
JOIN trainees t ON t.id_number_index = h.id_number_index
WHERE h.trained_on >= :from_date AND h.trained_on <= :to_date
GROUP BY t.id, substr(h.trained_on, 1, 4)

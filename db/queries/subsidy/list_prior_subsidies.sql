-- Every earlier subsidy of the class roster members - imported history (by the blind index of
-- the ID number) and the paid, not withheld, lines of other live claims (of any class and
-- subsidy kind) submitted before an instant (at the same instant, those stored before it - every
-- one for a claim not stored yet) - with the occupation, level and date each is known by, where it
-- comes from, and for a claim line what its units were (person, apprentice-year, person-month).
SELECT r.trainee_id, h.occupation_id, h.level, h.trained_on, 'history:' || CAST(h.id AS TEXT), 'person', 1, NULL
FROM class_roster r
JOIN trainees t ON t.id = r.trainee_id
JOIN subsidy_history h ON h.id_number_index = t.id_number_index
WHERE r.class_id = :class_id
UNION ALL
SELECT r.trainee_id, p.occupation_id, p.level, c.claimed_on, 'claim_line:' || CAST(l.id AS TEXT), c.basis, l.units,
       l.period
FROM class_roster r
JOIN claim_lines l ON l.trainee_id = r.trainee_id AND l.paid = 1 AND l.withheld IS NULL
JOIN claims c ON c.id = l.claim_id AND c.status <> 'rejected' AND c.id <> :other_than_claim_id
                AND (c.submitted_at < :submitted_before
                     OR (c.submitted_at = :submitted_same AND (:this_claim = 0 OR c.id < :this_claim_id)))
JOIN classes k ON k.id = c.class_id
JOIN training_projects p ON p.id = k.project_id
WHERE r.class_id = :class_id_again

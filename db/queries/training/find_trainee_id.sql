SELECT t.id FROM trainees t WHERE t.id = :id

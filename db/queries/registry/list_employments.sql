-- The employees and apprentices of one enterprise with their trainee records (personal data
-- sealed, masked by the service), newest employment first.
SELECT e.id, e.kind, e.start_date, e.end_date, t.id, t.name, t.id_number_sealed, t.id_number_index, t.sex, t.birth_date, t.phone_sealed, t.phone_index, t.household_region_code, t.residence_region_code, t.groups, t.employment_status, t.registered_by_org, t.created_at, t.updated_at
FROM employments e
JOIN trainees t ON t.id = e.trainee_id
WHERE e.enterprise_id = :enterprise_id
ORDER BY e.id DESC
LIMIT 2000

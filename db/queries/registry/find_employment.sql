SELECT id FROM employments WHERE enterprise_id = :enterprise_id AND trainee_id = :trainee_id AND start_date = :start_date

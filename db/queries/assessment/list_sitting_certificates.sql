SELECT number FROM certificates WHERE sitting_id = :sitting_id AND status = 'valid' ORDER BY id

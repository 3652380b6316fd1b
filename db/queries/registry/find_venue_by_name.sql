SELECT id FROM venues WHERE institution_id = :institution_id AND name = :name

SELECT capacity, region_code FROM venues WHERE id = :id AND institution_id = :institution_id

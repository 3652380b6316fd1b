-- The filters the trainee list and its count share (one text, so the count is of the list).
AND {filter q t.name LIKE :q_name ESCAPE '\'}
  AND {filter id_index t.id_number_index = :id_index}
  AND {filter phone_index t.phone_index = :phone_index}
  AND {filter group t.groups LIKE :group_value}
  AND {filter region t.residence_region_code LIKE :region_r OR t.household_region_code LIKE :region_h}
  AND {filter status t.employment_status = :status}

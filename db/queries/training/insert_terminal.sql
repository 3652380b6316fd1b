INSERT INTO terminals (institution_id, key_id, kind, name, public_key, status, created_at, created_by)
VALUES (:institution_id, :key_id, :kind, :name, :public_key, 'active', :created_at, :created_by)
RETURNING id

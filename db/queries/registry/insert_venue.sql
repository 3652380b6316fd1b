INSERT INTO venues (institution_id, name, address, region_code, latitude_e6, longitude_e6, capacity, created_at)
VALUES (:institution_id, :name, :address, :region_code, :latitude_e6, :longitude_e6, :capacity, :created_at)
RETURNING id

INSERT INTO venues (institution_id, name, address, region_code, latitude_e6, longitude_e6, datum, capacity, created_at)
VALUES (:institution_id, :name, :address, :region_code, :latitude_e6, :longitude_e6, 'wgs84', :capacity, :created_at)
RETURNING id

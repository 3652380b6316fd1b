UPDATE venues SET latitude_e6 = :latitude_e6, longitude_e6 = :longitude_e6, datum = 'wgs84'
WHERE id = :id AND datum = 'gcj02'

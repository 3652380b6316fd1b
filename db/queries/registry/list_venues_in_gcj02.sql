SELECT id, latitude_e6, longitude_e6 FROM venues WHERE datum = 'gcj02' ORDER BY id

-- The departure and the outcome; no row changes unless the inspection is open.
UPDATE inspections
SET departed_at = :departed_at, departure_latitude_e6 = :latitude_e6, departure_longitude_e6 = :longitude_e6,
    outcome = :outcome, status = 'closed', updated_at = :updated_at
WHERE id = :id AND status = 'open'

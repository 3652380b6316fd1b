INSERT INTO inspections (draw_id, class_id, session_id, inspector, arrived_at, arrival_latitude_e6, arrival_longitude_e6,
                         headcount, roster_size, checked_in, status, created_at, updated_at)
VALUES (:draw_id, :class_id, :session_id, :inspector, :arrived_at, :latitude_e6, :longitude_e6, :headcount,
        :roster_size, :checked_in, 'open', :created_at, :updated_at)
RETURNING id

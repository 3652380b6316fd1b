INSERT INTO assessment_sittings (organiser, body_id, institution_id, organiser_name, class_id, occupation_id, level,
                                 certificate_type, region_code, sitting_date, start_time, end_time, place,
                                 latitude_e6, longitude_e6, host_institution_id, status, created_at, created_by, updated_at)
VALUES (:organiser, :body_id, :institution_id, :organiser_name, :class_id, :occupation_id, :level,
        :certificate_type, :region_code, :sitting_date, :start_time, :end_time, :place,
        :latitude_e6, :longitude_e6, :host_institution_id, 'planned', :created_at, :created_by, :updated_at)
RETURNING id

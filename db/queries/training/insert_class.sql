INSERT INTO classes (institution_id, project_id, name, training_type, mode, venue_id, region_code, start_date, end_date,
                     planned_minutes, standard_hours, subsidy_fen, status, warnings, created_at, created_by, updated_at)
VALUES (:institution_id, :project_id, :name, :training_type, :mode, :venue_id, :region_code, :start_date, :end_date,
        :planned_minutes, :standard_hours, :subsidy_fen, 'draft', :warnings, :created_at, :created_by, :updated_at)
RETURNING id

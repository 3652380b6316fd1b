UPDATE classes
SET project_id = :project_id, name = :name, training_type = :training_type, mode = :mode, venue_id = :venue_id,
    region_code = :region_code, start_date = :start_date, end_date = :end_date, planned_minutes = :planned_minutes,
    standard_hours = :standard_hours, subsidy_fen = :subsidy_fen, warnings = :warnings, updated_at = :updated_at
WHERE id = :id

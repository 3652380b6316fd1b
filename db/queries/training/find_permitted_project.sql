-- Whether the institution may train the project over the whole class period.
SELECT id FROM institution_projects
WHERE institution_id = :institution_id AND project_id = :project_id AND valid_from <= :start_date AND valid_to >= :end_date

SELECT ip.id, ip.project_id, p.name, ip.valid_from, ip.valid_to, ip.created_at, ip.created_by
FROM institution_projects ip
JOIN training_projects p ON p.id = ip.project_id
WHERE ip.institution_id = :institution_id
ORDER BY ip.id

INSERT INTO claim_audits (draw_id, claim_id, city_code, status, checklist, updated_at)
VALUES (:draw_id, :claim_id, :city_code, 'unassigned', '[]', :updated_at)
RETURNING id

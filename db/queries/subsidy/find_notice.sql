-- One notice within reach of a region prefix (as in list_notices.sql), with its open objections.
SELECT n.id, n.region_code, n.title, n.published_on, n.ends_on, n.claims, n.lines, n.amount_fen, n.published_by,
       n.published_at,
       (SELECT COUNT(*) FROM objections o WHERE o.notice_id = n.id AND o.status = 'open')
FROM notices n
WHERE n.id = :id
  AND (n.region_code LIKE :region_like
       OR EXISTS (SELECT 1 FROM notice_lines l JOIN claims c ON c.id = l.claim_id
                  WHERE l.notice_id = n.id AND c.region_code LIKE :lines_region_like))

-- Notices published by offices within a region prefix, or holding claims of classes there (a
-- county reads its city notices), the public passing every region; newest first by keyset on
-- id, with how many objections are still open on each.
SELECT n.id, n.region_code, n.title, n.published_on, n.ends_on, n.claims, n.lines, n.amount_fen, n.published_by,
       n.published_at,
       (SELECT COUNT(*) FROM objections o WHERE o.notice_id = n.id AND o.status = 'open')
FROM notices n
WHERE (n.region_code LIKE :region_like
       OR EXISTS (SELECT 1 FROM notice_lines l JOIN claims c ON c.id = l.claim_id
                  WHERE l.notice_id = n.id AND c.region_code LIKE :lines_region_like))
  AND (:after = 0 OR n.id < :after_id)
ORDER BY n.id DESC
LIMIT :limit

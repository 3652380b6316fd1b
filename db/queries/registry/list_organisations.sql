-- Organisations of one kind in the scope of the caller (a region subtree, every region for
-- kinds chosen province-wide, or the own organisation), filtered, sorted and cut by keyset as
-- in list_trainees.sql.
SELECT o.id, o.kind, o.name, o.credit_code, o.type, o.industry, o.size, o.region_code, o.status, o.credit_check_overridden, o.created_at, o.updated_at, {sort_key} AS sort_key
FROM organisations o
WHERE o.kind = :kind
  AND ((:region_like <> '' AND (:all_regions = 1 OR o.region_code LIKE :region_like_value))
       OR (:own_id > 0 AND o.id = :own_id_value))
  AND (:q = '' OR o.name LIKE :q_name ESCAPE '\' OR o.credit_code = :q_code)
  AND (:type = '' OR o.type = :type_value)
  AND (:status = '' OR o.status = :status_value)
  AND (:region = '' OR o.region_code LIKE :region_value)
  AND {after}
ORDER BY {order}
LIMIT :limit

-- Organisations of one kind in the scope of the caller (a region subtree, every region for
-- kinds chosen province-wide, or the own organisation), filtered, sorted and cut by keyset as
-- in list_trainees.sql; only the branches of the scope it has and the filters set are in the text
-- (src/db/keyset.hpp FillFilter).
SELECT o.id, o.kind, o.name, o.credit_code, o.type, o.industry, o.size, o.region_code, o.status, o.credit_check_overridden, o.created_at, o.updated_at, {sort_key} AS sort_key
FROM organisations o
WHERE o.kind = :kind
  AND ({branch in_region o.region_code LIKE :scope_region}
       OR {branch any_region TRUE}
       OR {branch itself o.id = :scope_own})
  AND {filter q o.name LIKE :q_name ESCAPE '\' OR o.credit_code = :q_code}
  AND {filter type o.type = :type}
  AND {filter status o.status = :status}
  AND {filter region o.region_code LIKE :region}
  AND {after}
ORDER BY {order}
LIMIT :limit

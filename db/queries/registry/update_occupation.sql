UPDATE occupations
SET code = :code, name = :name, category = :category, highest_level = :highest_level,
    lowest_level = :lowest_level, urgent = :urgent, shortage_rank = :shortage_rank, is_new = :is_new,
    updated_at = :updated_at
WHERE id = :id

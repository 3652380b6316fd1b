INSERT INTO occupations (code, name, category, kind, highest_level, lowest_level, urgent, shortage_rank, is_new,
                         created_at, updated_at)
VALUES (:code, :name, :category, :kind, :highest_level, :lowest_level, :urgent, :shortage_rank, :is_new,
        :created_at, :updated_at)
RETURNING id

INSERT INTO users (username, display_name, password_hash, role, scope_kind, scope_code,
                   password_changed_at, created_at, updated_at)
VALUES (:username, :display_name, :password_hash, :role, :scope_kind, :scope_code,
        :password_changed_at, :created_at, :updated_at)
RETURNING id

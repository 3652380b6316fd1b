SELECT name FROM organisations WHERE id = :id AND kind = :kind

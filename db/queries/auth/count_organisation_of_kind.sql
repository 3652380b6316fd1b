SELECT COUNT(id) FROM organisations WHERE id = :id AND kind = :kind

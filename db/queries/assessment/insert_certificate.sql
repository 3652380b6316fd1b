INSERT INTO certificates (number, certificate_type, source, sitting_id, candidate_id, trainee_id, holder_name,
                          occupation_id, occupation_name, level, issuer, issuer_name, issued_on, status, created_at,
                          created_by)
VALUES (:number, :certificate_type, :source, :sitting_id, :candidate_id, :trainee_id, :holder_name,
        :occupation_id, :occupation_name, :level, :issuer, :issuer_name, :issued_on, 'valid', :created_at,
        :created_by)

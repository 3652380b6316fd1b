INSERT INTO sitting_result_amendments (candidate_id, theory, practical, absent, passed, reason, amended_at, amended_by,
                                       request_id)
VALUES (:candidate_id, :theory, :practical, :absent, :passed, :reason, :amended_at, :amended_by, :request_id)

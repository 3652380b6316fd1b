-- Fresh statistics of the trainee table after an import grew it (PostgreSQL only). Autovacuum
-- analyzes a table only after a tenth of it changed, so 40,000 people imported into one county of
-- a 790,000-row table left the count of its list planned for a fifth of them - a bitmap of every
-- entry of the county before the cap could stop it (docs/performance.md, session 40).
ANALYZE trainees

-- Whether a database already holds registered institutions or people (generate refuses it).
SELECT (SELECT COUNT(*) FROM institutions) + (SELECT COUNT(*) FROM trainees)

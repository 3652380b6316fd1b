-- How many records the audit trail holds, none in a database nobody has used yet.
SELECT count(*) FROM audit_records

-- Evidence of a random claim audit (抽查核查, issue 14 item 7; R-F3, R-F4): photos the assigned
-- officer or auditor takes (a visit to the trainee, the institution's records, a receipt), kept
-- like inspection evidence in the photo packs, named by their SHA-256; every view is audited.
CREATE TABLE claim_audit_photos (
  audit_id BIGINT NOT NULL REFERENCES claim_audits (id),
  sha256 TEXT NOT NULL,
  content_type TEXT NOT NULL,
  bytes BIGINT NOT NULL,
  pack TEXT NOT NULL,
  pack_offset BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  uploaded_by TEXT NOT NULL,
  PRIMARY KEY (audit_id, sha256)
);

-- Who claims (issue 14 item 1; R-F1, policy_rules.md §3.4, §3.5, subsidy reference §1.4). Besides
-- the institution on behalf of the trainees who authorised it (代领), an enterprise claims for
-- its own employees (post training, 企业新型学徒制 per apprentice per year, 以工代训 per person
-- per month), and a trainee who paid first claims for themself (先垫后补). So a class may carry
-- one live claim per kind and claimant; a person claimed twice for the same class is refused on
-- the line (the earlier paid line is a prior subsidy of the same occupation and level).
DROP INDEX claims_class_kind_live;
CREATE UNIQUE INDEX claims_class_kind_claimant_live ON claims (class_id, kind, claimant) WHERE status <> 'rejected';

-- What one unit of a line is: a person (the standard per person), an apprentice-year
-- (apprenticeship classes: the project's standard is per apprentice per year) or a person-month
-- (以工代训 classes: per person per month). Set from the class's training type.
ALTER TABLE claims ADD COLUMN basis TEXT NOT NULL DEFAULT 'person'
  CHECK (basis IN ('person', 'apprentice_year', 'person_month'));
-- How many units a line is paid for (1 for a person or an apprentice-year; months for 以工代训),
-- and which apprentice-year (1, 2, ...) or first month ("YYYY-MM") it covers, kept with it so an
-- apprentice-year or a month is never paid twice.
ALTER TABLE claim_lines ADD COLUMN units INTEGER NOT NULL DEFAULT 1 CHECK (units >= 0);
ALTER TABLE claim_lines ADD COLUMN period TEXT;

-- The claimant as people read it, kept at submission (an institution's or enterprise's
-- registered name; a trainee's name, masked wherever it is shown).
ALTER TABLE claims ADD COLUMN claimant_name TEXT NOT NULL DEFAULT '';
UPDATE claims SET claimant_name = (SELECT i.name FROM classes k JOIN institutions i ON i.id = k.institution_id
                                   WHERE k.id = claims.class_id);

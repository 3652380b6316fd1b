#pragma once
// Use cases of class filing and review (R-W1, R-F1): an institution files a class and the
// policy checks answer with every violation at once; the county reviews it; after approval the
// roster only changes by reasoned amendments. Every change is one transaction with its class
// event and audit record. Facts for the checks (bookings, yearly counts, the standard in force,
// the venue, permitted projects) are read here; the rules themselves are pure (filing_rules).
#include <optional>
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "crypto/field_cipher.hpp"
#include "db/database.hpp"
#include "training/class_rules.hpp"
#include "training/class_store.hpp"
#include "training/filing_rules.hpp"

namespace sunshine::training {

struct TeacherView {
  std::int64_t id = 0;
  int position = 0;
  std::string name, id_number_masked, qualification;
};

struct RosterView {
  RosterRecord entry;
  std::string id_number_masked;
};

struct ClassDetail {
  ClassRecord record;
  std::vector<TeacherView> teachers;
  std::vector<SessionRecord> sessions;
  std::vector<RosterView> roster;
};

struct ClassQuery {
  std::string q, status;
  std::int64_t institution_id = 0;
};

// A roster change after filing: one person, and why (required once the roster is locked).
struct RosterAmendment {
  std::optional<std::int64_t> trainee_id;
  std::optional<std::string> id_number;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(RosterAmendment, (), (trainee_id, id_number, reason))

class ClassService {
 public:
  ClassService(db::Database& database, const std::optional<crypto::FieldKeys>& keys, PolicyConfig policy)
      : database_(database), keys_(keys), policy_(std::move(policy)) {}
  // The platform's clock (the database's), for routes that show time-dependent facts.
  const core::Clock& clock() const { return database_.clock(); }

  struct Page {
    std::vector<std::pair<ClassRecord, std::string>> items;  // with each row's sort key
    core::Total total;
  };
  core::Result<Page> List(const core::Principal& principal, const ClassQuery& query, const core::Sort& sort,
                          const core::Cursor& after, int limit);
  core::Result<ClassDetail> Get(const core::Principal& principal, std::int64_t id);
  // The same for the system's own work (settling attendance), which no caller's scope bounds.
  core::Result<ClassDetail> GetById(std::int64_t id);
  core::Result<std::vector<ClassEvent>> Events(const core::Principal& principal, std::int64_t id);

  // Files a new class as a draft; refused whole (422) with every blocking violation.
  core::Result<ClassDetail> File(const core::Actor& actor, const ClassInput& input);
  // Replaces the plan of a draft or rejected class, checked as a new filing.
  core::Result<ClassDetail> Replan(const core::Actor& actor, std::int64_t id, const ClassInput& input);
  // submit | approve | reject | cancel, with a reason (required to reject and cancel).
  core::Result<ClassDetail> Act(const core::Actor& actor, std::int64_t id, ClassAction action,
                                const std::string& reason);

  core::Result<std::vector<RosterView>> Roster(const core::Principal& principal, std::int64_t id);
  core::Result<RosterView> Enrol(const core::Actor& actor, std::int64_t id, const RosterAmendment& amendment);
  core::Result<RosterView> Withdraw(const core::Actor& actor, std::int64_t id, std::int64_t trainee_id,
                                    const std::string& reason);

  // Moves approved classes to running and running ones to finished as the calendar says on
  // `today` (YYYY-MM-DD); each move audited as the system. Returns how many moved.
  int AdvanceByCalendar(const std::string& today);

  const PolicyConfig& policy() const { return policy_; }

 private:
  struct Plan;
  core::Result<const crypto::FieldKeys*> Keys() const;
  core::Result<Plan> Resolve(db::Connection& connection, const core::Scope& scope, std::int64_t institution_id,
                             const ClassInput& input) const;
  FilingFacts Facts(db::Connection& connection, std::int64_t class_id, const std::string& institution_status,
                    std::int64_t institution_id, const Plan& plan, const std::string& filed_on) const;
  Plan StoredPlan(db::Connection& connection, const ClassRecord& record) const;
  core::Result<ClassDetail> Store(const core::Actor& actor, std::optional<std::int64_t> id, const ClassInput& input);
  core::Result<ClassDetail> Detail(db::Connection& connection, ClassRecord record) const;
  core::Result<RosterView> RosterEntryView(const RosterRecord& record) const;
  // The roster row of one person as just stored, masked.
  core::Result<RosterView> StoredEntry(db::Connection& connection, std::int64_t class_id, std::int64_t trainee_id) const;

  db::Database& database_;
  const std::optional<crypto::FieldKeys>& keys_;
  PolicyConfig policy_;
};

}  // namespace sunshine::training

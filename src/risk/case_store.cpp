#include "risk/case_store.hpp"

#include "db/queries/risk.hpp"
#include "risk/row_reader.hpp"

namespace sunshine::risk::case_store {
namespace q = db::queries::risk;
using namespace rows;

namespace {
// The columns of find_case and list_cases.
Case CaseOf(const soci::row& r) {
  Case c;
  c.id = Int(r, 0);
  c.title = Text(r, 1);
  c.institution_id = MaybeInt(r, 2);
  c.institution_name = TextOrEmpty(r, 3);
  c.region_code = Text(r, 4);
  c.origin = Text(r, 5);
  c.status = Text(r, 6);
  c.outcome = MaybeText(r, 7);
  c.outcome_note = MaybeText(r, 8);
  c.legacy_case_id = MaybeInt(r, 9);
  c.opened_at = Int(r, 10);
  c.opened_by = Text(r, 11);
  c.updated_at = Int(r, 12);
  c.closed_at = MaybeInt(r, 13);
  c.closed_by = MaybeText(r, 14);
  c.items = static_cast<int>(Int(r, 15));
  return c;
}
}  // namespace

std::int64_t Insert(db::Connection& connection, const Case& c) {
  long long institution = c.institution_id.value_or(0), opened = c.opened_at, updated = c.updated_at, id = 0;
  soci::indicator institution_ind = c.institution_id ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertCase), soci::use(c.title), soci::use(institution, institution_ind),
      soci::use(c.region_code), soci::use(opened), soci::use(c.opened_by), soci::use(updated), soci::into(id);
  return id;
}

std::optional<Case> Find(db::Connection& connection, const std::string& region_like, std::int64_t id) {
  long long wanted = id;
  std::string like = region_like;
  auto found = Read<Case>(connection, q::kFindCase, CaseOf, wanted, like);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<Case> List(db::Connection& connection, const std::string& region_like, const std::string& status,
                       std::int64_t after, int limit) {
  std::string like = region_like, s = status, s_value = status;
  long long a = after, a_id = after, l = limit;
  return Read<Case>(connection, q::kListCases, CaseOf, like, s, s_value, a, a_id, l);
}

bool Close(db::Connection& connection, const Case& c) {
  const std::string outcome = c.outcome.value_or(""), note = c.outcome_note.value_or(""),
                    by = c.closed_by.value_or("");
  long long updated = c.updated_at, closed = c.closed_at.value_or(c.updated_at), id = c.id;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kCloseCase), soci::use(outcome),
                               soci::use(note), soci::use(updated), soci::use(closed), soci::use(by), soci::use(id));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

void AddItem(db::Connection& connection, std::int64_t case_id, const Item& item) {
  long long c = case_id, object = item.object_id.value_or(0), at = item.added_at;
  soci::indicator object_ind = item.object_id ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertCaseItem), soci::use(c), soci::use(item.kind),
      soci::use(object, object_ind), soci::use(item.note), soci::use(at), soci::use(item.added_by);
}

bool HasItem(db::Connection& connection, std::int64_t case_id, const std::string& kind, std::int64_t object_id) {
  long long c = case_id, object = object_id, id = 0;
  connection.sql() << connection.Text(q::kFindCaseItem), soci::use(c), soci::use(kind), soci::use(object),
      soci::into(id);
  return connection.sql().got_data();
}

std::vector<Item> Items(db::Connection& connection, std::int64_t case_id) {
  long long c = case_id;
  return Read<Item>(
      connection, q::kListCaseItems,
      [](const soci::row& r) {
        return Item{Int(r, 0), Text(r, 1), MaybeInt(r, 2), Text(r, 3), Int(r, 4), Text(r, 5)};
      },
      c);
}

std::optional<Owner> OwnerOf(db::Connection& connection, const std::string& kind, std::int64_t object_id) {
  std::string k1 = kind, k2 = kind, k3 = kind;
  long long a = object_id, b = object_id, c = object_id;
  auto found = Read<Owner>(
      connection, q::kFindObjectInstitution, [](const soci::row& r) { return Owner{Int(r, 0), Text(r, 1)}; }, k1, a,
      k2, b, k3, c);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<RuleAlerts> InstitutionAlerts(db::Connection& connection, std::int64_t institution_id) {
  long long id = institution_id;
  return Read<RuleAlerts>(
      connection, q::kListInstitutionAlerts,
      [](const soci::row& r) {
        return RuleAlerts{Text(r, 0), static_cast<int>(Int(r, 1)), static_cast<int>(Int(r, 2))};
      },
      id);
}

}  // namespace sunshine::risk::case_store

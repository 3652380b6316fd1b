#include "training/schedule_service.hpp"

#include <charconv>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/queries/training.hpp"
#include "training/calendar.hpp"
#include "training/class_store.hpp"

namespace sunshine::training {
namespace q = db::queries::training;

namespace {
constexpr int kMaxDays = 31;
// Versions are commit-time clock readings taken inside each transaction; on PostgreSQL a
// transaction stamped earlier can commit after a later one. The answer's version therefore
// never runs ahead of "now minus a margin longer than any transaction" (statement timeouts
// are seconds), so a late commit is still newer than the `since` a terminal sends back; the
// price is that a class changed in the last two minutes is sent once more.
constexpr std::int64_t kVersionMarginMs = 2 * 60 * 1000;

struct ClassRow {
  long long id = 0, venue_id = 0, updated_at = 0, added_max = 0, withdrawn_max = 0;
  soci::indicator venue_ind = soci::i_null;
  std::string name, status, mode, start_date, end_date;
};

std::vector<ClassRow> ServedClasses(db::Connection& connection, const core::Principal& device,
                                    const std::string& from, const std::string& to) {
  long long institution = device.scope.OrganisationId("institution"), terminal = device.device_id;
  int online = device.role == "online_platform" ? 1 : 0;
  ClassRow row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListTerminalClasses), soci::into(row.id), soci::into(row.name),
       soci::into(row.status), soci::into(row.mode), soci::into(row.venue_id, row.venue_ind),
       soci::into(row.start_date), soci::into(row.end_date), soci::into(row.updated_at), soci::into(row.added_max),
       soci::into(row.withdrawn_max), soci::use(institution), soci::use(from), soci::use(to), soci::use(terminal),
       soci::use(online));
  statement.execute();
  std::vector<ClassRow> out;
  while (statement.fetch()) out.push_back(row);
  return out;
}
}  // namespace

core::Result<Schedule> ScheduleService::For(const core::Principal& device, const std::optional<std::string>& from,
                                            const std::optional<std::string>& to,
                                            const std::optional<std::string>& since) {
  std::vector<core::FieldError> errors;
  CheckDateRange(from, to, kMaxDays, errors);
  std::optional<std::int64_t> after;
  if (since) {
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(since->data(), since->data() + since->size(), value);
    if (ec != std::errc{} || end != since->data() + since->size() || value < 0) {
      errors.push_back({"since", "not_a_version"});
    } else {
      after = value;
    }
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "日期范围有误（最长 31 天）", std::move(errors));

  Schedule out{*from, *to, after.value_or(0), {}};
  db::Connection connection(database_);
  for (const auto& row : ServedClasses(connection, device, *from, *to)) {
    const std::int64_t version = std::max({row.updated_at, row.added_max, row.withdrawn_max});
    if (after ? version <= *after : row.status == "cancelled") continue;
    ScheduleClass item{row.id, row.name, row.status, row.mode, std::nullopt, version, {}, {}};
    if (row.venue_ind == soci::i_ok) item.venue_id = row.venue_id;
    if (row.status != "cancelled") {
      for (const auto& s : class_store::Sessions(connection, row.id)) {
        if (s.date >= *from && s.date <= *to) item.sessions.push_back({s.id, s.date, s.start, s.end});
      }
      for (const auto& r : class_store::Roster(connection, row.id)) {
        item.roster.push_back({r.trainee_id, core::MaskName(r.name), r.withdrawn_at.has_value()});
      }
    }
    out.version = std::max(out.version, version);
    out.classes.push_back(std::move(item));
  }
  out.version = std::max(after.value_or(0), std::min(out.version, database_.clock().Now() - kVersionMarginMs));
  return out;
}

}  // namespace sunshine::training

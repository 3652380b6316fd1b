#include "training/attendance_store.hpp"

#include "db/queries/training.hpp"

namespace sunshine::training::attendance_store {
namespace q = db::queries::training;

std::vector<Unsettled> ListUnsettled(db::Connection& connection, int limit) {
  long long id = 0, limit_value = limit;
  int stale = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListUnsettledAttendance),
                               soci::into(id), soci::into(stale), soci::use(limit_value));
  statement.execute();
  std::vector<Unsettled> out;
  while (statement.fetch()) out.push_back({id, stale});
  return out;
}

std::int64_t CountUnsettled(db::Connection& connection) {
  long long count = 0;
  connection.sql() << connection.Text(q::kCountUnsettledAttendance), soci::into(count);
  return count;
}

void Keep(db::Connection& connection, const Unsettled& cls, const std::vector<KeptRate>& rates, std::int64_t now) {
  long long class_id = cls.class_id, trainee = 0, now_value = now;
  int attended = 0, planned = 0, rate = 0, seen = cls.stale_seen;
  connection.sql() << connection.Text(q::kDeleteClassAttendance), soci::use(class_id);
  soci::statement insert = (connection.sql().prepare << connection.Text(q::kInsertClassAttendance),
                            soci::use(class_id), soci::use(trainee), soci::use(attended), soci::use(planned),
                            soci::use(rate));
  for (const auto& r : rates) {
    trainee = r.trainee_id;
    attended = r.attended_minutes;
    planned = r.planned_minutes;
    rate = r.rate_1e4;
    insert.execute(true);
  }
  connection.sql() << connection.Text(q::kSettleClassAttendance), soci::use(class_id), soci::use(now_value),
      soci::use(seen);
}

void MarkStale(db::Connection& connection, std::int64_t class_id) {
  long long id = class_id;
  connection.sql() << connection.Text(q::kMarkAttendanceStale), soci::use(id);
}

}  // namespace sunshine::training::attendance_store

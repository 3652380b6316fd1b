#pragma once
// What the check-in sweep reads (checkin_sweep.hpp; db/queries/risk): check-ins by id range in
// bulk, each class's count, the sessions' bounds and places, and the narrow second reads of the
// two rules that look across classes.
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "db/database.hpp"
#include "risk/checkin_sweep.hpp"
#include "risk/risk_store.hpp"

namespace sunshine::risk::sweep_store {

struct IdRange {
  std::int64_t from = 0, to = -1;  // inclusive; empty when to < from
};
// The ids of the check-ins captured within the span (by the capture index: for short spans).
IdRange SpanIds(db::Connection& connection, const risk_store::Span& span);
// Every check-in id there is (for long spans: the whole table in its order).
IdRange AllIds(db::Connection& connection);
// How many check-ins each class has.
std::unordered_map<std::int64_t, std::int64_t> ClassCheckinCounts(db::Connection& connection);
// Every check-in with an id in `range`, each passed to `take` on the calling thread: `readers`
// threads read windows of ids in turn, each on a connection of its own (one core decodes rows
// while the other judges them); any order.
void ReadCheckins(db::Database& database, const IdRange& range, int readers,
                  const std::function<void(SweptCheckin&&)>& take);
// The same on the calling thread and its connection.
void ReadCheckins(db::Connection& connection, const IdRange& range, const std::function<void(SweptCheckin&&)>& take);

// The sessions' bounds and the classes' places, those held within the days given read at once
// and any other asked for one by one.
class Lookup : public CheckinSweep::Lookup {
 public:
  Lookup(db::Connection& connection, const std::string& from, const std::string& to);
  Place PlaceOf(std::int64_t class_id) override;
  SessionBounds BoundsOf(std::int64_t session_id) override;

 private:
  db::Connection& connection_;
  std::unordered_map<std::int64_t, SessionBounds> sessions_;
  std::unordered_map<std::int64_t, Place> classes_;
};

// photo_reuse's second read: every use of the photos whose hash begins with `prefix` (16 hex
// digits).
std::vector<PhotoUse> PhotoUsesWithPrefix(db::Connection& connection, const std::string& prefix);
// person_two_places' second read: one person's check-ins within the span, in capture order.
std::vector<PersonCheckin> PersonCheckins(db::Connection& connection, std::int64_t trainee_id,
                                          const risk_store::Span& span);

}  // namespace sunshine::risk::sweep_store

#include "risk/sweep_store.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "db/each_row.hpp"
#include "db/queries/risk.hpp"
#include "risk/row_reader.hpp"
#include "training/calendar.hpp"

namespace sunshine::risk::sweep_store {
namespace q = db::queries::risk;
using namespace rows;

namespace {
IdRange RangeOf(db::Connection& connection, const db::Query& query, long long* from_at, long long* to_at) {
  long long low = 0, high = -1;
  if (from_at) {
    connection.sql() << connection.Text(query), soci::use(*from_at), soci::use(*to_at), soci::into(low),
        soci::into(high);
  } else {
    connection.sql() << connection.Text(query), soci::into(low), soci::into(high);
  }
  return {low, high};
}

// A row of list_session_bounds / find_session_bounds: the session's bounds and its class's place.
struct SessionRow {
  std::int64_t session_id = 0;
  SessionBounds bounds;
  Place place;
};
SessionRow SessionOf(const soci::row& r) {
  const auto day = Text(r, 1);
  return {Int(r, 0), {At(day, Text(r, 2)), At(day, Text(r, 3))}, PlaceAt(r, 4)};
}
}  // namespace

IdRange SpanIds(db::Connection& connection, const risk_store::Span& span) {
  long long from = span.from_at, to = span.to_at;
  return RangeOf(connection, q::kFindCheckinIdRange, &from, &to);
}

IdRange AllIds(db::Connection& connection) { return RangeOf(connection, q::kFindCheckinIds, nullptr, nullptr); }

std::unordered_map<std::int64_t, std::int64_t> ClassCheckinCounts(db::Connection& connection) {
  std::unordered_map<std::int64_t, std::int64_t> out;
  long long klass = 0, count = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListClassCheckinCounts),
                               soci::into(klass), soci::into(count));
  statement.execute();
  while (statement.fetch()) out[klass] = count;
  return out;
}

namespace {
// Ids a statement covers: PostgreSQL hands over a statement's whole result at once, so a window
// bounds the memory (some 60 MB of rows).
constexpr std::int64_t kWindow = 200'000;
// Rows a reader hands on at a time.
constexpr std::size_t kBatch = 4'096;

// A check-in from the current row of a query shaped as list_checkins_by_id, read through `row`'s
// Int, IsNull and Text by column (SQLite's cursor, or a PostgreSQL result's row).
template <class Row>
SweptCheckin CheckinAt(const Row& row) {
  SweptCheckin c;
  c.id = row.Int(0);
  c.class_id = row.Int(1);
  c.session_id = row.Int(2);
  c.trainee_id = row.Int(3);
  c.terminal_id = row.Int(4);
  c.captured_at = row.Int(5);
  c.latitude_e6 = static_cast<std::int32_t>(row.Int(6));
  c.longitude_e6 = static_cast<std::int32_t>(row.Int(7));
  c.distance_m = row.IsNull(8) ? -1 : static_cast<std::int32_t>(row.Int(8));
  ParseSha256(row.Text(9), c.photo_sha256);
  if (!row.IsNull(10)) c.phash = training::PhotoHash::FromHex(row.Text(10));
  return c;
}

// Hands rows on in batches of kBatch.
class Batches {
 public:
  explicit Batches(const std::function<void(std::vector<SweptCheckin>&&)>& hand_on) : hand_on_(hand_on) {
    rows_.reserve(kBatch);
  }
  void Add(SweptCheckin&& row) {
    rows_.push_back(std::move(row));
    if (rows_.size() == kBatch) Flush();
  }
  void Flush() {
    if (rows_.empty()) return;
    hand_on_(std::move(rows_));
    rows_.clear();
    rows_.reserve(kBatch);
  }

 private:
  const std::function<void(std::vector<SweptCheckin>&&)>& hand_on_;
  std::vector<SweptCheckin> rows_;
};

// The windows `next` hands out until none is left, each read with the engine's own calls
// (db/each_row.hpp).
void ReadWindows(db::Connection& connection, const IdRange& range, std::atomic<std::int64_t>& next,
                 const std::function<void(std::vector<SweptCheckin>&&)>& hand_on) {
  const auto text = connection.Text(q::kListCheckinsById);
  Batches batches(hand_on);
  for (std::int64_t at; (at = range.from + kWindow * next++) <= range.to;) {
    const std::int64_t to = std::min(at + kWindow, range.to + 1);
    db::EachRow(connection, text, {at, to}, [&](const auto& row) { batches.Add(CheckinAt(row)); });
    batches.Flush();
  }
}
}  // namespace

void ReadCheckins(db::Connection& connection, const IdRange& range, const std::function<void(SweptCheckin&&)>& take) {
  std::atomic<std::int64_t> next{0};
  ReadWindows(connection, range, next, [&](std::vector<SweptCheckin>&& rows) {
    for (auto& row : rows) take(std::move(row));
  });
}

void ReadCheckins(db::Database& database, const IdRange& range, int readers,
                  const std::function<void(SweptCheckin&&)>& take) {
  std::atomic<std::int64_t> next{0};
  // Batches wait here for the calling thread; a few at most, so readers ahead of it wait too.
  constexpr std::size_t kWaiting = 16;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::vector<SweptCheckin>> waiting;
  int running = readers;
  std::exception_ptr failure;
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int r = 0; r < readers; ++r) {
    threads.emplace_back([&] {
      try {
        db::Connection connection(database);
        ReadWindows(connection, range, next, [&](std::vector<SweptCheckin>&& rows) {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return waiting.size() < kWaiting || stop; });
          if (stop) throw std::runtime_error("sweep stopped");
          waiting.push_back(std::move(rows));
          changed.notify_all();
        });
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure && !stop) failure = std::current_exception();
        stop = true;
      }
      std::lock_guard lock(mutex);
      --running;
      changed.notify_all();
    });
  }
  try {
    for (;;) {
      std::vector<SweptCheckin> rows;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !waiting.empty() || running == 0 || stop; });
        if (waiting.empty() || stop) break;
        rows = std::move(waiting.front());
        waiting.pop_front();
        changed.notify_all();
      }
      for (auto& row : rows) take(std::move(row));
    }
  } catch (...) {
    std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
    stop = true;
    changed.notify_all();
  }
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

Lookup::Lookup(db::Connection& connection, const std::string& from, const std::string& to) : connection_(connection) {
  // A day either side: a check-in a little before or after its session's day is judged with it.
  std::string first = training::AddDays(from, -1), last = training::AddDays(to, 1);
  for (const auto& s : Read<SessionRow>(connection, q::kListSessionBounds, SessionOf, first, last)) {
    sessions_[s.session_id] = s.bounds;
    classes_[s.place.class_id] = s.place;
  }
}

SessionBounds Lookup::BoundsOf(std::int64_t session_id) {
  if (auto it = sessions_.find(session_id); it != sessions_.end()) return it->second;
  long long id = session_id;
  const auto found = Read<SessionRow>(connection_, q::kFindSessionBounds, SessionOf, id);
  const SessionBounds bounds = found.empty() ? SessionBounds{} : found.front().bounds;
  if (!found.empty()) classes_[found.front().place.class_id] = found.front().place;
  return sessions_[session_id] = bounds;
}

Place Lookup::PlaceOf(std::int64_t class_id) {
  if (auto it = classes_.find(class_id); it != classes_.end()) return it->second;
  long long id = class_id;
  const auto found = Read<Place>(connection_, q::kFindClassPlace, [](const soci::row& r) { return PlaceAt(r, 0); }, id);
  return classes_[class_id] = found.empty() ? Place{class_id, 0, ""} : found.front();
}

std::vector<PhotoUse> PhotoUsesWithPrefix(db::Connection& connection, const std::string& prefix) {
  // Lowercase hex digits all sort before "g".
  std::string from = prefix, to = prefix + "g";
  return Read<PhotoUse>(
      connection, q::kListPhotoUses,
      [](const soci::row& r) { return PhotoUse{Text(r, 0), Int(r, 1), Int(r, 2), PlaceAt(r, 3), Int(r, 6)}; }, from,
      to);
}

std::vector<PersonCheckin> PersonCheckins(db::Connection& connection, std::int64_t trainee_id,
                                          const risk_store::Span& span) {
  long long trainee = trainee_id, from = span.from_at, to = span.to_at;
  return Read<PersonCheckin>(
      connection, q::kListPersonCheckins,
      [](const soci::row& r) { return PersonCheckin{Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3), Int(r, 4)}; },
      trainee, from, to);
}

}  // namespace sunshine::risk::sweep_store

#include "supervision/exception_store.hpp"

#include "db/keyset.hpp"
#include "db/like.hpp"
#include "db/queries/supervision.hpp"
#include "training/institution_scope.hpp"

namespace sunshine::supervision::exception_store {
namespace q = db::queries::supervision;
namespace {

// The filters the caller set, each in the text only when set (db::FillFilter).
struct FilterParams {
  explicit FilterParams(const ExceptionFilter& f)
      : class_id(f.class_id), terminal(f.terminal_id), institution(f.institution_id),
        region(f.region_prefix.empty() ? "" : f.region_prefix + "%"),
        reason(f.reason.empty() ? "" : db::ContainsPattern("\"" + f.reason + "\"")),  // the code as a JSON string
        from(f.from), to(f.to) {}
  void Fill(std::string& text) const {
    db::FillFilter(text, "class", class_id != 0);
    db::FillFilter(text, "terminal", terminal != 0);
    db::FillFilter(text, "institution", institution != 0);
    db::FillFilter(text, "region", !region.empty());
    db::FillFilter(text, "reason", !reason.empty());
    db::FillFilter(text, "from", from != 0);
    db::FillFilter(text, "to", to != 0);
  }
  void Bind(soci::details::prepare_temp_type& p) {
    if (class_id != 0) p, soci::use(class_id);
    if (terminal != 0) p, soci::use(terminal);
    if (institution != 0) p, soci::use(institution);
    if (!region.empty()) p, soci::use(region);
    if (!reason.empty()) p, soci::use(reason);
    if (from != 0) p, soci::use(from);
    if (to != 0) p, soci::use(to);
  }
  long long class_id, terminal, institution;
  std::string region, reason;
  long long from, to;
};

// The page after the previous one's last id (none on the first page), then its size.
struct PageParams {
  PageParams(std::int64_t after, int limit) : after(after), limit(limit) {}
  void Fill(std::string& text) const { db::FillFilter(text, "after", after != 0); }
  void Bind(soci::details::prepare_temp_type& p) {
    if (after != 0) p, soci::use(after);
    p, soci::use(limit);
  }
  long long after, limit;
};

struct CheckinBuffer {
  long long id = 0, captured = 0, received = 0, class_id = 0, institution = 0, session = 0, trainee = 0,
            terminal = 0;
  int distance = 0;
  soci::indicator distance_ind = soci::i_null;
  double face = 0, liveness = 0;
  ExceptionRow row;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(captured), soci::into(received), soci::into(row.kind), soci::into(class_id),
        soci::into(row.class_name), soci::into(institution), soci::into(row.institution_name),
        soci::into(row.region_code), soci::into(session), soci::into(row.session_date), soci::into(row.session_start),
        soci::into(row.session_end), soci::into(trainee), soci::into(row.trainee_name), soci::into(terminal),
        soci::into(row.terminal_name), soci::into(row.terminal_key_id), soci::into(distance, distance_ind),
        soci::into(face), soci::into(liveness), soci::into(row.reasons);
  }
  ExceptionRow Get() const {
    ExceptionRow out = row;
    out.source = Source::kCheckin;
    out.id = id;
    out.at = captured;
    out.received_at = received;
    out.class_id = class_id;
    out.institution_id = institution;
    out.session_id = session;
    out.trainee_id = trainee;
    out.terminal_id = terminal;
    if (distance_ind == soci::i_ok) out.distance_m = distance;
    out.face_score = face;
    out.liveness_score = liveness;
    return out;
  }
};

struct SegmentBuffer {
  long long id = 0, started = 0, ended = 0, received = 0, class_id = 0, institution = 0, trainee = 0, terminal = 0;
  ExceptionRow row;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(started), soci::into(ended), soci::into(received), soci::into(row.course_item),
        soci::into(class_id), soci::into(row.class_name), soci::into(institution), soci::into(row.institution_name),
        soci::into(row.region_code), soci::into(trainee), soci::into(row.trainee_name), soci::into(terminal),
        soci::into(row.terminal_name), soci::into(row.terminal_key_id), soci::into(row.reasons);
  }
  ExceptionRow Get() const {
    ExceptionRow out = row;
    out.source = Source::kOnline;
    out.id = id;
    out.at = started;
    out.ended_at = ended;
    out.received_at = received;
    out.class_id = class_id;
    out.institution_id = institution;
    out.trainee_id = trainee;
    out.terminal_id = terminal;
    return out;
  }
};

template <class Buffer>
std::vector<ExceptionRow> ListWith(db::Connection& connection, const db::Query& query, const core::Scope& scope,
                                   const ExceptionFilter& filter, std::int64_t after, int limit) {
  Buffer buffer;
  training::InstitutionScopeFilter scope_params(scope, "c");
  FilterParams filter_params(filter);
  PageParams page(after, limit);
  const std::string text = db::FilledText(std::string(connection.Text(query)), scope_params, filter_params, page);
  return db::FetchKept(connection, text, buffer, scope_params, filter_params, page);
}

struct SummaryBuffer {
  long long key = 0, count = 0;
  SummaryInput row;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(key), soci::into(row.name), soci::into(row.reasons), soci::into(count);
  }
  SummaryInput Get() const {
    SummaryInput out = row;
    out.key = key;
    out.count = count;
    return out;
  }
};

const char* GroupingName(Grouping grouping) {
  switch (grouping) {
    case Grouping::kInstitution:
      return "institution";
    case Grouping::kClass:
      return "class";
    case Grouping::kTerminal:
      return "terminal";
    case Grouping::kRegion:
      break;
  }
  return "region";
}
}  // namespace

std::vector<ExceptionRow> List(db::Connection& connection, const core::Scope& scope, const ExceptionFilter& filter,
                               std::int64_t after, int limit) {
  if (filter.source == Source::kOnline) {
    return ListWith<SegmentBuffer>(connection, q::kListSegmentExceptions, scope, filter, after, limit);
  }
  return ListWith<CheckinBuffer>(connection, q::kListCheckinExceptions, scope, filter, after, limit);
}

core::Total Count(db::Connection& connection, const core::Scope& scope, const ExceptionFilter& filter) {
  training::InstitutionScopeFilter scope_params(scope, "c");
  FilterParams filter_params(filter);
  const auto& query = filter.source == Source::kOnline ? q::kCountSegmentExceptions : q::kCountCheckinExceptions;
  return db::CountCapped(connection, query, scope_params, filter_params);
}

std::vector<SummaryInput> Summarise(db::Connection& connection, const core::Scope& scope,
                                    const ExceptionFilter& filter, Grouping grouping) {
  SummaryBuffer buffer;
  std::string group = GroupingName(grouping), group_name = group;
  training::InstitutionScopeFilter scope_params(scope, "c");
  FilterParams filter_params(filter);
  const auto& query =
      filter.source == Source::kOnline ? q::kSummariseSegmentExceptions : q::kSummariseCheckinExceptions;
  const std::string text = db::FilledText(std::string(connection.Text(query)), scope_params, filter_params);
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << text);
  buffer.Bind(prepared);
  prepared, soci::use(group), soci::use(group_name);
  scope_params.Bind(prepared);
  filter_params.Bind(prepared);
  return db::FetchRows(prepared, buffer);
}

}  // namespace sunshine::supervision::exception_store

#include "supervision/exception_store.hpp"

#include "db/keyset.hpp"
#include "db/like.hpp"
#include "db/queries/supervision.hpp"
#include "training/institution_scope.hpp"

namespace sunshine::supervision::exception_store {
namespace q = db::queries::supervision;
namespace {

// The filter as the queries bind it, each value once per use (SOCI cannot repeat a name).
struct FilterParams {
  explicit FilterParams(const ExceptionFilter& f)
      : class_id(f.class_id), class_value(f.class_id), terminal(f.terminal_id), terminal_value(f.terminal_id),
        institution(f.institution_id), institution_value(f.institution_id),
        region(f.region_prefix), region_value(f.region_prefix + "%"), reason(f.reason),
        reason_value(db::ContainsPattern("\"" + f.reason + "\"")),  // the code as a JSON string
        from(f.from), from_value(f.from), to(f.to), to_value(f.to) {}
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(class_id), soci::use(class_value), soci::use(terminal), soci::use(terminal_value),
        soci::use(institution), soci::use(institution_value), soci::use(region), soci::use(region_value),
        soci::use(reason), soci::use(reason_value), soci::use(from), soci::use(from_value), soci::use(to),
        soci::use(to_value);
  }
  long long class_id, class_value, terminal, terminal_value, institution, institution_value;
  std::string region, region_value, reason, reason_value;
  long long from, from_value, to, to_value;
};

struct PageParams {
  PageParams(std::int64_t after, int limit) : after(after), after_id(after), limit(limit) {}
  void Bind(soci::details::prepare_temp_type& p) { p, soci::use(after), soci::use(after_id), soci::use(limit); }
  long long after, after_id, limit;
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
  training::InstitutionScopeParams scope_params(scope);
  FilterParams filter_params(filter);
  PageParams page(after, limit);
  return db::FetchKept(connection, std::string(connection.Text(query)), buffer, scope_params, filter_params, page);
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
  training::InstitutionScopeParams scope_params(scope);
  FilterParams filter_params(filter);
  const auto& query = filter.source == Source::kOnline ? q::kCountSegmentExceptions : q::kCountCheckinExceptions;
  return db::CountCapped(connection, query, scope_params, filter_params);
}

std::vector<SummaryInput> Summarise(db::Connection& connection, const core::Scope& scope,
                                    const ExceptionFilter& filter, Grouping grouping) {
  SummaryBuffer buffer;
  std::string group = GroupingName(grouping), group_name = group;
  training::InstitutionScopeParams scope_params(scope);
  FilterParams filter_params(filter);
  const auto& query =
      filter.source == Source::kOnline ? q::kSummariseSegmentExceptions : q::kSummariseCheckinExceptions;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(query));
  buffer.Bind(prepared);
  prepared, soci::use(group), soci::use(group_name);
  scope_params.Bind(prepared);
  filter_params.Bind(prepared);
  return db::FetchRows(prepared, buffer);
}

}  // namespace sunshine::supervision::exception_store

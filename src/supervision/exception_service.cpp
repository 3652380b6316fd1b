#include "supervision/exception_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"

namespace sunshine::supervision {

ExceptionPage ExceptionService::List(const core::Principal& principal, const ExceptionFilter& filter,
                                     std::int64_t after, int limit) {
  db::Connection connection(database_);
  ExceptionPage page;
  page.items = exception_store::List(connection, principal.scope, filter, after, limit);
  page.total = exception_store::Count(connection, principal.scope, filter);
  return page;
}

std::vector<SummaryRow> ExceptionService::Summary(const core::Principal& principal, const ExceptionFilter& filter,
                                                  Grouping grouping) {
  db::Connection connection(database_);
  return FoldSummary(exception_store::Summarise(connection, principal.scope, filter, grouping), kSummaryGroups);
}

core::Status ExceptionService::Export(const core::Actor& actor, const ExceptionFilter& filter,
                                      const std::function<void(const ExceptionRow&)>& visit) {
  db::Connection connection(database_);
  std::int64_t after = 0, count = 0;
  constexpr int kBatch = 2000;
  for (;;) {
    const auto rows = exception_store::List(connection, actor.principal->scope, filter, after, kBatch);
    for (const auto& row : rows) visit(row);
    count += static_cast<std::int64_t>(rows.size());
    if (static_cast<int>(rows.size()) < kBatch) break;
    after = rows.back().id;
  }
  db::Transaction transaction(connection);
  audit::Append(connection, actor,
                {.action = "supervision:exception:export",
                 .object_type = filter.source == Source::kOnline ? "online_segment" : "checkin",
                 .object_id = "",
                 .detail = boost::json::serialize(boost::json::object{{"rows", count},
                                                                      {"class_id", filter.class_id},
                                                                      {"terminal_id", filter.terminal_id},
                                                                      {"institution_id", filter.institution_id},
                                                                      {"region_prefix", filter.region_prefix},
                                                                      {"reason", filter.reason},
                                                                      {"from", filter.from},
                                                                      {"to", filter.to}})});
  transaction.Commit();
  return core::Ok{};
}

}  // namespace sunshine::supervision

#pragma once
// The exceptions list officers and institutions work through (issue 11 item 10): every
// check-in or online segment that does not count, within the caller's scope, filtered by
// class, terminal, institution, region, reason and dates; a summary per group; an xlsx export
// (audited: it carries trainees' names).
#include <functional>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "supervision/exception_store.hpp"

namespace sunshine::supervision {

struct ExceptionPage {
  std::vector<ExceptionRow> items;
  core::Total total;
};

class ExceptionService {
 public:
  explicit ExceptionService(db::Database& database) : database_(database) {}
  // The platform's clock (the database's), for routes that show time-dependent facts.
  const core::Clock& clock() const { return database_.clock(); }

  ExceptionPage List(const core::Principal& principal, const ExceptionFilter& filter, std::int64_t after, int limit);
  std::vector<SummaryRow> Summary(const core::Principal& principal, const ExceptionFilter& filter, Grouping grouping);
  // Visits every selected row newest first, then records the export in the audit trail.
  core::Status Export(const core::Actor& actor, const ExceptionFilter& filter,
                      const std::function<void(const ExceptionRow&)>& visit);

  static constexpr std::size_t kSummaryGroups = 200;

 private:
  db::Database& database_;
};

}  // namespace sunshine::supervision

#pragma once
#include "db/database.hpp"
#include "http/router.hpp"

namespace sunshine::audit {

// Reading and verifying the trail: the audit administrator only.
void RegisterAuditRoutes(http::Router& router, db::Database& database);

// Writes the record of a refused or failed state-changing request in its own transaction.
class DatabaseFailureAuditor : public http::FailureAuditor {
 public:
  explicit DatabaseFailureAuditor(db::Database& database) : database_(database) {}
  void RecordFailure(const http::Context& context, std::string_view action, std::string_view object, int status,
                     std::string_view error_code) override;

 private:
  db::Database& database_;
};

}  // namespace sunshine::audit

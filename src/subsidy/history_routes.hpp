#pragma once
#include "http/router.hpp"
#include "subsidy/history_service.hpp"

namespace sunshine::subsidy {

// GET /api/v1/trainees/{id}/subsidy-history, POST /api/v1/subsidy-history/search and
// GET /api/v1/subsidy-history/imports; the import itself is the importer's kind "history"
// (POST /api/v1/imports/history).
void RegisterHistoryRoutes(http::Router& router, HistoryService& service);

}  // namespace sunshine::subsidy

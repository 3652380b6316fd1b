#pragma once
#include "http/router.hpp"
#include "registry/csv_import.hpp"

namespace sunshine::registry {
// POST /api/v1/imports/{trainees|institutions|enterprises} with a text/csv body; at most
// `concurrency` imports at once (each holds its file and a chunk), more are answered 503.
void RegisterImportRoutes(http::Router& router, CsvImporter& importer, int concurrency);
}  // namespace sunshine::registry

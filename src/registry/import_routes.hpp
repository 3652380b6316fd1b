#pragma once
#include "http/router.hpp"
#include "registry/csv_import.hpp"

namespace sunshine::registry {
// POST /api/v1/imports/{trainees|institutions|enterprises} with a text/csv body.
void RegisterImportRoutes(http::Router& router, CsvImporter& importer);
}  // namespace sunshine::registry

#pragma once
#include "http/router.hpp"
#include "registry/relation_service.hpp"

namespace sunshine::registry {
// /enterprises/{id}/employees, /evaluation-bodies/{id}/filings, /institutions/{id}/venues,
// /institutions/{id}/projects.
void RegisterRelationRoutes(http::Router& router, RelationService& service);
}  // namespace sunshine::registry

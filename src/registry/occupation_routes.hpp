#pragma once
#include "http/router.hpp"
#include "registry/occupation_service.hpp"

namespace sunshine::registry {

// /api/v1/occupations: list (filter q, category, kind, urgent; keyset after/limit; total),
// read, create, update, and the dated change history.
void RegisterOccupationRoutes(http::Router& router, OccupationService& service);

}  // namespace sunshine::registry

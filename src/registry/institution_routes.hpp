#pragma once
#include "http/router.hpp"
#include "registry/institution_service.hpp"

namespace sunshine::registry {

// /api/v1/institutions (scoped list, read, create, lifecycle actions, events) and the public
// exposure and integrity lists under /api/v1/public/.
void RegisterInstitutionRoutes(http::Router& router, InstitutionService& service);

}  // namespace sunshine::registry

#pragma once
#include "http/router.hpp"
#include "registry/project_service.hpp"

namespace sunshine::registry {

// /api/v1/training-projects: list, read, create, add a standard version, standard on a date.
void RegisterProjectRoutes(http::Router& router, ProjectService& service);

}  // namespace sunshine::registry

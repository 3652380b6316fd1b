#pragma once
#include "http/router.hpp"
#include "registry/organisation_service.hpp"

namespace sunshine::registry {
// /api/v1/enterprises, /api/v1/evaluation-bodies and /api/v1/auditors.
void RegisterOrganisationRoutes(http::Router& router, OrganisationService& service);
boost::json::object OrganisationJson(const Organisation& organisation);
}  // namespace sunshine::registry

#pragma once
#include "http/router.hpp"
#include "registry/trainee_service.hpp"

namespace sunshine::registry {
void RegisterTraineeRoutes(http::Router& router, TraineeService& service);
}  // namespace sunshine::registry

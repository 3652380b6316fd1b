#pragma once
#include "http/router.hpp"
#include "training/class_service.hpp"

namespace sunshine::training {
void RegisterClassRoutes(http::Router& router, ClassService& service);
}  // namespace sunshine::training

#pragma once
#include "http/router.hpp"
#include "supervision/exception_service.hpp"

namespace sunshine::supervision {

void RegisterExceptionRoutes(http::Router& router, ExceptionService& service);

}  // namespace sunshine::supervision

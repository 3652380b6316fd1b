#pragma once
#include "http/router.hpp"
#include "training/terminal_service.hpp"

namespace sunshine::training {
void RegisterTerminalRoutes(http::Router& router, TerminalService& service);
}  // namespace sunshine::training

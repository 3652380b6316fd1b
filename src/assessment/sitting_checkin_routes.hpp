#pragma once
// Routes of candidates' check-ins at assessment sittings: the terminal's signed upload and
// schedule, and what the organiser and officers see of them.
#include "assessment/sitting_checkin_service.hpp"
#include "http/router.hpp"

namespace sunshine::assessment {

void RegisterSittingCheckinRoutes(http::Router& router, SittingCheckinService& service);

}  // namespace sunshine::assessment

#pragma once
// Routes of signed device uploads (check-in batches, photos) and of what they show
// (attendance per class, the trail per trainee).
#include "http/router.hpp"
#include "training/attendance_service.hpp"
#include "training/checkin_service.hpp"
#include "training/online_service.hpp"
#include "training/photo_service.hpp"
#include "training/schedule_service.hpp"

namespace sunshine::training {

void RegisterCheckinRoutes(http::Router& router, CheckinService& checkins, OnlineService& online,
                           PhotoService& photos, AttendanceService& attendance, ScheduleService& schedules);

}  // namespace sunshine::training

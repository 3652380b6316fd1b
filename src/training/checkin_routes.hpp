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

// A batch's receipt as the device reads it; `id_name` is what the device's own id of an item
// is called ("event_id", "segment_id").
boost::json::object ReceiptJson(const BatchReceipt& receipt, const char* id_name);

void RegisterCheckinRoutes(http::Router& router, CheckinService& checkins, OnlineService& online,
                           PhotoService& photos, AttendanceService& attendance, ScheduleService& schedules);

}  // namespace sunshine::training

#pragma once
// /api/v1/spot-checks/draws/{id}/classes/{class_id}/inspection: the inspection record of a drawn
// class (arrival, findings, photos, video references, closing) (ADR 0013 decision 2).
#include "http/router.hpp"
#include "inspection/inspection_service.hpp"

namespace sunshine::inspection {
void RegisterInspectionRoutes(http::Router& router, InspectionService& service);
}  // namespace sunshine::inspection

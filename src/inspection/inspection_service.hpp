#pragma once
// Inspection records of drawn classes (培训中抽查, R-W4; ADR 0013 decision 2): an officer of the
// draw's region arrives at a drawn class on the draw's day and records the headcount found; the
// platform puts beside it what it holds at that moment (the roster, and who has a counting start
// check-in for the session); findings, notes, evidence photos and video references follow; the
// outcome closes the record, and a serious one opens a case on the institution. Every step is
// one transaction with its audit record.
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "http/message.hpp"
#include "inspection/inspection_rules.hpp"
#include "inspection/inspection_store.hpp"
#include "training/photo_service.hpp"

namespace sunshine::inspection {

struct InspectionView {
  inspection_store::Inspection record;
  std::string draw_date;
  std::vector<std::string> findings;
  std::vector<inspection_store::EvidencePhoto> photos;
  std::vector<inspection_store::Video> videos;
  std::optional<std::int64_t> case_id;  // set when closing opened one
};

struct EvidenceImage {
  std::string content_type, bytes;
};

class InspectionService {
 public:
  InspectionService(db::Database& database, training::PhotoService& photos) : database_(database), photos_(photos) {}

  core::Result<InspectionView> Arrive(const core::Actor& actor, std::int64_t draw_id, std::int64_t class_id,
                                      const ArrivalInput& input);
  core::Result<InspectionView> Get(const core::Principal& principal, std::int64_t draw_id, std::int64_t class_id);
  core::Result<InspectionView> Update(const core::Actor& actor, std::int64_t draw_id, std::int64_t class_id,
                                      const InspectionUpdate& input);
  core::Result<InspectionView> AddPhoto(const core::Actor& actor, std::int64_t draw_id, std::int64_t class_id,
                                        const http::Request& request);
  core::Result<InspectionView> AddVideo(const core::Actor& actor, std::int64_t draw_id, std::int64_t class_id,
                                        const VideoInput& input);
  core::Result<InspectionView> Close(const core::Actor& actor, std::int64_t draw_id, std::int64_t class_id,
                                     const CloseInput& input);
  // An evidence photo's bytes; every view is audited.
  core::Result<EvidenceImage> Photo(const core::Actor& actor, std::int64_t draw_id, std::int64_t class_id,
                                    const std::string& sha256);

 private:
  // The draw within the caller's region and the class drawn in it; the draw's day.
  core::Result<std::string> DrawnClass(db::Connection& connection, const core::Principal& principal,
                                       std::int64_t draw_id, std::int64_t class_id) const;
  core::Result<InspectionView> View(db::Connection& connection, const std::string& draw_date, std::int64_t draw_id,
                                    std::int64_t class_id) const;
  // The open inspection to change, for the caller's region.
  core::Result<InspectionView> Open(db::Connection& connection, const core::Principal& principal, std::int64_t draw_id,
                                    std::int64_t class_id) const;

  db::Database& database_;
  training::PhotoService& photos_;
};

}  // namespace sunshine::inspection

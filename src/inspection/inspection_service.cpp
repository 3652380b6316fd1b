#include "inspection/inspection_service.hpp"

#include <boost/json.hpp>

#include <cmath>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "inspection/draw_store.hpp"
#include "registry/relation_rules.hpp"
#include "training/filing_rules.hpp"

namespace sunshine::inspection {
namespace {
core::Error NotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "抽查记录不存在或不在管辖范围内");
}
core::Error Conflict(std::string code, std::string message) {
  return core::Error::Of(core::ErrorKind::kConflict, std::move(code), std::move(message));
}
std::optional<std::int64_t> Micro(const std::optional<double>& degrees) {
  if (!degrees) return std::nullopt;
  return registry::MicroDegrees(*degrees);  // as venues store them
}
std::vector<std::string> Findings(const std::string& json) {
  std::vector<std::string> out;
  boost::json::error_code ec;
  const auto value = boost::json::parse(json, ec);
  if (ec || !value.is_array()) return out;
  for (const auto& f : value.as_array()) {
    if (f.is_string()) out.emplace_back(f.as_string());
  }
  return out;
}
std::string Serialize(const std::vector<std::string>& findings) {
  return boost::json::serialize(boost::json::array(findings.begin(), findings.end()));
}

// The session inspected at `at`: the one running or next on the day, else the day's last.
std::optional<std::int64_t> SessionAt(const std::vector<inspection_store::Session>& sessions, const std::string& day,
                                      std::int64_t at) {
  for (const auto& s : sessions) {
    if (const auto end = core::AtShanghai(day, s.end); end && *end >= at) return s.id;
  }
  if (sessions.empty()) return std::nullopt;
  return sessions.back().id;
}
}  // namespace

core::Result<std::string> InspectionService::DrawnClass(db::Connection& connection, const core::Principal& principal,
                                                        std::int64_t draw_id, std::int64_t class_id) const {
  const auto reach = draw_store::ReachOf(principal.scope);
  if (!reach) return NotFound();
  const auto draw = draw_store::Find(connection, draw_id, *reach);
  if (!draw) return NotFound();
  const bool drawn = std::any_of(draw->classes.begin(), draw->classes.end(),
                                 [&](const draw_store::DrawClass& c) { return c.class_id == class_id && c.drawn; });
  if (!drawn) return core::Error::Of(core::ErrorKind::kNotFound, "not_drawn", "该班级不在本次抽中的班级中");
  return draw->date;
}

core::Result<InspectionView> InspectionService::View(db::Connection& connection, const std::string& draw_date,
                                                     std::int64_t draw_id, std::int64_t class_id) const {
  auto record = inspection_store::Find(connection, draw_id, class_id);
  if (!record) return core::Error::Of(core::ErrorKind::kNotFound, "not_inspected", "该班级尚无检查记录");
  InspectionView view;
  view.draw_date = draw_date;
  view.findings = Findings(record->findings);
  view.photos = inspection_store::Photos(connection, record->id);
  view.videos = inspection_store::Videos(connection, record->id);
  view.record = std::move(*record);
  return view;
}

core::Result<InspectionView> InspectionService::Open(db::Connection& connection, const core::Principal& principal,
                                                     std::int64_t draw_id, std::int64_t class_id) const {
  auto day = DrawnClass(connection, principal, draw_id, class_id);
  if (!day) return day.error();
  auto view = View(connection, *day, draw_id, class_id);
  if (!view) return view.error();
  if (view->record.status != "open") return Conflict("closed", "检查记录已结束，不能再修改");
  return view;
}

core::Result<InspectionView> InspectionService::Arrive(const core::Actor& actor, std::int64_t draw_id,
                                                       std::int64_t class_id, const ArrivalInput& input) {
  auto errors = CheckArrival(input);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "到场记录有误，请检查标出的字段", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto day = DrawnClass(connection, *actor.principal, draw_id, class_id);
  if (!day) return day.error();
  const auto now = database_.clock().Now();
  // On the spot: the record is made on the day the class was drawn for.
  if (core::DateInShanghai(now) != *day) {
    return Conflict("not_the_draw_day", "检查须在抽查日（" + *day + "）当天现场记录");
  }
  if (inspection_store::Find(connection, draw_id, class_id)) return Conflict("already_inspected", "该班级已有检查记录");
  inspection_store::Inspection record;
  record.draw_id = draw_id;
  record.class_id = class_id;
  record.inspector = actor.principal->username;
  record.arrived_at = now;
  record.arrival_latitude_e6 = Micro(input.latitude);
  record.arrival_longitude_e6 = Micro(input.longitude);
  record.headcount = input.headcount;
  record.session_id = SessionAt(inspection_store::SessionsOn(connection, class_id, *day), *day, now);
  // What the platform holds at this moment, computed: never typed by the inspector.
  record.roster_size = inspection_store::PresentRoster(connection, class_id);
  record.checked_in = record.session_id ? inspection_store::CheckedIn(connection, class_id, *record.session_id, now) : 0;
  record.id = inspection_store::Insert(connection, record, now);
  audit::Append(connection, actor,
                {.action = "inspection:inspection:create", .object_type = "inspection",
                 .object_id = std::to_string(record.id),
                 .detail = boost::json::serialize(boost::json::object{{"draw_id", draw_id},
                                                                      {"class_id", class_id},
                                                                      {"headcount", record.headcount},
                                                                      {"roster_size", record.roster_size},
                                                                      {"checked_in", record.checked_in}})});
  auto view = View(connection, *day, draw_id, class_id);
  transaction.Commit();
  return view;
}

core::Result<InspectionView> InspectionService::Get(const core::Principal& principal, std::int64_t draw_id,
                                                    std::int64_t class_id) {
  db::Connection connection(database_);
  auto day = DrawnClass(connection, principal, draw_id, class_id);
  if (!day) return day.error();
  return View(connection, *day, draw_id, class_id);
}

core::Result<InspectionView> InspectionService::Update(const core::Actor& actor, std::int64_t draw_id,
                                                       std::int64_t class_id, const InspectionUpdate& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto view = Open(connection, *actor.principal, draw_id, class_id);
  if (!view) return view.error();
  // Checked against the record as it will be: "other" needs notes already there or sent now.
  InspectionUpdate merged = input;
  if (!merged.notes) merged.notes = view->record.notes;
  auto errors = CheckUpdate(merged);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "检查记录有误，请检查标出的字段", std::move(errors));
  auto record = view->record;
  if (input.headcount) record.headcount = *input.headcount;
  if (input.findings) record.findings = Serialize(*input.findings);
  if (input.notes) record.notes = *input.notes;
  inspection_store::Update(connection, record, database_.clock().Now());
  audit::Append(connection, actor,
                {.action = "inspection:inspection:update", .object_type = "inspection",
                 .object_id = std::to_string(record.id),
                 .detail = boost::json::serialize(boost::json::object{{"headcount", record.headcount},
                                                                      {"findings", boost::json::parse(record.findings)},
                                                                      {"notes", record.notes}})});
  auto out = View(connection, view->draw_date, draw_id, class_id);
  transaction.Commit();
  return out;
}

core::Result<InspectionView> InspectionService::AddPhoto(const core::Actor& actor, std::int64_t draw_id,
                                                         std::int64_t class_id, const http::Request& request) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto view = Open(connection, *actor.principal, draw_id, class_id);
  if (!view) return view.error();
  auto packed = photos_.PackEvidence(request.body(), std::string(request[http::beast_http::field::content_type]));
  if (!packed) return packed.error();
  const auto now = database_.clock().Now();
  const inspection_store::EvidencePhoto photo{packed->sha256,       packed->content_type, packed->where.pack,
                                              packed->bytes,        packed->where.offset, now,
                                              actor.principal->username};
  if (inspection_store::AddPhoto(connection, view->record.id, photo)) {
    audit::Append(connection, actor,
                  {.action = "inspection:inspection:photo", .object_type = "inspection",
                   .object_id = std::to_string(view->record.id),
                   .detail = boost::json::serialize(boost::json::object{{"sha256", photo.sha256}, {"bytes", photo.bytes}})});
  }
  auto out = View(connection, view->draw_date, draw_id, class_id);
  transaction.Commit();
  return out;
}

core::Result<InspectionView> InspectionService::AddVideo(const core::Actor& actor, std::int64_t draw_id,
                                                         std::int64_t class_id, const VideoInput& input) {
  auto errors = CheckVideo(input);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "监控录像信息有误，请检查标出的字段", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto view = Open(connection, *actor.principal, draw_id, class_id);
  if (!view) return view.error();
  const inspection_store::Video video{input.camera_id, *core::ParseIso8601(input.from), *core::ParseIso8601(input.to),
                                      input.reference, database_.clock().Now(), actor.principal->username};
  inspection_store::AddVideo(connection, view->record.id, video);
  audit::Append(connection, actor,
                {.action = "inspection:inspection:video", .object_type = "inspection",
                 .object_id = std::to_string(view->record.id),
                 .detail = boost::json::serialize(boost::json::object{
                     {"camera_id", video.camera_id}, {"from", input.from}, {"to", input.to}, {"reference", video.reference}})});
  auto out = View(connection, view->draw_date, draw_id, class_id);
  transaction.Commit();
  return out;
}

core::Result<InspectionView> InspectionService::Close(const core::Actor& actor, std::int64_t draw_id,
                                                      std::int64_t class_id, const CloseInput& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto view = Open(connection, *actor.principal, draw_id, class_id);
  if (!view) return view.error();
  auto errors = CheckClose(input, view->findings);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "检查结论有误，请检查标出的字段", std::move(errors));
  const auto now = database_.clock().Now();
  auto record = view->record;
  record.departed_at = now;
  record.departure_latitude_e6 = Micro(input.latitude);
  record.departure_longitude_e6 = Micro(input.longitude);
  record.outcome = input.outcome;
  inspection_store::Close(connection, record, now);
  std::optional<std::int64_t> case_id;
  if (input.outcome == "serious") {
    std::string reason = "培训抽查发现严重问题：" + record.findings;
    if (!record.notes.empty()) reason += "；" + record.notes;
    case_id = inspection_store::OpenCase(connection, record.institution_id, record.id, reason, now,
                                         actor.principal->username);
  }
  audit::Append(connection, actor,
                {.action = "inspection:inspection:close", .object_type = "inspection",
                 .object_id = std::to_string(record.id),
                 .detail = boost::json::serialize(boost::json::object{
                     {"outcome", input.outcome}, {"case_id", case_id ? boost::json::value(*case_id) : nullptr}})});
  auto out = View(connection, view->draw_date, draw_id, class_id);
  if (out) out->case_id = case_id;
  transaction.Commit();
  return out;
}

core::Result<EvidenceImage> InspectionService::Photo(const core::Actor& actor, std::int64_t draw_id,
                                                     std::int64_t class_id, const std::string& sha256) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto day = DrawnClass(connection, *actor.principal, draw_id, class_id);
  if (!day) return day.error();
  auto view = View(connection, *day, draw_id, class_id);
  if (!view) return view.error();
  const auto photo = std::find_if(view->photos.begin(), view->photos.end(),
                                  [&](const inspection_store::EvidencePhoto& p) { return p.sha256 == sha256; });
  if (photo == view->photos.end()) return NotFound();
  auto bytes = photos_.ReadPacked({photo->pack, photo->pack_offset}, photo->bytes, sha256);
  if (!bytes) return bytes.error();
  // The photos show people: each view is on the record, committed before it is sent.
  audit::Append(connection, actor,
                {.action = "inspection:inspection:photo_view", .object_type = "inspection",
                 .object_id = std::to_string(view->record.id), .detail = boost::json::serialize(boost::json::object{{"sha256", sha256}})});
  transaction.Commit();
  return EvidenceImage{photo->content_type, std::move(*bytes)};
}

}  // namespace sunshine::inspection

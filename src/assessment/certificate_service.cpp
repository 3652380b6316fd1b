#include "assessment/certificate_service.hpp"

#include <boost/json.hpp>

#include "assessment/certificate_import.hpp"
#include "audit/store.hpp"
#include "crypto/sm3.hpp"
#include "db/queries/assessment.hpp"
#include "registry/bulk_import.hpp"
#include "registry/trainee_store.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "registry/occupation_rules.hpp"

namespace sunshine::assessment {
namespace {
core::Error NotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "证书不存在或不在管辖范围内");
}
core::Error Conflict(std::string code, std::string message) {
  return core::Error::Of(core::ErrorKind::kConflict, std::move(code), std::move(message));
}
core::Result<std::string> RequireReason(const RevocationInput& input) {
  if (input.reason.empty()) return core::Error::Invalid("invalid_fields", "请填写撤销原因", {{"reason", "required"}});
  return input.reason;
}

const char* Title(CertificateType type) {
  switch (type) {
    case CertificateType::kSkillLevel:
      return "职业技能等级证书";
    case CertificateType::kSpecialAbility:
      return "专项职业能力证书";
    case CertificateType::kTrainingCompletion:
      break;
  }
  return "培训合格证书";
}

std::string BodyText(const certificate_store::Certificate& c, CertificateType type) {
  switch (type) {
    case CertificateType::kSkillLevel:
      return c.holder_name + "经评价，其职业技能等级达到" + registry::LevelName(c.level.value_or(0)) + "，特发此证。";
    case CertificateType::kSpecialAbility:
      return c.holder_name + "经考核，具备" + c.occupation_name + "专项职业能力，特发此证。";
    case CertificateType::kTrainingCompletion:
      break;
  }
  return c.holder_name + "参加" + c.occupation_name + "培训，经考核合格，特发此证。";
}
}  // namespace

std::string CounterKey(CertificateType type, std::int64_t site, const std::string& region, int year,
                       std::optional<int> level) {
  if (type == CertificateType::kSkillLevel) {
    return std::string(TypeName(type)) + ":" + std::to_string(site) + ":" + std::to_string(year) + ":" +
           std::to_string(level.value_or(0));
  }
  return std::string(TypeName(type)) + ":" + region + ":" + std::to_string(year);
}

core::Result<std::string> CertificateNumber(CertificateType type, const std::string& issuer_type, std::int64_t site,
                                            const std::string& region, int year, std::optional<int> level,
                                            std::int64_t serial) {
  if (type == CertificateType::kSkillLevel) {
    if (!level || site < 1 || site > 999999 || serial < 1 || serial > 999999) {
      return core::Error::Of(core::ErrorKind::kConflict, "numbering_exhausted",
                             "证书编号超出国家编码规则的范围（站点序列或证书序列）");
    }
    SkillLevelNumber n;
    n.category = issuer_type == "employer" ? 'Y' : 'S';
    n.body_code = "0000";  // filed with the province
    n.province = "51";
    char site_text[8];
    std::snprintf(site_text, sizeof site_text, "%06lld", static_cast<long long>(site));
    n.site_serial = site_text;
    n.year = year;
    n.level = *level;
    n.serial = static_cast<int>(serial);
    return n.Text();
  }
  if (serial < 1 || serial > 9999999) {
    return core::Error::Of(core::ErrorKind::kConflict, "numbering_exhausted", "证书编号超出省级格式的序列范围");
  }
  ProvincialNumber n;
  n.type = type;
  n.region = region;
  n.year = year;
  n.serial = static_cast<int>(serial);
  return n.Text();
}

core::Result<std::vector<std::string>> CertificateService::IssueForSitting(const core::Actor& actor,
                                                                           std::int64_t sitting_id) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto sitting = SittingService::Organised(connection, *actor.principal, sitting_id);
  if (!sitting) return sitting.error();
  if (sitting->status != "locked") return Conflict("not_locked", "成绩锁定后才能发证");
  std::vector<sitting_store::Candidate> due;
  for (auto& c : sitting_store::Candidates(connection, sitting_id)) {
    if (c.passed.value_or(false) && !c.certificate_number) due.push_back(std::move(c));
  }
  if (due.empty()) return Conflict("nothing_to_issue", "没有待发证的合格考生");
  const auto organiser = sitting_store::FindOrganiser(connection, sitting->body_id.value_or(0),
                                                      sitting->institution_id.value_or(0));
  if (!organiser || organiser->status != "active") {
    return Conflict("organiser_not_active", "本机构当前不在有效状态，不能发证");
  }
  const auto type = *ParseType(sitting->certificate_type);
  const auto today = database_.clock().Today();
  const int year = core::DateNumber(today) / 10000;
  const auto first = certificate_store::TakeSerials(
      connection, CounterKey(type, organiser->id, organiser->region_code, year, sitting->level),
      static_cast<int>(due.size()));
  const auto now = database_.clock().Now();
  std::vector<std::string> numbers;
  for (std::size_t i = 0; i < due.size(); ++i) {
    auto number = CertificateNumber(type, organiser->type, organiser->id, organiser->region_code, year, sitting->level,
                                    first + static_cast<std::int64_t>(i));
    if (!number) return number.error();
    certificate_store::Certificate c;
    c.number = *number;
    c.certificate_type = sitting->certificate_type;
    c.sitting_id = sitting_id;
    c.candidate_id = due[i].id;
    c.trainee_id = due[i].trainee_id;
    c.holder_name = due[i].name;
    c.occupation_id = sitting->occupation_id;
    c.occupation_name = sitting->occupation_name;
    c.level = sitting->level;
    c.issuer = sitting->organiser;
    c.issuer_name = organiser->name;
    c.issued_on = today;
    c.created_at = now;
    c.created_by = actor.principal->username;
    certificate_store::Insert(connection, c);
    numbers.push_back(*number);
  }
  audit::Append(connection, actor,
                {.action = "assessment:certificate:issue", .object_type = "assessment_sitting",
                 .object_id = std::to_string(sitting_id),
                 .detail = boost::json::serialize(
                     boost::json::object{{"numbers", boost::json::array(numbers.begin(), numbers.end())}})});
  transaction.Commit();
  return numbers;
}

core::Result<std::vector<std::string>> CertificateService::RevokeNumbers(
    db::Connection& connection, const core::Actor& actor, const std::vector<std::string>& numbers,
    const std::string& reason, const std::string& object_type, const std::string& object_id) {
  const auto now = database_.clock().Now();
  std::vector<std::string> revoked;
  for (const auto& n : numbers) {
    if (certificate_store::Revoke(connection, n, now, actor.principal->username, reason)) revoked.push_back(n);
  }
  if (revoked.empty()) return Conflict("nothing_to_revoke", "没有可撤销的有效证书");
  audit::Append(connection, actor,
                {.action = "assessment:certificate:revoke", .object_type = object_type, .object_id = object_id,
                 .detail = boost::json::serialize(boost::json::object{
                     {"numbers", boost::json::array(revoked.begin(), revoked.end())}, {"reason", reason}})});
  return revoked;
}

core::Result<std::vector<std::string>> CertificateService::RevokeSitting(const core::Actor& actor,
                                                                         std::int64_t sitting_id,
                                                                         const RevocationInput& input) {
  auto reason = RequireReason(input);
  if (!reason) return reason.error();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto& principal = *actor.principal;
  const auto sitting = sitting_store::Find(connection, sitting_id, sitting_store::ReachOf(principal.scope));
  // The organiser revokes its own; officers those held in their region (a body found cheating).
  if (!sitting || (sitting->organiser != principal.scope.code && principal.scope.kind != core::ScopeKind::kRegion)) {
    return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "考核场次不存在或不在管辖范围内");
  }
  auto revoked = RevokeNumbers(connection, actor, certificate_store::ValidOfSitting(connection, sitting_id), *reason,
                               "assessment_sitting", std::to_string(sitting_id));
  if (!revoked) return revoked.error();
  transaction.Commit();
  return revoked;
}

core::Result<CertificateView> CertificateService::Reachable(db::Connection& connection,
                                                            const core::Principal& principal,
                                                            const std::string& number) const {
  auto keys = crypto::RequireKeys(keys_, "证书信息");
  if (!keys) return keys.error();
  auto c = certificate_store::Find(connection, number);
  if (!c) return NotFound();
  const auto& scope = principal.scope;
  const bool reach = c->issuer == scope.code ||
                     (scope.kind == core::ScopeKind::kRegion && c->region_code &&
                      c->region_code->starts_with(scope.RegionPrefix())) ||
                     (c->institution_id && c->institution_id == scope.OrganisationId("institution"));
  if (!reach) return NotFound();
  auto id_number = crypto::Unseal(**keys, c->id_number_sealed);
  if (!id_number) return id_number.error();
  return CertificateView{std::move(*c), core::MaskIdNumber(*id_number)};
}

core::Result<CertificateView> CertificateService::Revoke(const core::Actor& actor, const std::string& number,
                                                         const RevocationInput& input) {
  auto reason = RequireReason(input);
  if (!reason) return reason.error();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto& principal = *actor.principal;
  auto view = Reachable(connection, principal, number);
  if (!view) return view.error();
  if (view->row.issuer != principal.scope.code && principal.scope.kind != core::ScopeKind::kRegion) {
    return core::Error::Of(core::ErrorKind::kForbidden, "issuer_only", "只有发证机构或监管部门可以撤销证书");
  }
  auto revoked = RevokeNumbers(connection, actor, {number}, *reason, "certificate", number);
  if (!revoked) return revoked.error();
  auto after = Reachable(connection, principal, number);
  transaction.Commit();
  return after;
}

core::Result<CertificateView> CertificateService::Get(const core::Principal& principal, const std::string& number) {
  db::Connection connection(database_);
  return Reachable(connection, principal, number);
}

core::Result<CertificateFace> CertificateService::Face(const core::Principal& principal, const std::string& number,
                                                       const std::string& verify_url) {
  auto view = Get(principal, number);
  if (!view) return view.error();
  const auto& c = view->row;
  const auto type = *ParseType(c.certificate_type);
  CertificateFace face;
  face.title = Title(type);
  face.body_text = BodyText(c, type);
  face.holder_name = c.holder_name;
  face.id_type = "居民身份证";
  face.id_number_masked = view->id_number_masked;
  face.occupation = c.occupation_name;
  face.direction = "--";
  face.level = c.level ? registry::LevelName(*c.level) : "";
  face.body_name = c.issuer_name;
  face.issued_on = c.issued_on;
  face.number = c.number;
  face.verify_url = verify_url;
  if (c.status == "revoked") face.status_note = "已撤销";
  return face;
}

core::Result<PublicCertificate> CertificateService::Check(const std::string& number, const std::string& name) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto c = certificate_store::Find(connection, number);
  const bool found = c && !name.empty() && c->holder_name == name;
  certificate_store::CountLookup(connection, database_.clock().Today(), found ? "found" : "not_found");
  transaction.Commit();
  // One answer for an unknown number and a wrong name: no hint which.
  if (!found) return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "未查到该证书：请核对证书编号和姓名");
  PublicCertificate out{c->number, c->certificate_type, core::MaskName(c->holder_name), c->occupation_name,
                        c->issuer_name, c->issued_on, c->status, c->level, std::nullopt};
  if (c->revoked_at) out.revoked_on = core::DateInShanghai(*c->revoked_at);
  return out;
}

void CertificateService::CountLimited() {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  certificate_store::CountLookup(connection, database_.clock().Today(), "limited");
  transaction.Commit();
}

namespace {
const std::vector<registry::CsvColumn> kImportColumns = {
    {"number", {"number", "证书编号"}},
    {"name", {"name", "姓名", "持证人"}},
    {"id_number", {"id_number", "身份证号", "公民身份号码", "身份证号码"}},
    {"occupation", {"occupation", "职业编码", "职业（工种）编码"}},
    {"level", {"level", "等级", "职业技能等级"}, false},
    {"issuer_name", {"issuer_name", "发证机构", "评价机构"}},
    {"issued_on", {"issued_on", "发证日期"}},
};

CertificateImportInput ImportInputOf(const registry::ImportCells& c) {
  return {c.Get("number"), c.Get("name"), c.Get("id_number"), c.Get("occupation"), c.Get("level"),
          c.Get("issuer_name"), c.Get("issued_on")};
}

// What a checked row stores.
struct ImportRecord {
  ImportedCertificate row;
  std::int64_t trainee_id = 0, occupation_id = 0;
  std::string occupation_name;
};
}  // namespace

registry::ImportKind CertificateService::ImportKind() {
  return {"certificates", "assessment:certificate:import", kImportColumns,
          [this](const core::Actor& actor, std::string_view text, const registry::ImportProgress& progress) {
            return Import(actor, text, progress);
          }};
}

core::Result<std::int64_t> CertificateService::Import(const core::Actor& actor, std::string_view csv_text,
                                                      const registry::ImportProgress& progress) {
  auto keys = crypto::RequireKeys(keys_, "证书信息");
  if (!keys) return keys.error();
  db::Connection connection(database_);
  const auto today = database_.clock().Today();
  auto prepare = [&](const CertificateImportInput& input, ImportRecord& out) {
    auto errors = CheckImportedCertificate(input, today, out.row);
    if (!out.row.id_number.empty()) {
      const auto id = registry::trainee_store::FindByIdNumberIndex(connection, crypto::BlindIndex(**keys, out.row.id_number));
      const auto trainee = id ? registry::trainee_store::FindById(connection, *id) : std::nullopt;
      if (!trainee) {
        errors.push_back({"id_number", "not_registered"});
      } else if (!out.row.name.empty() && trainee->name != out.row.name) {
        errors.push_back({"name", "name_mismatch"});
      } else {
        out.trainee_id = trainee->id;
      }
    }
    if (!out.row.occupation_code.empty()) {
      long long occupation = 0;
      connection.sql() << connection.Text(db::queries::assessment::kFindOccupationByCode), soci::into(occupation),
          soci::into(out.occupation_name), soci::use(out.row.occupation_code);
      if (!connection.sql().got_data()) {
        errors.push_back({"occupation", "unknown"});
      } else {
        out.occupation_id = occupation;
      }
    }
    return errors;
  };
  auto key = [](const ImportRecord& r) { return r.row.number; };
  auto exists = [&](const std::string& number) {
    long long n = 0;
    connection.sql() << connection.Text(db::queries::assessment::kCertificateExists), soci::into(n), soci::use(number);
    return n > 0;
  };
  return registry::ImportCsv<CertificateImportInput>(
      csv_text, kImportColumns, ImportInputOf,
      [&](const registry::ImportChunks<CertificateImportInput>& chunks) -> core::Result<std::int64_t> {
        registry::ImportChecker checker("number");
        chunks([&](const std::vector<registry::ImportRow<CertificateImportInput>>& rows) {
          checker.Check<CertificateImportInput, ImportRecord>(rows, prepare, key, registry::OneByOne(exists));
        });
        if (checker.rows() == 0) return core::Error::Invalid("empty_import", "文件中没有数据行");
        if (!checker.ok()) return checker.Rejected();
        db::Transaction transaction(connection);
        const auto now = database_.clock().Now();
        auto stored = registry::StoreRechecked<CertificateImportInput, ImportRecord>(
            chunks, "number", prepare, key, exists, [&](const ImportRecord& r) {
              certificate_store::Certificate c;
              c.number = r.row.number;
              c.certificate_type = TypeName(r.row.type);
              c.source = "imported";
              c.trainee_id = r.trainee_id;
              c.holder_name = r.row.name;
              c.occupation_id = r.occupation_id;
              c.occupation_name = r.occupation_name;
              c.level = r.row.level;
              c.issuer = "import";
              c.issuer_name = r.row.issuer_name;
              c.issued_on = r.row.issued_on;
              c.created_at = now;
              c.created_by = actor.principal->username;
              certificate_store::Insert(connection, c);
            });
        if (!stored) return stored.error();  // the transaction rolls back
        audit::Append(connection, actor,
                      {.action = "assessment:certificate:import", .object_type = "certificate_import",
                       .object_id = crypto::Sm3Hex(csv_text).substr(0, 16),
                       .detail = boost::json::serialize(boost::json::object{{"rows", *stored},
                                                                            {"content_sm3", crypto::Sm3Hex(csv_text)}})});
        transaction.Commit();
        return *stored;
      },
      progress);
}

}  // namespace sunshine::assessment

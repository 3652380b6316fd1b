// What a claimant may claim (GET /api/v1/claims/claimable): its finished classes, and for one of
// them the people it may name - every roster member for the institution, its employees on the
// first day for an enterprise, the trainee alone - so an enterprise or a trainee, who cannot read
// classes, still picks what to claim without learning of anyone else's.
#include "subsidy/claim_service.hpp"

#include "crypto/field_cipher.hpp"
#include "subsidy/payee_rules.hpp"
#include "training/class_store.hpp"

namespace sunshine::subsidy {
namespace {
constexpr int kClaimableLimit = 100;

core::Error NotClaimant() {
  return core::Error::Of(core::ErrorKind::kForbidden, "claimant_required", "只有培训机构、企业或劳动者本人可以申领补贴");
}
core::Error ClassNotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "培训班不存在"); }

std::optional<ClaimantKind> ClaimantOf(const core::Principal& principal) {
  if (principal.scope.kind != core::ScopeKind::kOrganisation) return std::nullopt;
  return ParseClaimantKind(principal.scope.code);
}
}  // namespace

std::vector<std::int64_t> NameableOf(const std::vector<ClaimablePerson>& people) {
  std::vector<std::int64_t> out;
  for (const auto& p : people) {
    if (p.before_start && !p.withdrawn) out.push_back(p.trainee_id);
  }
  return out;
}

core::Result<std::vector<claim_store::ClaimableClass>> ClaimService::Claimable(const core::Principal& principal) {
  const auto kind = ClaimantOf(principal);
  if (!kind) return NotClaimant();
  db::Connection connection(database_);
  return claim_store::Claimable(connection, *kind, SplitKindId(principal.scope.code).second, principal.scope.code,
                                kClaimableLimit);
}

core::Result<ClaimableDetail> ClaimService::ClaimableOf(const core::Principal& principal, std::int64_t class_id) {
  const auto kind = ClaimantOf(principal);
  if (!kind) return NotClaimant();
  auto keys = crypto::RequireKeys(keys_, "申领信息");
  if (!keys) return keys.error();
  const auto& claimant = principal.scope.code;
  std::optional<training::ClassRecord> record;
  {
    db::Connection connection(database_);
    record = training::class_store::FindById(connection, class_id);
  }
  if (!record || (*kind == ClaimantKind::kInstitution && record->institution_id != SplitKindId(claimant).second)) {
    return ClassNotFound();
  }
  auto attendance = attendance_.Of(record->id);
  if (!attendance) return attendance.error();
  db::Connection connection(database_);
  const auto people = PeopleOf(connection, *record, *attendance, claimant);
  if (people.members.empty()) return ClassNotFound();

  ClaimableDetail out;
  out.klass = {record->id, record->name, record->training_type, record->start_date, record->end_date,
               record->institution_name, claim_store::LiveClaim(connection, record->id, "training", claimant).value_or(0)};
  out.basis = std::string(BasisName(BasisOf(record->training_type)));
  if (record->status == "finished" && MayClaim(*kind, record->training_type)) {
    out.kinds.emplace_back(SubsidyKindName(SubsidyKind::kTraining));
    if (*kind != ClaimantKind::kEnterprise) out.kinds.emplace_back(SubsidyKindName(SubsidyKind::kAssessment));
  }
  for (const auto& t : attendance->trainees) {
    const auto& entry = t.person.entry;
    const auto member = people.members.find(entry.trainee_id);
    if (member == people.members.end()) continue;
    ClaimablePerson person{entry.trainee_id, entry.name, t.person.id_number_masked, entry.before_start,
                           entry.withdrawn_at.has_value(), std::nullopt};
    if (member->second) person.employment_kind = member->second->kind;
    out.people.push_back(std::move(person));
  }
  return out;
}

}  // namespace sunshine::subsidy

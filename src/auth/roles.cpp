#include "auth/roles.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace sunshine::auth {
namespace {
using core::ScopeKind;

// Every signed-in account may see who it is and end its own session.
const std::vector<std::string> kSelf = {"auth:session:read", "auth:session:delete"};

std::map<std::string, std::vector<std::string>, std::less<>> BuildTable() {
  std::map<std::string, std::vector<std::string>, std::less<>> table = {
      // Business roles: regions are the reference every registry and report is filed under.
      // The province officer keeps the catalogues (R-C1); everyone working with training reads them.
      {"province_officer",
       {"registry:region:read", "registry:occupation:read", "registry:occupation:create",
        "registry:occupation:update", "registry:training_project:read", "registry:training_project:create",
        "registry:training_project:update", "registry:institution:read", "registry:institution:create",
        "registry:institution:lifecycle",
        "registry:trainee:read", "registry:trainee:create", "registry:trainee:update", "registry:trainee:reveal", "registry:trainee:export",
        "registry:enterprise:read", "registry:enterprise:create", "registry:enterprise:update", "registry:evaluation_body:read", "registry:auditor:read", "registry:evaluation_body:create", "registry:evaluation_body:update", "registry:auditor:create", "registry:auditor:update",
        "registry:enterprise:employ", "registry:evaluation_body:file", "registry:institution:venue", "registry:institution:update",
        "training:class:read", "training:terminal:read", "training:terminal:revoke",
        "supervision:exception:read", "supervision:exception:export",
        "dashboard:overview:read", "dashboard:region:read",
        // Past subsidised trainings from the old system: the province loads them (issue 12 item 8).
        "subsidy:history:import", "subsidy:history:read",
        // Spot checks of running classes (R-W4): officers draw in their region.
        "inspection:draw:create", "inspection:draw:read", "inspection:inspection:create", "inspection:inspection:read",
        "inspection:engagement:create", "inspection:engagement:read",
        // Assessment (R-W5): officers see sittings, 应评尽评 and certificates in their region, and
        // revoke certificates of a body found cheating.
        "assessment:class:read", "assessment:sitting:read", "assessment:overdue:read", "assessment:outcome:read",
        "assessment:certificate:read", "assessment:certificate:revoke", "assessment:certificate:import",
        // Subsidy claims of the classes in the region (R-F1), and which reviews are overdue; the
        // public notices of its cities and the objections to them.
        "subsidy:claim:read", "subsidy:claim:oversee", "subsidy:notice:read", "subsidy:objection:read",
        // The dedicated fund (专账): its budget, the allocation to cities, every city's ledger.
        "subsidy:ledger:read", "subsidy:ledger:budget", "subsidy:ledger:allocate", "subsidy:payment:read",
        // Money paid wrongly comes back (追回): the province orders and follows recoveries too.
        "subsidy:recovery:read", "subsidy:recovery:create", "subsidy:recovery:repay",
        // and follows every city's claim audits.
        "subsidy:claim_audit:read",
        // Risk screening (issue 15): the rules and the alerts of its region.
        "risk:rule:read", "risk:alert:read",
        // the auditor's queue: assign, dismiss or confirm into a case, and the cases (issue 15 item 4).
        "risk:alert:assign", "risk:alert:decide", "risk:case:read", "risk:case:manage", "risk:score:read"}},
      {"city_officer",
       {"registry:region:read", "registry:occupation:read", "registry:training_project:read",
        "registry:institution:read", "registry:institution:create", "registry:institution:lifecycle",
        "registry:trainee:read", "registry:trainee:create", "registry:trainee:update", "registry:trainee:reveal", "registry:trainee:export",
        "registry:enterprise:read", "registry:enterprise:create", "registry:enterprise:update", "registry:evaluation_body:read", "registry:auditor:read", "registry:evaluation_body:create", "registry:evaluation_body:update",
        "registry:enterprise:employ", "registry:evaluation_body:file", "registry:institution:venue", "registry:institution:update",
        "training:class:read", "training:terminal:read", "training:terminal:revoke",
        "supervision:exception:read", "supervision:exception:export",
        "dashboard:overview:read", "dashboard:region:read", "subsidy:history:read",
        "inspection:draw:create", "inspection:draw:read", "inspection:inspection:create", "inspection:inspection:read",
        "inspection:engagement:create", "inspection:engagement:read",
        "assessment:class:read", "assessment:sitting:read", "assessment:overdue:read", "assessment:outcome:read",
        "assessment:certificate:read", "assessment:certificate:revoke",
        // The city reviews claims second (复核) and sees its counties' overdue reviews; it
        // publishes the approved claims (公示) and answers the objections.
        "subsidy:claim:read", "subsidy:claim:review", "subsidy:claim:oversee", "subsidy:notice:publish",
        "subsidy:notice:read", "subsidy:objection:read", "subsidy:objection:answer",
        // and pays out its payable notices from its allocation (拨付).
        "subsidy:ledger:read", "subsidy:payment:read", "subsidy:payment:create", "subsidy:payment:pay",
        // The payment file for the treasury or bank holds the payees' full accounts (audited).
        "subsidy:payment:file",
        // Random audits of its approved claims: it draws, assigns (to its officers or a
        // third-party auditor) and works them (R-F3, R-F4).
        "subsidy:claim_audit:draw", "subsidy:claim_audit:read", "subsidy:claim_audit:assign",
        "subsidy:claim_audit:work", "risk:rule:read", "risk:alert:read",
        // the auditor's queue: assign, dismiss or confirm into a case, and the cases (issue 15 item 4).
        "risk:alert:assign", "risk:alert:decide", "risk:case:read", "risk:case:manage", "risk:score:read",
        // and orders what was paid wrongly back, recording the repayments.
        "subsidy:recovery:read", "subsidy:recovery:create", "subsidy:recovery:repay"}},
      {"county_officer",
       {"registry:region:read", "registry:occupation:read", "registry:training_project:read",
        "registry:institution:read", "registry:institution:create", "registry:institution:lifecycle",
        "registry:trainee:read", "registry:trainee:create", "registry:trainee:update", "registry:trainee:reveal", "registry:trainee:export",
        "registry:enterprise:read", "registry:enterprise:create", "registry:enterprise:update", "registry:evaluation_body:read", "registry:auditor:read",
        "registry:enterprise:employ", "registry:institution:venue", "registry:institution:update",
        // The county reviews the classes held in it (R-W1) and may cancel one.
        "training:class:read", "training:class:review", "training:class:cancel",
        "training:terminal:read", "training:terminal:revoke",
        // Check-ins and segments that do not count, to follow up (the exceptions list).
        "supervision:exception:read", "supervision:exception:export",
        // Its county's figures at a glance (the home page).
        "dashboard:overview:read", "dashboard:region:read",
        // A trainee's past subsidised trainings (why a filing counted them).
        "subsidy:history:read",
        // Spot checks of the classes running in it (R-W4).
        "inspection:draw:create", "inspection:draw:read", "inspection:inspection:create", "inspection:inspection:read",
        "inspection:engagement:create", "inspection:engagement:read",
        // Who of its finished classes was assessed (应评尽评), the sittings held in it.
        "assessment:class:read", "assessment:sitting:read", "assessment:overdue:read", "assessment:outcome:read",
        "assessment:certificate:read",
        // The claims of its classes, which it reviews first (R-F1), and their public notice.
        "subsidy:claim:read", "subsidy:claim:review", "subsidy:notice:read", "subsidy:objection:read",
        "risk:rule:read", "risk:alert:read",
        // the auditor's queue: assign, dismiss or confirm into a case, and the cases (issue 15 item 4).
        "risk:alert:assign", "risk:alert:decide", "risk:case:read", "risk:case:manage", "risk:score:read"}},
      {"institution",
       {"registry:region:read", "registry:occupation:read", "registry:training_project:read",
        "registry:institution:read",
        "registry:trainee:read", "registry:trainee:create", "registry:trainee:update", "registry:trainee:export",
        "registry:institution:venue",
        // An institution files its own classes and keeps their rosters.
        "training:class:read", "training:class:file", "training:class:cancel",
        // and the check-in terminals of its venues.
        "training:terminal:read", "training:terminal:register",
        // and sees which of its check-ins do not count, to put them right,
        "supervision:exception:read", "supervision:exception:export",
        // and its own classes and attendance at a glance (no map: it has no region),
        "dashboard:overview:read",
        // and who of its classes is assessed (应评尽评), its own 结业考核 and 培训合格证书.
        "assessment:class:read", "assessment:exemption:record", "assessment:sitting:read",
        "assessment:sitting:create", "assessment:result:enter", "assessment:result:amend",
        "assessment:certificate:issue", "assessment:certificate:read", "assessment:certificate:revoke",
        "assessment:outcome:read",
        // and claims the subsidy of its finished classes for the trainees who authorised it.
        "subsidy:claim:submit", "subsidy:claim:read",
        // and sees the recovery orders against it,
        "subsidy:recovery:read",
        // and keeps the account its subsidies are paid into (only the payee sets it).
        "subsidy:bank_account:read", "subsidy:bank_account:write"}},
      {"enterprise",
       {"registry:region:read", "registry:occupation:read", "registry:training_project:read", "registry:trainee:read",
        "registry:trainee:create", "registry:trainee:update",
        "registry:enterprise:read",
        "registry:enterprise:employ",
        // It claims the subsidies of its employees' training (post training, apprenticeship per
        // apprentice-year, 以工代训 per person-month), sees the recovery orders against it,
        "subsidy:claim:submit", "subsidy:claim:read", "subsidy:recovery:read",
        // and keeps the account they are paid into.
        "subsidy:bank_account:read", "subsidy:bank_account:write"}},
      {"evaluator", {"registry:region:read", "registry:occupation:read", "registry:training_project:read",
        "registry:evaluation_body:read",
        // An evaluation body assesses what it is filed for (R-C4, R-W5): plans sittings, enters
        // and locks results, issues and revokes its certificates.
        "assessment:class:read", "assessment:exemption:record", "assessment:sitting:read",
        "assessment:sitting:create", "assessment:result:enter", "assessment:result:amend",
        "assessment:certificate:issue", "assessment:certificate:read", "assessment:certificate:revoke",
        "assessment:outcome:read"}},
      {"auditor",
       {"registry:region:read", "registry:occupation:read", "registry:training_project:read",
        "registry:institution:read",
        "registry:auditor:read",
        // Engaged by an officer for a region and period, it draws and inspects there (R-W4) and
        // sees only its own draws.
        "inspection:engagement:read", "inspection:draw:create", "inspection:draw:read",
        "inspection:inspection:create", "inspection:inspection:read",
        // Assigned claim audits (R-F4): it sees and works only what is assigned to it.
        "subsidy:claim_audit:read", "subsidy:claim_audit:work",
        // Risk alerts assigned to it (issue 15 item 4), and nothing else of the queue.
        "risk:rule:read", "risk:alert:read"}},
      // A worker who paid for training first claims it back (先垫后补) and keeps the account it
      // is paid into.
      {"trainee", {"subsidy:claim:submit", "subsidy:claim:read", "subsidy:recovery:read", "subsidy:bank_account:read",
                   "subsidy:bank_account:write"}},
      // 三权分立: accounts and operations, no business data.
      {"sysadmin", {"auth:user:read", "auth:user:create", "ops:metrics:read"}},
      // Security: who may sign in (lockouts) and the administrator accounts, no business data.
      {"secadmin", {"auth:user:read", "auth:user:unlock", "auth:user:create"}},
      // Audit: the trail and nothing else.
      {"auditadmin", {"audit:record:read", "audit:chain:verify"}},
  };
  for (auto& [role, permissions] : table) {
    permissions.insert(permissions.end(), kSelf.begin(), kSelf.end());
  }
  // Devices sign each request with their registered key (docs/device-signatures.md); they
  // have no session to read or end, only their uploads.
  // A terminal at a host institution also checks candidates in at its assessment sittings.
  table["terminal"] = {"training:checkin:upload", "training:photo:upload", "training:schedule:read",
                       "assessment:checkin:upload", "assessment:schedule:read"};
  table["online_platform"] = {"training:online:upload", "training:photo:upload", "training:schedule:read"};
  for (auto& [role, permissions] : table) std::sort(permissions.begin(), permissions.end());
  return table;
}

const auto& Table() {
  static const auto table = BuildTable();
  return table;
}
}  // namespace

const std::vector<RoleInfo>& AllRoles() {
  static const std::vector<RoleInfo> roles = {
      {"province_officer", "省厅", ScopeKind::kRegion, "province"},
      {"city_officer", "市(州)人社局", ScopeKind::kRegion, "prefecture"},
      {"county_officer", "区县人社局", ScopeKind::kRegion, "county"},
      {"institution", "培训机构", ScopeKind::kOrganisation, "", "institution"},
      {"enterprise", "企业", ScopeKind::kOrganisation, "", "enterprise"},
      {"evaluator", "评价机构", ScopeKind::kOrganisation, "", "evaluation_body"},
      {"auditor", "第三方机构", ScopeKind::kOrganisation, "", "auditor"},
      {"trainee", "劳动者", ScopeKind::kOrganisation, "", "trainee"},
      {"sysadmin", "系统管理员", ScopeKind::kNone, "", "", true},
      {"secadmin", "安全管理员", ScopeKind::kNone, "", "", true},
      {"auditadmin", "审计管理员", ScopeKind::kNone, "", "", true},
  };
  return roles;
}

const std::vector<std::string_view>& DeviceRoles() {
  static const std::vector<std::string_view> roles = {"terminal", "online_platform"};
  return roles;
}

const RoleInfo* FindRole(std::string_view id) {
  for (const auto& role : AllRoles()) {
    if (role.id == id) return &role;
  }
  return nullptr;
}

const std::vector<std::string>& PermissionsOf(std::string_view role) {
  static const std::vector<std::string> kNone;
  auto it = Table().find(role);
  return it == Table().end() ? kNone : it->second;
}

bool RoleAllows(std::string_view role, std::string_view permission) {
  const auto& permissions = PermissionsOf(role);
  return std::binary_search(permissions.begin(), permissions.end(), permission);
}

std::vector<std::string> AllPermissions() {
  std::set<std::string> all;
  for (const auto& [role, permissions] : Table()) all.insert(permissions.begin(), permissions.end());
  return {all.begin(), all.end()};
}

}  // namespace sunshine::auth

#pragma once
// Registered organisations other than training institutions, pure rules: enterprises (R-P2),
// evaluation bodies and third-party auditors (R-C4). They share one shape (name, GB 32100
// credit code, type, county) and one table; each kind has its own types, and enterprises add
// an industry (GB/T 4754 section) and a size (大型/中型/小型/微型).
#include <boost/describe.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::registry {

using Choices = std::vector<std::pair<std::string, std::string>>;  // id -> zh-CN
// The zh-CN name of a choice, or the id itself when the table does not know it.
inline std::string ChoiceName(const Choices& choices, std::string_view id) {
  for (const auto& [key, name] : choices) {
    if (key == id) return name;
  }
  return std::string(id);
}

struct OrganisationKind {
  std::string id;         // "enterprise", "evaluation_body", "auditor": the scope prefix too
  std::string resource;   // "enterprises", "evaluation-bodies", "auditors"
  std::string name_zh;    // "企业"
  std::string permission; // "registry:enterprise"
  Choices types;
  bool has_industry_and_size = false;
  // Officers of every region see all of this kind (auditors are chosen province-wide).
  bool visible_to_all_regions = false;
};
const std::vector<OrganisationKind>& OrganisationKinds();
const OrganisationKind& KindOf(std::string_view id);
const Choices& Industries();      // GB/T 4754-2017 sections A..T
const Choices& EnterpriseSizes();

struct Organisation {
  std::int64_t id = 0;
  std::string kind, name, credit_code, type;
  std::optional<std::string> industry, size;
  std::string region_code;
  std::string status = "active";  // "active" | "revoked"
  bool credit_check_overridden = false;
  std::int64_t created_at = 0, updated_at = 0;
};

struct OrganisationInput {
  std::string name;
  std::string credit_code;
  std::string type;
  std::string region_code;
  std::optional<std::string> industry;
  std::optional<std::string> size;
  std::optional<bool> override_credit_check;
};
BOOST_DESCRIBE_STRUCT(OrganisationInput, (),
                      (name, credit_code, type, region_code, industry, size, override_credit_check))

struct OrganisationPatch {
  std::optional<std::string> name;
  std::optional<std::string> type;
  std::optional<std::string> region_code;
  std::optional<std::string> industry;
  std::optional<std::string> size;
  std::optional<std::string> status;
  std::optional<std::string> reason;  // required when the status changes
};
BOOST_DESCRIBE_STRUCT(OrganisationPatch, (), (name, type, region_code, industry, size, status, reason))

// The checks every registered organisation shares (institutions too): a name, a GB 32100
// credit code (an operator may accept a failing check character, never a wrong length or
// alphabet), a known type, and a county. `region_level` is nullopt for an unknown code.
void CheckNameCodeTypeRegion(const std::string& name, const std::string& credit_code, bool override_check,
                             const std::string& type, const Choices& types,
                             const std::optional<std::string>& region_level, std::vector<core::FieldError>& errors);

std::vector<core::FieldError> CheckOrganisation(const OrganisationKind& kind, const OrganisationInput& input,
                                                const std::optional<std::string>& region_level);
// Applies a patch to `org` and names every refused field; `region_level` for patch.region_code.
std::vector<core::FieldError> ApplyOrganisationPatch(const OrganisationKind& kind, const OrganisationPatch& patch,
                                                     const std::optional<std::string>& region_level,
                                                     Organisation& org, std::vector<std::string>& changed);

bool IsChoice(const Choices& choices, std::string_view id);
std::string ChoiceName(const Choices& choices, const std::string& id);

}  // namespace sunshine::registry

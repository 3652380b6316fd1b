#pragma once
// Trainees (R-P1), pure rules: what a valid record is, the key groups, employment statuses and
// what a caller may see. No I/O: the service supplies region facts and does the sealing.
#include <boost/describe.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace sunshine::registry {

// A trainee as stored and shown: personal data is never in this struct in clear except in
// the short-lived unsealed copies the service makes to mask or reveal it.
struct Trainee {
  std::int64_t id = 0;
  std::string name;
  std::string id_number_sealed, id_number_index;
  std::string sex;         // "male" | "female", derived from the ID number
  std::string birth_date;  // YYYY-MM-DD, derived from the ID number
  std::string phone_sealed, phone_index;
  std::string household_region_code, residence_region_code;
  std::vector<std::string> groups;
  std::string employment_status;
  std::optional<std::string> registered_by_org;
  std::int64_t created_at = 0, updated_at = 0;
};

struct TraineeInput {
  std::string name;
  std::string id_number;
  std::string phone;
  std::string household_region_code;
  std::string residence_region_code;
  std::vector<std::string> groups;
  std::string employment_status;
};
BOOST_DESCRIBE_STRUCT(TraineeInput, (),
                      (name, id_number, phone, household_region_code, residence_region_code, groups,
                       employment_status))

// PATCH: absent members stay as they are; the ID number never changes (a wrong one is a
// different person: register them and let the wrong record be).
struct TraineePatch {
  std::optional<std::string> name;
  std::optional<std::string> phone;
  std::optional<std::string> household_region_code;
  std::optional<std::string> residence_region_code;
  std::optional<std::vector<std::string>> groups;
  std::optional<std::string> employment_status;
};
BOOST_DESCRIBE_STRUCT(TraineePatch, (),
                      (name, phone, household_region_code, residence_region_code, groups, employment_status))

// The eight key groups of R-P1 and 易返贫致贫人口, id -> zh-CN.
const std::vector<std::pair<std::string, std::string>>& TraineeGroups();
const std::vector<std::pair<std::string, std::string>>& EmploymentStatuses();

// What the service learned about the region codes (looked up in the regions table).
struct RegionFacts {
  std::optional<std::string> residence_level;  // nullopt: no such Sichuan region
  std::optional<std::string> household_level;  // nullopt: not a Sichuan region
};

// Facts derived from a valid ID number.
struct DerivedIdentity {
  std::string id_number;  // normalised (upper-case X)
  std::string sex, birth_date;
};

// Every refused field of a new trainee. `today` is yyyymmdd (bounds the birth date).
// On success `derived` is filled in.
std::vector<core::FieldError> CheckTrainee(const TraineeInput& input, const RegionFacts& regions, int today,
                                           DerivedIdentity* derived);
// The same checks for the members a PATCH carries.
std::vector<core::FieldError> CheckTraineePatch(const TraineePatch& patch, const RegionFacts& regions);

// "13812345678": a mainland mobile number (11 digits, 1[3-9]...). Empty when valid.
std::string CheckMobilePhone(std::string_view phone);
// Normalises before indexing, so " 138 1234 5678 " and "13812345678" find the same person.
std::string NormalisePhone(std::string_view phone);

// ",a,b," for storage; and back.
std::string JoinGroups(const std::vector<std::string>& groups);
std::vector<std::string> SplitGroups(std::string_view stored);

}  // namespace sunshine::registry

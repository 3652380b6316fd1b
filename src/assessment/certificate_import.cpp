#include "assessment/certificate_import.hpp"

#include <charconv>

#include "core/ids.hpp"
#include "core/time.hpp"

namespace sunshine::assessment {
namespace {
std::string Trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The number's own errors, renamed from certificate_number to the row's field "number".
void AddNumberErrors(const core::Error& error, std::vector<core::FieldError>& errors) {
  for (auto e : error.fields) {
    e.field = "number";
    errors.push_back(std::move(e));
  }
  if (error.fields.empty()) errors.push_back({"number", "format"});
}
}  // namespace

std::vector<core::FieldError> CheckImportedCertificate(const CertificateImportInput& in, const std::string& today,
                                                       ImportedCertificate& out) {
  std::vector<core::FieldError> errors;
  const int this_year = core::DateNumber(today) / 10000;
  out.number = Upper(Trim(in.number));
  out.name = Trim(in.name);
  out.occupation_code = Trim(in.occupation);
  out.issuer_name = Trim(in.issuer_name);
  out.issued_on = Trim(in.issued_on);
  const auto level_text = Trim(in.level);
  if (!level_text.empty()) {
    int level = 0;
    const auto [end, ec] = std::from_chars(level_text.data(), level_text.data() + level_text.size(), level);
    if (ec != std::errc() || end != level_text.data() + level_text.size() || level < 1 || level > 5) {
      errors.push_back({"level", "out_of_range"});
    } else {
      out.level = level;
    }
  }
  // The number's year and level, for the row's to agree with.
  std::optional<int> number_year, number_level;
  if (out.number.empty()) {
    errors.push_back({"number", "required"});
  } else if (out.number.starts_with("ZX") || out.number.starts_with("PX")) {
    auto parsed = ParseProvincialNumber(out.number, this_year);
    if (!parsed) {
      AddNumberErrors(parsed.error(), errors);
    } else {
      out.type = parsed->type;
      number_year = parsed->year;
    }
  } else {
    auto parsed = ParseSkillLevelNumber(out.number, this_year);
    if (!parsed) {
      AddNumberErrors(parsed.error(), errors);
    } else {
      out.type = CertificateType::kSkillLevel;
      number_year = parsed->year;
      number_level = parsed->level;
    }
  }
  if (number_level && out.level != number_level) {
    errors.push_back({"level", out.level ? "level_mismatch" : "required", 0, "", std::to_string(*number_level)});
  }
  if (!number_level && number_year && out.level) errors.push_back({"level", "not_applicable"});
  if (!core::IsDate(out.issued_on)) {
    errors.push_back({"issued_on", "not_a_date"});
  } else if (out.issued_on > today) {
    errors.push_back({"issued_on", "in_future"});
  } else if (number_year && std::stoi(out.issued_on.substr(0, 4)) != *number_year) {
    errors.push_back({"issued_on", "year_mismatch", 0, "", std::to_string(*number_year)});
  }
  if (out.name.empty()) errors.push_back({"name", "required"});
  if (out.issuer_name.empty()) errors.push_back({"issuer_name", "required"});
  if (out.occupation_code.empty()) errors.push_back({"occupation", "required"});
  const auto checked = core::CheckIdNumber(Trim(in.id_number), core::DateNumber(today));
  if (Trim(in.id_number).empty()) {
    errors.push_back({"id_number", "required"});
  } else if (!checked.id) {
    errors.push_back({"id_number", checked.reason.empty() ? "format" : checked.reason});
  } else {
    out.id_number = checked.id->value;
  }
  return errors;
}

}  // namespace sunshine::assessment

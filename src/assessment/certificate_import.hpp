#pragma once
// Certificates issued outside the platform (before it, or in other provinces), imported so that
// claims and checks find them (ADR 0013 decision 7). Each row's number is read by the rule of its
// type (certificate_number.hpp) and every wrong part is named; the row's year and level must
// agree with the number's. Pure: the service resolves the person and the occupation.
#include <optional>
#include <string>
#include <vector>

#include "assessment/certificate_number.hpp"
#include "core/error.hpp"

namespace sunshine::assessment {

// One row as the file gives it (CSV or xlsx, through the importer of registry/csv_import.hpp).
struct CertificateImportInput {
  std::string number;
  std::string name;
  std::string id_number;
  std::string occupation;  // the catalogue code, e.g. 4-03-02-01
  std::string level;       // 1-5, empty without levels
  std::string issuer_name;
  std::string issued_on;   // YYYY-MM-DD
};

// What a row means once read: its type, level and date, and the number in its canonical form.
struct ImportedCertificate {
  CertificateType type = CertificateType::kSkillLevel;
  std::string number, name, id_number, occupation_code, issuer_name, issued_on;
  std::optional<int> level;
};

// The row's field errors (fields as above: "number" with a reason per wrong part, "level",
// "issued_on", "name", "id_number", "occupation", "issuer_name"); `today` bounds the date.
std::vector<core::FieldError> CheckImportedCertificate(const CertificateImportInput& in, const std::string& today,
                                                       ImportedCertificate& out);

}  // namespace sunshine::assessment

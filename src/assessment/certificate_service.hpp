#pragma once
// Certificates (R-W5; ADR 0013 decisions 5-6): issued, never typed, to the passed candidates of
// a locked sitting, numbered by the national rule (职业技能等级证书) or the provincial format
// (专项职业能力证书, 培训合格证书; docs/certificates.md) from a counter raised in the issuing
// transaction; drawn as a PDF when asked, from the stored fields, so a revoked one's copy says
// so; revoked one by one or a whole sitting at once with a reason; checked by anyone, without
// signing in, by number and full name (rate-limited, every check counted).
#include <optional>
#include <string>
#include <vector>

#include "assessment/certificate_pdf.hpp"
#include "assessment/certificate_number.hpp"
#include "assessment/certificate_store.hpp"
#include "registry/csv_import.hpp"
#include "assessment/sitting_service.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "crypto/field_cipher.hpp"
#include "db/database.hpp"

namespace sunshine::assessment {

struct RevocationInput {
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(RevocationInput, (), (reason))

struct CertificateView {
  certificate_store::Certificate row;
  std::string id_number_masked;
};

// What the public check shows: nothing but these.
struct PublicCertificate {
  std::string number, certificate_type, holder_masked, occupation_name, issuer_name, issued_on, status;
  std::optional<int> level;
  std::optional<std::string> revoked_on;
};

// The number a certificate gets (pure). `issuer_type`: the evaluation body's registered type
// ("employer" gives category Y, others S); `site`: the body's id as its six-digit site serial;
// `region`: the issuer's region for the provincial formats.
core::Result<std::string> CertificateNumber(CertificateType type, const std::string& issuer_type, std::int64_t site,
                                            const std::string& region, int year, std::optional<int> level,
                                            std::int64_t serial);
// The key whose counter numbers a certificate: one series per body, year and level, or per
// type, region and year.
std::string CounterKey(CertificateType type, std::int64_t site, const std::string& region, int year,
                       std::optional<int> level);

class CertificateService {
 public:
  CertificateService(db::Database& database, const std::optional<crypto::FieldKeys>& keys)
      : database_(database), keys_(keys) {}

  // Issues certificates to every passed candidate of a locked sitting who has none yet; returns
  // the sitting with its certificates.
  core::Result<std::vector<std::string>> IssueForSitting(const core::Actor& actor, std::int64_t sitting_id);
  core::Result<std::vector<std::string>> RevokeSitting(const core::Actor& actor, std::int64_t sitting_id,
                                                       const RevocationInput& input);
  core::Result<CertificateView> Revoke(const core::Actor& actor, const std::string& number,
                                       const RevocationInput& input);
  core::Result<CertificateView> Get(const core::Principal& principal, const std::string& number);
  // The certificate's face for its PDF; `verify_url` is what its QR code holds.
  core::Result<CertificateFace> Face(const core::Principal& principal, const std::string& number,
                                     const std::string& verify_url);
  // The public check: number and full name must both match; the outcome is counted.
  core::Result<PublicCertificate> Check(const std::string& number, const std::string& name);
  // A public check refused by the rate limit, counted.
  void CountLimited();

  // Outside certificates from a CSV or xlsx file, all rows or none (ADR 0013 decision 7): each
  // number read by its rule with every wrong part named; the holder must be registered under
  // that name, the occupation in the catalogue by code, the number new. Audited.
  core::Result<std::int64_t> Import(const core::Actor& actor, std::string_view csv_text,
                                    const registry::ImportProgress& progress);
  // The import kind "certificates" for the importer (POST /api/v1/imports/certificates).
  registry::ImportKind ImportKind();

 private:
  core::Result<CertificateView> Reachable(db::Connection& connection, const core::Principal& principal,
                                          const std::string& number) const;
  core::Result<std::vector<std::string>> RevokeNumbers(db::Connection& connection, const core::Actor& actor,
                                                       const std::vector<std::string>& numbers,
                                                       const std::string& reason, const std::string& object_type,
                                                       const std::string& object_id);

  db::Database& database_;
  const std::optional<crypto::FieldKeys>& keys_;
};

}  // namespace sunshine::assessment

#pragma once
// A certificate as a one-page A4 PDF (R-W5): the fields the national rule lists
// (人社鉴发〔2021〕1号: name of the certificate, body text, evaluation body, date of issue, the
// holder's name, ID type and masked number, occupation, 工种/职业方向 ("--" if none), level,
// number, photo, QR code), drawn with cairo and pango in Noto Serif CJK (Debian's
// fonts-noto-cjk: the rule's 仿宋 is not free) and the QR code from libqrencode. The QR code
// holds the public verification link, so a phone opens the certificate's public check.
#include <optional>
#include <string>

namespace sunshine::assessment {

struct CertificateFace {
  std::string title;            // 职业技能等级证书, 专项职业能力证书, 培训合格证书
  std::string body_text;        // 证书正文, one paragraph
  std::string holder_name;
  std::string id_type;          // 居民身份证
  std::string id_number_masked; // never the full number on a certificate
  std::string occupation;
  std::string direction;        // 工种/职业方向, "--" when none
  std::string level;            // "四级/中级工"; empty for a certificate without levels
  std::string body_name;        // the evaluation body (or institution) as filed
  std::string issued_on;        // YYYY-MM-DD
  std::string number;
  std::string verify_url;       // what the QR code holds
  std::string status_note;      // e.g. "已撤销" printed across a revoked certificate's copy; empty
  std::optional<std::string> photo_png;  // the holder's photo, PNG bytes
};

// The PDF's bytes. Throws std::runtime_error when cairo or libqrencode fails (out of memory, a
// URL too long for a QR code).
std::string RenderCertificatePdf(const CertificateFace& face);

}  // namespace sunshine::assessment

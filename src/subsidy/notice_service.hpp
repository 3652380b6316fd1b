#pragma once
// Public notice (公示) and objections (issue 14 item 4; R-F1). A city's officer publishes the
// approved claims of its region not yet published as one batch: each payable line is kept as
// the public sees it (张**, 510104********1230, institution, project, amount; never a phone).
// Anyone may object to a line while the notice runs (rate-limited by the route); an officer
// of the publishing region answers; an upheld objection removes the line from the notice and
// withholds the claim line, so it is never paid. A batch is payable once its last day has
// passed with nothing open. Every write is one transaction with its audit record.
#include <boost/describe.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "crypto/field_cipher.hpp"
#include "db/database.hpp"
#include "subsidy/notice_rules.hpp"
#include "subsidy/notice_store.hpp"

namespace sunshine::subsidy {

// POST /api/v1/notices
struct PublishInput {
  std::optional<std::string> title;  // default: "<region>职业技能培训补贴公示（<date>）"
};
BOOST_DESCRIBE_STRUCT(PublishInput, (), (title))

// POST /api/v1/public/notices/{id}/objections (no sign-in)
struct ObjectionInput {
  std::optional<std::int64_t> line_id;
  std::string reason;
  std::optional<std::string> contact;  // a phone or address to be reached at, sealed
};
BOOST_DESCRIBE_STRUCT(ObjectionInput, (), (line_id, reason, contact))

// POST /api/v1/objections/{id}/actions/{uphold|dismiss}
struct AnswerInput {
  std::string answer;
};
BOOST_DESCRIBE_STRUCT(AnswerInput, (), (answer))

struct NoticeView {
  notice_store::Notice notice;
  NoticeState state{};
  std::vector<notice_store::Line> lines;  // empty in lists
};

struct ObjectionView {
  notice_store::Objection row;
  std::string contact_masked;  // "" when none was given
  bool overdue = false;        // open past its answer day
};

class NoticeService {
 public:
  NoticeService(db::Database& database, const std::optional<crypto::FieldKeys>& keys, NoticePolicy policy)
      : database_(database), keys_(keys), policy_(std::move(policy)) {}

  core::Result<NoticeView> Publish(const core::Actor& actor, const PublishInput& input);
  // Officers: the notices of offices within their region; the public (nullptr): every notice.
  core::Result<std::vector<NoticeView>> List(const core::Principal* principal, std::int64_t after, int limit);
  core::Result<NoticeView> Get(const core::Principal* principal, std::int64_t id);

  struct Lodged {
    std::int64_t id = 0;
    std::string answer_due_on;
  };
  core::Result<Lodged> Object(const core::Actor& actor, std::int64_t notice_id, const ObjectionInput& input);
  core::Result<std::vector<ObjectionView>> Objections(const core::Principal& principal, const std::string& status,
                                                      std::int64_t after, int limit);
  // "uphold" or "dismiss".
  core::Result<ObjectionView> Answer(const core::Actor& actor, std::int64_t id, std::string_view action,
                                     const AnswerInput& input);
  // The objector's contact in full, for the officer who must reach them (audited).
  core::Result<std::string> RevealContact(const core::Actor& actor, std::int64_t id);

  const NoticePolicy& policy() const { return policy_; }
  const core::Clock& clock() const { return database_.clock(); }

 private:
  NoticeView ViewOf(notice_store::Notice notice) const;
  ObjectionView ViewOf(notice_store::Objection row) const;

  db::Database& database_;
  const std::optional<crypto::FieldKeys>& keys_;
  NoticePolicy policy_;
};

}  // namespace sunshine::subsidy

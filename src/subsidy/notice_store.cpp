#include "subsidy/notice_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/subsidy.hpp"

namespace sunshine::subsidy::notice_store {
namespace q = db::queries::subsidy;
namespace {
struct NoticeBuffer {
  Notice row;
  long long id = 0, amount = 0, published_at = 0;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(row.region_code), soci::into(row.title), soci::into(row.published_on),
        soci::into(row.ends_on), soci::into(row.claims), soci::into(row.lines), soci::into(amount),
        soci::into(row.published_by), soci::into(published_at), soci::into(row.open_objections);
  }
  Notice Get() const {
    Notice out = row;
    out.id = id;
    out.amount_fen = amount;
    out.published_at = published_at;
    return out;
  }
};

struct ObjectionBuffer {
  Objection row;
  long long id = 0, notice = 0, line = 0, claim = 0, trainee = 0, amount = 0, lodged = 0, answered = 0;
  soci::indicator contact_ind = soci::i_null, answer_ind = soci::i_null, by_ind = soci::i_null,
                  at_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(notice), soci::into(line), soci::into(claim), soci::into(trainee),
        soci::into(row.name_masked), soci::into(row.id_number_masked), soci::into(row.institution_name),
        soci::into(amount), soci::into(row.reason), soci::into(row.contact_sealed, contact_ind), soci::into(lodged),
        soci::into(row.answer_due_on), soci::into(row.status), soci::into(row.answer, answer_ind),
        soci::into(row.answered_by, by_ind), soci::into(answered, at_ind);
  }
  Objection Get() const {
    Objection out = row;
    out.id = id;
    out.notice_id = notice;
    out.line_id = line;
    out.claim_id = claim;
    out.trainee_id = trainee;
    out.amount_fen = amount;
    out.lodged_at = lodged;
    if (contact_ind != soci::i_ok) out.contact_sealed.clear();
    if (answer_ind != soci::i_ok) out.answer.clear();
    if (by_ind != soci::i_ok) out.answered_by.clear();
    out.answered_at = at_ind == soci::i_ok ? answered : 0;
    return out;
  }
};

bool Changed(soci::statement& statement) {
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}
}  // namespace

std::vector<Candidate> Noticeable(db::Connection& connection, const std::string& region_like) {
  long long claim = 0, trainee = 0, amount = 0;
  Candidate row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListNoticeableLines), soci::into(claim), soci::into(trainee),
       soci::into(row.name), soci::into(row.id_number_sealed), soci::into(row.institution_name),
       soci::into(row.project_name), soci::into(amount), soci::use(region_like));
  std::vector<Candidate> out;
  statement.execute();
  while (statement.fetch()) {
    Candidate c = row;
    c.claim_id = claim;
    c.trainee_id = trainee;
    c.amount_fen = amount;
    out.push_back(std::move(c));
  }
  return out;
}

std::int64_t InsertNotice(db::Connection& connection, const Notice& n) {
  long long id = 0, amount = n.amount_fen, at = n.published_at;
  connection.sql() << connection.Text(q::kInsertNotice), soci::use(n.region_code), soci::use(n.title),
      soci::use(n.published_on), soci::use(n.ends_on), soci::use(n.claims), soci::use(n.lines), soci::use(amount),
      soci::use(n.published_by), soci::use(at), soci::into(id);
  return id;
}

void InsertLine(db::Connection& connection, std::int64_t notice_id, const Line& l) {
  long long notice = notice_id, claim = l.claim_id, trainee = l.trainee_id, amount = l.amount_fen;
  connection.sql() << connection.Text(q::kInsertNoticeLine), soci::use(notice), soci::use(claim), soci::use(trainee),
      soci::use(l.position), soci::use(l.name_masked), soci::use(l.id_number_masked), soci::use(l.institution_name),
      soci::use(l.project_name), soci::use(amount);
}

bool SetClaimNotice(db::Connection& connection, std::int64_t claim_id, std::int64_t notice_id, std::int64_t at) {
  long long claim = claim_id, notice = notice_id, when = at;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kSetClaimNotice), soci::use(notice),
                               soci::use(when), soci::use(claim));
  return Changed(statement);
}

std::vector<Notice> List(db::Connection& connection, const std::string& region_like, std::int64_t after, int limit) {
  NoticeBuffer buffer;
  long long a = after, a_value = after, l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListNotices));
  buffer.Bind(prepared);
  prepared, soci::use(region_like), soci::use(region_like), soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::optional<Notice> Find(db::Connection& connection, std::int64_t id, const std::string& region_like) {
  NoticeBuffer buffer;
  db::TextParams within{region_like, region_like};
  return db::FindOne(connection, q::kFindNotice, buffer, id, within);
}

std::vector<Line> Lines(db::Connection& connection, std::int64_t notice_id) {
  long long notice = notice_id, id = 0, claim = 0, trainee = 0, amount = 0;
  int removed = 0;
  Line row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListNoticeLines), soci::into(id), soci::into(claim),
       soci::into(trainee), soci::into(row.position), soci::into(row.name_masked), soci::into(row.id_number_masked),
       soci::into(row.institution_name), soci::into(row.project_name), soci::into(amount), soci::into(removed),
       soci::into(row.objections), soci::use(notice));
  std::vector<Line> out;
  statement.execute();
  while (statement.fetch()) {
    Line l = row;
    l.id = id;
    l.claim_id = claim;
    l.trainee_id = trainee;
    l.amount_fen = amount;
    l.removed = removed == 1;
    out.push_back(std::move(l));
  }
  return out;
}

std::int64_t InsertObjection(db::Connection& connection, const Objection& o) {
  long long id = 0, notice = o.notice_id, line = o.line_id, lodged = o.lodged_at;
  std::string contact = o.contact_sealed;
  soci::indicator contact_ind = contact.empty() ? soci::i_null : soci::i_ok;
  connection.sql() << connection.Text(q::kInsertObjection), soci::use(notice), soci::use(line), soci::use(o.reason),
      soci::use(contact, contact_ind), soci::use(lodged), soci::use(o.answer_due_on), soci::into(id);
  return id;
}

std::vector<Objection> Objections(db::Connection& connection, const std::string& region_like, const std::string& status,
                                  const std::string& overdue_before, std::int64_t after, int limit) {
  ObjectionBuffer buffer;
  long long a = after, a_value = after, l = limit;
  int overdue = overdue_before.empty() ? 0 : 1;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListObjections));
  buffer.Bind(prepared);
  prepared, soci::use(region_like), soci::use(status), soci::use(status), soci::use(overdue), soci::use(overdue_before),
      soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::optional<Objection> FindObjection(db::Connection& connection, std::int64_t id, const std::string& region_like) {
  ObjectionBuffer buffer;
  db::TextParams within{region_like};
  return db::FindOne(connection, q::kFindObjection, buffer, id, within);
}

bool Answer(db::Connection& connection, const Objection& o) {
  long long id = o.id, at = o.answered_at;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kAnswerObjection), soci::use(o.status),
                               soci::use(o.answer), soci::use(o.answered_by), soci::use(at), soci::use(id));
  return Changed(statement);
}

bool RemoveLine(db::Connection& connection, std::int64_t line_id) {
  long long id = line_id;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kRemoveNoticeLine), soci::use(id));
  return Changed(statement);
}

void ReduceApproved(db::Connection& connection, std::int64_t claim_id, std::int64_t amount_fen, std::int64_t at) {
  long long claim = claim_id, amount = amount_fen, when = at;
  connection.sql() << connection.Text(q::kReduceClaimApproved), soci::use(amount), soci::use(when), soci::use(claim);
}

}  // namespace sunshine::subsidy::notice_store

#include "subsidy/ledger_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/subsidy.hpp"

namespace sunshine::subsidy::ledger_store {
namespace q = db::queries::subsidy;
namespace {
struct PaymentBuffer {
  Payment row;
  long long id = 0, notice = 0, amount = 0, created = 0, paid_at = 0;
  soci::indicator ref_ind = soci::i_null, on_ind = soci::i_null, by_ind = soci::i_null, at_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(notice), soci::into(row.city_code), soci::into(row.status), soci::into(row.lines),
        soci::into(amount), soci::into(row.created_by), soci::into(created), soci::into(row.paid_reference, ref_ind),
        soci::into(row.paid_on, on_ind), soci::into(row.paid_by, by_ind), soci::into(paid_at, at_ind);
  }
  Payment Get() const {
    Payment out = row;
    out.id = id;
    out.notice_id = notice;
    out.amount_fen = amount;
    out.created_at = created;
    if (ref_ind != soci::i_ok) out.paid_reference.clear();
    if (on_ind != soci::i_ok) out.paid_on.clear();
    if (by_ind != soci::i_ok) out.paid_by.clear();
    out.paid_at = at_ind == soci::i_ok ? paid_at : 0;
    return out;
  }
};

std::vector<std::pair<std::int64_t, std::int64_t>> IdAmounts(soci::statement& statement, long long& id,
                                                             long long& amount) {
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  statement.execute();
  while (statement.fetch()) out.emplace_back(id, amount);
  return out;
}
}  // namespace

void TakeLock(db::Connection& connection) { connection.sql() << connection.Text(q::kTakeLedgerLock); }

std::int64_t BalanceOf(db::Connection& connection, const std::string& account) {
  long long balance = 0;
  connection.sql() << connection.Text(q::kSumAccount), soci::into(balance), soci::use(account);
  return balance;
}

std::vector<std::pair<std::string, std::int64_t>> Balances(db::Connection& connection) {
  std::string account;
  long long balance = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListAccountBalances),
                               soci::into(account), soci::into(balance));
  std::vector<std::pair<std::string, std::int64_t>> out;
  statement.execute();
  while (statement.fetch()) out.emplace_back(account, balance);
  return out;
}

ledger::LineTotals LineTotalsOf(db::Connection& connection, std::int64_t claim_line_id) {
  long long line = claim_line_id, sum = 0;
  std::string kind;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kSumLineEntries), soci::into(kind),
                               soci::into(sum), soci::use(line));
  ledger::LineTotals totals;
  statement.execute();
  while (statement.fetch()) {
    if (kind == "commit") totals.committed = sum;
    if (kind == "release") totals.released = sum;
    if (kind == "pay") totals.paid = sum;
    if (kind == "recover") totals.ordered = sum;
    if (kind == "repay") totals.repaid = sum;
  }
  return totals;
}

std::int64_t Write(db::Connection& connection, const ledger::Entry& entry, const Origin& origin) {
  const std::string kind(ledger::KindName(entry.kind));
  long long id = 0, line = origin.claim_line_id, payment = origin.payment_id, recovery = origin.recovery_id,
            amount = entry.amount_fen, at = origin.at;
  soci::indicator city_ind = entry.city.empty() ? soci::i_null : soci::i_ok;
  soci::indicator line_ind = line ? soci::i_ok : soci::i_null, payment_ind = payment ? soci::i_ok : soci::i_null,
                  recovery_ind = recovery ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertLedgerEntry), soci::use(kind), soci::use(entry.city, city_ind),
      soci::use(line, line_ind), soci::use(payment, payment_ind), soci::use(recovery, recovery_ind),
      soci::use(amount), soci::use(origin.reference), soci::use(origin.actor), soci::use(at), soci::into(id);
  for (const auto& p : entry.postings) {
    long long posted = p.amount_fen;
    connection.sql() << connection.Text(q::kInsertLedgerPosting), soci::use(id), soci::use(p.account),
        soci::use(posted);
  }
  return id;
}

std::vector<std::pair<std::int64_t, std::int64_t>> PayableLines(db::Connection& connection, std::int64_t notice_id) {
  long long notice = notice_id, notice_line = 0, line = 0, amount = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListNoticePayableLines),
                               soci::into(notice_line), soci::into(line), soci::into(amount), soci::use(notice));
  return IdAmounts(statement, line, amount);
}

std::int64_t InsertPayment(db::Connection& connection, const Payment& p) {
  long long id = 0, notice = p.notice_id, amount = p.amount_fen, created = p.created_at;
  connection.sql() << connection.Text(q::kInsertPayment), soci::use(notice), soci::use(p.city_code),
      soci::use(p.lines), soci::use(amount), soci::use(p.created_by), soci::use(created), soci::into(id);
  return id;
}

bool NoticePaidOut(db::Connection& connection, std::int64_t notice_id) {
  long long existing = 0, key = notice_id;
  connection.sql() << connection.Text(q::kFindNoticePayment), soci::into(existing), soci::use(key);
  return connection.sql().got_data();
}

std::vector<Payment> Payments(db::Connection& connection, const std::string& region_like, std::int64_t after,
                              int limit) {
  PaymentBuffer buffer;
  long long a = after, a_value = after, l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListPayments));
  buffer.Bind(prepared);
  prepared, soci::use(region_like), soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::optional<Payment> FindPayment(db::Connection& connection, std::int64_t id, const std::string& region_like) {
  PaymentBuffer buffer;
  db::TextParams within{region_like};
  return db::FindOne(connection, q::kFindPayment, buffer, id, within);
}

std::vector<MonthSum> MonthSums(db::Connection& connection, const std::string& city_like, std::int64_t from_at,
                                std::int64_t to_at) {
  MonthSum row;
  long long from = from_at, to = to_at, amount = 0;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListLedgerMonths), soci::into(row.city_code),
       soci::into(row.month), soci::into(row.kind), soci::into(amount), soci::use(city_like), soci::use(from),
       soci::use(to));
  std::vector<MonthSum> out;
  statement.execute();
  while (statement.fetch()) {
    row.amount_fen = amount;
    out.push_back(row);
  }
  return out;
}

std::vector<JournalEntry> Journal(db::Connection& connection, const std::string& city_like, bool province,
                                  std::int64_t after, int limit) {
  JournalEntry row;
  long long id = 0, at = 0, amount = 0, claim = 0, trainee = 0, payment = 0, recovery = 0, from = after;
  int whole = province ? 1 : 0, count = limit;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListLedgerEntries), soci::into(id), soci::into(at),
       soci::into(row.kind), soci::into(row.city_code), soci::into(amount), soci::into(claim), soci::into(trainee),
       soci::into(payment), soci::into(recovery), soci::into(row.reference), soci::into(row.actor),
       soci::use(city_like), soci::use(whole), soci::use(from), soci::use(count));
  std::vector<JournalEntry> out;
  statement.execute();
  while (statement.fetch()) {
    row.id = id;
    row.at = at;
    row.amount_fen = amount;
    row.claim_id = claim;
    row.trainee_id = trainee;
    row.payment_id = payment;
    row.recovery_id = recovery;
    out.push_back(row);
  }
  return out;
}

std::vector<std::pair<std::int64_t, std::int64_t>> PaymentLines(db::Connection& connection, std::int64_t payment_id) {
  long long payment = payment_id, line = 0, amount = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListPaymentLines), soci::into(line),
                               soci::into(amount), soci::use(payment));
  return IdAmounts(statement, line, amount);
}

bool MarkPaid(db::Connection& connection, const Payment& p) {
  long long id = p.id, at = p.paid_at;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kMarkPaymentPaid),
                               soci::use(p.paid_reference), soci::use(p.paid_on), soci::use(p.paid_by), soci::use(at),
                               soci::use(id));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

std::map<std::int64_t, std::int64_t> ClaimLineIds(db::Connection& connection, std::int64_t claim_id) {
  long long claim = claim_id, trainee = 0, line = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListClaimLineIds), soci::into(trainee),
                               soci::into(line), soci::use(claim));
  std::map<std::int64_t, std::int64_t> out;
  statement.execute();
  while (statement.fetch()) out[trainee] = line;
  return out;
}

namespace {
struct RecoveryBuffer {
  Recovery row;
  long long id = 0, claim = 0, amount = 0, repaid = 0, created = 0;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(claim), soci::into(row.city_code), soci::into(row.payee), soci::into(row.source),
        soci::into(row.source_reference), soci::into(row.reason), soci::into(row.lines), soci::into(amount),
        soci::into(repaid), soci::into(row.status), soci::into(row.created_by), soci::into(created);
  }
  Recovery Get() const {
    Recovery out = row;
    out.id = id;
    out.claim_id = claim;
    out.amount_fen = amount;
    out.repaid_fen = repaid;
    out.created_at = created;
    return out;
  }
};
}  // namespace

std::int64_t InsertRecovery(db::Connection& connection, const Recovery& r) {
  long long id = 0, claim = r.claim_id, amount = r.amount_fen, created = r.created_at;
  connection.sql() << connection.Text(q::kInsertRecovery), soci::use(claim), soci::use(r.city_code),
      soci::use(r.payee), soci::use(r.source), soci::use(r.source_reference), soci::use(r.reason), soci::use(r.lines),
      soci::use(amount), soci::use(r.created_by), soci::use(created), soci::use(created), soci::into(id);
  return id;
}

std::vector<Recovery> Recoveries(db::Connection& connection, const RecoveryReach& reach, std::int64_t after, int limit) {
  RecoveryBuffer buffer;
  long long a = after, a_value = after, l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListRecoveries));
  buffer.Bind(prepared);
  prepared, soci::use(reach.payee), soci::use(reach.region_like), soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::optional<Recovery> FindRecovery(db::Connection& connection, std::int64_t id, const RecoveryReach& reach) {
  RecoveryBuffer buffer;
  db::TextParams within{reach.payee, reach.region_like};
  return db::FindOne(connection, q::kFindRecovery, buffer, id, within);
}

std::vector<std::pair<std::int64_t, std::int64_t>> RecoveryLines(db::Connection& connection, std::int64_t recovery_id) {
  long long recovery = recovery_id, line = 0, amount = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListRecoveryLines), soci::into(line),
                               soci::into(amount), soci::use(recovery));
  return IdAmounts(statement, line, amount);
}

bool UpdateRepaid(db::Connection& connection, const Recovery& r, std::int64_t at) {
  long long id = r.id, repaid = r.repaid_fen, when = at;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kUpdateRecoveryRepaid),
                               soci::use(repaid), soci::use(r.status), soci::use(when), soci::use(id));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

}  // namespace sunshine::subsidy::ledger_store

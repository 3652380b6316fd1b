#include "subsidy/payee_routes.hpp"

#include "core/ids.hpp"
#include "core/time.hpp"
#include "reports/csv_write.hpp"
#include "reports/list_export.hpp"
#include "subsidy/claim_rules.hpp"
#include "subsidy/payee_rules.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::value MaskedAccountJson(const std::optional<payee_store::Account>& a) {
  if (!a) return nullptr;
  return boost::json::object{{"bank_name", a->bank_name},
                             {"account_name", a->account_name},
                             {"account_number_masked", MaskAccount(a->account_last4)},
                             {"updated_by", a->updated_by},
                             {"updated_at", core::FormatShanghai(a->updated_at)}};
}

boost::json::object AccountJson(const AccountView& v) {
  return {{"payee", v.payee}, {"payee_name", v.payee_name}, {"account", MaskedAccountJson(v.account)}};
}

boost::json::object PayeesJson(const PaymentPayees& p) {
  boost::json::array payees;
  for (const auto& payee : p.payees) {
    // An account set after the batch was made is worth a second look before paying into it.
    const bool changed = payee.account && payee.account->updated_at > p.payment.created_at;
    // A trainee paid back what they paid first (先垫后补) is a person: the name is masked on
    // screen like any trainee's, and only the payment file for the bank carries it whole.
    const bool person = ParseClaimantKind(payee.payee) == ClaimantKind::kTrainee;
    auto account = MaskedAccountJson(payee.account);
    if (person && account.is_object()) account.as_object()["account_name"] = core::MaskName(payee.account->account_name);
    payees.push_back({{"payee", payee.payee},
                      {"payee_name", person ? core::MaskName(payee.payee_name) : payee.payee_name},
                      {"lines", payee.lines},
                      {"amount_fen", payee.amount_fen},
                      {"account", std::move(account)},
                      {"account_changed_after_batch", changed}});
  }
  return {{"payment_id", p.payment.id}, {"status", p.payment.status}, {"payees", std::move(payees)}};
}

const std::vector<reports::Column> kFileColumns = {{"序号", 8},      {"收款单位", 36},  {"开户银行", 30},
                                                   {"账户名称", 36}, {"银行账号", 28},  {"金额（元）", 14},
                                                   {"笔数", 8},      {"用途", 36}};

std::vector<reports::Cell> FileRow(const PaymentFile& file, std::size_t i) {
  const auto& row = file.rows[i];
  const auto& account = *row.payee.account;
  return {static_cast<std::int64_t>(i + 1),
          row.payee.payee_name,
          account.bank_name,
          account.account_name,
          row.account_number,
          Yuan(row.payee.amount_fen),
          static_cast<std::int64_t>(row.payee.lines),
          "职业技能培训补贴 拨付批次" + std::to_string(file.payment.id)};
}

Reply FileReply(Context& ctx, PayeeService& service, const std::string& format) {
  auto id = ctx.PathId("id");
  if (!id) return id.error();
  auto file = service.File(ctx.actor(), *id, format);
  if (!file) return file.error();
  const std::string stem = "支付文件-拨付批次" + std::to_string(*id);
  if (format == "csv") {
    reports::CsvTable table(kFileColumns);
    for (std::size_t i = 0; i < file->rows.size(); ++i) table.AddRow(FileRow(*file, i));
    return http::FileReply(table.text(), reports::CsvTable::kContentType, stem + "-" + service.clock().Today() + ".csv");
  }
  reports::XlsxTable table("支付文件", kFileColumns);
  for (std::size_t i = 0; i < file->rows.size(); ++i) table.AddRow(FileRow(*file, i));
  return reports::XlsxReply(service.clock(), table, stem);
}
}  // namespace

void RegisterPayeeRoutes(http::Router& router, PayeeService& service) {
  router.Get("/api/v1/bank-account", "subsidy:bank_account:read",
             "The caller's own account for subsidies (an institution's or enterprise's), the number masked",
             [&service](Context& ctx) -> Reply {
               auto view = service.Account(ctx.principal());
               if (!view) return view.error();
               return http::Json(http::Status::ok, AccountJson(*view));
             });
  router.Put("/api/v1/bank-account", "subsidy:bank_account:write",
             "Set the caller's own account for subsidies: the account name must be its registered name; the "
             "number is sealed",
             [&service](Context& ctx) -> Reply {
               auto input = ctx.Body<AccountInput>();
               if (!input) return input.error();
               auto view = service.SetAccount(ctx.actor(), *input);
               if (!view) return view.error();
               return http::Json(http::Status::ok, AccountJson(*view));
             });
  router.Get("/api/v1/payments/{id}/payees", "subsidy:payment:read",
             "A payment batch's payees: lines and money for each, the account masked (as paid into, once paid), "
             "and whether it changed after the batch was made",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto payees = service.Payees(ctx.principal(), *id);
               if (!payees) return payees.error();
               return http::Json(http::Status::ok, PayeesJson(*payees));
             });
  router.Get("/api/v1/payments/{id}/file.xlsx", "subsidy:payment:file",
             "The batch's payment file for the treasury or bank as xlsx: one row per payee with the full account; "
             "audited",
             [&service](Context& ctx) -> Reply { return FileReply(ctx, service, "xlsx"); });
  router.Get("/api/v1/payments/{id}/file.csv", "subsidy:payment:file",
             "The batch's payment file as CSV (UTF-8 with BOM): one row per payee with the full account; audited",
             [&service](Context& ctx) -> Reply { return FileReply(ctx, service, "csv"); });
}

}  // namespace sunshine::subsidy

#include "subsidy/ledger_routes.hpp"

#include "core/time.hpp"
#include "reports/list_export.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::object LedgerJson(const LedgerView& v) {
  boost::json::array cities;
  for (const auto& c : v.cities) {
    cities.push_back({{"city_code", c.city_code},
                      {"allocated_fen", c.allocated},
                      {"available_fen", c.available},
                      {"committed_fen", c.committed},
                      {"paid_fen", c.paid},
                      {"receivable_fen", c.receivable}});
  }
  return {{"budget_fen", v.budget}, {"fund_fen", v.fund}, {"cities", std::move(cities)}, {"balanced", v.sum == 0}};
}

boost::json::object PaymentJson(const ledger_store::Payment& p) {
  return {{"id", p.id},
          {"notice_id", p.notice_id},
          {"city_code", p.city_code},
          {"status", p.status},
          {"lines", p.lines},
          {"amount_fen", p.amount_fen},
          {"created_by", p.created_by},
          {"created_at", core::FormatShanghai(p.created_at)},
          {"paid_reference", TextOrNull(p.paid_reference)},
          {"paid_on", TextOrNull(p.paid_on)},
          {"paid_by", TextOrNull(p.paid_by)}};
}

boost::json::object RecoveryJson(const ledger_store::Recovery& r) {
  return {{"id", r.id},
          {"claim_id", r.claim_id},
          {"city_code", r.city_code},
          {"payee", r.payee},
          {"source", r.source},
          {"source_reference", r.source_reference},
          {"reason", r.reason},
          {"lines", r.lines},
          {"amount_fen", r.amount_fen},
          {"repaid_fen", r.repaid_fen},
          {"status", r.status},
          {"created_by", r.created_by},
          {"created_at", core::FormatShanghai(r.created_at)}};
}

template <class Input, class Call, class ToJson>
Reply Post(Context& ctx, http::Status status, Call call, ToJson to_json) {
  auto input = ctx.Body<Input>();
  if (!input) return input.error();
  auto done = call(*input);
  if (!done) return done.error();
  return http::Json(status, to_json(*done));
}
}  // namespace

void RegisterLedgerRoutes(http::Router& router, LedgerService& service, RecoveryService& recoveries) {
  router.Post("/api/v1/recoveries", "subsidy:recovery:create",
              "Order the payee to repay paid lines of a claim, from a confirmed finding: each line moves from paid "
              "to receivable in the ledger",
              [&recoveries](Context& ctx) -> Reply {
                return Post<RecoveryInput>(
                    ctx, http::Status::created,
                    [&](const RecoveryInput& in) { return recoveries.Create(ctx.actor(), in); }, RecoveryJson);
              });
  router.Post("/api/v1/recoveries/{id}/repayments", "subsidy:recovery:repay",
              "Record a repayment against an open recovery order, back to the city's available money line by line",
              [&recoveries](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                return Post<RepaymentInput>(
                    ctx, http::Status::ok,
                    [&](const RepaymentInput& in) { return recoveries.Repay(ctx.actor(), *id, in); }, RecoveryJson);
              });
  router.Get("/api/v1/recoveries", "subsidy:recovery:read",
             "Recovery orders: the payee's own, or those of the cities in an officer's region; newest first",
             [&recoveries](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return recoveries.List(ctx.principal(), after, limit); },
                   RecoveryJson);
             });
  router.Get("/api/v1/recoveries/{id}", "subsidy:recovery:read", "One recovery order",
             [&recoveries](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto recovery = recoveries.Get(ctx.principal(), *id);
               if (!recovery) return recovery.error();
               return http::Json(http::Status::ok, RecoveryJson(*recovery));
             });
  router.Get("/api/v1/ledger", "subsidy:ledger:read",
             "The subsidy ledger at a glance: the province's budget and fund, and each city's allocated, available, "
             "committed, paid and receivable money; whether the book balances",
             [&service](Context& ctx) -> Reply {
               auto view = service.Ledger(ctx.principal());
               if (!view) return view.error();
               return http::Json(http::Status::ok, LedgerJson(*view));
             });
  router.Get("/api/v1/ledger/months", "subsidy:ledger:read",
             "Money moved by city and month (in China): allocated, committed, released, paid, recovered and repaid; "
             "?from=&to= as YYYY-MM (default the last twelve months, at most 36)",
             [&service](Context& ctx) -> Reply {
               auto months = service.Months(ctx.principal(), ctx.Query("from").value_or(""), ctx.Query("to").value_or(""));
               if (!months) return months.error();
               boost::json::array items;
               for (const auto& m : *months) {
                 items.push_back({{"city_code", m.city_code},
                                  {"month", m.month},
                                  {"allocated_fen", m.allocated},
                                  {"committed_fen", m.committed},
                                  {"released_fen", m.released},
                                  {"paid_fen", m.paid},
                                  {"recovered_fen", m.recovered},
                                  {"repaid_fen", m.repaid}});
               }
               return http::Json(http::Status::ok, boost::json::object{{"items", std::move(items)}});
             });
  router.Get("/api/v1/ledger/export.xlsx", "subsidy:ledger:read",
             "The journal as an xlsx file, oldest first: each entry's kind, city, amount, the claim and trainee of "
             "its line, its batch or recovery order, document and actor",
             [&service](Context& ctx) -> Reply {
               static const std::map<std::string, std::string, std::less<>> kKinds = {
                   {"budget", "专项资金下达"}, {"allocate", "分配到市"}, {"commit", "拨付占用"}, {"release", "释放占用"},
                   {"pay", "支付"},           {"recover", "下达追回"}, {"repay", "追回退回"}};
               const auto number = [](std::int64_t n) { return n ? reports::Cell(n) : reports::Cell(std::string()); };
               return reports::ExportList<ledger_store::JournalEntry, std::int64_t>(
                   service.clock(), "资金台账",
                   {{"分录号", 10}, {"时间", 20}, {"类型", 12}, {"市（州）", 10}, {"金额（元）", 14}, {"申领编号", 10},
                    {"学员编号", 10}, {"拨付批次", 10}, {"追回单", 10}, {"凭证或文号", 28}, {"经办人", 16}},
                   "资金台账",
                   [&](std::int64_t after, int limit) { return service.Journal(ctx.principal(), after, limit); },
                   [](const ledger_store::JournalEntry& e) { return e.id; },
                   [&](const ledger_store::JournalEntry& e) {
                     return std::vector<reports::Cell>{e.id, core::FormatShanghai(e.at), kKinds.at(e.kind), e.city_code,
                                                       Yuan(e.amount_fen), number(e.claim_id), number(e.trainee_id),
                                                       number(e.payment_id), number(e.recovery_id), e.reference, e.actor};
                   });
             });
  router.Post("/api/v1/ledger/budget", "subsidy:ledger:budget",
              "Put the province's budget in the dedicated fund, with its document", [&service](Context& ctx) -> Reply {
                return Post<BudgetInput>(
                    ctx, http::Status::created, [&](const BudgetInput& in) { return service.Budget(ctx.actor(), in); },
                    LedgerJson);
              });
  router.Post("/api/v1/ledger/allocations", "subsidy:ledger:allocate",
              "Allocate money from the fund to a city, with its document", [&service](Context& ctx) -> Reply {
                return Post<AllocationInput>(
                    ctx, http::Status::created,
                    [&](const AllocationInput& in) { return service.Allocate(ctx.actor(), in); }, LedgerJson);
              });
  router.Get("/api/v1/payments", "subsidy:payment:read", "Payment batches of the cities in the caller's region, newest first",
             [&service](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return service.Payments(ctx.principal(), after, limit); },
                   PaymentJson);
             });
  router.Get("/api/v1/payments/{id}", "subsidy:payment:read", "One payment batch", [&service](Context& ctx) -> Reply {
    auto id = ctx.PathId("id");
    if (!id) return id.error();
    auto payment = service.Payment(ctx.principal(), *id);
    if (!payment) return payment.error();
    return http::Json(http::Status::ok, PaymentJson(*payment));
  });
  router.Post("/api/v1/payments", "subsidy:payment:create",
              "Turn a payable notice into a payment batch: every line still to pay committed from the city's "
              "allocation, or none when it is short",
              [&service](Context& ctx) -> Reply {
                return Post<PaymentInput>(
                    ctx, http::Status::created,
                    [&](const PaymentInput& in) { return service.CreatePayment(ctx.actor(), in); }, PaymentJson);
              });
  router.Post("/api/v1/payments/{id}/actions/pay", "subsidy:payment:pay",
              "Record a committed batch as paid, with the treasury's or bank's reference and date",
              [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                return Post<PaidInput>(
                    ctx, http::Status::ok, [&](const PaidInput& in) { return service.Pay(ctx.actor(), *id, in); },
                    PaymentJson);
              });
}

}  // namespace sunshine::subsidy

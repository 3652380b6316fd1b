#include "training/checkin_routes.hpp"

namespace sunshine::training {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::object ReceiptJson(const BatchReceipt& receipt) {
  boost::json::array results;
  for (const auto& o : receipt.outcomes) {
    boost::json::object item{{"event_id", o.event_id}, {"outcome", o.duplicate ? "duplicate" : "stored"}};
    if (!o.duplicate) {
      item["counts"] = o.counts;
      item["reasons"] = boost::json::array(o.reasons.begin(), o.reasons.end());
    }
    results.push_back(std::move(item));
  }
  return {{"batch_id", receipt.batch_id},
          {"received", receipt.outcomes.size()},
          {"stored", receipt.stored},
          {"duplicates", receipt.duplicates},
          {"counting", receipt.counting},
          {"results", std::move(results)}};
}
}  // namespace

void RegisterCheckinRoutes(http::Router& router, CheckinService& checkins, PhotoService& photos) {
  router.Post("/api/v1/checkins/batches", "training:checkin:upload",
              "Upload a signed batch of check-ins from a terminal; stored whole or not at all, with each event's "
              "outcome",
              [&checkins](Context& ctx) -> Reply {
                auto receipt = checkins.Upload(ctx.actor(), ctx.request());
                if (!receipt) return receipt.error();
                return http::Json(http::Status::ok, ReceiptJson(*receipt));
              });
  router.Put("/api/v1/photos/{sha256}", "training:photo:upload",
             "Upload a check-in photo addressed by the SHA-256 of its bytes (signed by the terminal)",
             [&photos](Context& ctx) -> Reply {
               auto receipt = photos.Put(ctx.actor(), ctx.request(), ctx.PathParam("sha256"));
               if (!receipt) return receipt.error();
               return http::Json(receipt->already_stored ? http::Status::ok : http::Status::created,
                                 {{"sha256", receipt->sha256},
                                  {"bytes", receipt->bytes},
                                  {"already_stored", receipt->already_stored}});
             });
}

}  // namespace sunshine::training

#include "registry/import_routes.hpp"

#include <memory>

#include "registry/bulk_import.hpp"
#include "reports/csv_write.hpp"
#include "reports/xlsx_table.hpp"

namespace sunshine::registry {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
// A refused file is answered with its first errors and the counts per column and reason
// (a few kilobytes whatever the file), or, with ?report=csv, every error as a CSV file to fix
// the file from (still 422: nothing was imported).
Reply Refusal(core::Error error, const std::string& kind, bool report) {
  if (error.code != "import_rejected") return error;
  if (!report) {
    if (error.fields.size() > kMaxShownErrors) error.fields.resize(kMaxShownErrors);
    return error;
  }
  std::string csv = "\xEF\xBB\xBF行,列,字段,原因,说明\r\n";
  for (const auto& f : error.fields) {
    csv += std::to_string(f.row) + "," + reports::CsvCell(f.column) + "," + reports::CsvCell(f.field) + "," + reports::CsvCell(f.reason) + "," +
           reports::CsvCell(f.detail) + "\r\n";
  }
  auto response = http::FileReply(std::move(csv), "text/csv; charset=utf-8", kind + "-导入错误报告.csv");
  response.result(http::Status::unprocessable_entity);
  return response;
}
}  // namespace

void RegisterImportRoutes(http::Router& router, CsvImporter& importer, int concurrency) {
  // One count for every kind: the memory and the writer they share is the same.
  auto slots = std::make_shared<ImportSlots>(concurrency);
  for (const auto& kind : importer.kinds()) {
    const std::string name = kind.kind;
    router.Post("/api/v1/imports/" + name, kind.permission,
                "Import " + name + " from a UTF-8 CSV file or an xlsx workbook, all rows or none (per-row errors on 422)",
                [&importer, name, slots](Context& ctx) -> Reply {
                  const auto type = ctx.request()[http::beast_http::field::content_type];
                  if (!type.starts_with("text/csv") && type != reports::XlsxTable::kContentType) {
                    return core::Error::Invalid("unsupported_media_type",
                                                "请求体须为 text/csv（UTF-8，首行为列名）或 Excel 工作簿（.xlsx）");
                  }
                  if (!slots->TryTake()) {
                    auto busy = http::ErrorReply(
                        core::Error::Of(core::ErrorKind::kUnavailable, "imports_busy",
                                        "已有其他导入正在进行，请稍后再试（同时进行的导入数有上限）"),
                        ctx.request_id());
                    busy.set(http::beast_http::field::retry_after, "30");
                    return busy;
                  }
                  struct Release {
                    ImportSlots& slots;
                    ~Release() { slots.Give(); }
                  } release{*slots};
                  const auto format = type == reports::XlsxTable::kContentType ? CsvImporter::Format::kXlsx
                                                                               : CsvImporter::Format::kCsv;
                  auto imported = importer.Import(name, ctx.actor(), ctx.request().body(), format);
                  if (!imported) return Refusal(std::move(imported).take_error(), name, ctx.Query("report") == "csv");
                  return http::Json(http::Status::created, {{"kind", name}, {"imported", *imported}});
                });
  }
}

}  // namespace sunshine::registry

#include "reports/xlsx_table.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace sunshine::reports {

struct XlsxTable::State {
  std::string path;
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  std::size_t columns = 0;
  bool finished = false;
};

XlsxTable::XlsxTable(std::string sheet_name, std::vector<Column> columns) : state_(new State) {
  // A unique private name (mkstemp), reopened by libxlsxwriter for writing.
  char name[] = "/tmp/sunshine-export-XXXXXX";
  const int fd = ::mkstemp(name);
  if (fd >= 0) ::close(fd);
  state_->path = name;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  state_->workbook = workbook_new_opt(state_->path.c_str(), &options);
  if (!state_->workbook) return;
  state_->sheet = workbook_add_worksheet(state_->workbook, sheet_name.c_str());
  lxw_format* bold = workbook_add_format(state_->workbook);
  format_set_bold(bold);
  state_->columns = columns.size();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    worksheet_set_column(state_->sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].width,
                         nullptr);
    worksheet_write_string(state_->sheet, 0, static_cast<lxw_col_t>(c), columns[c].header.c_str(), bold);
  }
  worksheet_freeze_panes(state_->sheet, 1, 0);
}

XlsxTable::~XlsxTable() {
  if (state_->workbook && !state_->finished) workbook_close(state_->workbook);
  if (!state_->path.empty()) std::remove(state_->path.c_str());
  delete state_;
}

void XlsxTable::AddRow(const std::vector<Cell>& cells) {
  if (!state_->sheet) return;
  const auto row = static_cast<lxw_row_t>(++rows_);
  for (std::size_t c = 0; c < cells.size() && c < state_->columns; ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    if (const auto* text = std::get_if<std::string>(&cells[c])) {
      // Text stays text: an ID-like or code-like value must not turn into a number in Excel.
      if (!text->empty()) worksheet_write_string(state_->sheet, row, col, text->c_str(), nullptr);
    } else {
      worksheet_write_number(state_->sheet, row, col, static_cast<double>(std::get<std::int64_t>(cells[c])), nullptr);
    }
  }
}

core::Result<std::string> XlsxTable::Finish() {
  if (!state_->workbook) {
    return core::Error::Of(core::ErrorKind::kInternal, "export_failed", "无法创建导出文件");
  }
  state_->finished = true;
  if (const lxw_error error = workbook_close(state_->workbook); error != LXW_NO_ERROR) {
    return core::Error::Of(core::ErrorKind::kInternal, "export_failed",
                           std::string("导出文件写入失败：") + lxw_strerror(error));
  }
  std::ifstream in(state_->path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace sunshine::reports

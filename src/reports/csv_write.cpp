#include "reports/csv_write.hpp"

namespace sunshine::reports {

std::string CsvCell(std::string_view text) {
  std::string cell(text);
  if (!cell.empty() && std::string_view("=+-@").find(cell.front()) != std::string_view::npos) cell.insert(0, "'");
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

CsvTable::CsvTable(const std::vector<Column>& columns) : width_(columns.size()), text_("\xEF\xBB\xBF") {
  std::vector<Cell> header;
  for (const auto& c : columns) header.emplace_back(c.header);
  AddRow(header);
}

void CsvTable::AddRow(const std::vector<Cell>& cells) {
  for (std::size_t i = 0; i < width_; ++i) {
    if (i) text_ += ',';
    if (i >= cells.size()) continue;
    if (const auto* number = std::get_if<std::int64_t>(&cells[i])) {
      text_ += std::to_string(*number);
    } else {
      text_ += CsvCell(std::get<std::string>(cells[i]));
    }
  }
  text_ += "\r\n";
}

}  // namespace sunshine::reports

#include "reports/xlsx_read.hpp"

#include <expat.h>
#include <zip.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace sunshine::reports {
namespace {

// A workbook part larger than this, uncompressed, is refused: a small upload must not unpack
// into gigabytes (a zip bomb). Far above any sheet an import would hold.
constexpr zip_uint64_t kMaxPartBytes = 512ull << 20;

core::Error Unreadable(const std::string& detail) {
  return core::Error::Invalid("xlsx_unreadable", "无法读取该 Excel 文件（" + detail + "）；请另存为 .xlsx 或 CSV UTF-8 后重试");
}

// The archive, opened from the bytes in memory.
class Archive {
 public:
  explicit Archive(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
      zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
      if (!zip_) zip_source_free(source);
    }
    zip_error_fini(&error);
  }
  ~Archive() {
    if (zip_) zip_discard(zip_);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  bool ok() const { return zip_ != nullptr; }

  // The part's bytes; nullopt when absent. Throws on a part too large or unreadable.
  std::optional<std::string> Read(const std::string& name) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(zip_, name.c_str(), 0, &stat) != 0) return std::nullopt;
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxPartBytes) throw core::Error(Unreadable(name + " 过大"));
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(zip_, name.c_str(), 0), &zip_fclose);
    if (!file) throw core::Error(Unreadable(name));
    std::string out(stat.size, '\0');
    const auto read = zip_fread(file.get(), out.data(), out.size());
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) throw core::Error(Unreadable(name));
    return out;
  }

 private:
  zip_t* zip_ = nullptr;
};

using Attributes = std::map<std::string, std::string>;

// The local part of an expat namespaced name ("uri|local" -> "local").
std::string Local(const XML_Char* name) {
  std::string_view n(name);
  const auto bar = n.rfind('|');
  return std::string(bar == std::string_view::npos ? n : n.substr(bar + 1));
}

// SAX over one XML part: element starts with their attributes (local names), ends, and text.
struct Sax {
  std::function<void(const std::string&, const Attributes&)> start;
  std::function<void(const std::string&)> end;
  std::function<void(std::string_view)> text;

  void Parse(const std::string& part, const std::string& name) {
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(
        XML_ParserCreateNS(nullptr, '|'), &XML_ParserFree);
    XML_SetUserData(parser.get(), this);
    XML_SetElementHandler(
        parser.get(),
        [](void* data, const XML_Char* element, const XML_Char** attrs) {
          auto* self = static_cast<Sax*>(data);
          if (!self->start) return;
          Attributes attributes;
          for (int i = 0; attrs[i]; i += 2) attributes[Local(attrs[i])] = attrs[i + 1];
          self->start(Local(element), attributes);
        },
        [](void* data, const XML_Char* element) {
          auto* self = static_cast<Sax*>(data);
          if (self->end) self->end(Local(element));
        });
    XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* s, int len) {
      auto* self = static_cast<Sax*>(data);
      if (self->text) self->text(std::string_view(s, static_cast<std::size_t>(len)));
    });
    if (XML_Parse(parser.get(), part.data(), static_cast<int>(part.size()), XML_TRUE) == XML_STATUS_ERROR) {
      throw core::Error(Unreadable(name + " 第 " + std::to_string(XML_GetCurrentLineNumber(parser.get())) + " 行"));
    }
  }
};

std::string Required(const Archive& archive, const std::string& name) {
  auto part = archive.Read(name);
  if (!part) throw core::Error(Unreadable("缺少 " + name));
  return *part;
}

// The first worksheet's part name and whether the workbook counts dates from 1904.
std::pair<std::string, bool> FirstSheet(const Archive& archive) {
  std::string rel_id;
  bool date1904 = false;
  Sax workbook;
  workbook.start = [&](const std::string& element, const Attributes& a) {
    if (element == "sheet" && rel_id.empty() && a.count("id")) rel_id = a.at("id");
    if (element == "workbookPr" && a.count("date1904")) date1904 = a.at("date1904") == "1" || a.at("date1904") == "true";
  };
  workbook.Parse(Required(archive, "xl/workbook.xml"), "workbook.xml");
  if (rel_id.empty()) throw core::Error(core::Error::Invalid("xlsx_empty", "该 Excel 文件中没有工作表"));
  std::string target;
  Sax rels;
  rels.start = [&](const std::string& element, const Attributes& a) {
    if (element == "Relationship" && a.count("Id") && a.at("Id") == rel_id && a.count("Target")) target = a.at("Target");
  };
  rels.Parse(Required(archive, "xl/_rels/workbook.xml.rels"), "workbook.xml.rels");
  if (target.empty()) throw core::Error(Unreadable("找不到第一个工作表"));
  // Targets are relative to xl/, or absolute within the package.
  return {target.starts_with('/') ? target.substr(1) : "xl/" + target, date1904};
}

std::vector<std::string> SharedStrings(const Archive& archive) {
  std::vector<std::string> strings;
  const auto part = archive.Read("xl/sharedStrings.xml");
  if (!part) return strings;
  bool in_text = false;
  int phonetic = 0;  // <rPh> runs are pronunciation hints, not the cell's text
  Sax sax;
  sax.start = [&](const std::string& element, const Attributes&) {
    if (element == "si") strings.emplace_back();
    if (element == "rPh") ++phonetic;
    if (element == "t") in_text = phonetic == 0 && !strings.empty();
  };
  sax.end = [&](const std::string& element) {
    if (element == "rPh") --phonetic;
    if (element == "t") in_text = false;
  };
  sax.text = [&](std::string_view s) {
    if (in_text) strings.back() += s;
  };
  sax.Parse(*part, "sharedStrings.xml");
  return strings;
}

// A number format shows a date when it is one of the built-in date formats (Western and the
// CJK ones Chinese Excel uses) or a custom code with a year or day outside quotes and brackets.
bool IsDateFormat(int id, const std::string& code) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
  if (code.empty()) return false;
  bool quoted = false;
  int bracket = 0;
  for (char c : code) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '[') ++bracket;
    if (c == ']') --bracket;
    if (bracket == 0 && (c == 'y' || c == 'Y' || c == 'd' || c == 'D')) return true;
  }
  return false;
}

// The cell style indexes (cellXfs order) whose number format is a date.
std::set<int> DateStyles(const Archive& archive) {
  std::set<int> styles;
  const auto part = archive.Read("xl/styles.xml");
  if (!part) return styles;
  std::map<int, std::string> codes;
  bool in_cell_xfs = false;
  int index = 0;
  Sax sax;
  sax.start = [&](const std::string& element, const Attributes& a) {
    if (element == "numFmt" && a.count("numFmtId") && a.count("formatCode")) {
      codes[std::atoi(a.at("numFmtId").c_str())] = a.at("formatCode");
    }
    if (element == "cellXfs") in_cell_xfs = true;
    if (element == "xf" && in_cell_xfs) {
      const int id = a.count("numFmtId") ? std::atoi(a.at("numFmtId").c_str()) : 0;
      if (IsDateFormat(id, codes.count(id) ? codes[id] : "")) styles.insert(index);
      ++index;
    }
  };
  sax.end = [&](const std::string& element) {
    if (element == "cellXfs") in_cell_xfs = false;
  };
  sax.Parse(*part, "styles.xml");
  return styles;
}

// "AB12" -> 27 (0-based column); -1 when the reference has no letters.
int ColumnOf(const std::string& ref) {
  int column = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) column = column * 26 + (ref[i] - 'A' + 1);
  return i == 0 ? -1 : column - 1;
}

void AppendCsvCell(std::string& out, const std::string& cell) {
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    out += cell;
    return;
  }
  out += '"';
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// Walks the sheet's rows into CSV lines, padding each row to the header's width (Excel leaves
// trailing empty cells out) and keeping the sheet's row numbers after the first row.
std::string SheetCsv(const std::string& part, const std::string& name, const std::vector<std::string>& shared,
                     const std::set<int>& date_styles, bool date1904) {
  std::string csv;
  std::map<int, std::string> row;  // column -> value
  int row_number = 0, last_row = 0, next_column = 0;
  std::size_t width = 0;
  bool first_row = true;
  // The cell being read.
  std::string type, value;
  int column = 0, style = -1;
  bool in_value = false;
  Sax sax;
  sax.start = [&](const std::string& element, const Attributes& a) {
    if (element == "row") {
      row.clear();
      next_column = 0;
      row_number = a.count("r") ? std::atoi(a.at("r").c_str()) : last_row + 1;
    } else if (element == "c") {
      type = a.count("t") ? a.at("t") : "n";
      style = a.count("s") ? std::atoi(a.at("s").c_str()) : -1;
      column = a.count("r") ? ColumnOf(a.at("r")) : next_column;
      if (column < 0) column = next_column;
      next_column = column + 1;
      value.clear();
    } else if (element == "v" || element == "t") {
      in_value = true;
    }
  };
  sax.end = [&](const std::string& element) {
    if (element == "v" || element == "t") {
      in_value = false;
    } else if (element == "c") {
      std::string cell = value;
      if (type == "s") {
        const auto k = static_cast<std::size_t>(std::atoll(value.c_str()));
        cell = value.empty() || k >= shared.size() ? "" : shared[k];
      } else if (type == "b") {
        cell = value == "1" ? "TRUE" : "FALSE";
      } else if (type == "n" && !value.empty() && date_styles.count(style)) {
        cell = ExcelSerialDate(std::atof(value.c_str()), date1904);
      }
      if (!cell.empty()) row[column] = std::move(cell);
    } else if (element == "row") {
      if (first_row) {
        width = row.empty() ? 0 : static_cast<std::size_t>(row.rbegin()->first + 1);
        first_row = false;
      } else {
        for (int gap = last_row + 1; gap < row_number; ++gap) csv += '\n';
      }
      last_row = row_number;
      if (row.empty()) {
        csv += '\n';
        return;
      }
      const std::size_t cells = std::max(width, static_cast<std::size_t>(row.rbegin()->first + 1));
      for (std::size_t i = 0; i < cells; ++i) {
        if (i) csv += ',';
        if (const auto it = row.find(static_cast<int>(i)); it != row.end()) AppendCsvCell(csv, it->second);
      }
      csv += '\n';
    }
  };
  sax.text = [&](std::string_view s) {
    if (in_value) value += s;
  };
  sax.Parse(part, name);
  return csv;
}

}  // namespace

bool LooksLikeXlsx(std::string_view bytes) { return bytes.starts_with(std::string_view("PK\x03\x04", 4)); }

std::string ExcelSerialDate(double serial, bool date1904) {
  auto days = static_cast<long long>(std::floor(serial));
  // Day 0 of the 1900 system is 1899-12-31, and Excel counts a 29 February 1900 that never
  // was (serial 60): from serial 61 on, days are counted from 1899-12-30.
  long long from_epoch;  // days since 1970-01-01
  if (date1904) {
    from_epoch = days - 24107;  // 1904-01-01 is 24,107 days before 1970
  } else {
    from_epoch = days - (days > 60 ? 25569 : 25568);
  }
  // Civil date from days (Howard Hinnant's algorithm).
  const long long z = from_epoch + 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char out[64];
  std::snprintf(out, sizeof out, "%04lld-%02lld-%02lld", y, m, d);
  return out;
}

core::Result<std::string> XlsxToCsv(std::string_view bytes) {
  Archive archive(bytes);
  if (!archive.ok()) return Unreadable("不是 xlsx 格式");
  try {
    const auto [sheet, date1904] = FirstSheet(archive);
    const auto shared = SharedStrings(archive);
    const auto dates = DateStyles(archive);
    std::string csv = SheetCsv(Required(archive, sheet), sheet, shared, dates, date1904);
    if (csv.find_first_not_of('\n') == std::string::npos) {
      return core::Error::Invalid("xlsx_empty", "第一个工作表是空的");
    }
    return csv;
  } catch (const core::Error& error) {
    return error;
  }
}

}  // namespace sunshine::reports

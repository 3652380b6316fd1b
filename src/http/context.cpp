#include "http/context.hpp"

#include <algorithm>
#include <charconv>

namespace sunshine::http {

Context::Context(const Request& request, std::string request_id, std::string client_ip,
                 std::chrono::steady_clock::time_point deadline)
    : request_(request), deadline_(deadline) {
  actor_.request_id = std::move(request_id);
  actor_.client_ip = std::move(client_ip);
}

std::string_view Context::PathParam(std::string_view name) const {
  auto it = path_params_.find(name);
  return it == path_params_.end() ? std::string_view{} : std::string_view{it->second};
}

namespace {
std::optional<std::int64_t> ParsePositive(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}
}  // namespace

core::Result<std::int64_t> Context::PathId(std::string_view name) const {
  auto value = ParsePositive(PathParam(name));
  if (!value || *value == 0) return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "记录不存在");
  return *value;
}

std::optional<std::string> Context::Query(std::string_view name) const {
  auto it = query_.find(name);
  if (it == query_.end()) return std::nullopt;
  return it->second;
}

namespace {
void LimitParam(const std::optional<std::string>& text, int max_limit, int& limit,
                std::vector<core::FieldError>& errors) {
  if (!text || text->empty()) return;
  auto value = ParsePositive(*text);
  if (!value)
    errors.push_back({"limit", "not_an_integer"});
  else if (*value < 1 || *value > max_limit)
    errors.push_back({"limit", "out_of_range"});
  else
    limit = static_cast<int>(*value);
}

// The message names what is wrong with each parameter refused, not only the limit.
core::Error PageError(int max_limit, std::vector<core::FieldError> errors) {
  std::string message = "分页参数有误：";
  for (std::size_t i = 0; i < errors.size(); ++i) {
    const auto& field = errors[i].field;
    if (i > 0) message += "；";
    if (field == "limit")
      message += "limit 须为 1 至 " + std::to_string(max_limit) + " 的整数";
    else if (field == "sort")
      message += "sort 不是可排序的字段";
    else
      message += "after 须为上一页返回的游标";
  }
  return core::Error::Invalid("invalid_query", message, std::move(errors));
}
}  // namespace

core::Result<Context::SortedPage> Context::SortedPageParams(std::span<const std::string_view> sortable,
                                                            int max_limit) const {
  SortedPage page;
  std::vector<core::FieldError> errors;
  if (auto sort = Query("sort"); sort && !sort->empty()) {
    std::string_view key = *sort;
    if (key.front() == '-') {
      page.sort.ascending = false;
      key.remove_prefix(1);
    }
    if (key == "id" || std::find(sortable.begin(), sortable.end(), key) != sortable.end())
      page.sort.key = std::string(key);
    else
      errors.push_back({"sort", "unknown"});
  }
  if (auto after = Query("after"); after && !after->empty()) {
    auto cursor = core::DecodeCursor(*after);
    // A cursor sorted by a column must carry its key, and one by id must not.
    if (!cursor || cursor->key.has_value() != (page.sort.key != "id"))
      errors.push_back({"after", "invalid_cursor"});
    else
      page.after = *cursor;
  }
  LimitParam(Query("limit"), max_limit, page.limit, errors);
  if (!errors.empty()) return PageError(max_limit, std::move(errors));
  return page;
}

core::Result<Context::Page> Context::PageParams(int max_limit) const {
  Page page;
  std::vector<core::FieldError> errors;
  if (auto after = Query("after"); after && !after->empty()) {
    if (auto value = ParsePositive(*after))
      page.after = *value;
    else
      errors.push_back({"after", "not_an_integer"});
  }
  LimitParam(Query("limit"), max_limit, page.limit, errors);
  if (!errors.empty()) return PageError(max_limit, std::move(errors));
  return page;
}

std::optional<core::Error> Context::CheckJsonContentType() const {
  const auto type = request_[beast_http::field::content_type];
  // "application/json" optionally followed by parameters such as "; charset=utf-8".
  if (type.substr(0, 16) == "application/json" && (type.size() == 16 || type[16] == ';' || type[16] == ' ')) {
    return std::nullopt;
  }
  return core::Error::Invalid("unsupported_media_type", "请求体须为 application/json");
}

}  // namespace sunshine::http

#include "http/json.hpp"

namespace sunshine::http {

core::Result<boost::json::object> ParseObject(std::string_view text) {
  boost::system::error_code ec;
  boost::json::value parsed = boost::json::parse(text, ec);
  if (ec) return core::Error::Invalid("malformed_json", "请求体不是合法的 JSON：" + ec.message());
  if (!parsed.is_object()) {
    return core::Error::Invalid("body_not_object", "请求体必须是 JSON 对象", {{"", "not_object"}});
  }
  return std::move(parsed.as_object());
}

}  // namespace sunshine::http

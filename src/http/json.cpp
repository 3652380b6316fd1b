#include "http/json.hpp"

namespace sunshine::http {

bool CheckText(const boost::json::value& value, const std::string& path, std::vector<core::FieldError>& errors) {
  bool passed = true;
  if (const auto* text = value.if_string()) {
    const auto reason = core::RefuseText(*text, core::TextLimitFor(path));
    if (reason.empty()) return true;
    errors.push_back({path, std::string(reason)});
    return false;
  }
  if (const auto* array = value.if_array()) {
    for (std::size_t i = 0; i < array->size(); ++i) {
      passed = CheckText((*array)[i], path + "[" + std::to_string(i) + "]", errors) && passed;
    }
  } else if (const auto* object = value.if_object()) {
    for (const auto& [key, member] : *object) {
      passed = CheckText(member, path + "." + core::SanitizeForRecord(key, 64), errors) && passed;
    }
  }
  return passed;
}

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

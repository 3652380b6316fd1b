#pragma once
// JSON bodies through Boost.JSON and Boost.Describe: a described struct is read from a request
// with every refused field named, and written with value_from.
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/mp11.hpp>
#include <optional>

#include "core/result.hpp"

// Boost.JSON 1.81 converts std::optional itself: absent or null <-> nullopt.

namespace sunshine::http {

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

// Parses `text` as a JSON object into the described struct T. Refusals, all at once:
// malformed_json (400) for text that is not JSON; body_not_object; and per field
// "required" (missing non-optional member), "wrong_type", "unknown_field".
template <class T>
core::Result<T> ParseJsonObject(std::string_view text) {
  boost::system::error_code ec;
  boost::json::value parsed = boost::json::parse(text, ec);
  if (ec) {
    return core::Error::Invalid("malformed_json", "请求体不是合法的 JSON：" + ec.message());
  }
  if (!parsed.is_object()) {
    return core::Error::Invalid("body_not_object", "请求体必须是 JSON 对象", {{"", "not_object"}});
  }
  const boost::json::object& object = parsed.as_object();
  T out{};
  std::vector<core::FieldError> errors;
  std::size_t known = 0;
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto member) {
    using Member = std::remove_cvref_t<decltype(out.*member.pointer)>;
    const auto* found = object.if_contains(member.name);
    if (found == nullptr) {
      if constexpr (!IsOptional<Member>::value) errors.push_back({member.name, "required"});
      return;
    }
    ++known;
    auto converted = boost::json::try_value_to<Member>(*found);
    if (!converted) {
      errors.push_back({member.name, "wrong_type"});
      return;
    }
    out.*member.pointer = std::move(*converted);
  });
  if (known != object.size()) {
    for (const auto& [key, value] : object) {
      bool described = false;
      boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
          [&](auto member) { described = described || key == member.name; });
      if (!described) errors.push_back({std::string(key), "unknown_field"});
    }
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "请求字段有误", std::move(errors));
  return out;
}

}  // namespace sunshine::http

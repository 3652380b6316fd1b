#pragma once
// JSON bodies through Boost.JSON and Boost.Describe: a described struct is read from a request
// with every refused field named, and written with value_from.
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/mp11.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "core/text.hpp"

// Boost.JSON 1.81 converts std::optional itself: absent or null <-> nullopt.

namespace sunshine::http {

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

// Checks every string in `value` (recursively, through arrays and objects) against the text
// policy of core/text.hpp for its field name, adding "invalid_utf8", "control_character" or
// "too_long" for `path`. Returns whether everything passed.
bool CheckText(const boost::json::value& value, const std::string& path, std::vector<core::FieldError>& errors);

// A described struct may list the optional members that accept null as meaning "absent"
// (`static constexpr std::array<std::string_view, N> kNullable{...}`); for every other member
// a null is refused as wrong_type, as the OpenAPI document says.
template <class T>
bool AcceptsNull(std::string_view member) {
  if constexpr (requires { T::kNullable; }) {
    for (std::string_view name : T::kNullable) {
      if (name == member) return true;
    }
  }
  return false;
}

// A described struct read as an array element member by member, so that a refusal names the
// element's field ("results[2].theory") and optional members may be left out, declares
// `static constexpr bool kReadByField = true;` (Boost.JSON's own conversion wants every member
// of a nested described struct present and says only that the array is of the wrong type).
template <class T>
concept ReadByField = requires { T::kReadByField; };
template <class T>
struct IsFieldReadVector : std::false_type {};
template <ReadByField U>
struct IsFieldReadVector<std::vector<U>> : std::true_type {};

// Reads the described struct T from `object`, adding every refusal to `errors` with the field
// name after `prefix` ("events[3]." names the members of one array element): "required"
// (missing non-optional member), "wrong_type" (also null where the member is not nullable),
// "unknown_field", and the text policy's reasons (CheckText) for any string inside a member.
template <class T>
T ReadDescribed(const boost::json::object& object, std::string_view prefix, std::vector<core::FieldError>& errors) {
  T out{};
  auto name = [&](std::string_view member) { return std::string(prefix).append(member); };
  std::size_t known = 0;
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>>([&](auto member) {
    using Member = std::remove_cvref_t<decltype(out.*member.pointer)>;
    const auto* found = object.if_contains(member.name);
    if (found == nullptr) {
      if constexpr (!IsOptional<Member>::value) errors.push_back({name(member.name), "required"});
      return;
    }
    ++known;
    std::string field = name(member.name);
    if (found->is_null() && !AcceptsNull<T>(member.name)) {
      errors.push_back({std::move(field), "wrong_type"});
      return;
    }
    if (!CheckText(*found, field, errors)) return;
    if constexpr (IsFieldReadVector<Member>::value) {
      using Element = typename Member::value_type;
      if (!found->is_array()) {
        errors.push_back({std::move(field), "wrong_type"});
        return;
      }
      Member items;
      for (const auto& element : found->as_array()) {
        const std::string at = field + "[" + std::to_string(items.size()) + "]";
        if (!element.is_object()) errors.push_back({at, "wrong_type"});
        items.push_back(element.is_object() ? ReadDescribed<Element>(element.as_object(), at + ".", errors) : Element{});
      }
      out.*member.pointer = std::move(items);
      return;
    }
    auto converted = boost::json::try_value_to<Member>(*found);
    if (!converted) {
      errors.push_back({std::move(field), "wrong_type"});
      return;
    }
    out.*member.pointer = std::move(*converted);
  });
  if (known != object.size()) {
    for (const auto& [key, value] : object) {
      bool described = false;
      boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>>(
          [&](auto member) { described = described || key == member.name; });
      if (!described) errors.push_back({name(core::SanitizeForRecord(key, 64)), "unknown_field"});
    }
  }
  return out;
}

// Parses `text` as JSON; malformed_json (400) for text that is not JSON, body_not_object when
// it is not an object.
core::Result<boost::json::object> ParseObject(std::string_view text);

// Parses `text` as a JSON object into the described struct T, with every refused field named
// at once (ReadDescribed).
template <class T>
core::Result<T> ParseJsonObject(std::string_view text) {
  auto object = ParseObject(text);
  if (!object) return object.take_error();
  std::vector<core::FieldError> errors;
  T out = ReadDescribed<T>(*object, "", errors);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "请求字段有误", std::move(errors));
  return out;
}

}  // namespace sunshine::http

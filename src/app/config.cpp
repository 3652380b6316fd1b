#include "app/config.hpp"

#include <boost/mp11.hpp>
#include <cctype>
#include <charconv>

#include "http/json.hpp"

namespace sunshine::app {
namespace {
template <class F>
void ForEachMember(F&& f) {
  boost::mp11::mp_for_each<boost::describe::describe_members<Config, boost::describe::mod_public>>(f);
}

std::string EnvName(std::string_view member) {
  std::string name = "SUNSHINE_";
  for (char c : member) name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}
}  // namespace

core::Status ApplyConfigText(Config& config, std::string_view json_text) {
  auto file = http::ParseJsonObject<ConfigFile>(json_text);
  if (!file) return file.take_error();
  boost::mp11::mp_for_each<boost::describe::describe_members<ConfigFile, boost::describe::mod_public>>([&](auto from) {
    ForEachMember([&](auto to) {
      if (std::string_view(from.name) != to.name) return;
      const auto& value = (*file).*from.pointer;
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(*value)>,
                                   std::remove_cvref_t<decltype(config.*to.pointer)>>) {
        if (value) config.*to.pointer = *value;
      }
    });
  });
  return core::Ok{};
}

core::Status ApplyEnvironment(Config& config, const char* (*getenv)(const char*)) {
  std::vector<core::FieldError> errors;
  ForEachMember([&](auto member) {
    const std::string name = EnvName(member.name);
    const char* raw = getenv(name.c_str());
    if (raw == nullptr) return;
    const std::string_view text(raw);
    auto& target = config.*member.pointer;
    using T = std::remove_cvref_t<decltype(target)>;
    if constexpr (std::is_same_v<T, std::string>) {
      target = std::string(text);
    } else if constexpr (std::is_same_v<T, bool>) {
      if (text == "1" || text == "true")
        target = true;
      else if (text == "0" || text == "false")
        target = false;
      else
        errors.push_back({name, "not_a_boolean"});
    } else {
      T value{};
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
      if (ec != std::errc{} || end != text.data() + text.size())
        errors.push_back({name, "not_an_integer"});
      else
        target = value;
    }
  });
  if (!errors.empty()) return core::Error::Invalid("invalid_environment", "环境变量取值有误", std::move(errors));
  return core::Ok{};
}

core::Status Validate(const Config& c) {
  std::vector<core::FieldError> errors;
  auto range = [&](const char* field, std::int64_t value, std::int64_t low, std::int64_t high) {
    if (value < low || value > high) errors.push_back({field, "out_of_range"});
  };
  range("port", c.port, 0, 65535);
  range("pool_size", c.pool_size, 1, 256);
  range("io_threads", c.io_threads, 1, 64);
  range("worker_threads", c.worker_threads, 1, 256);
  range("body_limit_bytes", c.body_limit_bytes, 1024, 1LL << 30);
  range("request_timeout_ms", c.request_timeout_ms, 100, 600000);
  range("session_idle_minutes", c.session_idle_minutes, 1, 24 * 60);
  range("session_absolute_hours", c.session_absolute_hours, 1, 24 * 7);
  range("max_failed_logins", c.max_failed_logins, 1, 100);
  range("lockout_minutes", c.lockout_minutes, 1, 24 * 60);
  static const char* kLevels[] = {"trace", "debug", "info", "warn", "error"};
  if (std::find(std::begin(kLevels), std::end(kLevels), c.log_level) == std::end(kLevels)) {
    errors.push_back({"log_level", "unknown"});
  }
  if (!c.db.starts_with("sqlite:") && !c.db.starts_with("postgresql://") && !c.db.starts_with("postgres://")) {
    errors.push_back({"db", "unknown_scheme"});
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_config", "配置有误", std::move(errors));
  return core::Ok{};
}

}  // namespace sunshine::app

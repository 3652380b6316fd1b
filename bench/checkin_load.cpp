// Check-in upload benchmark (issue 5): a separate process that signs batches of check-in events
// as a terminal does (docs/device-signatures.md) and uploads them over HTTP on loopback with
// several keep-alive connections, then reports events stored per second and the latency
// percentiles of a batch. bench/checkin_load.sh sets up the class and terminal and runs it.
//
//   checkin_load --public-key <seed hex>                  prints the key to register
//   checkin_load --port P --seed <hex> --key-id tk_... --class C --session S --trainees 1,2,3
//                [--batches 200] [--batch-size 500] [--connections 4]
#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "core/time.hpp"
#include "crypto/request_signature.hpp"

namespace {
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using sunshine::crypto::SigningKey;
constexpr char kPath[] = "/api/v1/checkins/batches";

std::array<unsigned char, 32> Seed(const std::string& hex) {
  std::array<unsigned char, 32> seed{};
  if (hex.size() != 64) throw std::runtime_error("--seed: 64 hex characters");
  for (std::size_t i = 0; i < 32; ++i) seed[i] = static_cast<unsigned char>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
  return seed;
}

std::vector<long long> Ids(const std::string& list) {
  std::vector<long long> out;
  std::size_t start = 0;
  while (start < list.size()) {
    const auto end = std::min(list.find(',', start), list.size());
    out.push_back(std::stoll(list.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

// One batch of in-class check-ins at the venue, each event id unique across the whole run.
std::string Batch(int batch, int size, long long class_id, long long session_id, const std::vector<long long>& people,
                  long long now) {
  std::string out = R"({"events":[)";
  char event[512];
  for (int i = 0; i < size; ++i) {
    std::snprintf(event, sizeof event,
                  R"(%s{"event_id":"bench-%d-%d","trainee_id":%lld,"class_id":%lld,"session_id":%lld,"kind":"in_class","captured_at":%lld,"latitude":30.6571,"longitude":104.0812,"face_score":0.93,"liveness_score":0.98,"photo_sha256":"%064d"})",
                  i ? "," : "", batch, i, people[static_cast<std::size_t>(i) % people.size()], class_id, session_id,
                  now - 1000, i);
    out += event;
  }
  return out + "]}";
}

struct Totals {
  std::mutex mutex;
  std::vector<double> latencies_ms;
  long long stored = 0, failed = 0;
};

long long Field(const std::string& body, const std::string& name) {
  const auto at = body.find("\"" + name + "\":");
  return at == std::string::npos ? -1 : std::stoll(body.substr(at + name.size() + 3));
}

void Worker(unsigned short port, const SigningKey& key, const std::string& key_id,
            const std::vector<std::string>& bodies, std::atomic<std::size_t>& next, Totals& totals) {
  boost::asio::io_context io;
  beast::tcp_stream stream(io);
  stream.connect({boost::asio::ip::make_address("127.0.0.1"), port});
  beast::flat_buffer buffer;
  for (std::size_t i = next++; i < bodies.size(); i = next++) {
    const auto started = std::chrono::steady_clock::now();
    const auto now = sunshine::core::SystemClock().Now();
    bhttp::request<bhttp::string_body> request{bhttp::verb::post, kPath, 11};
    request.set(bhttp::field::host, "127.0.0.1");
    request.set(bhttp::field::content_type, "application/json");
    request.set("X-Key-Id", key_id);
    request.set("X-Timestamp", std::to_string(now));
    request.set("X-Signature", sunshine::crypto::SignRequest(key, now, "POST", kPath, bodies[i]));
    request.body() = bodies[i];
    request.prepare_payload();
    bhttp::write(stream, request);
    bhttp::response<bhttp::string_body> response;
    bhttp::read(stream, buffer, response);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    std::lock_guard lock(totals.mutex);
    totals.latencies_ms.push_back(ms);
    if (response.result_int() == 200) {
      totals.stored += Field(response.body(), "stored");
    } else if (++totals.failed <= 3) {
      std::fprintf(stderr, "batch %zu: %d %s\n", i, response.result_int(), response.body().substr(0, 300).c_str());
    }
  }
}

double Percentile(std::vector<double> sorted, double p) {
  if (sorted.empty()) return 0;
  const auto rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(rank, sorted.size() - 1)];
}
}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args;
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  if (args.contains("--public-key")) {
    std::puts(sunshine::crypto::SigningKeyFromSeed(Seed(args["--public-key"])).public_key_b64.c_str());
    return 0;
  }
  for (const char* required : {"--port", "--seed", "--key-id", "--class", "--session", "--trainees"}) {
    if (!args.contains(required)) {
      std::fprintf(stderr, "missing %s\n", required);
      return 2;
    }
  }
  const auto port = static_cast<unsigned short>(std::stoi(args["--port"]));
  const int batches = args.contains("--batches") ? std::stoi(args["--batches"]) : 200;
  const int size = args.contains("--batch-size") ? std::stoi(args["--batch-size"]) : 500;
  const int connections = args.contains("--connections") ? std::stoi(args["--connections"]) : 4;
  const auto key = sunshine::crypto::SigningKeyFromSeed(Seed(args["--seed"]));
  const auto people = Ids(args["--trainees"]);
  const auto run = sunshine::core::SystemClock().Now();  // event ids stay unique across runs
  std::vector<std::string> bodies;
  for (int b = 0; b < batches; ++b) {
    bodies.push_back(Batch(static_cast<int>(run % 1000000) * 10000 + b, size, std::stoll(args["--class"]),
                           std::stoll(args["--session"]), people, sunshine::core::SystemClock().Now()));
  }
  Totals totals;
  std::atomic<std::size_t> next{0};
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < connections; ++c) {
    threads.emplace_back(Worker, port, std::cref(key), std::cref(args["--key-id"]), std::cref(bodies), std::ref(next),
                         std::ref(totals));
  }
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::sort(totals.latencies_ms.begin(), totals.latencies_ms.end());
  std::printf("batches: %d x %d events over %d connections in %.2f s (%lld failed)\n", batches, size, connections,
              seconds, totals.failed);
  std::printf("events stored: %lld, %.0f events/s\n", totals.stored, static_cast<double>(totals.stored) / seconds);
  std::printf("batch latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", Percentile(totals.latencies_ms, 50),
              Percentile(totals.latencies_ms, 90), Percentile(totals.latencies_ms, 99),
              totals.latencies_ms.empty() ? 0 : totals.latencies_ms.back());
  return totals.failed == 0 ? 0 : 1;
}

#pragma once
// Candidates' check-ins at assessment sittings in SQL (db/queries/assessment, V0024). Callers
// hold the transaction and have checked who may write or read.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "assessment/sitting_checkin_rules.hpp"
#include "db/database.hpp"

namespace sunshine::assessment::sitting_checkin_store {

struct Row {
  const SittingCheckinInput* event = nullptr;
  std::optional<int> distance_m;
  bool counts = false;
  std::string reasons = "[]";  // JSON array
};
// Stores the rows under the batch; for each, whether it was new (false: the terminal sent that
// event id before).
std::vector<bool> Insert(db::Connection& connection, std::int64_t terminal_id, std::int64_t batch_id,
                         std::int64_t received_at, const std::vector<Row>& rows);

// trainee id -> the instant of their first check-in that counts at the sitting.
std::map<std::int64_t, std::int64_t> FirstCounting(db::Connection& connection, std::int64_t sitting_id);

struct Capture {
  std::int64_t id = 0, trainee_id = 0;
  std::string name;
  std::int64_t terminal_id = 0;
  std::string terminal_name;
  std::int64_t captured_at = 0, received_at = 0, latitude_e6 = 0, longitude_e6 = 0;
  std::optional<int> distance_m;
  double face_score = 0, liveness_score = 0;
  std::string photo_sha256;
  bool counts = false;
  std::string reasons;  // JSON array
};
std::vector<Capture> List(db::Connection& connection, std::int64_t sitting_id, int limit);

struct HostedSitting {
  std::int64_t id = 0;
  std::string date, start, end, place, occupation_name, organiser_name;
  std::optional<int> level;
};
std::vector<HostedSitting> Hosted(db::Connection& connection, std::int64_t institution_id, const std::string& from,
                                  const std::string& to, int limit);

bool PhotoTaken(db::Connection& connection, std::int64_t sitting_id, const std::string& sha256);

}  // namespace sunshine::assessment::sitting_checkin_store

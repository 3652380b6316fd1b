#include "training/filing_rules.hpp"

#include <map>

#include "core/time.hpp"

namespace sunshine::training {
namespace {
bool Overlap(const std::string& date_a, const std::string& start_a, const std::string& end_a,
             const std::string& date_b, const std::string& start_b, const std::string& end_b) {
  // HH:MM strings compare like times; touching sessions (one ends as the next starts) are fine.
  return date_a == date_b && start_a < end_b && start_b < end_a;
}

void CheckInstitution(const FilingFacts& f, std::vector<Violation>& out) {
  if (f.institution_status != "active") out.push_back({"institution_not_active", "institution", true, f.institution_status});
  if (!f.project_permitted) out.push_back({"project_not_permitted", "project_id", true, ""});
  // Without a standard on the start date there are no hours to plan against and no subsidy.
  if (f.standard_hours <= 0) out.push_back({"no_standard_in_force", "project_id", true, f.start_date});
}

// Dates of the class and the notice period; returns false when the dates are unusable.
bool CheckDates(const FilingFacts& f, const PolicyConfig& c, std::vector<Violation>& out) {
  if (!core::IsDate(f.start_date)) out.push_back({"invalid_date", "start_date", true, ""});
  if (!core::IsDate(f.end_date)) out.push_back({"invalid_date", "end_date", true, ""});
  if (!core::IsDate(f.start_date) || !core::IsDate(f.end_date)) return false;
  if (f.end_date < f.start_date) out.push_back({"end_before_start", "end_date", true, ""});
  const int notice = WorkingDaysBetween(f.filed_on, f.start_date, c.calendar);
  if (notice < c.min_notice_working_days) {
    out.push_back({"late_filing", "start_date", true,
                   "距开班 " + std::to_string(notice) + " 个工作日，须至少提前 " +
                       std::to_string(c.min_notice_working_days) + " 个工作日"});
  }
  return true;
}

// Each session on its own, then against each other; returns the planned minutes.
int CheckSessions(const FilingFacts& f, const PolicyConfig& c, bool dates_ok, std::vector<Violation>& out) {
  int total = 0;
  std::map<std::string, int> per_day;
  if (f.sessions.empty()) out.push_back({"no_sessions", "sessions", true, ""});
  for (std::size_t i = 0; i < f.sessions.size(); ++i) {
    const Session& s = f.sessions[i];
    const std::string field = "sessions[" + std::to_string(i) + "]";
    const auto minutes = SessionMinutes(s.start, s.end);
    if (!core::IsDate(s.date) || !minutes) {
      out.push_back({"invalid_session", field, true, ""});
      continue;
    }
    // With the end before the start every session would be "outside"; that one error says it.
    if (dates_ok && f.start_date <= f.end_date && (s.date < f.start_date || s.date > f.end_date)) {
      out.push_back({"session_outside_class_dates", field, true, s.date});
    }
    total += *minutes;
    per_day[s.date] += *minutes;
    for (std::size_t j = 0; j < i; ++j) {
      const Session& o = f.sessions[j];
      if (Overlap(s.date, s.start, s.end, o.date, o.start, o.end)) {
        out.push_back({"sessions_overlap", field, true, "与第 " + std::to_string(j + 1) + " 节重叠"});
      }
    }
  }
  for (const auto& [day, minutes] : per_day) {
    if (minutes > c.max_daily_minutes) {
      out.push_back({"daily_hours_exceeded", "sessions", true,
                     day + " 共 " + std::to_string(minutes) + " 分钟，每日至多 " + std::to_string(c.max_daily_minutes) + " 分钟"});
    }
  }
  return total;
}

void CheckHours(const FilingFacts& f, const PolicyConfig& c, int planned_minutes, std::vector<Violation>& out) {
  if (f.standard_hours <= 0) return;
  const double standard = f.standard_hours * 60.0;
  const double low = standard * (1 - c.hours_adjustment), high = standard * (1 + c.hours_adjustment);
  if (planned_minutes < low || planned_minutes > high) {
    out.push_back({"hours_out_of_range", "sessions", true,
                   "计划 " + std::to_string(planned_minutes / 60) + " 学时，标准 " +
                       std::to_string(f.standard_hours) + " 学时 ±" +
                       std::to_string(static_cast<int>(c.hours_adjustment * 100)) + "%"});
  }
}

void CheckSize(const FilingFacts& f, const PolicyConfig& c, std::vector<Violation>& out) {
  const int size = static_cast<int>(f.roster.size());
  if (size == 0) out.push_back({"empty_roster", "roster", true, ""});
  if (size > c.max_class_size) {
    out.push_back({"class_too_large", "roster", true, std::to_string(size) + " 人，每班至多 " + std::to_string(c.max_class_size) + " 人"});
  }
  if (f.venue_capacity && size > *f.venue_capacity) {
    out.push_back({"over_venue_capacity", "venue_id", true,
                   std::to_string(size) + " 人，场地可容纳 " + std::to_string(*f.venue_capacity) + " 人"});
  }
  if (f.project_based && size > 0 && size < c.min_project_class_size) {
    out.push_back({"class_below_project_minimum", "roster", false,
                   std::to_string(size) + " 人，项目制培训每班至少 " + std::to_string(c.min_project_class_size) + " 人"});
  }
}

// What a refusal may say of the other booking: the filing institution's own class by id and
// time; of another institution's class only that it exists (its ids and schedule are not the
// filer's to see).
std::string ClashDetail(const Booking& b) {
  if (!b.own) return "与其他机构的培训班时间冲突";
  return "与本机构培训班 " + std::to_string(b.class_id) + " 的 " + b.date + " " + b.start + "-" + b.end + " 冲突";
}

void CheckRoster(const FilingFacts& f, const PolicyConfig& c, bool dates_ok, std::vector<Violation>& out) {
  for (std::size_t i = 0; i < f.roster.size(); ++i) {
    const RosterFacts& r = f.roster[i];
    const std::string field = "roster[" + std::to_string(i) + "]";
    if (dates_ok) {
      const int age = core::AgeOn(r.birth_date, f.start_date);
      if (age < c.min_age) out.push_back({"under_age", field, true, std::to_string(age) + " 岁"});
      if (age > c.max_age) out.push_back({"over_working_age", field, false, std::to_string(age) + " 岁"});
    }
    const Booking* clash = nullptr;
    for (const auto& b : r.other_sessions) {
      for (const auto& s : f.sessions) {
        if (Overlap(s.date, s.start, s.end, b.date, b.start, b.end) && (clash == nullptr || (b.own && !clash->own))) {
          clash = &b;
        }
      }
    }
    if (clash) out.push_back({"trainee_double_booked", field, true, ClashDetail(*clash)});
    if (r.subsidised_this_year >= c.max_subsidised_per_year) {
      out.push_back({"yearly_limit_reached", field, true, "本年度已参加 " + std::to_string(r.subsidised_this_year) + " 次"});
    }
    if (r.already_subsidised_same_level) out.push_back({"already_subsidised", field, true, ""});
  }
}

void CheckTeachers(const FilingFacts& f, std::vector<Violation>& out) {
  for (std::size_t i = 0; i < f.sessions.size(); ++i) {
    const Session& s = f.sessions[i];
    for (const auto& [teacher, b] : f.teacher_bookings) {
      if (teacher == s.teacher && Overlap(s.date, s.start, s.end, b.date, b.start, b.end)) {
        out.push_back({"teacher_double_booked", "sessions[" + std::to_string(i) + "]", true, ClashDetail(b)});
      }
    }
    // The same teacher twice at once inside this plan is already a session overlap.
  }
}
}  // namespace

std::optional<int> ClockMinutes(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int h = (text[0] - '0') * 10 + (text[1] - '0'), m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::optional<int> SessionMinutes(const std::string& start, const std::string& end) {
  const auto a = ClockMinutes(start), b = ClockMinutes(end);
  if (!a || !b || *b <= *a) return std::nullopt;
  return *b - *a;
}

std::vector<Violation> CheckFiling(const FilingFacts& f, const PolicyConfig& c) {
  std::vector<Violation> out;
  CheckInstitution(f, out);
  const bool dates_ok = CheckDates(f, c, out);
  const int planned = CheckSessions(f, c, dates_ok, out);
  CheckHours(f, c, planned, out);
  CheckSize(f, c, out);
  CheckRoster(f, c, dates_ok, out);
  CheckTeachers(f, out);
  return out;
}

}  // namespace sunshine::training

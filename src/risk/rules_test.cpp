// Each rule with rows in and the findings expected out (issue 15 item 1): what fires, what stays
// quiet, the statistic and threshold, the evidence and the fingerprint that keeps one situation one
// alert.
#include "risk/rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::risk {
namespace {
constexpr std::int64_t kSecond = 1000;
const Place kClass{7, 3, "510104"};

std::vector<std::int64_t> Ids(const boost::json::value& array) {
  std::vector<std::int64_t> out;
  for (const auto& v : array.as_array()) out.push_back(v.as_int64());
  return out;
}

TEST(PhotoReuse, OnePhotoForSeveralPeopleIsOneAlertNamingThemAll) {
  const auto& rule = *FindRule("photo_reuse");
  const std::vector<PhotoUse> uses = {{"aa", 1, 11, kClass, 0},     {"aa", 2, 12, kClass, 5},
                                      {"aa", 3, 13, kClass, 9},     {"bb", 4, 14, kClass, 0},
                                      {"bb", 5, 14, kClass, 60000}};  // one person twice: not reuse
  const auto found = PhotoReuse(uses, rule);
  ASSERT_EQ(found.size(), 1u);
  const auto& f = found[0];
  EXPECT_EQ(f.subject_kind, "class");
  EXPECT_EQ(f.subject_id, 7);
  EXPECT_EQ(f.fingerprint, "photo_reuse:photo:aa");
  EXPECT_EQ(Ids(f.evidence.at("trainee_ids")), (std::vector<std::int64_t>{11, 12, 13}));
  EXPECT_EQ(Ids(f.evidence.at("checkin_ids")), (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(f.statistic, "3 人使用同一照片");
  EXPECT_EQ(f.score, 80);
  EXPECT_EQ(f.severity, "high");
}

TEST(TerminalBurst, ARunOfPeopleSecondsApartFiresAQueueDoesNot) {
  const auto& rule = *FindRule("terminal_burst");
  std::vector<TerminalCheckin> rows;
  // Terminal 5, session 40: twelve people two seconds apart, then two stragglers.
  for (int i = 0; i < 12; ++i) rows.push_back({5, 40, 100 + i, 200 + i, kClass, 1'000'000 + 2 * kSecond * i});
  rows.push_back({5, 40, 150, 250, kClass, 1'000'000 + 300 * kSecond});
  rows.push_back({5, 40, 151, 251, kClass, 1'000'000 + 302 * kSecond});
  // Terminal 6, session 41: a queue of thirty people twenty seconds apart.
  for (int i = 0; i < 30; ++i) rows.push_back({6, 41, 300 + i, 400 + i, kClass, 20 * kSecond * i});
  const auto found = TerminalBurst(rows, rule);
  ASSERT_EQ(found.size(), 1u);
  const auto& f = found[0];
  EXPECT_EQ(f.subject_kind, "terminal");
  EXPECT_EQ(f.subject_id, 5);
  EXPECT_EQ(f.fingerprint, "terminal_burst:terminal:5:session:40");
  EXPECT_EQ(Ids(f.evidence.at("checkin_ids")).size(), 12u);
  EXPECT_EQ(f.statistic, "12 人在 22 秒内打卡（平均 2.0 秒/人）");
  EXPECT_EQ(f.score, 64);
  EXPECT_EQ(f.severity, "medium");
  // Nine in a burst is under the run the rule needs.
  rows.resize(9);
  EXPECT_TRUE(TerminalBurst(rows, rule).empty());
}

TEST(ImplausibleAge, OnlyThoseOutsideWorkingAgeOnTheFirstDay) {
  const auto& rule = *FindRule("implausible_age");
  const std::vector<RosterAge> rows = {{1, "1930-05-01", "2026-04-01", kClass},   // 95
                                       {2, "1955-04-02", "2026-04-01", kClass},   // 70 the day before: quiet
                                       {3, "1955-04-01", "2026-04-01", kClass},   // 71
                                       {4, "1990-01-01", "2026-04-01", kClass}};  // 36
  const auto found = ImplausibleAge(rows, rule);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].subject_id, 1);
  EXPECT_EQ(found[0].statistic, "开班首日 95 岁");
  EXPECT_EQ(found[0].threshold, "16-70 岁");
  EXPECT_EQ(found[0].score, 100);
  EXPECT_EQ(found[0].fingerprint, "implausible_age:class:7:trainee:1");
  EXPECT_EQ(found[1].subject_id, 3);
  EXPECT_EQ(found[1].score, 62);
}

TEST(Catalogue, EveryRuleIsNamedVersionedSourcedAndHasItsParameters) {
  for (const auto& r : Catalogue()) {
    EXPECT_FALSE(r.name.empty()) << r.id;
    EXPECT_GE(r.version, 1) << r.id;
    EXPECT_FALSE(r.source.empty()) << r.id;
    EXPECT_FALSE(r.parameters.empty()) << r.id;
  }
  EXPECT_EQ(FindRule("nothing"), nullptr);
  EXPECT_EQ(SeverityOf(80), "high");
  EXPECT_EQ(SeverityOf(79), "medium");
  EXPECT_EQ(SeverityOf(49), "low");
}

}  // namespace
}  // namespace sunshine::risk

#include "subsidy/ledger_rules.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace sunshine::subsidy::ledger {
namespace {

Entry Must(core::Result<Entry> entry) {
  if (!entry) throw std::runtime_error(entry.error().code);
  return std::move(*entry);
}

std::string Code(const core::Result<Entry>& entry) { return entry ? "" : entry.error().code; }

TEST(LedgerRules, ALineGoesFromTheFundToItsPayeeAndPartlyBack) {
  Book book;
  book.Apply(Must(Budget(1'000'000)));
  EXPECT_EQ(Code(Allocate("510100", 2'000'000, book.Reader())), "insufficient_fund");
  book.Apply(Must(Allocate("510100", 300'000, book.Reader())));
  const std::string line = "claim_line:7";
  EXPECT_EQ(Code(Pay("510100", line, book.Line(line))), "line_not_committed");
  const auto commit = Must(Commit("510100", line, 60'000, book.Line(line), book.Reader()));
  EXPECT_EQ(commit.postings, (std::vector<Posting>{{"committed:510100", 60'000}, {"available:510100", -60'000}}));
  book.Apply(commit);
  EXPECT_EQ(Code(Commit("510100", line, 60'000, book.Line(line), book.Reader())), "line_already_committed");
  book.Apply(Must(Pay("510100", line, book.Line(line))));
  EXPECT_EQ(book.Balance("paid:510100"), 60'000);
  EXPECT_EQ(Code(Recover("510100", line, 60'001, book.Line(line))), "recovery_exceeds_paid");
  book.Apply(Must(Recover("510100", line, 60'000, book.Line(line))));
  EXPECT_EQ(Code(Repay("510100", line, 60'001, book.Line(line))), "repayment_exceeds_order");
  book.Apply(Must(Repay("510100", line, 20'000, book.Line(line))));
  EXPECT_EQ(book.Balance("receivable:510100"), 40'000);
  EXPECT_EQ(book.Balance("available:510100"), 300'000 - 60'000 + 20'000);
  EXPECT_EQ(book.Balance("fund"), 700'000);
  EXPECT_EQ(book.Balance("treasury"), -1'000'000);
  EXPECT_EQ(book.Sum(), 0);
  EXPECT_EQ(Code(Allocate("510100", 0, book.Reader())), "invalid_fields");
  EXPECT_EQ(Code(Recover("510100", line, -5, book.Line(line))), "invalid_fields");
}

TEST(LedgerRules, ACommittedLineIsReleasedOnceAndMayBeCommittedAgain) {
  Book book;
  book.Apply(Must(Budget(100'000)));
  book.Apply(Must(Allocate("511300", 100'000, book.Reader())));
  const std::string line = "claim_line:9";
  EXPECT_EQ(Code(Commit("511300", line, 100'001, book.Line(line), book.Reader())), "insufficient_allocation");
  book.Apply(Must(Commit("511300", line, 80'000, book.Line(line), book.Reader())));
  book.Apply(Must(Release("511300", line, book.Line(line))));
  EXPECT_EQ(Code(Release("511300", line, book.Line(line))), "line_not_committed");
  EXPECT_EQ(book.Balance("available:511300"), 100'000);
  book.Apply(Must(Commit("511300", line, 80'000, book.Line(line), book.Reader())));
  EXPECT_EQ(book.Line(line).Outstanding(), 80'000);
}

// Property: whatever operations are tried, in whatever order and with whatever amounts, every
// accepted entry balances, refused ones change nothing, no account that holds money goes below
// zero, each city's four accounts add up to what it was allocated, and the line totals agree
// with the city's accounts.
TEST(LedgerRules, AnySequenceOfOperationsKeepsTheBookBalanced) {
  const std::vector<std::string> cities = {"510100", "510300", "513200"};
  for (unsigned seed = 1; seed <= 40; ++seed) {
    std::mt19937_64 random(seed);
    auto pick = [&](std::int64_t n) { return static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(n)); };
    Book book;
    std::map<std::string, std::int64_t> allocated;
    std::map<std::string, std::string> city_of;  // line -> its city
    std::int64_t budget = 0, accepted = 0;
    std::set<Kind> kinds;
    for (int step = 0; step < 1500; ++step) {
      const auto& city = cities[pick(3)];
      const std::string line = "claim_line:" + std::to_string(pick(20));
      if (!city_of.contains(line)) city_of[line] = city;
      const auto& line_city = city_of[line];
      const auto& totals = book.Line(line);
      const std::int64_t amount = pick(5) == 0 ? -pick(100) : 1 + pick(200'000);
      core::Result<Entry> entry = core::Error::Of(core::ErrorKind::kConflict, "none", "");
      switch (pick(7)) {
        case 0: entry = Budget(amount); break;
        case 1: entry = Allocate(city, amount, book.Reader()); break;
        case 2: entry = Commit(line_city, line, amount, totals, book.Reader()); break;
        case 3: entry = Release(line_city, line, totals); break;
        case 4: entry = Pay(line_city, line, totals); break;
        case 5: entry = Recover(line_city, line, amount, totals); break;
        case 6: entry = Repay(line_city, line, amount, totals); break;
      }
      if (!entry) {
        // A refusal always names a reason that holds.
        const auto& code = entry.error().code;
        if (code == "invalid_fields") ASSERT_LE(amount, 0);
        if (code == "insufficient_fund") ASSERT_LT(book.Balance("fund"), amount);
        if (code == "insufficient_allocation") ASSERT_LT(book.Balance("available:" + line_city), amount);
        if (code == "line_already_committed") ASSERT_TRUE(totals.Outstanding() > 0 || totals.paid > 0);
        if (code == "line_not_committed") ASSERT_LE(totals.Outstanding(), 0);
        if (code == "recovery_exceeds_paid") ASSERT_GT(amount, totals.Recoverable());
        if (code == "repayment_exceeds_order") ASSERT_GT(amount, totals.Owed());
        continue;
      }
      ++accepted;
      kinds.insert(entry->kind);
      std::int64_t sum = 0;
      for (const auto& p : entry->postings) sum += p.amount_fen;
      ASSERT_EQ(sum, 0) << "seed " << seed << " step " << step;
      ASSERT_GT(entry->amount_fen, 0);
      book.Apply(*entry);
      if (entry->kind == Kind::kBudget) budget += entry->amount_fen;
      if (entry->kind == Kind::kAllocate) allocated[entry->city] += entry->amount_fen;

      ASSERT_EQ(book.Sum(), 0);
      ASSERT_EQ(book.Balance("treasury"), -budget);
      ASSERT_GE(book.Balance("fund"), 0);
      for (const auto& c : cities) {
        const auto available = book.Balance("available:" + c), committed = book.Balance("committed:" + c),
                   paid = book.Balance("paid:" + c), receivable = book.Balance("receivable:" + c);
        ASSERT_GE(available, 0);
        ASSERT_GE(committed, 0);
        ASSERT_GE(paid, 0);
        ASSERT_GE(receivable, 0);
        ASSERT_EQ(available + committed + paid + receivable, allocated[c]) << "seed " << seed << " city " << c;
        std::int64_t outstanding = 0, net_paid = 0, owed = 0;
        for (const auto& [l, lc] : city_of) {
          if (lc != c) continue;
          const auto& t = book.Line(l);
          ASSERT_GE(t.Outstanding(), 0);
          ASSERT_GE(t.Recoverable(), 0);
          ASSERT_GE(t.Owed(), 0);
          outstanding += t.Outstanding();
          net_paid += t.Recoverable();
          owed += t.Owed();
        }
        ASSERT_EQ(outstanding, committed);
        ASSERT_EQ(net_paid, paid);
        ASSERT_EQ(owed, receivable);
      }
    }
    EXPECT_GT(accepted, 300) << "seed " << seed;
    EXPECT_EQ(kinds.size(), 7u) << "seed " << seed;  // the sequences reach every kind of step
  }
}

}  // namespace
}  // namespace sunshine::subsidy::ledger

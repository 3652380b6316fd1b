#include "risk/institution_rules.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "risk/rule_kit.hpp"
#include "training/calendar.hpp"

namespace sunshine::risk {
namespace {
struct Institution {
  Place place;  // its county; class_id unused
  std::string approved_on;
  std::vector<const InstitutionClass*> classes;
};

// The trainees of the classes an institution started within [from, until).
int VolumeWithin(const Institution& i, const std::string& from, const std::string& until,
                 std::vector<std::int64_t>* class_ids = nullptr) {
  int trainees = 0;
  for (const auto* c : i.classes) {
    if (c->start_date < from || c->start_date >= until) continue;
    trainees += c->trainees;
    if (class_ids) kit::AddCapped(*class_ids, c->place.class_id);
  }
  return trainees;
}

// The middle of the volumes (the lower middle of an even count); 0 for none.
int Median(std::vector<int> volumes) {
  if (volumes.empty()) return 0;
  const auto middle = volumes.begin() + static_cast<std::ptrdiff_t>((volumes.size() - 1) / 2);
  std::nth_element(volumes.begin(), middle, volumes.end());
  return *middle;
}
}  // namespace

std::vector<Finding> InstitutionVolumeJump(const std::vector<InstitutionClass>& rows, const RuleInfo& rule) {
  const int window = static_cast<int>(kit::Whole(rule, "window_days"));
  const auto min_trainees = kit::Whole(rule, "min_trainees");
  const double factor = rule.Value("factor");
  std::map<std::int64_t, Institution> institutions;
  for (const auto& r : rows) {
    auto& i = institutions[r.place.institution_id];
    i.place = {0, r.place.institution_id, r.place.region_code};
    if (!r.approved_on.empty()) i.approved_on = r.approved_on;
    i.classes.push_back(&r);
  }
  // The institutions of each prefecture (the first four digits of the county code).
  std::map<std::string, std::vector<const Institution*>> prefectures;
  for (const auto& [id, i] : institutions) prefectures[i.place.region_code.substr(0, 4)].push_back(&i);

  std::vector<Finding> out;
  for (const auto& [id, i] : institutions) {
    if (i.approved_on.empty() || window <= 0) continue;
    const std::string until = training::AddDays(i.approved_on, window);
    std::vector<std::int64_t> class_ids;
    const int volume = VolumeWithin(i, i.approved_on, until, &class_ids);
    if (volume < min_trainees) continue;
    std::vector<int> peers;  // the others' volumes over the same days, those that trained anyone
    for (const auto* other : prefectures[i.place.region_code.substr(0, 4)]) {
      if (other == &i) continue;
      if (const int v = VolumeWithin(*other, i.approved_on, until); v > 0) peers.push_back(v);
    }
    const int median = Median(peers);
    if (volume < factor * median) continue;
    const double ratio = median > 0 ? static_cast<double>(volume) / median : 0;
    const int score = median == 0 || factor <= 0
                          ? 100
                          : 50 + static_cast<int>(std::lround(50 * std::min(1.0, (ratio - factor) / factor)));
    auto f = kit::Start(rule, id, i.place, score);
    f.statistic = median > 0 ? kit::Format("%s 批准后 %d 天内开班 %zu 个、%d 人参训；同市 %zu 家机构同期中位数 %d 人（%.1f 倍）",
                                           i.approved_on.c_str(), window, class_ids.size(), volume, peers.size(),
                                           median, ratio)
                             : kit::Format("%s 批准后 %d 天内开班 %zu 个、%d 人参训；同市其他机构同期无人参训",
                                           i.approved_on.c_str(), window, class_ids.size(), volume);
    f.threshold = kit::Format("≥ %ld 人且 ≥ 同市中位数的 %.0f 倍", min_trainees, factor);
    f.evidence = {{"institution_ids", boost::json::array{id}},
                  {"class_ids", kit::Ids(class_ids)},
                  {"approved_on", i.approved_on},
                  {"window_until", training::AddDays(until, -1)},
                  {"trainees", volume},
                  {"peer_median", median},
                  {"peers", static_cast<std::int64_t>(peers.size())}};
    f.fingerprint = rule.id + ":institution:" + std::to_string(id);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace sunshine::risk

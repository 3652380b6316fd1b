#include "generator/people.hpp"

#include <array>
#include <chrono>
#include <cstdio>

#include "core/ids.hpp"
#include "core/time.hpp"

namespace sunshine::generator {
namespace {
struct Weighted {
  std::string_view text;
  double weight;
};

// The commonest Han surnames with shares roughly as in the 2020 national ranking [I]; the rest
// of the population is spread over the tail, here folded into the last entries' weights.
constexpr std::array<Weighted, 60> kSurnames{{
    {"王", 7.1}, {"李", 7.0}, {"张", 6.7}, {"刘", 5.4}, {"陈", 4.5}, {"杨", 3.1}, {"黄", 2.3}, {"赵", 2.2}, {"吴", 2.0},
    {"周", 1.9}, {"徐", 1.6}, {"孙", 1.5}, {"马", 1.5}, {"朱", 1.3}, {"胡", 1.3}, {"郭", 1.2}, {"何", 1.2}, {"罗", 1.2},
    {"高", 1.1}, {"林", 1.1}, {"郑", 0.9}, {"梁", 0.9}, {"谢", 0.8}, {"唐", 0.8}, {"宋", 0.8}, {"许", 0.7}, {"邓", 0.7},
    {"韩", 0.7}, {"冯", 0.7}, {"曹", 0.6}, {"彭", 0.6}, {"曾", 0.6}, {"肖", 0.6}, {"田", 0.6}, {"董", 0.5}, {"袁", 0.5},
    {"潘", 0.5}, {"蒋", 0.5}, {"蔡", 0.5}, {"余", 0.5}, {"杜", 0.5}, {"叶", 0.4}, {"程", 0.4}, {"魏", 0.4}, {"苏", 0.4},
    {"吕", 0.4}, {"丁", 0.4}, {"任", 0.4}, {"卢", 0.4}, {"姚", 0.4}, {"沈", 0.4}, {"钟", 0.4}, {"姜", 0.3}, {"崔", 0.3},
    {"谭", 0.3}, {"廖", 0.3}, {"范", 0.3}, {"汪", 0.3}, {"陆", 0.3}, {"文", 0.3},
}};
constexpr std::array<std::string_view, 48> kMaleGiven{
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "建", "国", "志", "文", "海", "林", "峰", "亮",
    "成", "东", "兵", "洪", "春", "晨", "阳", "川", "彬", "锋", "鸿", "睿", "翔", "旭", "毅", "鹤"};
constexpr std::array<std::string_view, 48> kFemaleGiven{
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "燕", "婷", "雪", "慧", "琳", "倩",
    "莉", "萍", "红", "梅", "兰", "英", "华", "丹", "佳", "欣", "悦", "月", "蓉", "琴", "云", "洁",
    "颖", "瑶", "璐", "晶", "雯", "琪", "妍", "怡", "茜", "蕾", "薇", "婧", "菲", "露", "淑", "春"};
// Yi names are a clan name and a given name; Tibetan names have no surname (two two-character
// names, or one).
constexpr std::array<std::string_view, 12> kYiClans{"阿苏", "吉克", "沙马", "俄木", "海来", "阿尔",
                                                    "马海", "吉木", "曲比", "阿西", "勒格", "瓦其"};
constexpr std::array<std::string_view, 10> kYiMale{"伍呷", "尔古", "拉哈", "日哈", "木乃",
                                                   "石者", "约布", "阿牛", "体古", "黑者"};
constexpr std::array<std::string_view, 10> kYiFemale{"阿呷", "伍各", "日火", "阿芝", "么作",
                                                     "金花", "史惹", "依莫", "阿果", "阿依"};
constexpr std::array<std::string_view, 10> kTibetanMale{"扎西", "次仁", "格桑", "达瓦", "泽仁",
                                                        "降措", "尼玛", "多吉", "益西", "洛绒"};
constexpr std::array<std::string_view, 10> kTibetanFemale{"卓玛", "拉姆", "央金", "德吉", "措姆",
                                                          "曲珍", "志玛", "巴姆", "永措", "格玛"};
constexpr std::array<std::string_view, 31> kMobilePrefixes{
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
    "157", "158", "159", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "199"};

}  // namespace

Sex DrawSex(Random& random, double female_share) { return random.Chance(female_share) ? Sex::kFemale : Sex::kMale; }

NameStyle DrawNameStyle(Random& random, std::string_view county) {
  const auto prefecture = county.substr(0, 4);
  if (prefecture == "5134") return random.Chance(0.55) ? NameStyle::kYi : NameStyle::kHan;
  if (prefecture == "5133" || prefecture == "5132") return random.Chance(0.6) ? NameStyle::kTibetan : NameStyle::kHan;
  return NameStyle::kHan;
}

std::string PersonName(Random& random, Sex sex, NameStyle style) {
  const bool male = sex == Sex::kMale;
  switch (style) {
    case NameStyle::kYi: {
      // Two draws in two statements: the operands of + are evaluated in no fixed order.
      std::string name(random.Pick<std::string_view>(kYiClans));
      return name + std::string(random.Pick<std::string_view>(male ? kYiMale : kYiFemale));
    }
    case NameStyle::kTibetan: {
      std::string name(random.Pick<std::string_view>(male ? kTibetanMale : kTibetanFemale));
      if (random.Chance(0.6)) {
        const bool male_second = random.Chance(0.5);
        name += random.Pick<std::string_view>(male_second ? kTibetanMale : kTibetanFemale);
      }
      return name;
    }
    case NameStyle::kHan:
      break;
  }
  std::array<double, kSurnames.size()> weights{};
  for (std::size_t i = 0; i < kSurnames.size(); ++i) weights[i] = kSurnames[i].weight;
  std::string name(kSurnames[random.Weighted(weights)].text);
  const auto& given = male ? kMaleGiven : kFemaleGiven;
  name += random.Pick<std::string_view>(given);
  if (random.Chance(0.7)) name += random.Pick<std::string_view>(given);  // most given names have two characters
  return name;
}

std::string BirthDate(Random& random, std::string_view on, int min_age, int max_age) {
  using namespace std::chrono;
  const int y = std::stoi(std::string(on.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(on.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(on.substr(8, 2))));
  auto shift = [&](int years) {
    year_month_day ymd{year{y - years}, month{m}, day{d}};
    if (!ymd.ok()) ymd = year_month_day{year{y - years}, month{m}, day{28}};  // 29 Feb
    return sys_days{ymd};
  };
  // Born after `on` minus (max_age + 1) years and no later than `on` minus min_age years.
  const sys_days earliest = shift(max_age + 1) + days{1}, latest = shift(min_age);
  const year_month_day born{earliest + days{random.Uniform(0, (latest - earliest).count())}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(born.year()), static_cast<unsigned>(born.month()),
                static_cast<unsigned>(born.day()));
  return text;
}

std::string IdNumber(std::string_view county, std::string_view birth_date, int seq) {
  char digits[4];
  std::snprintf(digits, sizeof digits, "%03d", seq);
  std::string first17 = std::string(county) + std::string(birth_date.substr(0, 4)) +
                        std::string(birth_date.substr(5, 2)) + std::string(birth_date.substr(8, 2)) + digits;
  return first17 + core::IdCheckCharacter(first17);
}

int SequenceFor(Random& random, Sex sex) {
  return static_cast<int>(random.Uniform(0, 499)) * 2 + (sex == Sex::kMale ? 1 : 0);
}

Sex SexOfIdNumber(std::string_view id_number) { return (id_number[16] - '0') % 2 == 1 ? Sex::kMale : Sex::kFemale; }

std::string MobilePhone(Random& random) {
  char rest[9];
  std::snprintf(rest, sizeof rest, "%08lld", static_cast<long long>(random.Uniform(0, 99'999'999)));
  return std::string(random.Pick<std::string_view>(kMobilePrefixes)) + rest;
}

}  // namespace sunshine::generator

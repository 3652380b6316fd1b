// The catalogue of risk rules: what each catches, why, where the pattern was seen and its
// parameters. Defaults marked [I] are ours (the reference gives no figure); [V] are the policy's.
#include "risk/rules.hpp"

#include <charconv>

namespace sunshine::risk {

double RuleInfo::Value(const std::string& wanted) const {
  for (const auto& p : parameters) {
    if (p.name == wanted) return p.value;
  }
  return 0;
}

std::string SeverityOf(int score) { return score >= 80 ? "high" : score >= 50 ? "medium" : "low"; }

const std::vector<RuleInfo>& Catalogue() {
  static const std::vector<RuleInfo> rules = {
      {"photo_reuse", 1, "同一照片用于不同人员",
       "the same check-in photo bytes (by SHA-256) for two or more different people: one face passed off as several "
       "(代签, 假学员)",
       "subsidy reference §4.1 (假学员), §4.2 (人脸照片重复 not yet a rule anywhere), §8 (one face under several identities)", "class",
       {{"min_people", 2, "people", "two people can never share one photo's bytes"}}},
      {"photo_lookalike", 2, "不同人员照片近乎相同",
       "check-in photos of different people at one session that are near-identical (a perceptual hash within a "
       "few bits and the same tones) though their bytes differ: one photo retouched to pass the byte check, one "
       "face for several",
       "subsidy reference §4.1 (假学员; 景洪: the same people in the briefing photos), §8 (same face under several IDs)", "class",
       {{"max_bits", 10, "bits of 256",
         "[I] a retouched or re-encoded copy stays within 6; of 400 generated people the nearest two are 16 apart "
         "(portrait_test), though in a province some pairs of look-alikes come closer"},
        {"max_tone_difference", 3, "grey levels",
         "[I] a retouched copy's blocks differ by under 1 once brightness is set equal; people's skin, hair and "
         "clothes by more"},
        {"min_people", 3, "people",
         "[I] a pair may be twins or siblings, and a generated city of 8 million check-ins held 51 honest pairs "
         "within the bits and tones (version 1 fired on them); three near-identical faces in a class are one face"}}},
      {"terminal_burst", 1, "终端短时间内集中打卡",
       "one terminal checking a run of people in at less than a few seconds each: faster than people can pass a "
       "face check, so the check-ins were made without them (同一设备多人打卡)",
       "subsidy reference §4.2 (CN110675521B 代打卡), §8 (one device checking in several trainees)", "terminal",
       {{"min_people", 10, "people", "[I] a run long enough that a queue at the door does not explain it"},
        {"max_seconds_each", 3, "s", "[I] a face check with liveness takes longer than this per person"}}},
      {"checkins_off_hours", 1, "夜间或课时外打卡",
       "check-ins of a session captured at night or hours before or after it: attendance made up when nobody "
       "trained (补打卡, 虚报课时)",
       "subsidy reference §4.1 (假内容: fabricated class records; 四川纪委: 缩短培训时长), §4.2 (CN110675521B time sequences)", "class",
       {{"night_from_hour", 0, "h", "[I] no class runs past midnight"},
        {"night_to_hour", 5, "h", "[I] nor starts before five"},
        {"outside_hours", 2, "h", "[I] latecomers and stayers are minutes, not hours, from the session"},
        {"min_checkins", 2, "check-ins", "[I] one stray event may be a terminal's clock; two are a pattern"}}},
      {"checkins_far_from_venue", 1, "打卡位置远离培训场地",
       "a class whose check-ins are made kilometres from its filed venue: the class ran elsewhere, or the "
       "check-ins were made for people who never came",
       "subsidy reference §4.2 (CN112396391A: 代签 and spoofed GPS), §8 (check-in outside the geofence)", "class",
       {{"far_m", 1000, "m", "[I] well past any venue's grounds and a phone's GPS error"},
        {"min_checkins", 2, "check-ins", "[I] one far event may be a bad fix; two are a pattern"}}},
      {"uniform_checkins", 1, "打卡时间或坐标过于整齐",
       "a class whose check-ins all fall on the exact minute, or all at one exact coordinate: written by a "
       "script, not captured by a terminal in a room of people",
       "subsidy reference §4.1 (假内容; 景洪: every sign-in sheet in one hand), §8 (identical records)", "class",
       {{"min_checkins", 20, "check-ins", "[I] enough events that chance cannot explain the pattern"},
        {"on_minute_share", 0.8, "share", "[I] real captures fall on the minute once in 60 000"},
        {"same_place_share", 0.5, "share", "[I] a real terminal's fix wanders by metres"}}},
      {"attendance_too_perfect", 1, "出勤过于完美",
       "a class where nearly everyone came to every session and each person checked in at the same moment of it, "
       "to within seconds, every time: people keep habits to the minute, not to the second; a roster replayed by a "
       "script or a terminal keeps them to the second",
       "subsidy reference §4.1 (假内容: fabricated class records; 景洪: every sign-in sheet in one hand), §4.2 (课时达标率; CN110675521B time sequences)", "class",
       {{"min_sessions", 3, "sessions", "[I] two sessions alike may be chance; three are a habit"},
        {"min_people", 8, "people", "[I] a small class may be a disciplined one"},
        {"max_spread_seconds", 90, "s", "[I] a person's arrival wanders by minutes from one day to the next"},
        {"min_share", 0.9, "share", "[I] nearly the whole class, not a few punctual people"}}},
      {"person_two_places", 1, "同一人员异地同时打卡",
       "one person's consecutive check-ins at two classes farther apart than anyone travels in the time between: "
       "enrolled twice, present at most once (重复参训, 代签)",
       "subsidy reference §4.2 (一人多训时间冲突 not yet a rule anywhere; CN110675521B), §8 (overlapping classes for one person)", "trainee",
       {{"max_kmh", 80, "km/h", "[I] faster than the roads between Sichuan's towns allow door to door"},
        {"min_km", 10, "km", "[I] nearer than this, GPS error and a short ride explain it"}}},
      {"teacher_two_places", 1, "同一教师异地同时授课",
       "a teacher (one ID number) whose sessions at two classes overlap, or follow each other closer than the "
       "road between the venues: one of the classes was not taught by them (挂名教师)",
       "subsidy reference §4.1 (假资质: rented teachers), §8 (renting teachers or sites)", "teacher",
       {{"max_kmh", 80, "km/h", "[I] as for trainees"}, {"min_km", 10, "km", "[I] as for trainees"}}},
      {"implausible_age", 1, "花名册人员年龄异常",
       "someone on a roster older than working age, or younger than the minimum, on the class's first day: retirees "
       "and children enrolled as trainees (假学员)",
       "subsidy reference §4.1 (审计署 2022: retirees and students enrolled; 景洪: children in the photos)", "trainee",
       {{"max_age", 70, "years", "[I] past any working age the subsidised groups cover"},
        {"min_age", 16, "years", "[V] subsidised training is for those 16 and over"}}},
      {"re_enrolment", 1, "同一职业等级重复参训",
       "people on a class's roster who were trained in the same occupation and level before, on another class or in "
       "the old system's records: the same people cycled through for a second subsidy (重复培训)",
       "subsidy reference §4.1 (假学员; 泰州: 拉人头), §8 (one claim per 职业+等级)", "class",
       {{"min_people", 1, "people", "[V] each is a subsidy the policy pays once"}}},
      {"online_overlap", 1, "线上学习时段重叠或超长",
       "one learner's online segments of a day overlapping, or adding up to more hours than a day of study holds: "
       "several devices playing the course for one person (挂机刷课)",
       "subsidy reference §4.1 (外挂软件刷课), §4.3 (tourze: 并发会话, daily time above a cap), §8 (concurrent sessions)", "trainee",
       {{"max_hours_per_day", 16, "h", "[I] more than anyone studies in a day"},
        {"overlap_tolerance_seconds", 60, "s", "[I] two devices' clocks may differ by this much"}}},
      {"online_too_fast", 1, "线上课程学习过快",
       "a learner who finishes lessons of a class in a fraction of the time the others of the class take for the "
       "same lesson: the course played fast-forward or skipped through (快进, 刷课)",
       "subsidy reference §4.1 (外挂软件刷课), §4.3 (tourze: 快速进度, 快进 rated HIGH), §8 (online fast-forward)", "trainee",
       {{"max_fraction", 0.5, "share", "[I] half the class's median time for the lesson: faster than any honest pace"},
        {"min_peers", 3, "learners", "[I] a lesson's median needs a few others who took it"},
        {"min_lessons", 3, "lessons", "[I] one short lesson is a dropped connection; three are a pattern"},
        {"min_day_share", 0.5, "share", "[I] most of a day's lessons, not the last one cut by the session's end"}}},
      {"identical_scores", 1, "考生成绩雷同",
       "a sitting whose candidates nearly all carry the same pair of marks: marks written, not earned (代考, 打分造假)",
       "subsidy reference §4.1 (滥发证书: 篡改成绩, 334 评价机构)", "sitting",
       {{"min_candidates", 3, "candidates", "[I] fewer may share marks by chance"},
        {"min_share", 0.9, "share", "[I] honest marks spread over tens of points"}}},
      {"perfect_pass_large_sitting", 1, "大批次考生全部高分通过",
       "a large sitting where every candidate came and passed, with high marks: real sittings have absentees and "
       "failures (放水)",
       "subsidy reference §4.1 (滥发证书 via 考试放水; 咸宁: 2,600 certificates in two months), §8 (certificates far above peers)", "sitting",
       {{"min_candidates", 25, "candidates", "[I] large enough that some absence or failure is near certain"},
        {"min_mean_score", 80, "points", "[I] above the mark real sittings average"}}},
      {"examiner_taught_class", 1, "考评员为本班授课教师",
       "an examiner of a sitting who (by ID number) taught a class whose trainees sit it: the separation of "
       "training and assessment (培评分离) broken",
       "subsidy reference §4.1 (滥发证书 via lax exams); the separation of training and assessment (培评分离)", "sitting", {}},
      {"scored_without_checkin", 1, "考生未签到却有成绩",
       "a candidate with marks at a sitting whose terminal checked the others in but never them: someone sat for "
       "them, or nobody sat (替考, 空考)",
       "subsidy reference §4.1 (滥发证书; 四川纪委: 掉包结业考卷)", "sitting",
       {{"min_people", 1, "people", "[I] each such candidate is worth a look"}}},
      {"certificate_below_attendance", 1, "出勤不足仍获证书",
       "a certificate for someone whose class attendance was below the threshold: a certificate for the absent, "
       "often the step before a claim",
       "subsidy reference §4.1 (假学员: certificates without training), §8 (hours below the catalogue)", "sitting",
       {{"min_attendance", 0.8, "share", "[V] the attendance a trainee needs to count"}}},
      {"claim_lines_not_counted", 2, "申领名单多为未完成培训人员",
       "a claim most of whose lines are for people the platform found not trained as claimed (hours short, no "
       "certificate for the class, enrolled late, withdrawn): the claimant named people it knew had not trained "
       "(虚报冒领, 拉人头). Lines refused only by policy (limits, levels, employment) do not count: the claimant "
       "may misread a rule, never who came",
       "subsidy reference §4.1 (泰州: subsidies claimed for people who had left; 假学员), §4.5 (SkillsFuture: claims for a course nobody attended)", "claim",
       {{"min_lines", 5, "lines", "[I] a small claim may miss a few people honestly"},
        {"min_unpaid_share", 0.8, "share",
         "[I] an honest class loses some to hours and some to the exam (up to 58 % in the generated province); "
         "four in five is beyond that"}}},
      {"claims_at_person_limit", 1, "申领人员多已达年度补贴次数上限",
       "a claim most of whose people reach the yearly limit of subsidised trainings with it: the same people "
       "cycled through one training after another for the most the policy allows (拉人头, 重复培训). Sichuan caps "
       "the number of subsidies a person may have, not their amount (each line is paid the standard), so "
       "amounts near the cap across many people show as people at the limit",
       "subsidy reference §1.5 and §8 (at most 3 subsidies a person a year), §4.1 (泰州: 拉人头; 审计署: the same "
       "people trained again and again)", "claim",
       {{"limit", 3, "subsidies a year", "[V] follows the policy_max_subsidised_per_year setting unless set apart"},
        {"min_lines", 5, "lines", "[I] a small claim may hold a few keen learners"},
        {"min_people", 5, "people", "[I] a handful at the limit is chance; more is a pattern"},
        {"min_share", 0.5, "share", "[I] people average 1.3 subsidised trainings a year; half at the limit is not chance"}}},
      {"claims_near_deadline", 1, "集中在申领期限届满前申领",
       "an institution most of whose claims (and several) come within days of their certificates' claim window "
       "closing: certificates gathered and held, then claimed in a rush before they lapse - bought or borrowed "
       "certificates, people found after the fact (证书挂靠, 拉人头) - where an honest institution claims within "
       "weeks of the results",
       "subsidy reference §1.3 (claim within 12 months of the certificate), §8 (the claim window), §4.1 (清远: fake exam materials; "
       "Sichuan 纪委: people who do not qualify posing as trainees)", "institution",
       {{"window_months", 12, "months", "[V] follows the claim_window_months setting unless set apart"},
        {"margin_days", 30, "days", "[I] the last month of the window"},
        {"min_claims", 3, "claims", "[I] one late claim is a slow office; three are a habit"},
        {"min_share", 0.5, "share", "[I] most of the institution's claims in the span"}}},
      {"institution_volume_jump", 1, "机构获批后培训量骤增",
       "an institution that, in its first weeks after approval, started classes for far more people than the other "
       "institutions of its city did over the same days: a new licence used to run batches for subsidies before "
       "anyone looks (借证, 突击办班)",
       "subsidy reference §4.1 (咸宁: 25 batches and 2,600 certificates in two months after getting its status, "
       "top of all 12 local bodies), §8 (institution volume spike after getting evaluation status)", "institution",
       {{"window_days", 60, "days", "[I] the 咸宁 institution's two months"},
        {"min_trainees", 400, "people",
         "[I] eight full classes; an honest new institution starts with a few (of a generated city's 499, all "
         "approved on one day, the busiest started 4 classes for 184 people in their first 60 days; the median "
         "of those that trained anyone, 50)"},
        {"factor", 5, "times",
         "[I] five times what its city's institutions that trained anyone over those days trained (their median)"}}},
  };
  return rules;
}

const RuleInfo* FindRuleIn(const std::vector<RuleInfo>& rules, const std::string& id) {
  for (const auto& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

const RuleInfo* FindRule(const std::string& id) { return FindRuleIn(Catalogue(), id); }

Configured WithParameters(std::vector<RuleInfo> rules, const std::string& spec) {
  Configured out{std::move(rules), {}};
  std::size_t at = 0;
  while (at < spec.size()) {
    auto end = spec.find(',', at);
    if (end == std::string::npos) end = spec.size();
    const std::string item = spec.substr(at, end - at);
    at = end + 1;
    if (item.empty()) continue;
    const auto dot = item.find('.'), eq = item.find('=');
    if (dot == std::string::npos || eq == std::string::npos || eq < dot) {
      out.errors.push_back({item, "not_rule_parameter_value"});
      continue;
    }
    RuleInfo* rule = nullptr;
    for (auto& r : out.rules) {
      if (r.id == item.substr(0, dot)) rule = &r;
    }
    if (!rule) {
      out.errors.push_back({item, "unknown_rule"});
      continue;
    }
    Parameter* parameter = nullptr;
    for (auto& p : rule->parameters) {
      if (p.name == item.substr(dot + 1, eq - dot - 1)) parameter = &p;
    }
    if (!parameter) {
      out.errors.push_back({item, "unknown_parameter"});
      continue;
    }
    const std::string text = item.substr(eq + 1);
    double value = 0;
    const auto [last, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || last != text.data() + text.size()) {
      out.errors.push_back({item, "not_a_number"});
    } else if (value < 0) {
      out.errors.push_back({item, "negative"});
    } else {
      parameter->value = value;
    }
  }
  return out;
}

}  // namespace sunshine::risk

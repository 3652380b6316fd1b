#include "generator/training_phase.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <queue>
#include <set>
#include <thread>

#include "app/progress.hpp"
#include "core/time.hpp"
#include "crypto/request_signature.hpp"
#include "generator/acting.hpp"
#include "generator/bulk_sittings.hpp"
#include "generator/portrait.hpp"
#include "generator/sitting_events.hpp"
#include "generator/assessment_steps.hpp"
#include "generator/subsidy_steps.hpp"
#include "generator/sitting_upload.hpp"
#include "generator/training_plan.hpp"

namespace sunshine::generator {
namespace {
using core::EpochMillis;

core::Actor InstitutionActor(std::int64_t id) {
  return GeneratorAs("institution", core::ScopeKind::kOrganisation, "institution:" + std::to_string(id));
}
core::Actor CountyActor(const std::string& county) {
  return GeneratorAs("county_officer", core::ScopeKind::kRegion, county);
}

struct Device {
  crypto::SigningKey key;
  std::string key_id;
  std::int64_t id = 0;
};

crypto::SigningKey KeyFor(std::uint64_t seed, const std::string& label) {
  Random r = Random(seed).Fork(label);
  std::array<unsigned char, 32> bytes{};
  for (auto& b : bytes) b = static_cast<unsigned char>(r.Uniform(0, 255));
  return crypto::SigningKeyFromSeed(bytes);
}

enum class Step {
  kFile, kSubmit, kApprove, kStartCheckins, kEndCheckins, kSegments, kPlanAssessment, kSittingCheckins,
  kAssessmentResults, kLateEnrol, kClaim, kCountyReview, kCityReview,
  // A city's weekly steps (`cls` is then the city's index): publish, answer objections, pay.
  kPublish, kAnswer, kFund, kPay, kDrawAudits, kWorkAudits
};
bool IsCityStep(Step step) { return step >= Step::kPublish; }
bool IsSitting(Step step) { return step >= Step::kStartCheckins && step <= Step::kSegments; }
struct Action {
  EpochMillis at = 0;
  std::size_t cls = 0;
  Step step = Step::kFile;
  std::size_t session = 0;
  bool operator<(const Action& o) const {
    return std::tie(at, cls, step, session) < std::tie(o.at, o.cls, o.step, o.session);
  }
};

struct Filed {
  std::int64_t id = 0;
  std::vector<std::int64_t> sessions, teachers;
  bool planted_written = false;
};

}  // namespace

// Performs the plan's steps in order of their instants (see training_phase.hpp).
class Runner {
 public:
  // `bulk`: the sittings go through BulkSittings (generator/bulk_sittings.hpp) while simulated.
  Runner(app::App& app, core::SimulatedClock& clock, const RegistryFigures& reg, const CatalogueFigures& cat,
         std::uint64_t seed, double anomaly_share, bool bulk, EpochMillis payments_until)
      : app_(app),
        clock_(clock),
        reg_(reg),
        cat_(cat),
        seed_(seed),
        assessor_(app, reg, cat, seed, anomaly_share),
        disburser_(app, reg, seed, anomaly_share),
        payments_until_(payments_until),
        bulk_(bulk ? std::make_unique<BulkSittings>(app) : nullptr),
        renderer_(bulk ? std::make_unique<SittingRenderer>() : nullptr) {}

  // Performs every step up to `until` on the simulated clock.
  TrainingFigures WriteUntil(const TrainingPlan& plan, EpochMillis until) {
    plan_ = &plan;
    filed_.assign(plan.classes.size(), {});
    RegisterDevices();
    assessor_.Prepare(plan, clock_.Today());
    disburser_.Prepare(plan, assessor_.never_assessed());
    for (std::size_t k = 0; k < plan.classes.size(); ++k) Schedule(k, actions_);
    ScheduleCities(actions_);
    std::sort(actions_.begin(), actions_.end());
    next_sweep_ = *core::AtShanghai(clock_.Today(), "00:01");
    if (bulk_) bulk_->DeferIndexes(ExpectedPhotos(until));
    const auto due = std::count_if(actions_.begin(), actions_.end(), [&](const Action& a) { return a.at <= until; });
    app::Progress progress("培训过程（备案、审核、打卡）", due);
    for (; next_ < actions_.size() && actions_[next_].at <= until; ++next_) {
      if (renderer_) RenderAhead(until);
      RunUntil(actions_[next_].at);
      if (bulk_ && !IsSitting(actions_[next_].step)) bulk_->Commit();  // the services write next
      Do(actions_[next_]);
      progress.Advance();
    }
    progress.Done();
    RunUntil(until);
    if (bulk_) bulk_->RestoreIndexes();
    Manifest();
    return figures_;
  }

  // About how many photos the sittings due by `until` upload: a few for each person on the roster
  // (the start and end check-ins, face checks online).
  std::uint64_t ExpectedPhotos(EpochMillis until) const {
    constexpr std::uint64_t kPerPersonAndSitting = 3;
    std::uint64_t photos = 0;
    for (const auto& a : actions_) {
      if (a.at <= until && IsSitting(a.step)) photos += kPerPersonAndSitting * plan_->classes[a.cls].roster.size();
    }
    return photos;
  }

  // The steps still to come, each at its real instant once the clock is live, until `stop`.
  // Check-ins go up one by one seconds after each is captured, as a terminal on the wall sends
  // them; the server's own calendar sweep moves the classes along. A step the services refuse
  // (a user of the demo cancelled the class, say) is logged and skipped.
  void RunLive(std::stop_token stop) {
    bulk_.reset();  // live, every upload goes through the API's path
    renderer_.reset();
    rendered_ahead_.clear();
    // The cities' weekly publication and payments are left to the demo's officers once live.
    std::vector<Action> rest;
    std::copy_if(actions_.begin() + static_cast<std::ptrdiff_t>(next_), actions_.end(), std::back_inserter(rest),
                 [](const Action& a) { return !IsCityStep(a.step); });
    for (auto& a : rest) a.at = LiveAt(a);
    std::sort(rest.begin(), rest.end());
    std::size_t next = 0;
    while (!stop.stop_requested() && (next < rest.size() || !pending_.empty())) {
      const bool upload = !pending_.empty() && (next == rest.size() || pending_.top().at <= rest[next].at);
      if (!Sleep(upload ? pending_.top().at : rest[next].at, stop)) return;
      try {
        if (upload) {
          const auto item = pending_.top();
          pending_.pop();
          Checkins(item.venue, item.class_key, {item.event});
        } else {
          Do(rest[next]);
        }
      } catch (const std::exception& e) {
        spdlog::warn("demo terminals: {}", e.what());
      }
      if (!upload) ++next;
    }
  }

 private:
  void MoveTo(EpochMillis at) {
    if (at > clock_.Now()) clock_.AdvanceTo(at);
  }
  // Sweeps the calendar at one minute past every midnight on the way, as the server does.
  void RunUntil(EpochMillis at) {
    while (next_sweep_ <= at) {
      MoveTo(next_sweep_);
      if (bulk_) bulk_->Commit();
      app_.classes().AdvanceByCalendar(clock_.Today());
      next_sweep_ = *core::AtShanghai(training::AddDays(clock_.Today(), 1), "00:01");
    }
    MoveTo(at);
  }
  // Waits for the real instant `at`; false when asked to stop first.
  bool Sleep(EpochMillis at, std::stop_token stop) {
    std::mutex mutex;
    std::condition_variable_any wake;
    std::unique_lock lock(mutex);
    while (clock_.Now() < at) {
      if (wake.wait_for(lock, stop, std::chrono::milliseconds(std::min<EpochMillis>(at - clock_.Now(), 60'000)),
                        [] { return false; });
          stop.stop_requested()) {
        return false;
      }
    }
    return true;
  }
  // Live, a sitting's terminal is at work from half an hour before the start (early arrivals)
  // and from an hour before the end (people leaving early); the segments come as generated.
  static EpochMillis LiveAt(const Action& a) {
    constexpr EpochMillis kMinute = 60'000;
    switch (a.step) {
      case Step::kStartCheckins:
        return a.at - 75 * kMinute;  // generated at the start + 45 min
      case Step::kEndCheckins:
        return a.at - 91 * kMinute;  // generated at the end + 31 min
      default:
        return a.at;
    }
  }

  void RegisterDevices() {
    std::set<std::size_t> online;
    for (const auto& c : plan_->classes) {
      if (c.mode != "offline") online.insert(c.institution);
    }
    for (std::size_t i = 0; i < reg_.institution_list.size(); ++i) {
      const auto& inst = reg_.institution_list[i];
      const auto actor = InstitutionActor(inst.id);
      for (std::size_t v = 0; v < inst.venues.size(); ++v) {
        const auto key = KeyFor(seed_, "terminal:" + std::to_string(inst.venues[v].id));
        const auto t = Must(app_.terminals().Register(actor, {std::to_string(v + 1) + "号场地签到终端",
                                                              key.public_key_b64,
                                                              {inst.venues[v].id},
                                                              std::string("checkin")}),
                            "terminal of venue " + std::to_string(inst.venues[v].id));
        venue_devices_[inst.venues[v].id] = {key, t.key_id, t.id};
        ++figures_.terminals;
      }
      if (online.contains(i)) {
        const auto key = KeyFor(seed_, "online:" + std::to_string(inst.id));
        const auto t =
            Must(app_.terminals().Register(actor, {"在线学习平台", key.public_key_b64, {}, std::string("online")}),
                 "online platform of institution " + std::to_string(inst.id));
        online_devices_[i] = {key, t.key_id, t.id};
        ++figures_.terminals;
      }
    }
  }

  static EpochMillis At(const std::string& date, const std::string& hhmm, std::int64_t plus_minutes = 0) {
    return *core::AtShanghai(date, hhmm) + plus_minutes * 60'000;
  }

  void Schedule(std::size_t k, std::vector<Action>& out) const {
    const auto& c = plan_->classes[k];
    Random r = Random(seed_).Fork("timeline:" + c.key);
    const EpochMillis filed = At(c.filed_on, "09:00", r.Uniform(0, 240));
    out.push_back({filed, k, Step::kFile, 0});
    out.push_back({filed + r.Uniform(10, 90) * 60'000, k, Step::kSubmit, 0});
    out.push_back(
        {std::max(filed + 4 * 3'600'000, At(c.approved_on, "10:00", r.Uniform(0, 360))), k, Step::kApprove, 0});
    for (std::size_t s = 0; s < c.sessions.size(); ++s) {
      const auto& session = c.sessions[s];
      if (c.OnlineSession(s)) {
        out.push_back({At(session.date, session.end, 35), k, Step::kSegments, s});
      } else {
        out.push_back({At(session.date, session.start, 45), k, Step::kStartCheckins, s});
        out.push_back({At(session.date, session.end, 31), k, Step::kEndCheckins, s});
      }
    }
    std::optional<EpochMillis> assessed;
    if (const auto timing = assessor_.TimingOf(*plan_, k)) {
      out.push_back({timing->plan_at, k, Step::kPlanAssessment, 0});
      out.push_back({timing->checkins_at, k, Step::kSittingCheckins, 0});
      out.push_back({timing->results_at, k, Step::kAssessmentResults, 0});
      assessed = timing->results_at;
    } else if (assessor_.never_assessed().contains(k)) {
      assessed = At(c.end, "18:00");  // claimed all the same, days after the end
    }
    if (!assessed) return;
    if (const auto claim = disburser_.TimingOf(k, *assessed)) {
      if (claim->late_enrol_at) out.push_back({claim->late_enrol_at, k, Step::kLateEnrol, 0});
      out.push_back({claim->claim_at, k, Step::kClaim, 0});
      if (claim->reviewed) {
        out.push_back({claim->county_at, k, Step::kCountyReview, 0});
        out.push_back({claim->city_at, k, Step::kCityReview, 0});
      }
    }
  }

  // Each city's week: Monday 10:00 it publishes its approved claims, Wednesday 15:00 it answers
  // the objections, Thursday 15:00 it makes payment batches, Friday 11:00 the treasury pays them;
  // every fourth week it audits a random sample of the claims; from the first Monday until long
  // after the last class.
  void ScheduleCities(std::vector<Action>& out) {
    cities_ = disburser_.Cities();
    std::string last = clock_.Today();
    for (const auto& c : plan_->classes) last = std::max(last, c.end);
    const std::string until = training::AddDays(last, 120);
    std::string monday = clock_.Today();
    while (training::Weekday(monday) != 0) monday = training::AddDays(monday, 1);
    for (int week = 0; monday <= until; monday = training::AddDays(monday, 7), ++week) {
      for (std::size_t i = 0; i < cities_.size(); ++i) {
        out.push_back({At(monday, "10:00"), i, Step::kPublish, 0});
        // Every fourth week: Tuesday 09:30 a random audit of the four weeks' claims, concluded
        // by the firm on Thursday.
        if (week % 4 == 3) {
          out.push_back({At(training::AddDays(monday, 1), "09:30"), i, Step::kDrawAudits, 0});
          out.push_back({At(training::AddDays(monday, 3), "10:30"), i, Step::kWorkAudits, 0});
        }
        out.push_back({At(training::AddDays(monday, 2), "15:00"), i, Step::kAnswer, 0});
        const auto fund = At(training::AddDays(monday, 3), "15:00"), pay = At(training::AddDays(monday, 4), "11:00");
        if (payments_until_ == 0 || fund <= payments_until_) out.push_back({fund, i, Step::kFund, 0});
        if (payments_until_ == 0 || pay <= payments_until_) out.push_back({pay, i, Step::kPay, 0});
      }
    }
  }

  void Do(const Action& a) {
    switch (a.step) {
      case Step::kPublish:
        return disburser_.Publish(cities_.at(a.cls));
      case Step::kAnswer:
        return disburser_.Answer(cities_.at(a.cls));
      case Step::kFund:
        return disburser_.Fund(cities_.at(a.cls));
      case Step::kPay:
        return disburser_.Pay(cities_.at(a.cls));
      case Step::kDrawAudits:
        return disburser_.DrawAudits(cities_.at(a.cls), training::AddDays(clock_.Today(), -1));
      case Step::kWorkAudits:
        return disburser_.WorkAudits(cities_.at(a.cls));
      default:
        break;
    }
    const auto& c = plan_->classes[a.cls];
    auto& f = filed_[a.cls];
    const auto& inst = reg_.institution_list[c.institution];
    switch (a.step) {
      case Step::kFile: {
        training::ClassInput input;
        input.name = c.name;
        input.project_id = cat_.projects[c.project].id;
        input.training_type = c.training_type;
        input.mode = c.mode;
        if (c.venue) input.venue_id = inst.venues[*c.venue].id;
        input.start_date = c.start;
        input.end_date = c.end;
        input.teachers = c.teachers;
        for (const auto& s : c.sessions) input.sessions.push_back({s.date, s.start, s.end, s.topic, s.teacher});
        for (const auto p : c.roster) input.roster.push_back({std::nullopt, reg_.people[p].id_number});
        const auto detail = Must(app_.classes().File(InstitutionActor(inst.id), input), "filing of " + c.key);
        f.id = detail.record.id;
        for (const auto& s : detail.sessions) f.sessions.push_back(s.id);
        for (const auto& t : detail.teachers) f.teachers.push_back(t.id);
        ++figures_.classes;
        figures_.enrolments += static_cast<int>(c.roster.size());
        return;
      }
      case Step::kSubmit:
        Must(app_.classes().Act(InstitutionActor(inst.id), f.id, training::ClassAction::kSubmit, ""),
             "submission of " + c.key);
        return;
      case Step::kApprove:
        Must(app_.classes().Act(CountyActor(inst.county), f.id, training::ClassAction::kApprove,
                                "符合备案要求，同意开班"),
             "approval of " + c.key);
        return;
      case Step::kStartCheckins:
      case Step::kEndCheckins:
      case Step::kSegments:
        Sitting(a, c, f, inst);
        return;
      case Step::kPlanAssessment:
        if (!inst.venues.empty()) {
          const auto& venue = inst.venues[c.venue.value_or(0)];
          assessor_.Plan(c, a.cls, f.id, assessor_.TimingOf(*plan_, a.cls)->date, {venue.latitude, venue.longitude});
        }
        return;
      case Step::kSittingCheckins:
        if (!inst.venues.empty()) SittingCheckins(a.cls, venue_devices_.at(inst.venues[c.venue.value_or(0)].id));
        return;
      case Step::kAssessmentResults:
        assessor_.Results(a.cls);
        return;
      case Step::kLateEnrol:
        disburser_.EnrolLate(a.cls, f.id);
        return;
      case Step::kClaim:
        disburser_.Claim(a.cls, f.id);
        return;
      case Step::kCountyReview:
        disburser_.CountyReview(a.cls);
        return;
      case Step::kCityReview:
        disburser_.CityReview(a.cls);
        return;
      case Step::kPublish:
      case Step::kAnswer:
      case Step::kFund:
      case Step::kPay:
      case Step::kDrawAudits:
      case Step::kWorkAudits:
        return;
    }
  }

  SittingContext Context(const ClassPlan& c, const Filed& f, const GeneratedInstitution& inst, std::size_t s) const {
    SittingContext context;
    context.plan = &c;
    context.session = s;
    context.class_id = f.id;
    context.session_id = f.sessions.at(s);
    for (const auto p : c.roster) context.trainee_ids.push_back(reg_.people[p].id);
    context.from = At(c.sessions[s].date, c.sessions[s].start);
    context.to = At(c.sessions[s].date, c.sessions[s].end);
    if (c.venue) {
      context.venue_latitude = inst.venues[*c.venue].latitude;
      context.venue_longitude = inst.venues[*c.venue].longitude;
    }
    context.seed = seed_;
    return context;
  }

  // A request as the device sends it, signed at the clock's instant; no two are signed at the
  // same instant (a simulated clock moves on a millisecond, a live one is waited for).
  http::Request Signed(const Device& device, http::Verb verb, const std::string& target, std::string body,
                       const char* content_type) {
    if (clock_.live()) {
      while (clock_.Now() <= last_signed_) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const EpochMillis at = clock_.Now();
    last_signed_ = at;
    if (!clock_.live()) clock_.Advance(std::chrono::milliseconds(1));
    http::Request request{verb, target, 11};
    request.set("X-Key-Id", device.key_id);
    request.set("X-Timestamp", std::to_string(at));
    request.set("X-Signature",
                crypto::SignRequest(device.key, at, verb == http::Verb::put ? "PUT" : "POST", target, body));
    request.set(boost::beast::http::field::content_type, content_type);
    request.body() = std::move(body);
    request.prepare_payload();
    return request;
  }

  core::Actor DeviceActor(const http::Request& request, const std::string& what) {
    auto principal = Must(app_.devices().Authenticate(request), what + " (signature)");
    return {.principal = principal, .request_id = "generator", .client_ip = "local", .system_name = ""};
  }

  // The terminal as the services know it once its first request was authenticated (bulk: later
  // batches are signed but not verified again).
  const core::Actor& BulkActor(const Device& device, const http::Request& request) {
    auto it = bulk_actors_.find(device.id);
    if (it == bulk_actors_.end()) it = bulk_actors_.emplace(device.id, DeviceActor(request, "bulk batch")).first;
    return it->second;
  }

  // Uploads one photo as its own signed request. The same bytes again (a planted shared photo)
  // are acknowledged as already stored, as a terminal re-sending one would be.
  void Photo(const Device& device, SittingUpload::Photo photo) {
    const auto request =
        Signed(device, http::Verb::put, "/api/v1/photos/" + photo.sha256, std::move(photo.bytes), "image/png");
    if (!Must(app_.photos().Put(DeviceActor(request, "photo"), request, photo.sha256), "photo " + photo.sha256)
             .already_stored) {
      ++figures_.photos;
    }
  }

  // A sitting's upload, pure: the check-ins at the start or end of a session in the room, or
  // the learning segments of a session taught online.
  static SittingUpload UploadOf(const SittingContext& context, Step step) {
    if (step == Step::kSegments) return RenderSegments(SessionSegments(context));
    return RenderCheckins(SittingEvents(context, step == Step::kStartCheckins ? "start" : "end"));
  }

  // Bulk: the uploads of the sittings coming next whose classes are filed are made, and their
  // photos hashed, on the renderer's thread meanwhile (at most kAhead steps ahead).
  void RenderAhead(EpochMillis until) {
    constexpr std::size_t kAhead = 256;
    for (; ahead_ < actions_.size() && ahead_ <= next_ + kAhead && actions_[ahead_].at <= until; ++ahead_) {
      const auto& a = actions_[ahead_];
      if (!IsSitting(a.step) || filed_[a.cls].id == 0) continue;
      const auto& c = plan_->classes[a.cls];
      renderer_->Submit(ahead_, [context = Context(c, filed_[a.cls], reg_.institution_list[c.institution], a.session),
                                 step = a.step] {
        auto upload = UploadOf(context, step);
        HashPhotos(upload);
        return upload;
      });
      rendered_ahead_.insert(ahead_);
    }
  }

  // The upload of the sitting being performed (actions_[next_]): made ahead, or made now (its
  // context is built only then).
  SittingUpload UploadNow(const Action& a, const ClassPlan& c, const Filed& f, const GeneratedInstitution& inst) {
    if (renderer_ && rendered_ahead_.erase(next_) > 0) return renderer_->Take(next_);
    return UploadOf(Context(c, f, inst, a.session), a.step);
  }

  void Sitting(const Action& a, const ClassPlan& c, Filed& f, const GeneratedInstitution& inst) {
    if (a.step == Step::kSegments) {
      Send(online_devices_.at(c.institution), Batch::kSegments, UploadNow(a, c, f, inst), c.key);
    } else if (clock_.live()) {
      // Each event a few seconds after its capture; those already captured go up at once.
      const std::int64_t venue = inst.venues[*c.venue].id;
      std::vector<PlannedEvent> now;
      for (auto& e :
           SittingEvents(Context(c, f, inst, a.session), a.step == Step::kStartCheckins ? "start" : "end")) {
        const EpochMillis due =
            e.event.captured_at + Random(seed_).Fork("upload:" + e.event.event_id).Uniform(2, 40) * 1000;
        if (due <= clock_.Now()) {
          now.push_back(std::move(e));
        } else {
          pending_.push({due, venue, c.key, std::move(e)});
        }
      }
      Checkins(venue, c.key, std::move(now));
    } else {
      Send(venue_devices_.at(inst.venues[*c.venue].id), Batch::kCheckins, UploadNow(a, c, f, inst), c.key);
    }
    if (c.plant != Plant::kNone && (a.session == c.planted_session || c.plant == Plant::kUniformTimes)) {
      f.planted_written = true;
    }
  }

  // The candidates of class `k`'s sitting checked in by the terminal of the venue it is held at
  // (the class's institution hosts it), their photos first: each its own signed request, or in
  // bulk kept as the sittings' photos are (committed before the batch: the service writes it).
  void SittingCheckins(std::size_t k, const Device& device) {
    auto planned = assessor_.Captures(k);
    if (planned.empty()) return;
    auto upload = RenderSittingCheckins(std::move(planned));
    if (bulk_) {
      figures_.photos += bulk_->Keep(device.id, upload.photos, clock_.Now());
      bulk_->Commit();
    } else {
      for (auto& photo : upload.photos) Photo(device, std::move(photo));
    }
    const auto request = Signed(device, http::Verb::post, "/api/v1/assessments/checkins/batches",
                                std::move(upload.body), "application/json");
    Must(app_.sitting_checkins().Upload(DeviceActor(request, "sitting check-ins"), request),
         "sitting check-ins of class " + std::to_string(k));
    assessor_.CountCheckins(static_cast<int>(upload.items));
  }

  // Live: one signed batch of a venue's terminal.
  void Checkins(std::int64_t venue, const std::string& class_key, std::vector<PlannedEvent> planned) {
    Send(venue_devices_.at(venue), Batch::kCheckins, RenderCheckins(std::move(planned)), class_key);
  }

  // One signed batch of check-ins or segments, the photos it names sent first: each its own
  // signed request, or in bulk kept with the batch (generator/bulk_sittings.hpp).
  enum class Batch { kCheckins, kSegments };
  void Send(const Device& device, Batch batch, SittingUpload upload, const std::string& class_key) {
    if (upload.items == 0) return;
    const bool checkins = batch == Batch::kCheckins;
    const char* target = checkins ? "/api/v1/checkins/batches" : "/api/v1/online/segments/batches";
    if (bulk_) {
      figures_.photos += bulk_->Keep(device.id, upload.photos, clock_.Now());
    } else {
      for (auto& photo : upload.photos) Photo(device, std::move(photo));
    }
    const auto request = Signed(device, http::Verb::post, target, std::move(upload.body), "application/json");
    training::BatchReceipt receipt;
    if (bulk_) {
      const auto& actor = BulkActor(device, request);
      receipt = checkins ? bulk_->Checkins(actor, request, clock_.Now()) : bulk_->Segments(actor, request, clock_.Now());
    } else if (checkins) {
      receipt = Must(app_.checkins().Upload(DeviceActor(request, "check-ins"), request), "check-ins of " + class_key);
    } else {
      receipt = Must(app_.online().Upload(DeviceActor(request, "segments"), request), "segments of " + class_key);
    }
    (checkins ? figures_.checkins : figures_.segments) += upload.items;
    (checkins ? figures_.checkins_counting : figures_.segments_counting) += receipt.counting;
  }

  // The planted items that really were written, by kind.
  void Manifest() {
    std::map<std::string, Anomaly> kinds;
    const std::map<Plant, std::string> descriptions{
        {Plant::kTerminalBurst, "one terminal checks in a whole class within seconds at the start of a session"},
        {Plant::kUniformTimes, "every check-in of a class on the exact minute and at the venue's exact coordinates"},
        {Plant::kFarAway, "a few people of a session check in 3 to 30 km from the venue"},
        {Plant::kNight, "a few people's check-ins at one session captured between 01:00 and 04:30"},
        {Plant::kSharedPhoto, "the same photo for different people at one session"},
        {Plant::kLookalikePhoto,
         "one photo for different people at one session, retouched by a few pixels for each: no two share bytes"},
        {Plant::kOnlineOverlap, "one learner's segments on one day overlap and add up to 30 hours"},
        {Plant::kPerfectAttendance,
         "everyone on a class's roster at every session, each person checking in at their own second of it every time"},
        {Plant::kOnlineFastForward, "one learner takes every online lesson of a class in 6 to 11 minutes (the others 40 to 50)"},
    };
    for (std::size_t k = 0; k < plan_->classes.size(); ++k) {
      const auto& c = plan_->classes[k];
      const auto& f = filed_[k];
      if (c.plant == Plant::kNone || !f.planted_written) continue;
      auto& a = kinds[std::string(PlantName(c.plant))];
      a.kind = PlantName(c.plant);
      a.description = descriptions.at(c.plant);
      a.ids["class_ids"].push_back(f.id);
      // A whole-class plant is on every session (the rules on sessions name them: a class checked in
      // at one instant is a terminal burst too).
      if (!WholeClass(c.plant)) {
        a.ids["session_ids"].push_back(f.sessions[c.planted_session]);
      } else {
        a.ids["session_ids"].insert(a.ids["session_ids"].end(), f.sessions.begin(), f.sessions.end());
      }
      for (const auto position : c.planted_people) a.ids["trainee_ids"].push_back(reg_.people[c.roster[position]].id);
      if (c.plant == Plant::kTerminalBurst) {
        a.ids["terminal_ids"].push_back(venue_devices_.at(reg_.institution_list[c.institution].venues[*c.venue].id).id);
      }
      if (c.plant == Plant::kSharedPhoto) {
        a.keys["photo_sha256"].push_back(
            crypto::Sha256Hex(Portrait("trainee:" + std::to_string(reg_.people[c.roster[c.planted_people[0]]].id),
                                       "shared:" + c.key + ":" + std::to_string(c.planted_session))));
      }
    }
    for (const auto& pair : plan_->pairs) {
      const auto& m = filed_[pair.morning];
      const auto& n = filed_[pair.afternoon];
      if (m.id == 0 || n.id == 0) continue;
      auto& a = kinds[pair.kind];
      a.kind = pair.kind;
      a.description =
          pair.kind == "person_two_places"
              ? "people on a morning class and, on the same days, on an afternoon class too far away to reach"
              : "a teacher of a morning class who on the same days teaches an afternoon class too far away";
      a.ids["class_ids"].push_back(m.id);
      a.ids["class_ids"].push_back(n.id);
      for (const auto p : pair.people) a.ids["trainee_ids"].push_back(reg_.people[p].id);
      if (pair.kind == "teacher_two_places") {
        a.ids["teacher_ids"].push_back(m.teachers.at(0));
        a.ids["teacher_ids"].push_back(n.teachers.at(0));
      }
    }
    for (std::size_t k = 0; k < plan_->classes.size(); ++k) {
      const auto& c = plan_->classes[k];
      if (!c.surge || filed_[k].id == 0) continue;
      auto& a = kinds["volume_jump"];
      a.kind = "volume_jump";
      a.description = "an institution that, in the weeks after its approval, starts " + std::to_string(kSurgeClasses) +
                      " full classes beyond its share";
      auto& institutions = a.ids["institution_ids"];
      const auto institution = reg_.institution_list[c.institution].id;
      if (std::find(institutions.begin(), institutions.end(), institution) == institutions.end()) {
        institutions.push_back(institution);
      }
      a.ids["class_ids"].push_back(filed_[k].id);
    }
    // Each recycling's third class, once claimed, with the two before it and the people on all three.
    for (std::size_t k = 0; k < plan_->classes.size(); ++k) {
      const auto& c = plan_->classes[k];
      const auto claim = disburser_.ClaimOf(k);
      if (c.recycled != 3 || filed_[k].id == 0 || !claim) continue;
      std::vector<std::size_t> group;
      for (std::size_t j = 0; j < plan_->classes.size(); ++j) {
        if (plan_->classes[j].recycled_from == c.recycled_from && j != k) group.push_back(j);
      }
      std::vector<std::int64_t> people;
      for (const auto p : c.roster) {
        const bool on_all = std::all_of(group.begin(), group.end(), [&](std::size_t j) {
          const auto& roster = plan_->classes[j].roster;
          return std::find(roster.begin(), roster.end(), p) != roster.end();
        });
        if (on_all) people.push_back(reg_.people[p].id);
      }
      if (people.empty()) continue;
      auto& a = kinds["recycled_people"];
      a.kind = "recycled_people";
      a.description = "the people of one class put on two more classes of other trades right after it by the same "
                      "institution: each reaches the yearly limit of subsidised trainings, claimed for on the third";
      a.ids["claim_ids"].push_back(*claim);
      a.ids["class_ids"].push_back(filed_[k].id);
      for (const auto j : group) a.ids["earlier_class_ids"].push_back(filed_[j].id);
      a.ids["trainee_ids"].insert(a.ids["trainee_ids"].end(), people.begin(), people.end());
    }
    for (auto& [kind, a] : kinds) figures_.anomalies.push_back(std::move(a));
    std::vector<std::int64_t> class_ids;
    for (const auto& f : filed_) class_ids.push_back(f.id);
    for (auto& a : assessor_.Anomalies(class_ids)) figures_.anomalies.push_back(std::move(a));
    for (auto& a : disburser_.Anomalies()) figures_.anomalies.push_back(std::move(a));
    figures_.assessment = assessor_.figures();
    figures_.subsidy = disburser_.figures();
    // Where the ghosts were enrolled, each class once.
    std::set<std::int64_t> ghost_classes;
    for (std::size_t k = 0; k < plan_->classes.size(); ++k) {
      if (filed_[k].id == 0) continue;
      for (const auto p : plan_->classes[k].roster) {
        if (reg_.people[p].ghost) ghost_classes.insert(filed_[k].id);
      }
    }
    figures_.ghost_class_ids.assign(ghost_classes.begin(), ghost_classes.end());
  }

  app::App& app_;
  core::SimulatedClock& clock_;
  const RegistryFigures& reg_;
  const CatalogueFigures& cat_;
  std::uint64_t seed_;
  Assessor assessor_;
  Disburser disburser_;
  std::vector<std::string> cities_;  // the cities whose weekly steps are scheduled
  EpochMillis payments_until_ = 0;   // no payment batches after it (0: none withheld)
  const TrainingPlan* plan_ = nullptr;
  std::vector<Filed> filed_;
  std::map<std::int64_t, Device> venue_devices_;
  std::map<std::size_t, Device> online_devices_;
  std::unique_ptr<BulkSittings> bulk_;
  std::map<std::int64_t, core::Actor> bulk_actors_;  // by terminal id
  std::unique_ptr<SittingRenderer> renderer_;        // bulk: makes the next sittings' uploads
  std::set<std::size_t> rendered_ahead_;             // the actions it was given
  std::size_t ahead_ = 0;                            // the first action not yet looked at for it
  EpochMillis next_sweep_ = 0, last_signed_ = 0;
  std::vector<Action> actions_;
  std::size_t next_ = 0;  // the first action not yet performed
  struct Upload {
    EpochMillis at = 0;
    std::int64_t venue = 0;
    std::string class_key;
    PlannedEvent event;
    bool operator>(const Upload& o) const { return at > o.at; }
  };
  std::priority_queue<Upload, std::vector<Upload>, std::greater<>> pending_;  // live check-ins still to send
  TrainingFigures figures_;
};

TrainingPhase::TrainingPhase(app::App& app, core::SimulatedClock& clock, const Scale& scale,
                             const RegistryFigures& registries, const CatalogueFigures& catalogue, std::uint64_t seed,
                             double anomaly_share, const std::string& to, const std::string& live_day,
                             bool bulk_sittings, core::EpochMillis payments_until)
    : plan_(std::make_unique<TrainingPlan>(
          PlanTraining(scale, registries, catalogue, seed,
                       {.from = clock.Today(),
                        .to = to,
                        .anomaly_share = anomaly_share,
                        .policy = app.classes().policy(),
                        .showcase = live_day.empty() ? std::nullopt : registries.showcase,
                        .live_day = live_day}))),
      runner_(std::make_unique<Runner>(app, clock, registries, catalogue, seed, anomaly_share, bulk_sittings,
                                       payments_until)) {}

TrainingPhase::~TrainingPhase() = default;

TrainingFigures TrainingPhase::WriteUntil(core::EpochMillis until) { return runner_->WriteUntil(*plan_, until); }

void TrainingPhase::RunLive(std::stop_token stop) { runner_->RunLive(stop); }

}  // namespace sunshine::generator

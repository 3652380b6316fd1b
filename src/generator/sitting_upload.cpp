#include "generator/sitting_upload.hpp"

#include <boost/json.hpp>

#include "crypto/request_signature.hpp"
#include "generator/portrait.hpp"

namespace sunshine::generator {
namespace {
// Renders a photo, adds it to the upload and gives its hash.
std::string Add(SittingUpload& upload, const PhotoLabel& label) {
  std::string bytes = Portrait(label.person, label.sitting, label.retouch);
  std::string sha = crypto::Sha256Hex(bytes);
  upload.photos.push_back({sha, std::move(bytes)});
  return sha;
}
}  // namespace

namespace {
// Each planned capture's portrait rendered and its hash put in the event, then the batch body.
template <class Planned>
SittingUpload RenderCaptures(std::vector<Planned> planned) {
  SittingUpload upload;
  boost::json::array events;
  for (auto& p : planned) {
    p.event.photo_sha256 = Add(upload, p.photo);
    events.push_back(boost::json::value_from(p.event));
  }
  upload.items = static_cast<long long>(events.size());
  upload.body = boost::json::serialize(boost::json::object{{"events", std::move(events)}});
  return upload;
}
}  // namespace

SittingUpload RenderCheckins(std::vector<PlannedEvent> planned) { return RenderCaptures(std::move(planned)); }

SittingUpload RenderSittingCheckins(std::vector<PlannedCapture> planned) {
  return RenderCaptures(std::move(planned));
}

SittingUpload RenderSegments(std::vector<PlannedSegment> planned) {
  SittingUpload upload;
  boost::json::array segments;
  for (auto& p : planned) {
    for (std::size_t k = 0; k < p.photos.size(); ++k) p.segment.face_checks[k].photo_sha256 = Add(upload, p.photos[k]);
    segments.push_back(boost::json::value_from(p.segment));
  }
  upload.items = static_cast<long long>(segments.size());
  upload.body = boost::json::serialize(boost::json::object{{"segments", std::move(segments)}});
  return upload;
}

void HashPhotos(SittingUpload& upload) {
  for (auto& photo : upload.photos) {
    photo.perceptual = training::PerceptualHash(photo.bytes, "image/png");
    photo.hashed = true;
  }
}

SittingRenderer::SittingRenderer() : thread_([this](std::stop_token stop) { Work(stop); }) {}

SittingRenderer::~SittingRenderer() {
  thread_.request_stop();
  changed_.notify_all();
}

void SittingRenderer::Submit(std::size_t key, std::function<SittingUpload()> job) {
  {
    std::lock_guard lock(mutex_);
    jobs_.emplace_back(key, std::move(job));
  }
  changed_.notify_all();
}

SittingUpload SittingRenderer::Take(std::size_t key) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return done_.contains(key) || failed_.contains(key); });
  if (const auto it = failed_.find(key); it != failed_.end()) std::rethrow_exception(it->second);
  auto node = done_.extract(key);
  return std::move(node.mapped());
}

void SittingRenderer::Work(std::stop_token stop) {
  std::unique_lock lock(mutex_);
  for (;;) {
    if (!changed_.wait(lock, stop, [&] { return !jobs_.empty(); })) return;
    auto [key, job] = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    SittingUpload upload;
    std::exception_ptr error;
    try {
      upload = job();
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    if (error) {
      failed_[key] = error;
    } else {
      done_[key] = std::move(upload);
    }
    changed_.notify_all();
  }
}

}  // namespace sunshine::generator

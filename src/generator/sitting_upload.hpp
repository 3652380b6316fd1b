#pragma once
// What one sitting's terminal uploads, made without touching the database (issue 12 item 2):
// the photos rendered and hashed, and the batch body naming each photo's hash, as a terminal
// would send them. Pure, so the province's bulk path makes the next sittings' uploads on the
// second core while the first writes the current one (SittingRenderer).
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "generator/sitting_events.hpp"
#include "training/photo_hash.hpp"

namespace sunshine::generator {

struct SittingUpload {
  struct Photo {
    std::string sha256, bytes;  // PNG
    // training::PerceptualHash of the bytes, once HashPhotos ran (on the renderer's thread, so
    // the writer does not decode every photo again).
    bool hashed = false;
    std::optional<training::PhotoHash> perceptual;
  };
  std::vector<Photo> photos;  // in the order the body names them
  std::string body;           // {"events": [...]} or {"segments": [...]}
  long long items = 0;        // events or segments; 0: nothing to upload
};

SittingUpload RenderCheckins(std::vector<PlannedEvent> planned);
// Candidates' check-ins at an assessment sitting, as the host institution's terminal sends them.
SittingUpload RenderSittingCheckins(std::vector<PlannedCapture> planned);
SittingUpload RenderSegments(std::vector<PlannedSegment> planned);
// Gives every photo of the upload its perceptual hash, as PhotoService would on arrival.
void HashPhotos(SittingUpload& upload);

// One worker thread making uploads ahead of the writer: Submit a job under a key, Take its
// result by the key (waiting if it is not done). A job that threw rethrows from Take.
class SittingRenderer {
 public:
  SittingRenderer();
  ~SittingRenderer();
  SittingRenderer(const SittingRenderer&) = delete;
  SittingRenderer& operator=(const SittingRenderer&) = delete;

  void Submit(std::size_t key, std::function<SittingUpload()> job);
  SittingUpload Take(std::size_t key);

 private:
  void Work(std::stop_token stop);

  std::mutex mutex_;
  std::condition_variable_any changed_;
  std::deque<std::pair<std::size_t, std::function<SittingUpload()>>> jobs_;
  std::map<std::size_t, SittingUpload> done_;
  std::map<std::size_t, std::exception_ptr> failed_;
  std::jthread thread_;  // last: started once the rest exists
};

}  // namespace sunshine::generator

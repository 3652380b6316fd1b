#include "training/photo_pack.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>

#include "crypto/request_signature.hpp"

namespace sunshine::training {
namespace {
constexpr char kMagic[] = "SPK1";

// The 32 bytes of a hash given as 64 lower-case hex digits (checked by the caller), decoded by
// hand: this runs for every photo stored and read.
std::string RawSha(std::string_view hex) {
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  std::string out(32, '\0');
  for (std::size_t i = 0; i < 32; ++i) out[i] = static_cast<char>(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
  return out;
}

std::string Header(std::string_view sha256_hex, std::size_t length) {
  std::string h(kMagic, 4);
  h += RawSha(sha256_hex);
  for (int shift = 24; shift >= 0; shift -= 8) h += static_cast<char>((length >> shift) & 0xFF);
  return h;
}

// Closes the descriptor (and so drops its lock) however the append ends.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

void WriteAll(int fd, std::string_view bytes, off_t at, const std::string& name) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const auto n = ::pwrite(fd, bytes.data() + written, bytes.size() - written, at + static_cast<off_t>(written));
    if (n <= 0) throw std::runtime_error("cannot write photo pack " + name);
    written += static_cast<std::size_t>(n);
  }
}
}  // namespace

PackLocation PhotoPacks::Append(std::string_view day, std::string_view sha256_hex, std::string_view bytes,
                                bool durable) {
  return Append(day, {{sha256_hex, bytes}}, durable).front();
}

std::vector<PackLocation> PhotoPacks::Append(std::string_view day, const std::vector<PackRecord>& photos,
                                             bool durable) {
  // Every record, header and bytes, written at once; where each photo's bytes start in it.
  std::string records;
  std::vector<std::size_t> starts;
  for (const auto& p : photos) {
    records += Header(p.sha256_hex, p.bytes.size());
    starts.push_back(records.size());
    records.append(p.bytes);
  }
  std::lock_guard lock(mutex_);
  if (day != day_) {
    day_ = std::string(day);
    number_ = 0;
    std::filesystem::create_directories(directory_);
  }
  for (;;) {
    const std::string name = day_ + "-" + std::to_string(number_) + ".pack";
    const auto path = directory_ / name;
    Fd file{::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0640)};
    if (file.fd < 0) throw std::runtime_error("cannot open photo pack " + path.string());
    // Another process may append to the same pack: the lock makes the end we write at ours.
    if (::flock(file.fd, LOCK_EX) != 0) throw std::runtime_error("cannot lock photo pack " + path.string());
    struct stat st {};
    if (::fstat(file.fd, &st) != 0) throw std::runtime_error("cannot stat photo pack " + path.string());
    if (st.st_size > 0 && st.st_size + static_cast<off_t>(records.size()) > kMaxPackBytes) {
      ++number_;  // full: the next pack of the day
      continue;
    }
    WriteAll(file.fd, records, st.st_size, name);
    if (durable && ::fdatasync(file.fd) != 0) throw std::runtime_error("cannot flush photo pack " + path.string());
    std::vector<PackLocation> out;
    out.reserve(starts.size());
    for (const auto start : starts) out.push_back({name, static_cast<std::int64_t>(st.st_size + start)});
    return out;
  }
}

core::Result<std::string> PhotoPacks::Read(const PackLocation& where, std::int64_t length,
                                           std::string_view sha256_hex) const {
  auto damaged = [&] {
    return core::Error::Of(core::ErrorKind::kInternal, "photo_pack_damaged", "照片存储文件已损坏：" + where.pack);
  };
  if (where.pack.find('/') != std::string::npos || where.offset < static_cast<std::int64_t>(kHeaderBytes) ||
      length <= 0) {
    return damaged();
  }
  Fd file{::open((directory_ / where.pack).c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    return core::Error::Of(core::ErrorKind::kInternal, "photo_pack_missing", "照片存储文件缺失：" + where.pack);
  }
  std::string record(kHeaderBytes + static_cast<std::size_t>(length), '\0');
  const auto n = ::pread(file.fd, record.data(), record.size(), where.offset - static_cast<off_t>(kHeaderBytes));
  if (n != static_cast<ssize_t>(record.size())) return damaged();
  if (record.substr(0, kHeaderBytes) != Header(sha256_hex, static_cast<std::size_t>(length))) return damaged();
  std::string bytes = record.substr(kHeaderBytes);
  if (crypto::Sha256Hex(bytes) != sha256_hex) return damaged();
  return bytes;
}

}  // namespace sunshine::training

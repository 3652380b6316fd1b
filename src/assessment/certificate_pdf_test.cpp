#include "assessment/certificate_pdf.hpp"

#include <cairo.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

namespace sunshine::assessment {
namespace {
namespace fs = std::filesystem;

// What a command prints on its standard output (the test needs poppler-utils and zbar-tools).
std::string Output(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 4096> buffer{};
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
  return out;
}

std::string SmallPng() {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 60, 80);
  cairo_t* cr = cairo_create(s);
  cairo_set_source_rgb(cr, 0.2, 0.4, 0.8);
  cairo_paint(cr);
  cairo_destroy(cr);
  std::string png;
  cairo_surface_write_to_png_stream(
      s,
      [](void* closure, const unsigned char* data, unsigned int length) {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
      },
      &png);
  cairo_surface_destroy(s);
  return png;
}

CertificateFace Face() {
  return {.title = "职业技能等级证书",
          .body_text = "张三同志经评价，其职业技能等级达到四级/中级工，特发此证。",
          .holder_name = "张三",
          .id_type = "居民身份证",
          .id_number_masked = "510104********1230",
          .occupation = "中式烹调师",
          .direction = "--",
          .level = "四级/中级工",
          .body_name = "四川省某职业技能评价中心",
          .issued_on = "2026-12-05",
          .number = "S000051123456264000123",
          .verify_url = "https://px.sc.example/public/certificates/S000051123456264000123?name=%E5%BC%A0%E4%B8%89",
          .photo_png = SmallPng()};
}

class CertificatePdf : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sunshine-cert-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& pdf) {
    const auto path = (dir_ / "c.pdf").string();
    std::ofstream(path, std::ios::binary) << pdf;
    return path;
  }
  fs::path dir_;
};

TEST_F(CertificatePdf, CarriesTheFieldsTheNationalRuleListsAsText) {
  const auto pdf = RenderCertificatePdf(Face());
  ASSERT_TRUE(pdf.starts_with("%PDF-"));
  const auto text = Output("pdftotext -layout " + Write(pdf) + " -");
  for (const char* field : {"职业技能等级证书", "张三", "居民身份证", "510104********1230", "中式烹调师", "四级/中级工",
                            "四川省某职业技能评价中心", "2026-12-05", "S000051123456264000123", "证书编号"}) {
    EXPECT_NE(text.find(field), std::string::npos) << field << " missing from:\n" << text;
  }
  EXPECT_EQ(text.find("5101041990"), std::string::npos) << "never the full ID number";
  EXPECT_EQ(text.find("撤"), std::string::npos) << "a valid certificate is not marked revoked";
  EXPECT_EQ(Output("pdfinfo " + Write(pdf) + " | grep -c '^Pages: *1$'"), "1\n") << "one page";
}

TEST_F(CertificatePdf, ItsQrCodeOpensThePublicCheck) {
  const auto path = Write(RenderCertificatePdf(Face()));
  Output("pdftoppm -r 150 -png -singlefile " + path + " " + (dir_ / "page").string());
  ASSERT_TRUE(fs::exists(dir_ / "page.png"));
  EXPECT_EQ(Output("zbarimg -q --raw " + (dir_ / "page.png").string()), Face().verify_url + "\n");
}

TEST_F(CertificatePdf, ARevokedCopySaysSoAndAnUnreadablePhotoIsRefused) {
  auto face = Face();
  face.status_note = "已撤销";
  // Drawn across the page at an angle, so the text comes out a character a line.
  auto text = Output("pdftotext -raw " + Write(RenderCertificatePdf(face)) + " -");
  std::erase_if(text, [](char c) { return c == '\n' || c == ' '; });
  EXPECT_NE(text.find("已撤销"), std::string::npos) << text;
  face.photo_png = std::string("not a png");
  EXPECT_THROW(RenderCertificatePdf(face), std::runtime_error);
}

}  // namespace
}  // namespace sunshine::assessment

#include "assessment/certificate_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

#include <cstring>
#include <memory>
#include <stdexcept>

namespace sunshine::assessment {
namespace {
constexpr double kWidth = 595.28, kHeight = 841.89;  // A4 in points
constexpr double kMargin = 64;
constexpr const char* kFont = "Noto Serif CJK SC";

template <class T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
using Surface = std::unique_ptr<cairo_surface_t, Deleter<cairo_surface_t, cairo_surface_destroy>>;
using Context = std::unique_ptr<cairo_t, Deleter<cairo_t, cairo_destroy>>;
using QrCode = std::unique_ptr<QRcode, Deleter<QRcode, QRcode_free>>;

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct PngReader {
  const std::string* bytes;
  std::size_t at = 0;
};
cairo_status_t ReadPng(void* closure, unsigned char* data, unsigned int length) {
  auto* r = static_cast<PngReader*>(closure);
  if (r->at + length > r->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, r->bytes->data() + r->at, length);
  r->at += length;
  return CAIRO_STATUS_SUCCESS;
}

// Draws `text` at (x, y) in `size` points, wrapped to `width` (0: no wrap); returns its height.
double Text(cairo_t* cr, const std::string& text, double x, double y, double size, double width = 0,
            bool bold = false, PangoAlignment align = PANGO_ALIGN_LEFT) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string(kFont);
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout, font);
  if (width > 0) {
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, align);
  }
  pango_layout_set_text(layout, text.c_str(), -1);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  pango_font_description_free(font);
  g_object_unref(layout);
  return static_cast<double>(h) / PANGO_SCALE;
}

void Qr(cairo_t* cr, const std::string& url, double x, double y, double side) {
  QrCode code(QRcode_encodeString(url.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
  if (!code) throw std::runtime_error("certificate: the verification link does not fit a QR code");
  const int n = code->width;
  const double module = side / (n + 8);  // a quiet zone of four modules each side
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, x, y, side, side);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  for (int row = 0; row < n; ++row) {
    for (int col = 0; col < n; ++col) {
      if (code->data[row * n + col] & 1) cairo_rectangle(cr, x + (col + 4) * module, y + (row + 4) * module, module, module);
    }
  }
  cairo_fill(cr);
}

void Photo(cairo_t* cr, const std::optional<std::string>& png, double x, double y, double w, double h) {
  cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
  cairo_set_line_width(cr, 0.8);
  cairo_rectangle(cr, x, y, w, h);
  cairo_stroke(cr);
  if (!png) {
    Text(cr, "照片", x, y + h / 2 - 8, 12, w, false, PANGO_ALIGN_CENTER);
    return;
  }
  PngReader reader{&*png};
  Surface image(cairo_image_surface_create_from_png_stream(ReadPng, &reader));
  if (cairo_surface_status(image.get()) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error("certificate: the holder's photo is not a readable PNG");
  }
  const double iw = cairo_image_surface_get_width(image.get()), ih = cairo_image_surface_get_height(image.get());
  const double scale = std::min(w / iw, h / ih);
  cairo_save(cr);
  cairo_translate(cr, x + (w - iw * scale) / 2, y + (h - ih * scale) / 2);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, image.get(), 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
}
}  // namespace

std::string RenderCertificatePdf(const CertificateFace& face) {
  std::string pdf;
  Surface surface(cairo_pdf_surface_create_for_stream(Append, &pdf, kWidth, kHeight));
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, (face.title + " " + face.number).c_str());
  Context context(cairo_create(surface.get()));
  cairo_t* cr = context.get();

  // A double frame, the title, then the fields in two columns beside the photo.
  cairo_set_source_rgb(cr, 0.55, 0.1, 0.1);
  cairo_set_line_width(cr, 3);
  cairo_rectangle(cr, 28, 28, kWidth - 56, kHeight - 56);
  cairo_stroke(cr);
  cairo_set_line_width(cr, 1);
  cairo_rectangle(cr, 36, 36, kWidth - 72, kHeight - 72);
  cairo_stroke(cr);
  double y = 90;
  y += Text(cr, face.title, kMargin, y, 30, kWidth - 2 * kMargin, true, PANGO_ALIGN_CENTER) + 36;
  cairo_set_source_rgb(cr, 0, 0, 0);
  y += Text(cr, face.body_text, kMargin, y, 13, kWidth - 2 * kMargin) + 28;

  Photo(cr, face.photo_png, kWidth - kMargin - 110, y, 110, 140);
  const std::pair<const char*, const std::string*> fields[] = {
      {"姓　　名", &face.holder_name},   {"证件类型", &face.id_type},   {"证件号码", &face.id_number_masked},
      {"职业名称", &face.occupation},    {"工种/职业方向", &face.direction}, {"职业技能等级", &face.level},
      {"评价机构", &face.body_name},     {"发证日期", &face.issued_on}, {"证书编号", &face.number},
  };
  for (const auto& [label, value] : fields) {
    if (value->empty() && std::strcmp(label, "职业技能等级") == 0) continue;  // a certificate without levels
    Text(cr, label, kMargin, y, 13, 0, true);
    y += std::max(Text(cr, *value, kMargin + 110, y, 13, kWidth - 2 * kMargin - 250), 18.0) + 12;
  }

  const double qr_side = 150;
  Qr(cr, face.verify_url, kWidth - kMargin - qr_side, kHeight - kMargin - qr_side - 40, qr_side);
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  Text(cr, "扫码或登录四川省阳光培训平台核验本证书", kMargin, kHeight - kMargin - 70, 10);
  Text(cr, face.verify_url, kMargin, kHeight - kMargin - 52, 8, kWidth - 2 * kMargin - qr_side - 20);
  if (!face.status_note.empty()) {
    cairo_save(cr);
    cairo_translate(cr, kWidth / 2, kHeight / 2);
    cairo_rotate(cr, -0.5);
    cairo_set_source_rgba(cr, 0.8, 0, 0, 0.35);
    Text(cr, face.status_note, -200, -40, 72, 400, true, PANGO_ALIGN_CENTER);
    cairo_restore(cr);
  }
  cairo_show_page(cr);
  context.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("certificate: cairo: ") + cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  surface.reset();
  return pdf;
}

}  // namespace sunshine::assessment

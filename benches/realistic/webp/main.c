/* libwebp (libwebp-sys's bundled copy): lossy and lossless encoding of a
 * generated photo-like image, decoding it back, and checking the lossless
 * round trip exactly and the lossy one by PSNR. */
#include "../common.h"
#include <math.h>
#include "webp/decode.h"
#include "webp/encode.h"

#define W 384
#define H 288
#define ROUNDS 3

static void make_image(uint8_t *rgb, int seed) {
  rng_seed((uint64_t)seed);
  for (int y = 0; y < H; y++) {
    for (int x = 0; x < W; x++) {
      /* Smooth gradients, a few shapes, and mild noise. */
      int r = (x * 255) / W, g = (y * 255) / H, b = ((x + y + seed * 37) * 2) & 255;
      int dx = x - W / 2 - seed * 5, dy = y - H / 2;
      if (dx * dx + dy * dy < 80 * 80) r = 255 - r, g = g / 2;
      if ((x / 24 + y / 24) % 5 == 0) b = 40;
      int noise = (int)rng_below(9) - 4;
      uint8_t *p = rgb + 3 * (y * W + x);
      p[0] = (uint8_t)(r + noise < 0 ? 0 : r + noise > 255 ? 255 : r + noise);
      p[1] = (uint8_t)(g < 4 ? g : g - noise / 2);
      p[2] = (uint8_t)b;
    }
  }
}

static double psnr(const uint8_t *a, const uint8_t *b, size_t n) {
  double se = 0;
  for (size_t i = 0; i < n; i++) {
    double d = (double)a[i] - (double)b[i];
    se += d * d;
  }
  return se == 0 ? 99.0 : 10.0 * log10(255.0 * 255.0 * (double)n / se);
}

int main(void) {
  uint8_t *rgb = xmalloc(3 * W * H);
  uint32_t h = 2166136261u;
  for (int round = 0; round < ROUNDS; round++) {
    make_image(rgb, round);
    uint8_t *lossy = 0, *lossless = 0;
    size_t lossy_len = WebPEncodeRGB(rgb, W, H, 3 * W, 90.0f, &lossy);
    size_t lossless_len = WebPEncodeLosslessRGB(rgb, W, H, 3 * W, &lossless);
    if (!lossy_len || !lossless_len) fail("encode");
    int w = 0, hh = 0;
    uint8_t *dec = WebPDecodeRGB(lossy, lossy_len, &w, &hh);
    if (!dec || w != W || hh != H) fail("decode lossy");
    double q = psnr(rgb, dec, 3 * W * H);
    if (q < 28.0) fail("lossy PSNR below 28 dB");
    h = fnv1a(dec, 3 * W * H, h);
    WebPFree(dec);
    dec = WebPDecodeRGB(lossless, lossless_len, &w, &hh);
    if (!dec || w != W || hh != H || memcmp(dec, rgb, 3 * W * H) != 0) fail("lossless");
    WebPFree(dec);
    h = fnv1a(lossy, lossy_len, h);
    h = fnv1a(lossless, lossless_len, h);
    printf("round %d: lossy %zu bytes (PSNR %.2f dB), lossless %zu bytes\n", round, lossy_len,
           q, lossless_len);
    WebPFree(lossy);
    WebPFree(lossless);
  }
  int v = WebPGetEncoderVersion();
  printf("libwebp %d.%d.%d: fnv1a %08x\n", v >> 16, (v >> 8) & 255, v & 255, h);
  return 0;
}

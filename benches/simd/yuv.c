/* yuv: BT.601 RGB to YUV conversion of a 1920x1080 planar 8-bit image,
 * 200 times with one pixel changed each round. Plain C: the SIMD code
 * is clang's autovectorisation of convert_auto (widening, i32x4 multiplies,
 * shifts, narrowing shuffles). */
#include "common.h"

#define PIXELS (1920 * 1080)

static uint8_t rgb[3][PIXELS];
static uint8_t yuv[3][PIXELS];

/* The three conversions of one pixel. */
#define Y_OF(r, g, b) (uint8_t)(((66 * (r) + 129 * (g) + 25 * (b) + 128) >> 8) + 16)
#define U_OF(r, g, b) (uint8_t)(((-38 * (r) - 74 * (g) + 112 * (b) + 128) >> 8) + 128)
#define V_OF(r, g, b) (uint8_t)(((112 * (r) - 94 * (g) - 18 * (b) + 128) >> 8) + 128)

__attribute__((noinline)) static void convert_scalar(uint8_t (*out)[PIXELS]) {
  SCALAR_LOOP
  for (int i = 0; i < PIXELS; i++) {
    int r = rgb[0][i], g = rgb[1][i], b = rgb[2][i];
    out[0][i] = Y_OF(r, g, b);
    out[1][i] = U_OF(r, g, b);
    out[2][i] = V_OF(r, g, b);
  }
}

/* The same loop, left to the vectoriser. */
__attribute__((noinline)) static void convert_auto(uint8_t (*restrict out)[PIXELS]) {
  const uint8_t *restrict r0 = rgb[0], *restrict g0 = rgb[1], *restrict b0 = rgb[2];
  uint8_t *restrict y = out[0], *restrict u = out[1], *restrict v = out[2];
  for (int i = 0; i < PIXELS; i++) {
    int r = r0[i], g = g0[i], b = b0[i];
    y[i] = Y_OF(r, g, b);
    u[i] = U_OF(r, g, b);
    v[i] = V_OF(r, g, b);
  }
}

/* Round r's change to the image. */
static void perturb(int r) { rgb[r % 3][((size_t)r * 104729) % PIXELS] += 97; }

/* Sets up the image from a fixed seed: gradients plus noise. */
static void init(void) {
  rng_state = 4242;
  for (int i = 0; i < PIXELS; i++) {
    int x = i % 1920, y = i / 1920;
    uint32_t noise = rng_next();
    rgb[0][i] = (uint8_t)(x / 8 + (noise & 31));
    rgb[1][i] = (uint8_t)(y / 5 + ((noise >> 8) & 31));
    rgb[2][i] = (uint8_t)((x + y) / 12 + ((noise >> 16) & 63));
  }
}

static uint64_t scalar_round(int r) {
  perturb(r);
  convert_scalar(yuv);
  return 0;
}

static uint64_t simd_round(int r) {
  perturb(r);
  convert_auto(yuv);
  return 0;
}

static uint64_t state(void) { return checksum_words(yuv, sizeof yuv); }

int main(void) {
  static const struct program p = {"yuv", 200, 10, init, scalar_round, simd_round, state};
  return run(&p);
}

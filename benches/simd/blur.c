/* blur: two passes of a 3x3 binomial blur ([1 2 1] x [1 2 1] / 16,
 * rounded, edges replicated) over a 1024x768 8-bit grey image, 600
 * times with one pixel of the image changed each round; 16 pixels at a
 * time in u16 lanes (extend, add, shift, narrow). */
#include "common.h"

#define W 1024
#define H 768

static uint8_t image[H][W], tmp[H][W], out[H][W];

static inline int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

/* One output pixel, scalar. */
static inline uint8_t blur_pixel(const uint8_t (*src)[W], int y, int x) {
  int ym = clampi(y - 1, 0, H - 1), yp = clampi(y + 1, 0, H - 1);
  int xm = clampi(x - 1, 0, W - 1), xp = clampi(x + 1, 0, W - 1);
  int h0 = src[ym][xm] + 2 * src[ym][x] + src[ym][xp];
  int h1 = src[y][xm] + 2 * src[y][x] + src[y][xp];
  int h2 = src[yp][xm] + 2 * src[yp][x] + src[yp][xp];
  return (uint8_t)((h0 + 2 * h1 + h2 + 8) >> 4);
}

__attribute__((noinline)) static void blur_scalar(const uint8_t (*src)[W], uint8_t (*dst)[W]) {
  for (int y = 0; y < H; y++) {
    SCALAR_LOOP
    for (int x = 0; x < W; x++) dst[y][x] = blur_pixel(src, y, x);
  }
}

/* Horizontal [1 2 1] of 16 pixels at row + x, as two u16x8 halves. */
static inline void horizontal(const uint8_t *row, int x, v128_t *lo, v128_t *hi) {
  v128_t a = wasm_v128_load(row + x - 1);
  v128_t b = wasm_v128_load(row + x);
  v128_t c = wasm_v128_load(row + x + 1);
  *lo = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(a), wasm_u16x8_extend_low_u8x16(c)),
                       wasm_i16x8_shl(wasm_u16x8_extend_low_u8x16(b), 1));
  *hi = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_high_u8x16(a), wasm_u16x8_extend_high_u8x16(c)),
                       wasm_i16x8_shl(wasm_u16x8_extend_high_u8x16(b), 1));
}

/* 16 output pixels of row y from x (1 <= x, x + 16 < W). */
static inline void blur16(const uint8_t (*src)[W], uint8_t *out, int y, int x) {
  const uint8_t *r0 = src[y > 0 ? y - 1 : 0], *r1 = src[y], *r2 = src[y < H - 1 ? y + 1 : H - 1];
  v128_t lo0, hi0, lo1, hi1, lo2, hi2;
  horizontal(r0, x, &lo0, &hi0);
  horizontal(r1, x, &lo1, &hi1);
  horizontal(r2, x, &lo2, &hi2);
  v128_t round = wasm_i16x8_splat(8);
  v128_t lo = wasm_i16x8_add(wasm_i16x8_add(lo0, lo2), wasm_i16x8_add(wasm_i16x8_shl(lo1, 1), round));
  v128_t hi = wasm_i16x8_add(wasm_i16x8_add(hi0, hi2), wasm_i16x8_add(wasm_i16x8_shl(hi1, 1), round));
  lo = wasm_u16x8_shr(lo, 4);
  hi = wasm_u16x8_shr(hi, 4);
  wasm_v128_store(out + x, wasm_u8x16_narrow_i16x8(lo, hi));
}

__attribute__((noinline)) static void blur_simd(const uint8_t (*src)[W], uint8_t (*dst)[W]) {
  for (int y = 0; y < H; y++) {
    dst[y][0] = blur_pixel(src, y, 0);
    dst[y][W - 1] = blur_pixel(src, y, W - 1);
    int x = 1;
    for (; x + 16 < W; x += 16) blur16(src, dst[y], y, x);
    /* The last, overlapping block. */
    if (x < W - 1) blur16(src, dst[y], y, W - 17);
  }
}

/* Round r's change to the image. */
static void perturb(int r) { image[(r * 331) % H][(r * 7919) % W] += 97; }

/* Sets up the image from a fixed seed: a gradient plus noise. */
static void init(void) {
  rng_state = 99;
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++) image[y][x] = (uint8_t)(((x * 3 + y * 5) >> 2) ^ (rng_next() & 0x3f));
}

static uint64_t scalar_round(int r) {
  perturb(r);
  blur_scalar(image, tmp);
  blur_scalar(tmp, out);
  return 0;
}

static uint64_t simd_round(int r) {
  perturb(r);
  blur_simd(image, tmp);
  blur_simd(tmp, out);
  return 0;
}

static uint64_t state(void) { return checksum_words(out, sizeof out); }

int main(void) {
  static const struct program p = {"blur", 600, 12, init, scalar_round, simd_round, state};
  return run(&p);
}

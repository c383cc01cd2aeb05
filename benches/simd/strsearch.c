/* strsearch: over 1 MiB of generated text, each of 1200 rounds counts one byte
 * (memchr-like: i8x16.eq, sub into u8 counters, pairwise widening adds)
 * and the occurrences of one needle (first and last byte compared 16
 * positions at a time, i8x16.bitmask, candidates checked with memcmp). */
#include "common.h"

#define N (1024 * 1024)

static char text[N];

static const char *const words[] = {
    "kindling", "compiler", "lane",   "vector", "shuffle", "wasm",  "simd",     "single",
    "pass",     "register", "the",    "a",      "of",      "code",  "fast",     "spill",
    "load",     "store",    "splat",  "module", "engine",  "trap",  "function", "local",
};
#define NWORDS (sizeof words / sizeof words[0])

static const char *const needles[] = {
    "lane", "vector lane", "the", "simd", "pass the", "register", "ss", "fast code", "a a", "spill",
};
#define NNEEDLES (sizeof needles / sizeof needles[0])

static const char count_bytes[] = "etaoin \n";

/* Fills the text with random words, spaces and newlines. */
static void generate(void) {
  rng_state = 2024;
  size_t i = 0;
  while (i < N) {
    const char *w = words[rng_next() % NWORDS];
    size_t n = strlen(w);
    if (i + n + 1 > N) break;
    memcpy(text + i, w, n);
    i += n;
    text[i++] = rng_next() % 12 == 0 ? '\n' : ' ';
  }
  memset(text + i, ' ', N - i);
}

__attribute__((noinline)) static size_t count_byte_scalar(const char *t, size_t len, char c) {
  size_t count = 0;
  SCALAR_LOOP
  for (size_t i = 0; i < len; i++) count += t[i] == c;
  return count;
}

__attribute__((noinline)) static size_t count_needle_scalar(const char *t, size_t len, const char *needle) {
  size_t n = strlen(needle), count = 0;
  SCALAR_LOOP
  for (size_t i = 0; i + n <= len; i++) count += t[i] == needle[0] && memcmp(t + i, needle, n) == 0;
  return count;
}

__attribute__((noinline)) static size_t count_byte_simd(const char *t, size_t len, char c) {
  v128_t want = wasm_i8x16_splat(c), total = wasm_i32x4_splat(0);
  size_t i = 0;
  while (i + 16 <= len) {
    /* At most 255 blocks before the u8 counters are widened. */
    v128_t acc = wasm_i8x16_splat(0);
    for (int b = 0; b < 255 && i + 16 <= len; b++, i += 16)
      acc = wasm_i8x16_sub(acc, wasm_i8x16_eq(wasm_v128_load(t + i), want));
    total = wasm_i32x4_add(total, wasm_u32x4_extadd_pairwise_u16x8(wasm_u16x8_extadd_pairwise_u8x16(acc)));
  }
  size_t count = (size_t)wasm_i32x4_extract_lane(total, 0) + (size_t)wasm_i32x4_extract_lane(total, 1) +
                 (size_t)wasm_i32x4_extract_lane(total, 2) + (size_t)wasm_i32x4_extract_lane(total, 3);
  for (; i < len; i++) count += t[i] == c;
  return count;
}

__attribute__((noinline)) static size_t count_needle_simd(const char *t, size_t len, const char *needle) {
  size_t n = strlen(needle), count = 0, i = 0;
  v128_t first = wasm_i8x16_splat(needle[0]), last = wasm_i8x16_splat(needle[n - 1]);
  for (; i + n - 1 + 16 <= len; i += 16) {
    v128_t f = wasm_i8x16_eq(wasm_v128_load(t + i), first);
    v128_t l = wasm_i8x16_eq(wasm_v128_load(t + i + n - 1), last);
    uint32_t mask = wasm_i8x16_bitmask(wasm_v128_and(f, l));
    while (mask) {
      int bit = __builtin_ctz(mask);
      count += memcmp(t + i + bit + 1, needle + 1, n - 2) == 0;
      mask &= mask - 1;
    }
  }
  for (; i + n <= len; i++) count += memcmp(t + i, needle, n) == 0;
  return count;
}

/* Round r counts byte count_bytes[r % 8] and needle r % NNEEDLES. */
static uint64_t scalar_round(int r) {
  size_t bytes = count_byte_scalar(text, N, count_bytes[r % 8]);
  return ((uint64_t)bytes << 32) | count_needle_scalar(text, N, needles[r % NNEEDLES]);
}

static uint64_t simd_round(int r) {
  size_t bytes = count_byte_simd(text, N, count_bytes[r % 8]);
  return ((uint64_t)bytes << 32) | count_needle_simd(text, N, needles[r % NNEEDLES]);
}

int main(void) {
  static const struct program p = {"strsearch", 1200, 48, generate, scalar_round, simd_round, NULL};
  return run(&p);
}

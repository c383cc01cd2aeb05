/* xxhash: XXH32 of a 256 KiB buffer, 10000 times with a different seed
 * and length each round; the four accumulators of the 16-byte stripe loop
 * live in one i32x4 (mul, add, rotate by shifts and or). */
#include "common.h"

#define N (256 * 1024)

#define P1 2654435761u
#define P2 2246822519u
#define P3 3266489917u
#define P4 668265263u
#define P5 374761393u

static uint8_t data[N];

static inline uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static inline uint32_t read32(const uint8_t *p) {
  uint32_t w;
  memcpy(&w, p, 4);
  return w;
}

/* The tail (under 16 bytes) and the avalanche, shared by both versions. */
static uint32_t finish(uint32_t h, const uint8_t *p, size_t len, size_t done) {
  h += (uint32_t)len;
  for (; done + 4 <= len; done += 4) h = rotl(h + read32(p + done) * P3, 17) * P4;
  for (; done < len; done++) h = rotl(h + p[done] * P5, 11) * P1;
  h ^= h >> 15;
  h *= P2;
  h ^= h >> 13;
  h *= P3;
  h ^= h >> 16;
  return h;
}

/* One lane's step; out of line, so that clang's SLP vectoriser cannot
 * pack the reference's four lanes into an i32x4. */
__attribute__((noinline)) static uint32_t xxh_round(uint32_t acc, uint32_t lane) {
  return rotl(acc + lane * P2, 13) * P1;
}

__attribute__((noinline)) static uint32_t xxh32_scalar(const uint8_t *p, size_t len, uint32_t seed) {
  uint32_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
  size_t i = 0;
  SCALAR_LOOP
  for (; i + 16 <= len; i += 16) {
    v1 = xxh_round(v1, read32(p + i));
    v2 = xxh_round(v2, read32(p + i + 4));
    v3 = xxh_round(v3, read32(p + i + 8));
    v4 = xxh_round(v4, read32(p + i + 12));
  }
  uint32_t h = len >= 16 ? rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18) : seed + P5;
  return finish(h, p, len, i);
}

__attribute__((noinline)) static uint32_t xxh32_simd(const uint8_t *p, size_t len, uint32_t seed) {
  v128_t acc = wasm_i32x4_make(seed + P1 + P2, seed + P2, seed, seed - P1);
  v128_t p1 = wasm_i32x4_splat(P1), p2 = wasm_i32x4_splat(P2);
  size_t i = 0;
  for (; i + 16 <= len; i += 16) {
    acc = wasm_i32x4_add(acc, wasm_i32x4_mul(wasm_v128_load(p + i), p2));
    acc = wasm_v128_or(wasm_i32x4_shl(acc, 13), wasm_u32x4_shr(acc, 19));
    acc = wasm_i32x4_mul(acc, p1);
  }
  uint32_t h = seed + P5;
  if (len >= 16)
    h = rotl(wasm_i32x4_extract_lane(acc, 0), 1) + rotl(wasm_i32x4_extract_lane(acc, 1), 7) +
        rotl(wasm_i32x4_extract_lane(acc, 2), 12) + rotl(wasm_i32x4_extract_lane(acc, 3), 18);
  return finish(h, p, len, i);
}

/* Round r hashes the first N - (r % 23) bytes with seed r. */
static size_t round_len(int r) { return N - (size_t)(r % 23); }

static uint64_t scalar_round(int r) { return xxh32_scalar(data, round_len(r), (uint32_t)r); }

static uint64_t simd_round(int r) { return xxh32_simd(data, round_len(r), (uint32_t)r); }

/* Fills the buffer from a fixed seed. */
static void init(void) {
  rng_state = 31337;
  for (size_t i = 0; i < N; i += 4) {
    uint32_t w = rng_next();
    memcpy(data + i, &w, 4);
  }
}

int main(void) {
  static const struct program p = {"xxhash", 10000, 400, init, scalar_round, simd_round, NULL};
  return run(&p);
}

/* adler32: the zlib checksum of a 1 MiB buffer, 4000 times with one byte
 * changed and a different length each round. 16 bytes a step: byte sums by
 * pairwise widening adds, position-weighted sums by i32x4.dot_i16x8_s, and
 * the running sum of sums in a third i32x4; reduced mod 65521 per chunk. */
#include "common.h"

#define N (1024 * 1024)

#define BASE 65521u
/* The largest n such that 255n(n+1)/2 + (n+1)(BASE-1) fits 32 bits. */
#define NMAX 5552
/* NMAX rounded down to whole 16-byte blocks. */
#define CHUNK (NMAX / 16 * 16)

static uint8_t data[N];

__attribute__((noinline)) static uint32_t adler32_scalar(const uint8_t *p, size_t len) {
  uint32_t s1 = 1, s2 = 0;
  while (len > 0) {
    size_t n = len < NMAX ? len : NMAX;
    len -= n;
    SCALAR_LOOP
    while (n--) {
      s1 += *p++;
      s2 += s1;
    }
    s1 %= BASE;
    s2 %= BASE;
  }
  return (s2 << 16) | s1;
}

static inline uint32_t hsum(v128_t v) {
  return wasm_i32x4_extract_lane(v, 0) + wasm_i32x4_extract_lane(v, 1) + wasm_i32x4_extract_lane(v, 2) +
         wasm_i32x4_extract_lane(v, 3);
}

__attribute__((noinline)) static uint32_t adler32_simd(const uint8_t *p, size_t len) {
  uint32_t s1 = 1, s2 = 0;
  /* Byte i of a block weighs 16 - i in the block's contribution to s2. */
  const v128_t w_lo = wasm_i16x8_make(16, 15, 14, 13, 12, 11, 10, 9);
  const v128_t w_hi = wasm_i16x8_make(8, 7, 6, 5, 4, 3, 2, 1);
  while (len >= 16) {
    size_t n = len < CHUNK ? len / 16 * 16 : CHUNK;
    len -= n;
    v128_t v_s1 = wasm_i32x4_splat(0), v_s2 = v_s1, v_ps = v_s1;
    for (size_t i = 0; i < n; i += 16, p += 16) {
      v128_t bytes = wasm_v128_load(p);
      v_ps = wasm_i32x4_add(v_ps, v_s1);
      v_s1 = wasm_i32x4_add(v_s1, wasm_u32x4_extadd_pairwise_u16x8(wasm_u16x8_extadd_pairwise_u8x16(bytes)));
      v128_t lo = wasm_u16x8_extend_low_u8x16(bytes), hi = wasm_u16x8_extend_high_u8x16(bytes);
      v128_t weighted = wasm_i32x4_add(wasm_i32x4_dot_i16x8(lo, w_lo), wasm_i32x4_dot_i16x8(hi, w_hi));
      v_s2 = wasm_i32x4_add(v_s2, weighted);
    }
    /* s2 gains n * s1 (the old s1 once per byte), 16 * the sums of the
     * earlier blocks' byte sums, and every block's weighted sum. */
    uint64_t t2 = (uint64_t)s2 + (uint64_t)n * s1 + 16 * (uint64_t)(hsum(v_ps) % BASE) + hsum(v_s2);
    s1 = (uint32_t)(((uint64_t)s1 + hsum(v_s1)) % BASE);
    s2 = (uint32_t)(t2 % BASE);
  }
  while (len--) {
    s1 += *p++;
    s2 += s1;
  }
  return ((s2 % BASE) << 16) | (s1 % BASE);
}

/* Round r's change to the buffer, and the length it checksums. */
static size_t perturb(int r) {
  data[((size_t)r * 7919) % N] ^= (uint8_t)(r | 1);
  return N - (size_t)(r % 13);
}

/* Sets up the buffer from a fixed seed. */
static void init(void) {
  rng_state = 777;
  for (size_t i = 0; i < N; i++) data[i] = (uint8_t)(rng_next() >> 7);
}

static uint64_t scalar_round(int r) { return adler32_scalar(data, perturb(r)); }

static uint64_t simd_round(int r) { return adler32_simd(data, perturb(r)); }

int main(void) {
  static const struct program p = {"adler32", 4000, 100, init, scalar_round, simd_round, NULL};
  return run(&p);
}

/* Shared pieces of the SIMD benchmark programs (benches/simd/NAME.c).
 *
 * Each program generates its input with xorshift32, runs a SIMD kernel
 * for a number of rounds between bench_start() and bench_end() (the part
 * the run-time bench measures), checks the first rounds against a scalar
 * reference run before them, and prints "ok <checksum>" only if they agree
 * (see run()). */
#ifndef KINDLING_SIMD_COMMON_H
#define KINDLING_SIMD_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wasm_simd128.h>

/* The run-time bench times the code between these two calls. */
__attribute__((import_module("bench"), import_name("start"))) void bench_start(void);
__attribute__((import_module("bench"), import_name("end"))) void bench_end(void);

/* Keeps clang's loop vectoriser out of a scalar reference loop. */
#define SCALAR_LOOP _Pragma("clang loop vectorize(disable) interleave(disable)")

static uint32_t rng_state = 0x9e3779b9u;

/* The next xorshift32 value. */
static inline uint32_t rng_next(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  rng_state = x;
  return x;
}

/* Folds a 64-bit value into a running checksum. */
static inline uint64_t mix64(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h * 0x100000001b3ull;
}

/* A checksum of n bytes (n a multiple of 4), word by word. */
__attribute__((noinline, unused)) static uint64_t checksum_words(const void *data, size_t n) {
  const uint8_t *p = data;
  uint64_t h = 0xcbf29ce484222325ull;
  SCALAR_LOOP
  for (size_t i = 0; i < n; i += 4) {
    uint32_t w;
    memcpy(&w, p + i, 4);
    h = mix64(h, w);
  }
  return h;
}

/* A benchmark program: round r of either version changes the input a
 * little and runs that version's kernel, returning a value to fold into the
 * checksum; state, if not null, is a checksum of the output buffers. */
struct program {
  const char *name;
  int rounds, check;
  void (*init)(void);
  uint64_t (*scalar_round)(int r);
  uint64_t (*simd_round)(int r);
  uint64_t (*state)(void);
};

/* h, with the output checksum folded in if the program has one. */
static uint64_t fold_state(const struct program *p, uint64_t h) {
  return p->state ? mix64(h, p->state()) : h;
}

/* Runs p->check rounds of the scalar reference, then (timed) p->rounds
 * rounds of the SIMD version; prints "ok <checksum>" and returns 0 if their
 * first p->check rounds agreed, else prints both and returns 1. */
static int run(const struct program *p) {
  p->init();
  uint64_t scalar = 0;
  for (int r = 0; r < p->check; r++) scalar = mix64(scalar, p->scalar_round(r));
  scalar = fold_state(p, scalar);

  p->init();
  uint64_t simd = 0, all = 0;
  bench_start();
  for (int r = 0; r < p->rounds; r++) {
    all = mix64(all, p->simd_round(r));
    if (r == p->check - 1) simd = fold_state(p, all);
  }
  bench_end();
  if (simd != scalar) {
    printf("%s: MISMATCH simd %016llx scalar %016llx\n", p->name, (unsigned long long)simd,
           (unsigned long long)scalar);
    return 1;
  }
  printf("ok %016llx\n", (unsigned long long)fold_state(p, all));
  return 0;
}

#endif

/* Shared helpers of the realistic C programs: a deterministic generator of
 * text-like input (so no input files are needed) and a checksum. */
#ifndef KINDLING_REALISTIC_COMMON_H
#define KINDLING_REALISTIC_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static inline void rng_seed(uint64_t seed) { rng_state = seed ? seed : 1; }

/* xorshift64*. */
static inline uint64_t rng_next(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545f4914f6cdd1dull;
}

static inline uint32_t rng_below(uint32_t n) { return (uint32_t)((rng_next() >> 32) % n); }

/* FNV-1a over `len` bytes, continuing from `h` (start with 2166136261). */
static inline uint32_t fnv1a(const void *data, size_t len, uint32_t h) {
  const unsigned char *p = data;
  for (size_t i = 0; i < len; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

static const char *const WORDS[] = {
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be",
    "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but",
    "have", "an", "had", "they", "you", "were", "their", "one", "all", "we", "can", "her",
    "has", "there", "been", "if", "more", "when", "will", "would", "who", "so", "no",
    "compiler", "register", "memory", "function", "module", "instance", "table", "value",
    "stack", "branch", "loop", "block", "signature", "import", "export", "global", "local",
    "webassembly", "benchmark", "cranelift", "kindling", "allocation", "instruction"};

/* Fills `buf` with `len` bytes of word salad with numbers and line breaks:
 * compressible like prose, different for every seed. */
static inline void fill_text(unsigned char *buf, size_t len, uint64_t seed) {
  rng_seed(seed);
  size_t i = 0, line = 0;
  const size_t nwords = sizeof WORDS / sizeof WORDS[0];
  while (i < len) {
    char tmp[32];
    const char *w;
    size_t wl;
    uint32_t r = rng_below(100);
    if (r < 6) {
      wl = (size_t)snprintf(tmp, sizeof tmp, "%u", rng_below(100000));
      w = tmp;
    } else {
      /* Zipf-like: low indices are much more frequent. */
      uint32_t a = rng_below((uint32_t)nwords), b = rng_below((uint32_t)nwords);
      w = WORDS[a < b ? a : b];
      wl = strlen(w);
    }
    for (size_t k = 0; k < wl && i < len; k++) buf[i++] = (unsigned char)w[k];
    line += wl + 1;
    if (i < len) {
      if (line > 72) {
        buf[i++] = '\n';
        line = 0;
      } else {
        buf[i++] = r % 17 == 0 ? ',' : ' ';
      }
    }
  }
}

static inline void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "out of memory (%zu bytes)\n", n);
    exit(1);
  }
  return p;
}

static inline void fail(const char *what) {
  printf("FAILED: %s\n", what);
  exit(1);
}

#endif

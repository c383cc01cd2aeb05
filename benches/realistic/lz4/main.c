/* LZ4 (lz4-sys's bundled copy): fast and high-compression (HC) round trips
 * of generated text. */
#include "../common.h"
#include "lz4.h"
#include "lz4hc.h"

#define ROUNDS 8
#define SIZE (1u << 20)

int main(void) {
  unsigned char *in = xmalloc(SIZE), *back = xmalloc(SIZE);
  int bound = LZ4_compressBound(SIZE);
  unsigned char *out = xmalloc((size_t)bound);
  uint32_t h = 2166136261u;
  unsigned long long total = 0;
  for (int round = 0; round < ROUNDS; round++) {
    fill_text(in, SIZE, 3000 + round);
    int hc = round % 2;
    int n = hc ? LZ4_compress_HC((const char *)in, (char *)out, SIZE, bound, 9)
               : LZ4_compress_default((const char *)in, (char *)out, SIZE, bound);
    if (n <= 0) fail("compress");
    /* Decompress a few times: LZ4 is used where decoding dominates. */
    for (int k = 0; k < 4; k++) {
      int m = LZ4_decompress_safe((const char *)out, (char *)back, n, SIZE);
      if (m != (int)SIZE || memcmp(in, back, SIZE) != 0) fail("round trip");
    }
    h = fnv1a(out, (size_t)n, h);
    total += (unsigned long long)n;
    printf("round %d %s: %u -> %d bytes\n", round, hc ? "hc9" : "fast", SIZE, n);
  }
  printf("lz4 %s: %llu compressed bytes, fnv1a %08x\n", LZ4_versionString(), total, h);
  return 0;
}

/* bzip2 (bzip2-sys's bundled 1.0.8): compression round trips of generated
 * text and of low-entropy binary data. */
#include "../common.h"
#include "bzlib.h"

#define ROUNDS 4
#define SIZE (1u << 20)

int main(void) {
  unsigned char *in = xmalloc(SIZE), *back = xmalloc(SIZE);
  unsigned int bound = SIZE + SIZE / 100 + 600;
  unsigned char *out = xmalloc(bound);
  uint32_t h = 2166136261u;
  unsigned long long total = 0;
  for (int round = 0; round < ROUNDS; round++) {
    if (round % 2 == 0) {
      fill_text(in, SIZE, 4000 + round);
    } else {
      rng_seed(4000 + round);
      for (unsigned i = 0; i < SIZE; i++) {
        unsigned char a = (unsigned char)rng_below(16);
        in[i] = (unsigned char)(a * rng_below(3));
      }
    }
    unsigned int n = bound, m = SIZE;
    int rc = BZ2_bzBuffToBuffCompress((char *)out, &n, (char *)in, SIZE, 9, 0, 30);
    if (rc != BZ_OK) fail("compress");
    rc = BZ2_bzBuffToBuffDecompress((char *)back, &m, (char *)out, n, 0, 0);
    if (rc != BZ_OK || m != SIZE || memcmp(in, back, SIZE) != 0) fail("round trip");
    h = fnv1a(out, n, h);
    total += n;
    printf("round %d %s: %u -> %u bytes\n", round, round % 2 ? "binary" : "text", SIZE, n);
  }
  printf("bzip2 %s: %llu compressed bytes, fnv1a %08x\n", BZ2_bzlibVersion(), total, h);
  return 0;
}

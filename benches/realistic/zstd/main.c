/* zstd (zstd-sys's bundled copy): compression round trips of generated text
 * at several levels, one-shot and with a reused context. */
#include "../common.h"
#include "zstd.h"

#define ROUNDS 9
#define SIZE (1u << 20)

int main(void) {
  unsigned char *in = xmalloc(SIZE), *back = xmalloc(SIZE);
  size_t bound = ZSTD_compressBound(SIZE);
  unsigned char *out = xmalloc(bound);
  static const int levels[3] = {1, 3, 9};
  ZSTD_CCtx *cctx = ZSTD_createCCtx();
  ZSTD_DCtx *dctx = ZSTD_createDCtx();
  uint32_t h = 2166136261u;
  unsigned long long total = 0;
  for (int round = 0; round < ROUNDS; round++) {
    fill_text(in, SIZE, 2000 + round);
    int level = levels[round % 3];
    size_t n = ZSTD_compressCCtx(cctx, out, bound, in, SIZE, level);
    if (ZSTD_isError(n)) fail(ZSTD_getErrorName(n));
    size_t m = ZSTD_decompressDCtx(dctx, back, SIZE, out, n);
    if (ZSTD_isError(m)) fail(ZSTD_getErrorName(m));
    if (m != SIZE || memcmp(in, back, SIZE) != 0) fail("round trip");
    h = fnv1a(out, n, h);
    total += n;
    printf("round %d level %d: %u -> %zu bytes\n", round, level, SIZE, n);
  }
  ZSTD_freeCCtx(cctx);
  ZSTD_freeDCtx(dctx);
  printf("zstd %s: %llu compressed bytes, fnv1a %08x\n", ZSTD_versionString(), total, h);
  return 0;
}

/* Brotli (brotli-sys's bundled copy): compression round trips of generated
 * text at several qualities. */
#include "../common.h"
#include <brotli/decode.h>
#include <brotli/encode.h>

#define ROUNDS 4
#define SIZE (1u << 20)

int main(void) {
  unsigned char *in = xmalloc(SIZE), *back = xmalloc(SIZE);
  size_t bound = BrotliEncoderMaxCompressedSize(SIZE);
  unsigned char *out = xmalloc(bound);
  static const int qualities[4] = {1, 5, 7, 4};
  uint32_t h = 2166136261u;
  unsigned long long total = 0;
  for (int round = 0; round < ROUNDS; round++) {
    fill_text(in, SIZE, 5000 + round);
    int quality = qualities[round % 4];
    size_t n = bound, m = SIZE;
    if (!BrotliEncoderCompress(quality, 22, BROTLI_MODE_TEXT, SIZE, in, &n, out))
      fail("compress");
    if (BrotliDecoderDecompress(n, out, &m, back) != BROTLI_DECODER_RESULT_SUCCESS)
      fail("decompress");
    if (m != SIZE || memcmp(in, back, SIZE) != 0) fail("round trip");
    h = fnv1a(out, n, h);
    total += n;
    printf("round %d quality %d: %u -> %zu bytes\n", round, quality, SIZE, n);
  }
  printf("brotli: %llu compressed bytes, fnv1a %08x\n", total, h);
  return 0;
}

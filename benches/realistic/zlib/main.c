/* zlib (libz-sys's bundled copy): deflate and inflate round trips of
 * generated text at three compression levels, with crc32 and adler32. */
#include "../common.h"
#include "zlib.h"

#define ROUNDS 6
#define SIZE (1u << 20)

int main(void) {
  unsigned char *in = xmalloc(SIZE), *back = xmalloc(SIZE);
  uLong bound = compressBound(SIZE);
  unsigned char *out = xmalloc(bound);
  static const int levels[3] = {1, 6, 9};
  uLong crc = crc32(0, Z_NULL, 0), adler = adler32(0, Z_NULL, 0);
  unsigned long long total = 0;
  for (int round = 0; round < ROUNDS; round++) {
    fill_text(in, SIZE, 1000 + round);
    int level = levels[round % 3];
    uLongf out_len = bound, back_len = SIZE;
    if (compress2(out, &out_len, in, SIZE, level) != Z_OK) fail("compress2");
    if (uncompress(back, &back_len, out, out_len) != Z_OK) fail("uncompress");
    if (back_len != SIZE || memcmp(in, back, SIZE) != 0) fail("round trip");
    crc = crc32(crc, out, (uInt)out_len);
    adler = adler32(adler, back, (uInt)back_len);
    total += out_len;
    printf("round %d level %d: %u -> %lu bytes\n", round, level, SIZE, (unsigned long)out_len);
  }
  printf("zlib %s: %llu compressed bytes, crc32 %08lx, adler32 %08lx\n", zlibVersion(), total,
         crc, adler);
  return 0;
}

/* BLAKE3's portable C implementation (from the blake3 crate's c/
 * directory): hashing, keyed hashing and key derivation over generated
 * data, fed in one go and in uneven pieces, which must agree. */
#include "../common.h"
#include "blake3.h"

#define SIZE (8u << 20)
#define ROUNDS 12

static void print_hex(const char *tag, const uint8_t *out, size_t n) {
  printf("%s ", tag);
  for (size_t i = 0; i < n; i++) printf("%02x", out[i]);
  printf("\n");
}

int main(void) {
  unsigned char *in = xmalloc(SIZE);
  uint8_t key[BLAKE3_KEY_LEN], out[BLAKE3_OUT_LEN], again[BLAKE3_OUT_LEN], xof[64];
  for (int i = 0; i < BLAKE3_KEY_LEN; i++) key[i] = (uint8_t)(i * 7 + 1);
  for (int round = 0; round < ROUNDS; round++) {
    rng_seed(6000 + round);
    for (unsigned i = 0; i < SIZE; i += 8) {
      uint64_t r = rng_next();
      memcpy(in + i, &r, 8);
    }
    blake3_hasher hasher;
    if (round % 3 == 2)
      blake3_hasher_init_keyed(&hasher, key);
    else if (round % 3 == 1)
      blake3_hasher_init_derive_key(&hasher, "kindling realistic benchmark 2026");
    else
      blake3_hasher_init(&hasher);
    blake3_hasher hasher2 = hasher;
    blake3_hasher_update(&hasher, in, SIZE);
    blake3_hasher_finalize(&hasher, out, BLAKE3_OUT_LEN);
    /* The same input in uneven pieces. */
    size_t done = 0, piece = 1;
    while (done < SIZE) {
      size_t n = piece < SIZE - done ? piece : SIZE - done;
      blake3_hasher_update(&hasher2, in + done, n);
      done += n;
      piece = piece * 3 + 1;
    }
    blake3_hasher_finalize(&hasher2, again, BLAKE3_OUT_LEN);
    if (memcmp(out, again, BLAKE3_OUT_LEN) != 0) fail("incremental hash differs");
    char tag[16];
    snprintf(tag, sizeof tag, "round %d", round);
    print_hex(tag, out, BLAKE3_OUT_LEN);
    if (round == ROUNDS - 1) {
      blake3_hasher_finalize_seek(&hasher, 1u << 20, xof, sizeof xof);
      print_hex("xof", xof, sizeof xof);
    }
  }
  printf("blake3 %s: ok\n", blake3_version());
  return 0;
}

/* matmul: C = A x B for 128x128 f32 matrices, 1500 times with one
 * element of A changed each round; each row of C is built 16 columns at a
 * time in four f32x4 accumulators (splat, mul, add). The sums run in the
 * same order as the scalar reference, so the results agree bit for bit. */
#include "common.h"

#define N 128

static float a[N][N], b[N][N], c[N][N];

__attribute__((noinline)) static void matmul_scalar(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      float sum = 0.0f;
      SCALAR_LOOP
      for (int k = 0; k < N; k++) sum += a[i][k] * b[k][j];
      c[i][j] = sum;
    }
}

__attribute__((noinline)) static void matmul_simd(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j += 16) {
      v128_t c0 = wasm_f32x4_splat(0.0f), c1 = c0, c2 = c0, c3 = c0;
      for (int k = 0; k < N; k++) {
        v128_t aik = wasm_f32x4_splat(a[i][k]);
        const float *row = &b[k][j];
        c0 = wasm_f32x4_add(c0, wasm_f32x4_mul(aik, wasm_v128_load(row)));
        c1 = wasm_f32x4_add(c1, wasm_f32x4_mul(aik, wasm_v128_load(row + 4)));
        c2 = wasm_f32x4_add(c2, wasm_f32x4_mul(aik, wasm_v128_load(row + 8)));
        c3 = wasm_f32x4_add(c3, wasm_f32x4_mul(aik, wasm_v128_load(row + 12)));
      }
      wasm_v128_store(&c[i][j], c0);
      wasm_v128_store(&c[i][j + 4], c1);
      wasm_v128_store(&c[i][j + 8], c2);
      wasm_v128_store(&c[i][j + 12], c3);
    }
}

static float random_entry(void) { return (float)((int)(rng_next() % 2048) - 1024) / 1024.0f; }

/* Sets up A and B from a fixed seed. */
static void init(void) {
  rng_state = 12345;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = random_entry();
      b[i][j] = random_entry();
    }
}

/* Round r's change to A, before its product. */
static void perturb(int r) { a[(r * 7) % N][(r * 13) % N] = (float)(r % 97) / 64.0f - 0.75f; }

static uint64_t scalar_round(int r) {
  perturb(r);
  matmul_scalar();
  return checksum_words(c, sizeof c);
}

static uint64_t simd_round(int r) {
  perturb(r);
  matmul_simd();
  return checksum_words(c, sizeof c);
}

int main(void) {
  static const struct program p = {"matmul", 1500, 40, init, scalar_round, simd_round, NULL};
  return run(&p);
}

/* Included before every Lua source file (-include): WASI has no
 * setjmp/longjmp, so a Lua error ends the program (kindling_lua_throw, in
 * main.c) instead of unwinding, and the benchmark script raises none. The
 * string-hash seed and the sort pivot seed are fixed so that runs are
 * deterministic (and need no clock), and WASI has no
 * signals (sig_atomic_t). */
struct lua_State;
void kindling_lua_throw(struct lua_State *L, int status) __attribute__((noreturn));
#define LUAI_THROW(L, c) kindling_lua_throw(L, (c)->status)
#define LUAI_TRY(L, c, a) \
  {                       \
    a                     \
  }
#define luai_jmpbuf int
#define l_signalT int
#define luai_makeseed(L) 0x2545f491u
#define l_randomizePivot() 0x9e3779b9u

/* WASI has no setjmp: this build of Lua raises an error by printing it and
 * exiting (see prelude.h), so ldo.c's include needs nothing. */

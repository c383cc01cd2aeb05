/*
 * An LD_PRELOAD shim for s390x guests under qemu-user: getauxval(AT_HWCAP)
 * also reports HWCAP_S390_VXRS_EXT2 (bit 15, 32768).
 *
 * Why: qemu-s390x 7.2 executes the z15 instructions kindling's
 * `has_vxrs_ext2` code uses (vector-enhancements facility 2: vlbr, vstbr,
 * vlebrf, ...; STFLE reports facility 148), but the AT_HWCAP it hands the
 * guest lacks HWCAP_S390_VXRS_EXT2. wasmtime 12.0.2 checks every enabled ISA
 * flag against the host before it runs code (Engine::
 * check_compatible_with_isa_flag, engine.rs), and on s390x it answers both
 * `has_vxrs_ext2` and `has_mie2` with `libc::getauxval(AT_HWCAP) & 32768`
 * (there is no HWCAP bit for mie2; wasmtime and cranelift-native 0.99 take
 * the vxrs_ext2 bit for both). So without this shim, code compiled with
 * `has_vxrs_ext2=true` / `has_mie2=true` is refused as not for this host,
 * and the spec harness's `[vxrs_ext2 + mie2]` run cannot happen under qemu.
 *
 * That is the only mechanism covered: a call to glibc's `getauxval` through
 * the dynamic symbol table (the libc crate's binding), which a preloaded
 * definition interposes. So every getauxval caller in the process sees the
 * bit: wasmtime's check, cranelift-native's detection (Cranelift then
 * compiles z15 code) and kindling's where it asks getauxval (the spec
 * harness turns the z15 settings off for its main run, so that run stays
 * z14). Everything else is unchanged:
 *   - every other getauxval request, and AT_HWCAP's other bits, come from the
 *     real getauxval (dlsym(RTLD_NEXT));
 *   - /proc/self/auxv (qemu emulates it) and glibc's internal copy of the
 *     hwcaps (its ifunc resolvers) still show the value qemu gives.
 * It changes only what is *reported*, never what qemu executes: it does not
 * give the emulated CPU any facility. Preload it only where the CPU (or
 * qemu) really executes z15 code; on a z14 it would let wasmtime run code
 * that dies with SIGILL.
 *
 * Built and preloaded by .ci/run for the s390x qemu run:
 *   s390x-linux-gnu-gcc -shared -fPIC -O2 -o SHIM.so THIS.c -ldl
 *   QEMU_SET_ENV=LD_PRELOAD=SHIM.so (qemu-user puts it in the guest's
 *   environment at start, where the guest's ld.so reads it).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <sys/auxv.h>

#ifndef HWCAP_S390_VXRS_EXT2
#define HWCAP_S390_VXRS_EXT2 32768UL
#endif

typedef unsigned long (*getauxval_fn)(unsigned long);

unsigned long getauxval(unsigned long type)
{
    /* Looked up on every call: cheap next to what calls it, and no state. */
    getauxval_fn real = (getauxval_fn)dlsym(RTLD_NEXT, "getauxval");
    unsigned long value = real != NULL ? real(type) : 0;
    if (type == AT_HWCAP) {
        value |= HWCAP_S390_VXRS_EXT2;
    }
    return value;
}

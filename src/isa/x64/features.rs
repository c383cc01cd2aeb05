//! The x86_64 CPU feature settings, as wasmtime names them.

use crate::settings::cpu_features;

cpu_features! {
    /// The x86_64 CPU features kindling's code may rely on.
    X64Features, "x86_64", is_x86_feature_detected {
        has_lzcnt: "lzcnt", "Use lzcnt for clz";
        has_bmi1: "bmi1", "Use tzcnt for ctz";
        has_bmi2: "bmi2", "BMI2 (accepted, not used yet)";
        has_popcnt: "popcnt", "Use popcnt";
        has_sse3: "sse3", "SSE3 (accepted, not used yet)";
        has_ssse3: "ssse3", "Use SSSE3: pshufb for swizzle and shuffle, pmulhrsw for q15mulr, pmaddubsw, pabs, palignr";
        has_sse41: "sse4.1", "Use SSE4.1: rounding for ceil, floor, trunc and nearest; pmulld, pcmpeqq, pmin/pmax, pmovsx/pmovzx, packusdw, ptest, pinsr/pextr and blendv for SIMD";
        has_sse42: "sse4.2", "Use SSE4.2: pcmpgtq for 64-bit lane comparisons";
        has_avx: "avx", "Use AVX: VEX three-operand forms of the SIMD instructions (no copies before two-address operations)";
        has_avx2: "avx2", "Use AVX2 (with AVX): vpbroadcastb/w/d/q and vbroadcastss for splats";
        has_fma: "fma", "Use FMA (with AVX): vfmadd and vfnmadd for relaxed_madd and relaxed_nmadd (without them, as in Cranelift, a multiply then an add)";
        has_avx512f: "avx512f", "Use AVX-512F (with AVX512VL): vpabsq, vpsraq and vcvtudq2ps for i64x2.abs, i64x2.shr_s and f32x4.convert_i32x4_u";
        has_avx512vl: "avx512vl", "AVX-512VL: the xmm forms every AVX-512 instruction kindling uses needs";
        has_avx512dq: "avx512dq", "Use AVX-512DQ (with AVX512VL): vpmullq for i64x2.mul";
        has_avx512bitalg: "avx512bitalg", "Use AVX-512BITALG (with AVX512VL): vpopcntb for i8x16.popcnt";
        has_avx512vbmi: "avx512vbmi", "Use AVX-512VBMI (with AVX512VL): vpermi2b for shuffles of two operands";
    }
}

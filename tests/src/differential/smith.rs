//! The modules and arguments of a seed: wasm-smith's settings, the
//! instrumentation, and the per-seed shares of the oracle's variants.

use super::host::Value;
use super::{Plan, Setting, Simd};
use arbitrary::Unstructured;

/// wasm-smith settings restricted to what kindling, wasmi and wasmtime 12
/// all support. A third of the seeds generate only integer arithmetic,
/// locals, globals, `select` and `drop` (swarm testing): with every kind of
/// instruction allowed, wasm-smith spends most of a module on control flow,
/// floats, references and bounds-check sequences, and an operator such as
/// `i32.shr_u` shows up about once in four modules. In seeds with SIMD
/// (see [`Plan::simd`]), that third also has the integer lane operators.
pub fn smith_config(seed: u64) -> wasm_smith::Config {
    use wasm_smith::{InstructionKind as K, InstructionKinds};
    let plan = Plan::for_seed(seed);
    let simd = plan.simd != Simd::Off;
    let allowed_instructions = if seed % 3 == 2 && simd {
        InstructionKinds::new(&[K::NumericInt, K::VectorInt, K::Variable, K::Parametric])
    } else if seed % 3 == 2 {
        InstructionKinds::new(&[K::NumericInt, K::Variable, K::Parametric])
    } else {
        InstructionKinds::all()
    };
    wasm_smith::Config {
        allowed_instructions,
        // Half the seeds avoid trapping instructions, so more code runs to
        // completion; the other half exercise traps. Not with SIMD: under
        // `disallow_traps` wasm-smith 0.263 makes no SIMD operator but
        // `v128.const`.
        disallow_traps: seed.is_multiple_of(2) && !simd,
        min_memories: 1,
        // Where both engines canonicalize NaNs, wasm-smith must not: the
        // engines' own canonicalization is what is compared.
        canonicalize_nans: plan.setting != Setting::NanCanonicalization,
        max_imports: if plan.imports { 8 } else { 0 },
        export_everything: true,
        min_types: 1,
        min_funcs: 2,
        max_funcs: 16,
        max_instructions: 2_000,
        max_memories: 1,
        max_memory32_bytes: 4 << 16,
        max_tables: 2,
        max_table_elements: 64,
        max_data_segments: 4,
        max_element_segments: 4,
        simd_enabled: simd,
        relaxed_simd_enabled: plan.simd == Simd::Relaxed,
        threads_enabled: false,
        tail_call_enabled: plan.tail_calls,
        exceptions_enabled: false,
        gc_enabled: false,
        memory64_enabled: false,
        wide_arithmetic_enabled: false,
        extended_const_enabled: false,
        custom_page_sizes_enabled: false,
        shared_everything_threads_enabled: false,
        generate_custom_sections: false,
        compact_imports_enabled: false,
        ..wasm_smith::Config::default()
    }
}

/// Deterministic bytes for `seed` (xorshift).
pub fn seed_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// A deterministic choice among `n` for `seed`, independent of the seed's
/// residues and of other `salt`s (splitmix64), for assigning shares.
pub fn share(seed: u64, salt: u64, n: u64) -> u64 {
    let mut z = seed ^ salt.wrapping_mul(0xd1b5_4a32_d192_ed03);
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) % n
}

/// wasm-smith's fuel for `ensure_termination`: loop iterations and calls
/// an instance may make in all before it traps with `unreachable`.
pub const SMITH_FUEL: u32 = 10_000;

/// The module for `seed`. Seeds with imports first ask wasm-smith for at
/// least [`MIN_IMPORTS`] (left to itself it makes one or two), and for
/// whatever it will make when that fails, as it does for about two thirds
/// of the seeds. Relaxed-SIMD seeds try up to [`RELAXED_TRIES`] byte
/// strings for a module with a relaxed operator (about half have none)
/// and keep the last one made.
pub fn module_for_seed(seed: u64) -> Option<Vec<u8>> {
    let plan = Plan::for_seed(seed);
    let tries = if plan.simd == Simd::Relaxed {
        RELAXED_TRIES
    } else {
        1
    };
    let mut made = None;
    for attempt in 0..tries {
        let bytes = seed_bytes(seed ^ attempt.wrapping_mul(0x7e1a_9ed5_eed5_0000), 16 << 10);
        let generate = |min_imports| {
            let config = wasm_smith::Config {
                min_imports,
                ..smith_config(seed)
            };
            wasm_smith::Module::new(config, &mut Unstructured::new(&bytes)).ok()
        };
        let module = plan
            .imports
            .then(|| generate(MIN_IMPORTS))
            .flatten()
            .or_else(|| generate(0));
        let Some(wasm) = module.and_then(|m| prepare_module(m, seed)) else {
            continue;
        };
        let done =
            tries == 1 || super::ModuleInfo::of(&wasm).is_ok_and(|info| info.relaxed_operators > 0);
        made = Some(wasm);
        if done {
            break;
        }
    }
    made
}

/// How many byte strings a relaxed-SIMD seed tries (see [`module_for_seed`]).
pub const RELAXED_TRIES: u64 = 3;

/// The imports wasm-smith is first asked for, in seeds with imports.
pub const MIN_IMPORTS: usize = 4;

/// The binary of a generated module, with loops and recursion bounded by
/// wasm-smith's fuel, made observable by [`crate::instrument`] as `seed`'s
/// plan asks.
pub fn prepare_module(mut module: wasm_smith::Module, seed: u64) -> Option<Vec<u8>> {
    let plan = Plan::for_seed(seed);
    module.ensure_termination(SMITH_FUEL).ok()?;
    let options = crate::instrument::Options {
        fused_compares: plan.fused_compares,
        fold_floats: plan.setting == Setting::NanCanonicalization,
        simd: plan.simd != Simd::Off,
        relaxed_simd: plan.simd == Simd::Relaxed,
        // Where wasm-smith canonicalizes NaNs (see `config`), and where
        // wasmi is the bit-for-bit reference under NaN canonicalization
        // (riscv64): its deterministic profile canonicalizes promotion's
        // NaNs, which kindling leaves to the machine, or keeps as x86_64
        // does (`f64x2.promote_low_f32x4`).
        canonical_conversions: plan.setting != Setting::NanCanonicalization
            || !crate::CRANELIFT_IS_A_REFERENCE,
    };
    crate::instrument::observable_with(&module.to_bytes(), options)
}

/// Argument bits for parameter `i` of call `call`: edge cases and random
/// values of every magnitude, chosen by the seed.
pub fn arg_bits(seed: u64, call: u64, i: usize) -> u64 {
    let seed = seed ^ call.wrapping_mul(0x51ed_2701_a3c4_9b67);
    const EDGES: [u64; 8] = [
        0,
        1,
        u64::MAX,
        0x8000_0000,
        0x7fff_ffff,
        0x8000_0000_0000_0000,
        42,
        0xffff_0000,
    ];
    let r = seed_bytes(seed ^ (i as u64 + 1).wrapping_mul(0x1234_5678_9abc_def1), 9);
    let random = u64::from_le_bytes(r[..8].try_into().expect("8 bytes"));
    match r[8] % 4 {
        0 => EDGES[(r[8] / 4) as usize % EDGES.len()],
        1 => random >> (r[8] % 60),
        _ => random,
    }
}

/// The argument of type `ty` for parameter `i` of call `call`. A float is
/// a NaN with a seed-chosen sign and payload one time in four (random bits
/// rarely are), so that NaN propagation and canonicalization get inputs;
/// so is, one time in four each, every f32 or every f64 lane of a `v128`
/// that a seed-chosen mask picks.
/// Externrefs are mostly non-null, wrapping a small id; funcrefs mostly
/// one of `funcs` (the exported defined functions, by name).
pub fn arg(ty: super::host::Ty, seed: u64, call: u64, i: usize, funcs: &[String]) -> Value {
    use super::host::Ty;
    let b = arg_bits(seed, call, i);
    let nan = share(b, 11, 4) == 0;
    match ty {
        Ty::I32 => Value::I32(b as i32),
        Ty::I64 => Value::I64(b as i64),
        Ty::F32 if nan => Value::F32(0x7f80_0001 | (b as u32 & 0x807f_ffff)),
        Ty::F64 if nan => Value::F64(0x7ff0_0000_0000_0001 | (b & 0x800f_ffff_ffff_ffff)),
        Ty::F32 => Value::F32(b as u32),
        Ty::F64 => Value::F64(b),
        Ty::FuncRef if funcs.is_empty() || share(b, 12, 8) == 0 => Value::Func(None),
        Ty::FuncRef => Value::Func(Some(
            funcs[share(b, 13, funcs.len() as u64) as usize].clone(),
        )),
        // By a hash of the bits: the edge cases are mostly multiples of 8.
        Ty::ExternRef if share(b, 9, 8) == 0 => Value::Extern(None),
        Ty::ExternRef => Value::Extern(Some(1 + share(b, 10, 1000) as u32)),
        Ty::V128 => Value::V128(v128_arg(seed, call, i)),
    }
}

/// The bits of a `v128` argument: two halves as [`arg_bits`] chooses them
/// (edge cases among them), with NaN lanes a quarter of the time as f32
/// lanes and a quarter as f64 lanes, each lane one time in two.
fn v128_arg(seed: u64, call: u64, i: usize) -> u128 {
    let (lo, hi) = (arg_bits(seed, call, i), arg_bits(!seed, call, i));
    let mut bits = u128::from(lo) | u128::from(hi) << 64;
    let mix = lo ^ hi.rotate_left(17);
    let (lanes, width, nan) = match share(mix, 14, 4) {
        0 => (4, 32, 0x7f80_0001_u128),
        1 => (2, 64, 0x7ff0_0000_0000_0001_u128),
        _ => return bits,
    };
    let sign_and_payload = if width == 32 {
        0x807f_ffff
    } else {
        0x800f_ffff_ffff_ffff
    };
    let lane_mask = (1u128 << width) - 1;
    for lane in 0..lanes {
        if share(mix, 15 + lane, 2) == 0 {
            let shift = lane * width;
            let old = (bits >> shift) & lane_mask;
            let lane_bits = nan | (old & sign_and_payload);
            bits = (bits & !(lane_mask << shift)) | (lane_bits << shift);
        }
    }
    bits
}

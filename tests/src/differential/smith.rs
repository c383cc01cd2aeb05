//! The modules and arguments of a seed: wasm-smith's settings, the
//! instrumentation, and the per-seed shares of the oracle's variants.

use super::host::Value;
use super::{Plan, Setting};
use arbitrary::Unstructured;

/// wasm-smith settings restricted to what kindling, wasmi and wasmtime 12
/// all support. A third of the seeds generate only integer arithmetic,
/// locals, globals, `select` and `drop` (swarm testing): with every kind of
/// instruction allowed, wasm-smith spends most of a module on control flow,
/// floats, references and bounds-check sequences, and an operator such as
/// `i32.shr_u` shows up about once in four modules.
pub fn smith_config(seed: u64) -> wasm_smith::Config {
    use wasm_smith::{InstructionKind as K, InstructionKinds};
    let plan = Plan::for_seed(seed);
    let allowed_instructions = if seed % 3 == 2 {
        InstructionKinds::new(&[K::NumericInt, K::Variable, K::Parametric])
    } else {
        InstructionKinds::all()
    };
    wasm_smith::Config {
        allowed_instructions,
        // Half the seeds avoid trapping instructions, so more code runs to
        // completion; the other half exercise traps.
        disallow_traps: seed.is_multiple_of(2),
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
        simd_enabled: false,
        relaxed_simd_enabled: false,
        threads_enabled: false,
        tail_call_enabled: false,
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
/// of the seeds.
pub fn module_for_seed(seed: u64) -> Option<Vec<u8>> {
    let bytes = seed_bytes(seed, 16 << 10);
    let generate = |min_imports| {
        let config = wasm_smith::Config {
            min_imports,
            ..smith_config(seed)
        };
        wasm_smith::Module::new(config, &mut Unstructured::new(&bytes)).ok()
    };
    let module = Plan::for_seed(seed)
        .imports
        .then(|| generate(MIN_IMPORTS))
        .flatten()
        .or_else(|| generate(0))?;
    prepare_module(module, seed)
}

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
/// rarely are), so that NaN propagation and canonicalization get inputs.
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
    }
}

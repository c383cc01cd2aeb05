//! The differential oracle: a wasm-smith module, run in wasmi 2.0 (the
//! reference interpreter) and in wasmtime 12.0.2 with kindling, must agree on
//! every exported function's results or trap, and on the exported memories
//! and globals after every call. When they disagree, Cranelift in the same
//! wasmtime decides: if it agrees with kindling, the reference is at fault
//! and the seed is inconclusive.
//!
//! Each export runs in a fresh instance and is called [`CALLS_PER_EXPORT`]
//! times there with different arguments, so later calls see the memory and
//! globals earlier calls left. Modules are first made observable
//! ([`crate::instrument`]): integer results are folded into an exported
//! global and memories are never empty.

use arbitrary::Unstructured;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

/// Calls executed under kindling so far (for reporting execution counts).
pub static KINDLING_CALLS: AtomicU64 = AtomicU64::new(0);

/// How kindling's calls ended so far: "returned", or the trap's name.
pub static KINDLING_OUTCOMES: std::sync::Mutex<std::collections::BTreeMap<String, u64>> =
    std::sync::Mutex::new(std::collections::BTreeMap::new());
use wasmtime::{Engine, Instance, Module, Store, Trap, Val};

/// What one call did, in engine-neutral terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Returned these values (NaNs canonicalized).
    Returned(Vec<String>),
    /// Trapped with this kind.
    Trapped(String),
    /// Ran out of fuel or stack: not comparable.
    Inconclusive,
}

/// How often each export is called in its instance.
pub const CALLS_PER_EXPORT: u64 = 3;

/// One call: its outcome, then the state of the exported memories and
/// globals after it.
pub type Call = (Outcome, String);

/// Everything observed in one engine for one module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observation {
    /// Per exported function, in name order: its name and its calls, which
    /// stop after an inconclusive one.
    pub exports: Vec<(String, Vec<Call>)>,
    /// Instantiation failed (not comparable further).
    pub instantiation_failed: bool,
}

impl Observation {
    /// The number of calls observed.
    pub fn call_count(&self) -> usize {
        self.exports.iter().map(|(_, calls)| calls.len()).sum()
    }
}

/// The verdict for one seed.
#[derive(Debug)]
pub enum Verdict {
    /// kindling and the reference agree.
    Agree,
    /// The reference disagrees but Cranelift agrees with kindling.
    ReferenceDisagrees,
    /// The module could not be generated (too little entropy).
    NoModule,
    /// The reference interpreter panicked: inconclusive.
    ReferencePanicked(String),
    /// kindling disagrees with the reference and Cranelift: a kindling bug.
    Diverged(String),
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verdict::Agree => write!(f, "agree"),
            Verdict::ReferenceDisagrees => {
                write!(f, "wasmi disagrees, cranelift agrees with kindling")
            }
            Verdict::NoModule => write!(f, "no module"),
            Verdict::ReferencePanicked(why) => write!(f, "wasmi panicked: {why}"),
            Verdict::Diverged(why) => write!(f, "DIVERGED: {why}"),
        }
    }
}

/// wasm-smith settings restricted to what kindling, wasmi and wasmtime 12
/// all support. A third of the seeds generate only integer arithmetic,
/// locals, globals, `select` and `drop` (swarm testing): with every kind of
/// instruction allowed, wasm-smith spends most of a module on control flow,
/// floats, references and bounds-check sequences, and an operator such as
/// `i32.shr_u` shows up about once in four modules.
pub fn smith_config(seed: u64) -> wasm_smith::Config {
    use wasm_smith::{InstructionKind as K, InstructionKinds};
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
        canonicalize_nans: true,
        max_imports: 0,
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

/// wasm-smith's fuel for `ensure_termination`: loop iterations and calls
/// an instance may make in all before it traps with `unreachable`.
pub const SMITH_FUEL: u32 = 10_000;

/// The module for `seed`.
pub fn module_for_seed(seed: u64) -> Option<Vec<u8>> {
    let bytes = seed_bytes(seed, 16 << 10);
    let mut u = Unstructured::new(&bytes);
    let module = wasm_smith::Module::new(smith_config(seed), &mut u).ok()?;
    prepare_module(module)
}

/// The binary of a generated module, with loops and recursion bounded by
/// wasm-smith's fuel, made observable by [`crate::instrument::observable`].
pub fn prepare_module(mut module: wasm_smith::Module) -> Option<Vec<u8>> {
    module.ensure_termination(SMITH_FUEL).ok()?;
    crate::instrument::observable(&module.to_bytes())
}

/// Argument bits for parameter `i` of call `call`: edge cases and random
/// values of every magnitude, chosen by the seed.
fn arg_bits(seed: u64, call: u64, i: usize) -> u64 {
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

fn canonical_f32(bits: u32) -> String {
    if f32::from_bits(bits).is_nan() {
        "f32:nan".into()
    } else {
        format!("f32:{bits:#x}")
    }
}

fn canonical_f64(bits: u64) -> String {
    if f64::from_bits(bits).is_nan() {
        "f64:nan".into()
    } else {
        format!("f64:{bits:#x}")
    }
}

/// Bytes any memory may grow to, in every engine.
const MEMORY_LIMIT: usize = 16 << 20;
/// Elements any table may grow to, in every engine.
const TABLE_LIMIT: usize = 10_000;

/// Runs `wasm` in wasmtime with `engine`'s compiler.
pub fn observe_wasmtime(engine: &Engine, wasm: &[u8], seed: u64) -> anyhow::Result<Observation> {
    let module = Module::new(engine, wasm)?;
    let mut names: Vec<String> = module
        .exports()
        .filter(|e| e.ty().func().is_some())
        .map(|e| e.name().to_string())
        .collect();
    names.sort();
    let mut exports = Vec::new();
    for name in names {
        let limits = wasmtime::StoreLimitsBuilder::new()
            .memory_size(MEMORY_LIMIT)
            .table_elements(TABLE_LIMIT as u32)
            .build();
        let mut store = Store::new(engine, limits);
        store.limiter(|s| s);
        let instance = match Instance::new(&mut store, &module, &[]) {
            Ok(i) => i,
            Err(_) => {
                return Ok(Observation {
                    exports,
                    instantiation_failed: true,
                })
            }
        };
        let func = instance.get_func(&mut store, &name).expect("exported");
        let ty = func.ty(&store);
        let mut calls = Vec::new();
        for call in 0..CALLS_PER_EXPORT {
            let params: Vec<Val> = ty
                .params()
                .enumerate()
                .map(|(i, t)| {
                    let b = arg_bits(seed, call, i);
                    match t {
                        wasmtime::ValType::I32 => Val::I32(b as i32),
                        wasmtime::ValType::I64 => Val::I64(b as i64),
                        wasmtime::ValType::F32 => Val::F32(b as u32),
                        wasmtime::ValType::F64 => Val::F64(b),
                        wasmtime::ValType::V128 => Val::V128(b as u128),
                        wasmtime::ValType::FuncRef => Val::FuncRef(None),
                        wasmtime::ValType::ExternRef => Val::ExternRef(None),
                    }
                })
                .collect();
            let mut results: Vec<Val> = ty.results().map(|_| Val::I32(0)).collect();
            let outcome = match func.call(&mut store, &params, &mut results) {
                Ok(()) => Outcome::Returned(results.iter().map(show_wasmtime).collect()),
                Err(e) => match e.downcast_ref::<Trap>() {
                    Some(Trap::StackOverflow) | Some(Trap::OutOfFuel) => Outcome::Inconclusive,
                    Some(t) => Outcome::Trapped(trap_name_wasmtime(*t)),
                    None => Outcome::Trapped(format!("error: {e}")),
                },
            };
            let stop = outcome == Outcome::Inconclusive;
            calls.push((outcome, state_wasmtime(&mut store, &instance)));
            if stop {
                break;
            }
        }
        exports.push((name, calls));
    }
    Ok(Observation {
        exports,
        instantiation_failed: false,
    })
}

fn show_wasmtime(v: &Val) -> String {
    match v {
        Val::I32(x) => format!("i32:{x}"),
        Val::I64(x) => format!("i64:{x}"),
        Val::F32(b) => canonical_f32(*b),
        Val::F64(b) => canonical_f64(*b),
        Val::V128(b) => format!("v128:{b:#x}"),
        Val::FuncRef(f) => format!("funcref:{}", f.is_some()),
        Val::ExternRef(r) => format!("externref:{}", r.is_some()),
    }
}

fn trap_name_wasmtime(t: Trap) -> String {
    match t {
        Trap::UnreachableCodeReached => "unreachable",
        Trap::MemoryOutOfBounds => "memory out of bounds",
        Trap::TableOutOfBounds => "table out of bounds",
        Trap::IndirectCallToNull => "indirect call to null",
        Trap::BadSignature => "bad signature",
        Trap::IntegerOverflow => "integer overflow",
        Trap::IntegerDivisionByZero => "integer division by zero",
        Trap::BadConversionToInteger => "bad conversion to integer",
        _ => return format!("{t:?}"),
    }
    .to_string()
}

fn state_wasmtime(store: &mut Store<wasmtime::StoreLimits>, instance: &Instance) -> String {
    let mut exports: Vec<(String, String)> = Vec::new();
    let names: Vec<String> = instance
        .exports(&mut *store)
        .map(|e| e.name().to_string())
        .collect();
    for name in names {
        if let Some(m) = instance.get_memory(&mut *store, &name) {
            exports.push((name, format!("mem:{:016x}", hash(m.data(&*store)))));
        } else if let Some(g) = instance.get_global(&mut *store, &name) {
            exports.push((name, show_wasmtime(&g.get(&mut *store))));
        }
    }
    exports.sort();
    format!("{exports:?}")
}

/// FNV-1a, to summarise a memory.
fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Runs `wasm` in wasmi. A panic inside wasmi is returned as an error
/// message, not propagated: the reference's own bugs are inconclusive.
pub fn observe_wasmi(wasm: &[u8], seed: u64) -> Result<anyhow::Result<Observation>, String> {
    std::panic::catch_unwind(|| observe_wasmi_unguarded(wasm, seed)).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "a panic".into())
    })
}

fn observe_wasmi_unguarded(wasm: &[u8], seed: u64) -> anyhow::Result<Observation> {
    let mut config = wasmi::Config::default();
    config.consume_fuel(true);
    // wasmi recurses on the host stack; stop deep recursion early (a stack
    // overflow is inconclusive anyway).
    config.set_max_recursion_depth(1_000);
    config.compilation_mode(wasmi::CompilationMode::Eager);
    let engine = wasmi::Engine::new(&config);
    let module = wasmi::Module::new(&engine, wasm).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut names: Vec<String> = module
        .exports()
        .filter(|e| e.ty().func().is_some())
        .map(|e| e.name().to_string())
        .collect();
    names.sort();
    let linker = wasmi::Linker::<wasmi::StoreLimits>::new(&engine);
    let mut exports = Vec::new();
    for name in names {
        let limits = wasmi::StoreLimitsBuilder::new()
            .memory_size(MEMORY_LIMIT)
            .table_elements(TABLE_LIMIT)
            .build();
        let mut store = wasmi::Store::new(&engine, limits);
        store.limiter(|s| s);
        store
            .set_fuel(100_000_000)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let instance = match linker.instantiate_and_start(&mut store, &module) {
            Ok(i) => i,
            Err(_) => {
                return Ok(Observation {
                    exports,
                    instantiation_failed: true,
                })
            }
        };
        let func = instance.get_func(&store, &name).expect("exported");
        let ty = func.ty(&store);
        let mut calls = Vec::new();
        for call in 0..CALLS_PER_EXPORT {
            let params: Vec<wasmi::Val> = ty
                .params()
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let b = arg_bits(seed, call, i);
                    match t {
                        wasmi::ValType::I32 => wasmi::Val::I32(b as i32),
                        wasmi::ValType::I64 => wasmi::Val::I64(b as i64),
                        wasmi::ValType::F32 => wasmi::Val::F32(f32::from_bits(b as u32).into()),
                        wasmi::ValType::F64 => wasmi::Val::F64(f64::from_bits(b).into()),
                        other => wasmi::Val::default_for_ty(*other),
                    }
                })
                .collect();
            let mut results: Vec<wasmi::Val> = ty
                .results()
                .iter()
                .map(|t| wasmi::Val::default_for_ty(*t))
                .collect();
            let outcome = match func.call(&mut store, &params, &mut results) {
                Ok(()) => Outcome::Returned(results.iter().map(show_wasmi).collect()),
                Err(e) => match e.as_trap_code() {
                    Some(wasmi::TrapCode::StackOverflow) | Some(wasmi::TrapCode::OutOfFuel) => {
                        Outcome::Inconclusive
                    }
                    Some(code) => Outcome::Trapped(trap_name_wasmi(code)),
                    None => Outcome::Trapped(format!("error: {e}")),
                },
            };
            let stop = outcome == Outcome::Inconclusive;
            calls.push((outcome, state_wasmi(&store, &instance)));
            if stop {
                break;
            }
        }
        exports.push((name, calls));
    }
    Ok(Observation {
        exports,
        instantiation_failed: false,
    })
}

fn show_wasmi(v: &wasmi::Val) -> String {
    match v {
        wasmi::Val::I32(x) => format!("i32:{x}"),
        wasmi::Val::I64(x) => format!("i64:{x}"),
        wasmi::Val::F32(f) => canonical_f32(f.to_bits()),
        wasmi::Val::F64(f) => canonical_f64(f.to_bits()),
        wasmi::Val::FuncRef(f) => format!("funcref:{}", !f.is_null()),
        wasmi::Val::ExternRef(r) => format!("externref:{}", !r.is_null()),
        other => format!("{other:?}"),
    }
}

fn trap_name_wasmi(code: wasmi::TrapCode) -> String {
    use wasmi::TrapCode as C;
    match code {
        C::UnreachableCodeReached => "unreachable",
        C::MemoryOutOfBounds => "memory out of bounds",
        C::TableOutOfBounds => "table out of bounds",
        C::IndirectCallToNull => "indirect call to null",
        C::BadSignature => "bad signature",
        C::IntegerOverflow => "integer overflow",
        C::IntegerDivisionByZero => "integer division by zero",
        C::BadConversionToInteger => "bad conversion to integer",
        other => return format!("{other:?}"),
    }
    .to_string()
}

fn state_wasmi(store: &wasmi::Store<wasmi::StoreLimits>, instance: &wasmi::Instance) -> String {
    let mut exports: Vec<(String, String)> = Vec::new();
    for e in instance.exports(store) {
        let name = e.name().to_string();
        if let Some(m) = e.clone().into_memory() {
            exports.push((name, format!("mem:{:016x}", hash(m.data(store)))));
        } else if let Some(g) = e.into_global() {
            exports.push((name, show_wasmi(&g.get(store))));
        }
    }
    exports.sort();
    format!("{exports:?}")
}

/// Whether two observations agree. An inconclusive call is a wildcard that
/// ends the comparison of its export: neither its outcome nor any state
/// after it is compared.
pub fn agree(a: &Observation, b: &Observation) -> Result<(), String> {
    if a.instantiation_failed || b.instantiation_failed {
        return if a.instantiation_failed == b.instantiation_failed {
            Ok(())
        } else {
            Err("one engine failed to instantiate".into())
        };
    }
    if a.exports.len() != b.exports.len() {
        return Err("different export counts".into());
    }
    for ((name, calls_a), (name_b, calls_b)) in a.exports.iter().zip(&b.exports) {
        if name != name_b {
            return Err(format!("exports `{name}` and `{name_b}` do not line up"));
        }
        let mut inconclusive = false;
        for (i, ((oa, sa), (ob, sb))) in calls_a.iter().zip(calls_b).enumerate() {
            if *oa == Outcome::Inconclusive || *ob == Outcome::Inconclusive {
                inconclusive = true;
                break;
            }
            if oa != ob {
                return Err(format!("`{name}` call {i}: {oa:?} vs {ob:?}"));
            }
            if sa != sb {
                return Err(format!("`{name}` call {i}: state {sa} vs {sb}"));
            }
        }
        if !inconclusive && calls_a.len() != calls_b.len() {
            return Err(format!("`{name}`: different call counts"));
        }
    }
    Ok(())
}

/// Engines for kindling and Cranelift, built once.
pub struct Engines {
    /// kindling.
    pub kindling: Engine,
    /// Cranelift, the tie-breaker.
    pub cranelift: Engine,
}

impl Engines {
    /// Both engines with wasmtime's defaults, but for the memory settings
    /// the environment asks for (`KINDLING_STATIC_MEMORY_MAXIMUM=0` and
    /// friends keep reservations small under qemu).
    pub fn new() -> anyhow::Result<Engines> {
        use kindling_cli::{Compiler, EngineOptions};
        let make = |compiler| -> anyhow::Result<Engine> {
            Engine::new(&EngineOptions::from_env(compiler)?.config())
        };
        Ok(Engines {
            kindling: make(Compiler::Kindling)?,
            cranelift: make(Compiler::Cranelift)?,
        })
    }
}

/// Runs the oracle for `seed`.
pub fn check_seed(engines: &Engines, seed: u64) -> Verdict {
    let Some(wasm) = module_for_seed(seed) else {
        return Verdict::NoModule;
    };
    check_module(engines, &wasm, seed)
}

/// Runs the oracle on a given module.
pub fn check_module(engines: &Engines, wasm: &[u8], seed: u64) -> Verdict {
    let reference = match observe_wasmi(wasm, seed) {
        Ok(Ok(o)) => o,
        Ok(Err(_)) => return Verdict::NoModule,
        Err(panic) => return Verdict::ReferencePanicked(panic),
    };
    let kindling = match observe_wasmtime(&engines.kindling, wasm, seed) {
        Ok(o) => o,
        Err(e) => return Verdict::Diverged(format!("kindling failed to compile: {e:#}")),
    };
    KINDLING_CALLS.fetch_add(kindling.call_count() as u64, Ordering::Relaxed);
    if let Ok(mut outcomes) = KINDLING_OUTCOMES.lock() {
        for (outcome, _) in kindling.exports.iter().flat_map(|(_, calls)| calls) {
            let key = match outcome {
                Outcome::Returned(_) => "returned",
                Outcome::Trapped(t) => t,
                Outcome::Inconclusive => "inconclusive",
            };
            *outcomes.entry(key.to_string()).or_default() += 1;
        }
    }
    match agree(&reference, &kindling) {
        Ok(()) => Verdict::Agree,
        Err(why) => match observe_wasmtime(&engines.cranelift, wasm, seed) {
            Ok(cranelift) if agree(&cranelift, &kindling).is_ok() => Verdict::ReferenceDisagrees,
            _ => Verdict::Diverged(why),
        },
    }
}

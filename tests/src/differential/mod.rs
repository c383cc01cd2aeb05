//! The differential oracle: a wasm-smith module, run in wasmi 2.0 (the
//! reference interpreter) and in wasmtime 12.0.2 with kindling, must agree on
//! every exported function's results or trap, on the exported memories,
//! globals and tables, and on the calls made to the host, after every
//! call. When they disagree, Cranelift in the same wasmtime decides: if it
//! agrees with kindling, the reference is at fault and the seed is
//! inconclusive.
//!
//! Each export runs in a fresh instance and is called [`CALLS_PER_EXPORT`]
//! times there with different arguments, so later calls see the memory and
//! globals earlier calls left. Modules are first made observable
//! ([`crate::instrument`]): integer results are folded into an exported
//! global and memories are never empty.
//!
//! Each seed has a [`Plan`]: how it is instrumented, which engine settings
//! it runs under, whether it has imports and whether it has SIMD. Under NaN
//! canonicalization the reference is Cranelift with the same setting, NaN
//! bits compared exactly; so it is for relaxed SIMD, whose results are
//! implementation-defined. Only a bit-for-bit reference compares the
//! `v128` results whose NaN bits wasm leaves open ([`v128`]); SIMD seeds
//! without relaxed SIMD are compared with wasmi. Where Cranelift is no
//! reference (riscv64, [`crate::CRANELIFT_IS_A_REFERENCE`]), wasmi is, NaN
//! canonicalization included (its deterministic profile), and for relaxed
//! SIMD too, whose choices kindling makes as wasmi does there
//! ([`crate::RELAXED_SIMD_AS_WASMI`]).

mod host;
mod on_wasmi;
mod on_wasmtime;
mod smith;
pub mod v128;

pub use host::{Import, ImportKind, ModuleInfo, Ty, Value, MEMORY_LIMIT, TABLE_LIMIT};
pub use on_wasmi::observe_wasmi;
pub use on_wasmtime::{observe_cranelift, observe_wasmtime, reverse_v128_global_inits};
pub use smith::{
    arg, arg_bits, module_for_seed, prepare_module, seed_bytes, share, smith_config, RELAXED_TRIES,
    SMITH_FUEL,
};

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use wasmtime::Engine;

/// Calls executed under kindling so far (for reporting execution counts).
pub static KINDLING_CALLS: AtomicU64 = AtomicU64::new(0);

/// How kindling's calls ended so far: "returned", or the trap's name.
pub static KINDLING_OUTCOMES: std::sync::Mutex<std::collections::BTreeMap<String, u64>> =
    std::sync::Mutex::new(std::collections::BTreeMap::new());

/// Environment variable: `0` runs the NaN-canonicalization share of the
/// seeds with default settings instead (default on).
pub const ENV_NAN_CANONICALIZATION: &str = "KINDLING_FUZZ_NAN_CANON";

/// The engine settings a seed runs under, the same for kindling and for
/// Cranelift.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Setting {
    /// wasmtime's defaults (and the environment's memory settings).
    Default,
    /// `Config::consume_fuel`, with more fuel than any call uses.
    Fuel,
    /// `Config::epoch_interruption`, with a deadline never reached.
    Epochs,
    /// Guard pages off: every memory is bounds-checked.
    NoGuardPages,
    /// `Config::cranelift_nan_canonicalization`; compared with Cranelift.
    NanCanonicalization,
}

impl Setting {
    /// Every setting, in the order of [`Engines`]' pairs.
    pub const ALL: [Setting; 5] = [
        Setting::Default,
        Setting::Fuel,
        Setting::Epochs,
        Setting::NoGuardPages,
        Setting::NanCanonicalization,
    ];
}

/// Whether a seed's module has SIMD.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Simd {
    /// No SIMD.
    Off,
    /// wasm-smith's `simd_enabled`: compared with wasmi (Cranelift breaks
    /// ties, bit for bit).
    On,
    /// `simd_enabled` and `relaxed_simd_enabled`: compared with Cranelift
    /// only, or with wasmi where kindling's relaxed choices are its own.
    Relaxed,
}

/// How one seed is run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Comparisons feed fused `if`/`br_if`/`select` forms instead of a
    /// `local.tee` (a quarter of the seeds).
    pub fused_compares: bool,
    /// The engine settings: three sevenths default, a seventh each for the
    /// others.
    pub setting: Setting,
    /// wasm-smith may generate imports, which the host provides (half).
    pub imports: bool,
    /// SIMD: a quarter [`Simd::On`], a twelfth [`Simd::Relaxed`] (none
    /// where kindling compiles no SIMD: [`crate::target_compiles_simd`]).
    pub simd: Simd,
    /// wasm-smith's `tail_call_enabled` (a third of the seeds without SIMD
    /// and NaN canonicalization, whose references are wasmi):
    /// `return_call` and `return_call_indirect`.
    pub tail_calls: bool,
}

impl Plan {
    /// The plan for `seed`. The shares are independent of each other and
    /// of the seed's residues that [`smith_config`] uses.
    pub fn for_seed(seed: u64) -> Plan {
        let mut setting = match share(seed, 2, 7) {
            3 => Setting::Fuel,
            4 => Setting::Epochs,
            5 => Setting::NoGuardPages,
            6 => Setting::NanCanonicalization,
            _ => Setting::Default,
        };
        if setting == Setting::NanCanonicalization
            && std::env::var(ENV_NAN_CANONICALIZATION).is_ok_and(|v| v == "0")
        {
            setting = Setting::Default;
        }
        let simd = match share(seed, 4, 12) {
            _ if !crate::target_compiles_simd() => Simd::Off,
            0..3 => Simd::On,
            3 if crate::CRANELIFT_IS_A_REFERENCE || crate::RELAXED_SIMD_AS_WASMI => Simd::Relaxed,
            _ => Simd::Off,
        };
        // Never where Cranelift is the reference: wasmtime 12's stack walker
        // asserts, aborting the process, when a Cranelift function the host
        // called tail-calls a host function that traps or collects.
        let tail_calls = crate::host_has_tail_calls()
            && share(seed, 5, 3) == 0
            && simd == Simd::Off
            && setting != Setting::NanCanonicalization;
        Plan {
            fused_compares: share(seed, 1, 4) == 0,
            setting,
            imports: share(seed, 3, 2) == 0,
            simd,
            tail_calls,
        }
    }
}

/// What one call did, in engine-neutral terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Returned these values.
    Returned(Vec<String>),
    /// Trapped with this kind.
    Trapped(String),
    /// Ran out of fuel or stack: not comparable.
    Inconclusive,
}

/// How often each export is called in its instance.
pub const CALLS_PER_EXPORT: u64 = 3;

/// One call: its outcome, then the state after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    /// How it ended.
    pub outcome: Outcome,
    /// The exported memories (hashed), globals and tables, and the host
    /// calls made since the previous call.
    pub state: String,
    /// How many host calls are in `state`.
    pub host_calls: u64,
    /// How many table elements are in `state`.
    pub table_elements: u64,
    /// [`crate::instrument::EXACT_GLOBAL`] after the call (empty without
    /// SIMD): compared only with a reference that must agree bit for bit.
    pub exact: String,
    /// [`crate::instrument::V128_FOLDS_GLOBAL`] after the call: `v128`
    /// results folded so far in this instance (0 without SIMD).
    pub v128_folds: u64,
}

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

    /// An observation of a module that failed to instantiate.
    fn failed(exports: Vec<(String, Vec<Call>)>) -> Observation {
        Observation {
            exports,
            instantiation_failed: true,
        }
    }
}

/// What a comparison compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Seeds instantiated in both engines and compared.
    pub seeds: u64,
    /// Calls compared.
    pub calls: u64,
    /// Result values compared, in calls that returned in both.
    pub values: u64,
    /// Calls that trapped in both.
    pub trapped: u64,
    /// Host calls compared.
    pub host_calls: u64,
    /// Table elements compared.
    pub table_elements: u64,
    /// [`Simd::On`] seeds compared whose module has SIMD operators.
    pub simd_seeds: u64,
    /// [`Simd::Relaxed`] seeds compared whose module has relaxed-SIMD
    /// operators.
    pub relaxed_seeds: u64,
    /// `v128` results folded in calls compared.
    pub v128_folds: u64,
    /// Seeds compared whose plan has tail calls and whose module has a
    /// `return_call` or `return_call_indirect`.
    pub tail_call_seeds: u64,
    /// Seeds compared with Cranelift instead of wasmi, because they have
    /// an operator wasmi aborts on ([`ModuleInfo::wasmi_aborts`]).
    pub instead_of_wasmi: u64,
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.seeds += o.seeds;
        self.calls += o.calls;
        self.values += o.values;
        self.trapped += o.trapped;
        self.host_calls += o.host_calls;
        self.table_elements += o.table_elements;
        self.simd_seeds += o.simd_seeds;
        self.relaxed_seeds += o.relaxed_seeds;
        self.v128_folds += o.v128_folds;
        self.tail_call_seeds += o.tail_call_seeds;
        self.instead_of_wasmi += o.instead_of_wasmi;
    }
}

/// The verdict for one seed.
#[derive(Debug)]
pub enum Verdict {
    /// kindling and the reference agree, having compared this much.
    Agree(Tally),
    /// The reference disagrees (why) but Cranelift agrees with kindling.
    ReferenceDisagrees(String),
    /// The module could not be generated (too little entropy) or the
    /// reference rejected it (why).
    NoModule(String),
    /// The module's imports cannot be provided: skipped.
    Unsatisfiable(String),
    /// The reference interpreter panicked: inconclusive.
    ReferencePanicked(String),
    /// kindling disagrees with the reference and Cranelift: a kindling bug.
    Diverged(String),
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verdict::Agree(_) => write!(f, "agree"),
            Verdict::ReferenceDisagrees(why) => {
                write!(f, "wasmi disagrees, cranelift agrees with kindling: {why}")
            }
            Verdict::NoModule(why) => write!(f, "no module: {why}"),
            Verdict::Unsatisfiable(why) => write!(f, "imports not provided: {why}"),
            Verdict::ReferencePanicked(why) => write!(f, "wasmi panicked: {why}"),
            Verdict::Diverged(why) => write!(f, "DIVERGED: {why}"),
        }
    }
}

/// Whether two observations agree, and if so what was compared. An
/// inconclusive call is a wildcard that ends the comparison of its export:
/// neither its outcome nor any state after it is compared. The `v128`
/// results whose bits wasm leaves open ([`Call::exact`]) are not compared.
pub fn agree(a: &Observation, b: &Observation) -> Result<Tally, String> {
    compare(a, b, false)
}

/// [`agree`], and the `v128` results whose bits wasm leaves open must
/// agree too: for two compilers on the same machine.
pub fn agree_exactly(a: &Observation, b: &Observation) -> Result<Tally, String> {
    compare(a, b, true)
}

fn compare(a: &Observation, b: &Observation, exact: bool) -> Result<Tally, String> {
    if a.instantiation_failed || b.instantiation_failed {
        return if a.instantiation_failed == b.instantiation_failed {
            Ok(Tally::default())
        } else {
            Err(format!(
                "only {} failed to instantiate",
                if a.instantiation_failed {
                    "the first"
                } else {
                    "the second"
                }
            ))
        };
    }
    if a.exports.len() != b.exports.len() {
        return Err("different export counts".into());
    }
    let mut tally = Tally {
        seeds: 1,
        ..Tally::default()
    };
    for ((name, calls_a), (name_b, calls_b)) in a.exports.iter().zip(&b.exports) {
        if name != name_b {
            return Err(format!("exports `{name}` and `{name_b}` do not line up"));
        }
        let mut inconclusive = false;
        let mut v128_folds = 0;
        for (i, (ca, cb)) in calls_a.iter().zip(calls_b).enumerate() {
            let (oa, ob) = (&ca.outcome, &cb.outcome);
            if *oa == Outcome::Inconclusive || *ob == Outcome::Inconclusive {
                inconclusive = true;
                break;
            }
            if oa != ob {
                return Err(format!("`{name}` call {i}: {oa:?} vs {ob:?}"));
            }
            if ca.state != cb.state {
                return Err(format!(
                    "`{name}` call {i}: state {} vs {}",
                    ca.state, cb.state
                ));
            }
            if exact && ca.exact != cb.exact {
                return Err(format!(
                    "`{name}` call {i}: v128 results with open bits (`{}`) {} vs {}",
                    crate::instrument::EXACT_GLOBAL,
                    ca.exact,
                    cb.exact
                ));
            }
            v128_folds = ca.v128_folds;
            tally.calls += 1;
            tally.host_calls += ca.host_calls;
            tally.table_elements += ca.table_elements;
            match oa {
                Outcome::Returned(values) => tally.values += values.len() as u64,
                Outcome::Trapped(_) => tally.trapped += 1,
                Outcome::Inconclusive => {}
            }
        }
        if !inconclusive && calls_a.len() != calls_b.len() {
            return Err(format!("`{name}`: different call counts"));
        }
        tally.v128_folds += v128_folds;
    }
    Ok(tally)
}

/// Engines for kindling and Cranelift, one pair per [`Setting`], built
/// once.
pub struct Engines {
    /// `(kindling, cranelift)` per setting, in [`Setting::ALL`] order.
    pairs: Vec<(Engine, Engine)>,
}

impl Engines {
    /// Both engines for every setting, with wasmtime's defaults but for the
    /// memory settings the environment asks for
    /// (`KINDLING_STATIC_MEMORY_MAXIMUM=0` and friends keep reservations
    /// small under qemu).
    pub fn new() -> anyhow::Result<Engines> {
        use kindling_cli::{Compiler, EngineOptions};
        let make = |compiler, setting| -> anyhow::Result<Engine> {
            let base = EngineOptions::from_env(compiler)?;
            let options = match setting {
                Setting::Fuel => EngineOptions { fuel: true, ..base },
                Setting::Epochs => EngineOptions {
                    epochs: true,
                    ..base
                },
                Setting::NoGuardPages => EngineOptions {
                    no_guard_pages: true,
                    ..base
                },
                Setting::Default | Setting::NanCanonicalization => base,
            };
            let mut config = options.config();
            if setting == Setting::NanCanonicalization {
                config.cranelift_nan_canonicalization(true);
            }
            Engine::new(&config)
        };
        let pairs = Setting::ALL
            .iter()
            .map(|s| {
                Ok((
                    make(Compiler::Kindling, *s)?,
                    make(Compiler::Cranelift, *s)?,
                ))
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(Engines { pairs })
    }

    /// The kindling and Cranelift engines for `setting`.
    pub fn pair(&self, setting: Setting) -> &(Engine, Engine) {
        let i = Setting::ALL
            .iter()
            .position(|s| *s == setting)
            .expect("listed");
        &self.pairs[i]
    }
}

/// Runs the oracle for `seed`.
pub fn check_seed(engines: &Engines, seed: u64) -> Verdict {
    let module = match std::env::var_os(ENV_MODULE) {
        Some(path) => std::fs::read(&path).ok(),
        None => module_for_seed(seed),
    };
    let Some(wasm) = module else {
        return Verdict::NoModule("wasm-smith made none".into());
    };
    if let Some(dir) = std::env::var_os(ENV_SAVE_DIR) {
        let path = std::path::Path::new(&dir).join(format!("seed-{seed}.wasm"));
        if let Err(e) = std::fs::write(&path, &wasm) {
            println!("cannot save {}: {e}", path.display());
        }
    }
    check_module(engines, &wasm, seed)
}

/// Environment variable: a module file to run under each seed's plan
/// instead of the seed's own module (one saved with [`ENV_SAVE_DIR`]
/// elsewhere, say).
pub const ENV_MODULE: &str = "KINDLING_FUZZ_MODULE";

/// Environment variable: a directory to write each seed's module to, as
/// `seed-N.wasm` (for reproducing a divergence with `kindling run`).
pub const ENV_SAVE_DIR: &str = "KINDLING_FUZZ_SAVE_DIR";

/// Counts kindling's calls and how they ended, for the report.
fn record_kindling(observation: &Observation) {
    KINDLING_CALLS.fetch_add(observation.call_count() as u64, Ordering::Relaxed);
    if let Ok(mut outcomes) = KINDLING_OUTCOMES.lock() {
        for call in observation.exports.iter().flat_map(|(_, calls)| calls) {
            let key = match &call.outcome {
                Outcome::Returned(_) => "returned",
                Outcome::Trapped(t) => t,
                Outcome::Inconclusive => "inconclusive",
            };
            *outcomes.entry(key.to_string()).or_default() += 1;
        }
    }
}

/// Runs the oracle on a given module, under `seed`'s plan.
pub fn check_module(engines: &Engines, wasm: &[u8], seed: u64) -> Verdict {
    let plan = Plan::for_seed(seed);
    let info = match ModuleInfo::of(wasm) {
        Ok(info) => info,
        Err(why) => return Verdict::Unsatisfiable(why),
    };
    let (kindling_engine, cranelift_engine) = engines.pair(plan.setting);
    let run = |engine| observe_wasmtime(engine, wasm, &info, seed, plan.setting);
    let run_cranelift = || observe_cranelift(cranelift_engine, wasm, &info, seed, plan.setting);
    // Under NaN canonicalization, Cranelift (where it is a reference) or
    // else wasmi must agree bit for bit, NaN bits and open `v128` results
    // included: wasmi's deterministic profile gives the canonical NaN
    // wherever kindling and Cranelift canonicalize, and for promotion and
    // demotion too, whose results the rewrite then canonicalizes
    // (`Options::canonical_conversions`).
    let nan_canonicalization = plan.setting == Setting::NanCanonicalization;
    let only_cranelift = match (plan.setting, plan.simd, &info.wasmi_aborts) {
        (Setting::NanCanonicalization, _, _) if crate::CRANELIFT_IS_A_REFERENCE => {
            Some("with NaN canonicalization".to_string())
        }
        // wasmi's v128 lanes are wrong on a big-endian host.
        (_, Simd::On | Simd::Relaxed, _) if !crate::WASMI_RUNS_SIMD => {
            Some("with SIMD on a big-endian host".into())
        }
        // Relaxed results are implementation-defined: wasmi is their
        // reference only where kindling chooses as it does.
        (_, Simd::Relaxed, _) if !crate::RELAXED_SIMD_AS_WASMI => Some("with relaxed SIMD".into()),
        (_, _, Some(op)) => Some(format!("instead of wasmi, which aborts on {op}")),
        _ => None,
    };
    let counted = |mut tally: Tally| {
        if tally.seeds > 0 {
            tally.simd_seeds = u64::from(plan.simd == Simd::On && info.simd_operators > 0);
            tally.relaxed_seeds =
                u64::from(plan.simd == Simd::Relaxed && info.relaxed_operators > 0);
            tally.tail_call_seeds = u64::from(plan.tail_calls && info.tail_calls > 0);
            tally.instead_of_wasmi = u64::from(
                only_cranelift
                    .as_ref()
                    .is_some_and(|mode| mode.starts_with("instead of wasmi")),
            );
        }
        Verdict::Agree(tally)
    };
    // Where Cranelift is no reference (see `CRANELIFT_IS_A_REFERENCE`), a
    // module only it could check is skipped, and it breaks no tie for a
    // module with SIMD (which it cannot compile there).
    if let (Some(mode), false) = (&only_cranelift, crate::CRANELIFT_IS_A_REFERENCE) {
        return Verdict::NoModule(format!("no reference {mode}: Cranelift is none here"));
    }
    let cranelift_usable = crate::CRANELIFT_IS_A_REFERENCE || plan.simd == Simd::Off;
    if let Some(mode) = &only_cranelift {
        // Cranelift, with the same settings, is the reference.
        let reference = match run_cranelift() {
            Ok(o) => o,
            Err(e) => return Verdict::NoModule(format!("cranelift: {e:#}")),
        };
        let kindling = match run(kindling_engine) {
            Ok(o) => o,
            Err(e) => return Verdict::Diverged(format!("kindling failed to compile: {e:#}")),
        };
        record_kindling(&kindling);
        return match agree_exactly(&reference, &kindling) {
            Ok(tally) => counted(tally),
            Err(why) => Verdict::Diverged(format!("{mode}, against cranelift: {why}")),
        };
    }
    let reference = match observe_wasmi(wasm, &info, seed, nan_canonicalization) {
        Ok(Ok(o)) => o,
        Ok(Err(e)) => return Verdict::NoModule(format!("wasmi: {e:#}")),
        Err(panic) => return Verdict::ReferencePanicked(panic),
    };
    let kindling = match run(kindling_engine) {
        Ok(o) => o,
        Err(e) => return Verdict::Diverged(format!("kindling failed to compile: {e:#}")),
    };
    record_kindling(&kindling);
    let compared = if nan_canonicalization {
        agree_exactly(&reference, &kindling)
    } else {
        agree(&reference, &kindling)
    };
    match compared {
        Ok(tally) => counted(tally),
        Err(why) if !cranelift_usable => Verdict::Diverged(why),
        Err(why) => match run_cranelift() {
            Ok(cranelift) if agree_exactly(&cranelift, &kindling).is_ok() => {
                Verdict::ReferenceDisagrees(why)
            }
            _ => Verdict::Diverged(why),
        },
    }
}

/// Traps by the name both engines report them under.
pub fn trap_name(debug: &str) -> String {
    match debug {
        "UnreachableCodeReached" => "unreachable",
        "MemoryOutOfBounds" => "memory out of bounds",
        "TableOutOfBounds" => "table out of bounds",
        "IndirectCallToNull" => "indirect call to null",
        "BadSignature" => "bad signature",
        "IntegerOverflow" => "integer overflow",
        "IntegerDivisionByZero" => "integer division by zero",
        "BadConversionToInteger" => "bad conversion to integer",
        other => other,
    }
    .to_string()
}

/// The call that ended with `outcome`, with the state after it: `parts`
/// are `(export name, shown value)` pairs, sorted here (the folded `v128`
/// results with open bits kept apart); the host calls since the last call
/// follow.
pub fn finish_call(
    outcome: Outcome,
    mut parts: Vec<(String, String)>,
    table_elements: u64,
    log: &mut Vec<String>,
) -> Call {
    use crate::instrument::{EXACT_GLOBAL, V128_FOLDS_GLOBAL};
    parts.sort();
    let mut exact = String::new();
    let mut v128_folds = 0;
    parts.retain(|(name, shown)| {
        if name == V128_FOLDS_GLOBAL {
            v128_folds = shown
                .strip_prefix("i64:")
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
        }
        if name != EXACT_GLOBAL {
            return true;
        }
        exact.clone_from(shown);
        false
    });
    let host_calls = log.len() as u64;
    let state = format!("{parts:?} host calls {:?}", std::mem::take(log));
    Call {
        outcome,
        state,
        host_calls,
        table_elements,
        exact,
        v128_folds,
    }
}

/// Summarises a table: its elements, or for a large table its size and a
/// hash of its elements.
pub fn show_table(elements: &[Value]) -> String {
    let text: Vec<String> = elements.iter().map(|e| e.show(true)).collect();
    if elements.len() <= 16 {
        return format!("table:[{}]", text.join(", "));
    }
    let non_null = elements
        .iter()
        .filter(|e| !matches!(e, Value::Func(None) | Value::Extern(None)))
        .count();
    format!(
        "table:{} elements, {non_null} non-null, {:016x}",
        elements.len(),
        host::fnv(host::FNV_START, text.join(",").as_bytes())
    )
}

/// Summarises a memory by its hash.
pub fn show_memory(bytes: &[u8]) -> String {
    format!("mem:{:016x}", host::fnv(host::FNV_START, bytes))
}

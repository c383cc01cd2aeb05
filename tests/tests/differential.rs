//! Differential smoke test: wasm-smith modules through wasmi and through
//! wasmtime with kindling, with Cranelift as the tie-breaker, and as the
//! reference for relaxed SIMD and NaN canonicalization (see
//! `docs/FUZZING.md`).
//!
//! It runs the fixed seeds `KINDLING_FUZZ_FIRST_SEED..+KINDLING_FUZZ_ITERS`
//! (default 0..1,000), then `KINDLING_FUZZ_EXTRA_ITERS` seeds (default
//! 1,000) from `KINDLING_FUZZ_EXTRA_BASE` (CI derives it from the commit).
//! It prints `N passed, M failed` and what was compared, and fails on any
//! divergence, or when less was compared than the floors below.

use kindling_tests::differential::{
    check_seed, Engines, Tally, Verdict, KINDLING_CALLS, KINDLING_OUTCOMES,
};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Per 1,000 seeds run, at least this many must have been compared, for
/// each count in [`Tally`]. Set at about half the lowest rate measured over
/// runs of 2,000 and 400 seeds (see `docs/FUZZING.md`); host calls vary
/// most (a few seeds call the host in a loop), so their floor is lower.
/// The SIMD floors fail a run whose SIMD or relaxed-SIMD modules were all
/// rejected or never ran a vector operator.
const FLOORS_PER_1000: Tally = Tally {
    seeds: 430,
    calls: 6_000,
    values: 1_900,
    trapped: 1_800,
    host_calls: 250,
    table_elements: 50_000,
    simd_seeds: 90,
    relaxed_seeds: 30,
    v128_folds: 400_000,
    tail_call_seeds: 40,
    instead_of_wasmi: 0,
};

/// Runs of fewer seeds are checked only for having compared something:
/// the rates scatter too much below this.
const FLOOR_MIN_SEEDS: u64 = 100;

#[test]
fn differential_smoke() {
    run_smoke();
}

fn env_u64(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .unwrap_or_else(|_| panic!("{name}=`{v}` is not a number")),
        Err(_) => default,
    }
}

/// What the run has seen so far.
#[derive(Default)]
struct Run {
    passed: u64,
    reference: u64,
    empty: u64,
    unsatisfiable: u64,
    panicked: u64,
    tally: Tally,
    /// `(seed, why)`, sorted by seed when reported.
    failures: Vec<(u64, String)>,
    seeds_run: u64,
}

impl Run {
    fn seed(&mut self, engines: &Engines, seed: u64, verbose: bool) {
        if verbose {
            eprintln!("seed {seed}");
        }
        self.seeds_run += 1;
        match check_seed(engines, seed) {
            Verdict::Agree(tally) => {
                self.passed += 1;
                self.tally += tally;
            }
            Verdict::ReferenceDisagrees(why) => {
                self.reference += 1;
                self.passed += 1;
                if verbose {
                    eprintln!("seed {seed}: only wasmi differs: {why}");
                } else {
                    println!("seed {seed}: only wasmi differs (Cranelift agrees with kindling)");
                }
            }
            Verdict::NoModule(why) => {
                self.empty += 1;
                if verbose {
                    eprintln!("seed {seed}: no module, {why}");
                }
            }
            Verdict::Unsatisfiable(why) => {
                self.unsatisfiable += 1;
                if verbose {
                    eprintln!("seed {seed}: skipped, {why}");
                }
            }
            Verdict::ReferencePanicked(why) => {
                self.panicked += 1;
                println!("seed {seed}: inconclusive, wasmi panicked: {why}");
            }
            Verdict::Diverged(why) => self.failures.push((seed, why)),
        }
    }

    fn merge(&mut self, other: Run) {
        self.passed += other.passed;
        self.reference += other.reference;
        self.empty += other.empty;
        self.unsatisfiable += other.unsatisfiable;
        self.panicked += other.panicked;
        self.tally += other.tally;
        self.failures.extend(other.failures);
        self.seeds_run += other.seeds_run;
    }
}

fn run_smoke() {
    let iters = env_u64("KINDLING_FUZZ_ITERS", 1_000);
    let first = env_u64("KINDLING_FUZZ_FIRST_SEED", 0);
    let extra_iters = env_u64("KINDLING_FUZZ_EXTRA_ITERS", 1_000);
    let extra_base = env_u64("KINDLING_FUZZ_EXTRA_BASE", 1 << 40);
    assert!(
        iters > 0,
        "KINDLING_FUZZ_ITERS=0: nothing would be compared"
    );
    // One worker per core by default: every seed is independent of the
    // others, and the SIMD shares' Cranelift compiles are slow in a debug
    // build.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get() as u64);
    let threads = env_u64("KINDLING_FUZZ_THREADS", cores).max(1);
    println!(
        "seeds {first}..{} and {extra_base}..{} (KINDLING_FUZZ_FIRST_SEED={first} \
         KINDLING_FUZZ_ITERS={iters} KINDLING_FUZZ_EXTRA_BASE={extra_base} \
         KINDLING_FUZZ_EXTRA_ITERS={extra_iters}), {threads} thread(s)",
        first + iters,
        extra_base + extra_iters
    );
    let engines = Engines::new().expect("engines");
    let verbose = std::env::var_os("KINDLING_FUZZ_VERBOSE").is_some();
    // An optional time budget, for long local runs: stop early, report
    // what ran.
    let budget = std::env::var("KINDLING_FUZZ_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(std::time::Duration::from_secs);
    let start = std::time::Instant::now();
    let seeds: Vec<u64> = (first..first + iters)
        .chain(extra_base..extra_base + extra_iters)
        .collect();
    let next = AtomicUsize::new(0);
    let over_budget = AtomicBool::new(false);
    let worker = || {
        let mut run = Run::default();
        loop {
            if budget.is_some_and(|b| start.elapsed() > b) {
                over_budget.store(true, Ordering::Relaxed);
                break;
            }
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(&seed) = seeds.get(i) else { break };
            if i % 5_000 == 4_999 {
                println!(
                    "progress: {} seeds, {} executions",
                    i + 1,
                    KINDLING_CALLS.load(Ordering::Relaxed)
                );
            }
            run.seed(&engines, seed, verbose);
        }
        run
    };
    let mut run = Run::default();
    std::thread::scope(|scope| {
        // wasmi and wasm-smith recurse on the host stack; give them room.
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn_scoped(scope, worker)
                    .expect("spawn")
            })
            .collect();
        for handle in handles {
            run.merge(handle.join().expect("a smoke-test worker panicked"));
        }
    });
    if over_budget.into_inner() {
        println!("time budget reached after {} seeds", run.seeds_run);
    }
    run.failures.sort();
    report(&run, start.elapsed());
}

fn report(run: &Run, elapsed: std::time::Duration) {
    for (seed, why) in &run.failures {
        println!("seed {seed}: {why}");
    }
    println!(
        "{} seed(s) where only wasmi differed; {} where wasmi panicked; \
         {} seed(s) without a module; {} skipped for imports the host cannot provide; \
         {} compared with Cranelift instead of wasmi, which aborts on them",
        run.reference, run.panicked, run.empty, run.unsatisfiable, run.tally.instead_of_wasmi
    );
    println!(
        "{} differential executions (export calls) under kindling",
        KINDLING_CALLS.load(Ordering::Relaxed)
    );
    if let Ok(outcomes) = KINDLING_OUTCOMES.lock() {
        println!("how those calls ended: {outcomes:?}");
    }
    let t = &run.tally;
    let compared = format!(
        "compared: {} seeds ({} with SIMD, {} with relaxed SIMD, {} with tail calls), {} calls, {} returned values, \
         {} trapped in both ({} host calls, {} table elements, {} v128 results) \
         in {} seeds run, {:.1} s",
        t.seeds,
        t.simd_seeds,
        t.relaxed_seeds,
        t.tail_call_seeds,
        t.calls,
        t.values,
        t.trapped,
        t.host_calls,
        t.table_elements,
        t.v128_folds,
        run.seeds_run,
        elapsed.as_secs_f64()
    );
    println!("{compared}");
    // libtest hides a passing test's output; CI names a file to show it.
    if let Some(path) = std::env::var_os("KINDLING_FUZZ_SUMMARY") {
        use std::io::Write;
        let line = format!("differential on {}: {compared}\n", kindling_tests::TARGET);
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(line.as_bytes()))
            .expect("KINDLING_FUZZ_SUMMARY names a writable file");
    }
    println!("{} passed, {} failed", run.passed, run.failures.len());
    assert!(
        run.failures.is_empty(),
        "{} divergences:\n{}",
        run.failures.len(),
        run.failures
            .iter()
            .map(|(seed, why)| format!("seed {seed}: {why}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(t.seeds > 0 && t.calls > 0, "the oracle compared nothing");
    if run.seeds_run < FLOOR_MIN_SEEDS {
        println!("fewer than {FLOOR_MIN_SEEDS} seeds run: floors not checked");
        return;
    }
    let floor = |per_1000: u64| (per_1000 * run.seeds_run).div_ceil(1000);
    let f = &FLOORS_PER_1000;
    let checks = [
        ("seeds", t.seeds, f.seeds),
        ("calls", t.calls, f.calls),
        ("returned values", t.values, f.values),
        ("calls trapped in both", t.trapped, f.trapped),
        ("host calls", t.host_calls, f.host_calls),
        ("table elements", t.table_elements, f.table_elements),
        ("SIMD seeds", t.simd_seeds, f.simd_seeds),
        ("relaxed SIMD seeds", t.relaxed_seeds, f.relaxed_seeds),
        ("tail-call seeds", t.tail_call_seeds, f.tail_call_seeds),
        ("v128 results", t.v128_folds, f.v128_folds),
    ];
    // Where kindling compiles no SIMD, no seed has any; where Cranelift
    // cannot be the reference, no seed has relaxed SIMD; where wasmtime
    // refuses tail calls (s390x), no seed has them.
    let simd_count = |what: &str| what.contains("SIMD") || what.starts_with("v128");
    let counted = |what: &str| {
        (kindling_tests::target_compiles_simd() || !simd_count(what))
            && (kindling_tests::host_has_tail_calls() || !what.starts_with("tail"))
            && (kindling_tests::CRANELIFT_IS_A_REFERENCE
                || kindling_tests::RELAXED_SIMD_AS_WASMI
                || !what.starts_with("relaxed"))
    };
    let low: Vec<String> = checks
        .iter()
        .filter(|(what, ..)| counted(what))
        .filter(|(_, got, per)| *got < floor(*per))
        .map(|(what, got, per)| format!("{what}: {got} < floor {}", floor(*per)))
        .collect();
    assert!(
        low.is_empty(),
        "the oracle compared too little ({} seeds run): {}",
        run.seeds_run,
        low.join("; ")
    );
}

/// A hand-written module that uses everything the host provides: an
/// imported function, globals (one an externref), memory and table, an
/// externref parameter and exported funcref tables. wasmi and kindling
/// must agree on it, and the observation must show the host calls, the
/// externref ids and the functions in the table by name.
#[test]
fn host_imports_tables_and_externrefs_are_compared() {
    use kindling_tests::differential::{
        agree, observe_wasmi, observe_wasmtime, ModuleInfo, Setting,
    };
    let wasm = wat::parse_str(
        r#"(module
             (import "env" "mix" (func $mix (param i32 externref) (result i64 externref)))
             (import "env" "g" (global $g i32))
             (import "env" "r" (global $r externref))
             (import "env" "m" (memory 1))
             (import "env" "t" (table 2 funcref))
             (table $own (export "own") 3 funcref)
             (global $kept (export "kept") (mut externref) (ref.null extern))
             (global $sum (export "sum") (mut i64) (i64.const 0))
             (elem (table $own) (i32.const 0) func $f $h)
             (func $f (export "f") (param $x i32) (param $e externref) (result externref)
               (local $out externref)
               (global.set $kept (local.get $e))
               (call $mix (i32.add (local.get $x) (global.get $g)) (local.get $e))
               (local.set $out)
               (global.set $sum)
               (i32.store (i32.const 8) (local.get $x))
               (table.set $own (i32.const 2) (table.get $own (i32.const 1)))
               (table.set 0 (i32.const 1) (ref.func $h))
               (local.get $out))
             (func $h (export "h") (result externref) (global.get $r)))"#,
    )
    .unwrap();
    let info = ModuleInfo::of(&wasm).unwrap();
    assert_eq!(info.imports.len(), 5);
    let engines = Engines::new().unwrap();
    let kindling = &engines.pair(Setting::Default).0;
    let reference = observe_wasmi(&wasm, &info, 7, false).unwrap().unwrap();
    let observed = observe_wasmtime(kindling, &wasm, &info, 7, Setting::Default).unwrap();
    let tally = agree(&reference, &observed).unwrap();
    assert_eq!((tally.seeds, tally.calls), (1, 6));
    assert!(tally.host_calls >= 3, "{tally:?}");
    let text: String = observed
        .exports
        .iter()
        .flat_map(|(_, calls)| calls)
        .map(|call| format!("{:?} {}\n", call.outcome, call.state))
        .collect();
    for expected in [
        "Returned([\"externref:#1",
        "(\"kept\", \"externref:#",
        "host calls [\"0:mix(i32:",
        r#"("own", "table:[funcref:\"f\", funcref:\"h\", funcref:\"h\"]")"#,
    ] {
        assert!(text.contains(expected), "no {expected} in {text}");
    }
}

/// A hand-written SIMD module: a v128 parameter, result, global, memory
/// store and host call. wasmi, kindling and Cranelift must agree, v128s are
/// shown by their bits, and the result whose NaN bits wasm leaves open (an
/// `f32x4.add`) is compared only by the exact comparison (with Cranelift
/// where it is a reference: not on riscv64).
#[test]
fn v128_values_are_compared_bit_for_bit() {
    if !kindling_tests::simd_runs_here() {
        return;
    }
    use kindling_tests::differential::{
        agree, agree_exactly, observe_cranelift, observe_wasmi, observe_wasmtime, ModuleInfo,
        Setting,
    };
    use kindling_tests::instrument::{observable_with, Options};
    let wat = r#"(module
          (import "env" "v" (func $v (param v128 i32) (result v128)))
          (memory (export "m") 1)
          (global $g (export "g") (mut v128) (v128.const i64x2 0 0))
          (func (export "f") (param $x v128) (result v128)
            (drop (f32x4.add (local.get $x) (local.get $x)))
            (global.set $g (call $v (i32x4.add (local.get $x) (local.get $x))
                                    (i8x16.bitmask (local.get $x))))
            (v128.store (i32.const 16) (global.get $g))
            (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31
              (local.get $x) (global.get $g))))"#;
    let simd = Options {
        simd: true,
        ..Options::default()
    };
    let wasm = observable_with(&wat::parse_str(wat).unwrap(), simd).unwrap();
    let info = ModuleInfo::of(&wasm).unwrap();
    let engines = Engines::new().unwrap();
    let (kindling, cranelift) = engines.pair(Setting::Default);
    let seed = 3;
    let observed = observe_wasmtime(kindling, &wasm, &info, seed, Setting::Default).unwrap();
    // wasmi is the reference where it runs SIMD right, else Cranelift.
    let reference = if kindling_tests::WASMI_RUNS_SIMD {
        observe_wasmi(&wasm, &info, seed, false).unwrap().unwrap()
    } else {
        observe_cranelift(cranelift, &wasm, &info, seed, Setting::Default).unwrap()
    };
    let tally = agree(&reference, &observed).unwrap();
    // `f`, the import wrapper and `kindling_simd_ops`, three calls each;
    // three folds per call of `f`, and every SIMD operator's in the last.
    assert_eq!(tally.calls, 9, "{tally:?}");
    assert!(tally.v128_folds > 9 + 3 * 150, "{tally:?}");
    if kindling_tests::CRANELIFT_IS_A_REFERENCE {
        let baseline = observe_cranelift(cranelift, &wasm, &info, seed, Setting::Default).unwrap();
        agree_exactly(&baseline, &observed).unwrap();
    }
    let call = &observed.exports[0].1[0];
    let text = format!("{:?} {}", call.outcome, call.state);
    for expected in ["Returned([\"v128:0x", "(\"g\", \"v128:0x", "0:v(v128:0x"] {
        assert!(text.contains(expected), "no {expected} in {text}");
    }
    // A difference in the open bits only fails the exact comparison.
    let mut changed = observed.clone();
    changed.exports[0].1[0].exact.push('!');
    assert!(agree(&reference, &changed).is_ok());
    assert!(agree_exactly(&observed, &changed).is_err());
}

/// The lane stores wasmi 2.0 aborts on (large offsets) are found, so that
/// their modules go to Cranelift instead.
#[test]
fn operators_wasmi_aborts_on_are_found() {
    use kindling_tests::differential::ModuleInfo;
    let module = |store: &str| {
        let wat = format!(
            "(module (memory 1)
               (func (param i32 v128) local.get 0 local.get 1 {store}))"
        );
        ModuleInfo::of(&wat::parse_str(wat).unwrap()).unwrap()
    };
    assert!(module("v128.store8_lane offset=65536 3")
        .wasmi_aborts
        .is_some());
    assert!(module("v128.store16_lane offset=4000000000 1")
        .wasmi_aborts
        .is_some());
    assert!(module("v128.store16_lane offset=65535 1")
        .wasmi_aborts
        .is_none());
    assert!(module("v128.store32_lane offset=65536 1")
        .wasmi_aborts
        .is_none());
    assert_eq!(module("v128.store offset=8").simd_operators, 1);
}

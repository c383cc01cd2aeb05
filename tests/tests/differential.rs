//! Differential smoke test: wasm-smith modules through wasmi and through
//! wasmtime with kindling, with Cranelift as the tie-breaker (see
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

/// Per 1,000 seeds run, at least this many must have been compared, for
/// each count in [`Tally`]. Set at about half the lowest rate measured over
/// runs of 2,000 and 400 seeds (see `docs/FUZZING.md`); host calls vary
/// most (a few seeds call the host in a loop), so their floor is lower.
const FLOORS_PER_1000: Tally = Tally {
    seeds: 430,
    calls: 6_000,
    values: 1_900,
    trapped: 1_800,
    host_calls: 250,
    table_elements: 50_000,
};

/// Runs of fewer seeds are checked only for having compared something:
/// the rates scatter too much below this.
const FLOOR_MIN_SEEDS: u64 = 100;

#[test]
fn differential_smoke() {
    // wasmi and wasm-smith recurse on the host stack; give them room.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run_smoke)
        .expect("spawn")
        .join()
        .expect("the smoke test panicked");
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
    failures: Vec<String>,
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
            Verdict::Diverged(why) => self.failures.push(format!("seed {seed}: {why}")),
        }
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
    println!(
        "seeds {first}..{} and {extra_base}..{} (KINDLING_FUZZ_FIRST_SEED={first} \
         KINDLING_FUZZ_ITERS={iters} KINDLING_FUZZ_EXTRA_BASE={extra_base} \
         KINDLING_FUZZ_EXTRA_ITERS={extra_iters})",
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
    let mut run = Run::default();
    let seeds = (first..first + iters).chain(extra_base..extra_base + extra_iters);
    for seed in seeds {
        if budget.is_some_and(|b| start.elapsed() > b) {
            println!("time budget reached after {} seeds", run.seeds_run);
            break;
        }
        if run.seeds_run % 5_000 == 4_999 {
            println!(
                "progress: {} seeds, {} passed, {} failed, {} executions",
                run.seeds_run + 1,
                run.passed,
                run.failures.len(),
                KINDLING_CALLS.load(std::sync::atomic::Ordering::Relaxed)
            );
        }
        run.seed(&engines, seed, verbose);
    }
    report(&run, start.elapsed());
}

fn report(run: &Run, elapsed: std::time::Duration) {
    for f in &run.failures {
        println!("{f}");
    }
    println!(
        "{} seed(s) where only wasmi differed; {} where wasmi panicked; \
         {} seed(s) without a module; {} skipped for imports the host cannot provide",
        run.reference, run.panicked, run.empty, run.unsatisfiable
    );
    println!(
        "{} differential executions (export calls) under kindling",
        KINDLING_CALLS.load(std::sync::atomic::Ordering::Relaxed)
    );
    if let Ok(outcomes) = KINDLING_OUTCOMES.lock() {
        println!("how those calls ended: {outcomes:?}");
    }
    let t = &run.tally;
    let compared = format!(
        "compared: {} seeds, {} calls, {} returned values, {} trapped in both \
         ({} host calls, {} table elements) in {} seeds run, {:.1} s",
        t.seeds,
        t.calls,
        t.values,
        t.trapped,
        t.host_calls,
        t.table_elements,
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
        run.failures.join("\n")
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
    ];
    let low: Vec<String> = checks
        .iter()
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
    let reference = observe_wasmi(&wasm, &info, 7).unwrap().unwrap();
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

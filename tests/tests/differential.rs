//! Differential smoke test: `KINDLING_FUZZ_ITERS` seeds (default 1,000) of
//! wasm-smith modules through wasmi and through wasmtime with kindling, with
//! Cranelift as the tie-breaker. Prints `N passed, M failed`.

use kindling_tests::differential::{
    check_seed, Engines, Verdict, KINDLING_CALLS, KINDLING_OUTCOMES,
};

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

fn run_smoke() {
    let iters: u64 = std::env::var("KINDLING_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let first: u64 = std::env::var("KINDLING_FUZZ_FIRST_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let engines = Engines::new().expect("engines");
    let (mut passed, mut failed, mut reference, mut empty, mut panicked) = (0, 0, 0, 0, 0);
    let mut failures = Vec::new();
    let verbose = std::env::var_os("KINDLING_FUZZ_VERBOSE").is_some();
    // An optional time budget, for long local runs: stop early, report
    // what ran.
    let budget = std::env::var("KINDLING_FUZZ_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(std::time::Duration::from_secs);
    let start = std::time::Instant::now();
    for seed in first..first + iters {
        if budget.is_some_and(|b| start.elapsed() > b) {
            println!("time budget reached after {} seeds", seed - first);
            break;
        }
        if (seed - first) % 5_000 == 4_999 {
            println!(
                "progress: {} seeds, {passed} passed, {failed} failed, {} executions",
                seed - first + 1,
                KINDLING_CALLS.load(std::sync::atomic::Ordering::Relaxed)
            );
        }
        if verbose {
            eprintln!("seed {seed}");
        }
        match check_seed(&engines, seed) {
            Verdict::Agree => passed += 1,
            Verdict::ReferenceDisagrees => {
                reference += 1;
                passed += 1;
            }
            Verdict::NoModule => empty += 1,
            Verdict::ReferencePanicked(why) => {
                panicked += 1;
                println!("seed {seed}: inconclusive, wasmi panicked: {why}");
            }
            Verdict::Diverged(why) => {
                failed += 1;
                failures.push(format!("seed {seed}: {why}"));
            }
        }
    }
    for f in &failures {
        println!("{f}");
    }
    println!(
        "{reference} seed(s) where only wasmi differed; {panicked} where wasmi panicked; \
         {empty} seed(s) without a module"
    );
    println!(
        "{} differential executions (export calls) under kindling",
        KINDLING_CALLS.load(std::sync::atomic::Ordering::Relaxed)
    );
    if let Ok(outcomes) = KINDLING_OUTCOMES.lock() {
        println!("how those calls ended: {outcomes:?}");
    }
    println!("{passed} passed, {failed} failed");
    assert!(
        failures.is_empty(),
        "{} divergences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

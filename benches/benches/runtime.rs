//! Run-time speed of kindling's code against Cranelift's, in one run.
//!
//! Corpus: the `wat/` programs (export `run` with the iteration counts of
//! `../shared/README.md`), coremark, and the 19 sightglass shootout programs
//! (WASI `_start` with `bench.start`/`bench.end`, stdout checked against
//! `.stdout.expected`). Prints each time, the kindling/Cranelift ratio and
//! the geometric mean of the ratios.
//!
//! `cargo bench -p kindling-bench --bench runtime`

use anyhow::{bail, Context, Result};
use kindling_bench::{corpus_dir, engine, engine_without_guard_pages, geomean, run_wasi, Which};
use std::path::Path;
use std::time::{Duration, Instant};
use wasmtime::{Engine, Instance, Linker, Module, Store, Val};

const WAT: [(&str, i64); 7] = [
    ("counter-local", 1_000_000),
    ("counter-param", 1_000_000),
    ("counter-global", 500_000),
    ("fibonacci-rec", 30),
    ("fibonacci-iter", 2_000_000),
    ("fibonacci-tail", 1_000_000),
    ("bulk-ops", 5_000),
];

fn runs() -> u32 {
    if std::env::var_os("KINDLING_BENCH_QUICK").is_some() {
        1
    } else {
        3
    }
}

/// Fastest time of calling export `run` with `arg`, and its result.
fn time_wat(engine: &Engine, wasm: &[u8], arg: i64) -> Result<(Duration, String)> {
    let module = Module::new(engine, wasm)?;
    let mut best = Duration::MAX;
    let mut shown = String::new();
    for _ in 0..runs() {
        let mut store = Store::new(engine, ());
        let instance = Instance::new(&mut store, &module, &[])?;
        let run = instance
            .get_func(&mut store, "run")
            .context("no `run` export")?;
        let param = match run.ty(&store).params().next() {
            Some(wasmtime::ValType::I32) => Val::I32(arg as i32),
            _ => Val::I64(arg),
        };
        let mut out = [Val::I32(0)];
        let t = Instant::now();
        run.call(&mut store, &[param], &mut out)?;
        best = best.min(t.elapsed());
        shown = format!("{:?}", out[0]);
    }
    Ok((best, shown))
}

/// Coremark runs for a fixed wall-clock time and reports iterations per
/// second; its "time" here is the inverse score (seconds per 1000
/// iterations), so the ratio reads like the others.
fn time_coremark(engine: &Engine, wasm: &[u8]) -> Result<(Duration, String)> {
    let module = Module::new(engine, wasm)?;
    let mut store = Store::new(engine, ());
    let mut linker = Linker::new(engine);
    let epoch = Instant::now();
    linker.func_wrap("env", "clock_ms", move || {
        epoch.elapsed().as_millis() as i32
    })?;
    let instance = linker.instantiate(&mut store, &module)?;
    let run = instance.get_typed_func::<(), f32>(&mut store, "run")?;
    let score = run.call(&mut store, ())?;
    if !score.is_finite() || score <= 0.0 {
        bail!("coremark returned {score}");
    }
    Ok((
        Duration::from_secs_f64(1000.0 / f64::from(score)),
        "score".to_string(),
    ))
}

/// Fastest measured time of a sightglass program; its stdout must match.
fn time_sightglass(engine: &Engine, dir: &Path, name: &str) -> Result<(Duration, String)> {
    let wasm = std::fs::read(dir.join(format!("{name}.wasm")))?;
    let expected = std::fs::read(dir.join(format!("{name}.stdout.expected")))?;
    let module = Module::new(engine, wasm)?;
    let mut best = Duration::MAX;
    for _ in 0..runs() {
        let run = run_wasi(engine, &module, dir)?;
        if run.stdout != expected {
            bail!(
                "{name}: stdout differs from {name}.stdout.expected:\n{}",
                String::from_utf8_lossy(&run.stdout)
            );
        }
        best = best.min(run.measured);
    }
    Ok((best, "stdout ok".to_string()))
}

/// A benchmark program: runs under one engine, returning its time and a
/// result to compare across engines.
type Program = Box<dyn Fn(&Engine) -> Result<(Duration, String)>>;

/// Runs every program under both engines (kindling first), printing a row
/// each and checking that their results agree; returns the time ratios.
fn run_programs(
    programs: &[(String, Program)],
    engines: &[Engine; 2],
    label: &str,
) -> Result<Vec<f64>> {
    let mut ratios = Vec::new();
    for (name, run) in programs {
        let (k, k_out) =
            run(&engines[0]).with_context(|| format!("{name}{label} with kindling"))?;
        let (c, c_out) =
            run(&engines[1]).with_context(|| format!("{name}{label} with cranelift"))?;
        if k_out != c_out {
            bail!("{name}{label}: kindling returned {k_out}, cranelift {c_out}");
        }
        let ratio = k.as_secs_f64() / c.as_secs_f64();
        ratios.push(ratio);
        println!(
            "{:<28} {:>10.2}ms {:>10.2}ms {:>7.2}x  {}",
            name,
            k.as_secs_f64() * 1e3,
            c.as_secs_f64() * 1e3,
            ratio,
            k_out
        );
    }
    Ok(ratios)
}

fn main() -> Result<()> {
    let dir = corpus_dir();
    if !dir.is_dir() {
        println!(
            "skipping: no benchmark corpus at {} (set KINDLING_BENCH_DIR)",
            dir.display()
        );
        return Ok(());
    }
    let engines = [engine(Which::Kindling)?, engine(Which::Cranelift)?];
    let mut programs: Vec<(String, Program)> = Vec::new();
    for (name, arg) in WAT {
        let wasm = wat::parse_file(dir.join("wat").join(format!("{name}.wat")))?;
        programs.push((name.to_string(), Box::new(move |e| time_wat(e, &wasm, arg))));
    }
    let coremark = std::fs::read(dir.join("coremark.wasm"))?;
    programs.push((
        "coremark".into(),
        Box::new(move |e| time_coremark(e, &coremark)),
    ));
    let shootout = dir.join("sightglass-shootout");
    let mut names: Vec<String> = std::fs::read_dir(&shootout)?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".wasm")
                .map(String::from)
        })
        .collect();
    names.sort();
    for name in names {
        let dir = shootout.clone();
        programs.push((
            name.clone(),
            Box::new(move |e| time_sightglass(e, &dir, &name)),
        ));
    }

    println!(
        "run time, fastest of {} run(s); ratio = kindling / cranelift",
        runs()
    );
    println!(
        "{:<28} {:>12} {:>12} {:>8}  check",
        "program", "kindling", "cranelift", "ratio"
    );
    let ratios = run_programs(&programs, &engines, "")?;
    println!("(coremark: seconds per 1000 iterations, from its own score)");
    println!(
        "geometric mean of kindling/cranelift over {} programs: {:.2}x",
        ratios.len(),
        geomean(&ratios)
    );
    println!();
    let unguarded = [
        engine_without_guard_pages(Which::Kindling)?,
        engine_without_guard_pages(Which::Cranelift)?,
    ];
    println!("guard pages off (every access bounds-checked and Spectre-guarded)");
    let ratios = run_programs(&programs, &unguarded, " without guard pages")?;
    println!(
        "geometric mean without guard pages over {} programs: {:.2}x",
        ratios.len(),
        geomean(&ratios)
    );
    Ok(())
}

//! Compile speed and code size: kindling against Cranelift, in one run.
//!
//! For each corpus module and each SIMD program of the run-time bench
//! (`benches/simd`), single-threaded:
//! (a) kindling through wasmtime's `Module::new` (`Strategy::Winch`),
//! (b) Cranelift through the same wasmtime,
//! (c) kindling alone through the `Compiler` trait, without wasmtime's module
//!     pipeline (translation is done beforehand and not timed),
//! (d) wasmparser validation alone, the floor.
//! Speeds are MB/s of code-section bytes; each figure is the fastest of
//! several runs. Then the `.text` size each compiler produces, for the host
//! and, for the corpus modules, for every ISA kindling compiles for.
//!
//! `cargo bench -p kindling-bench --bench compile`

use anyhow::{Context, Result};
use kindling_bench::{
    code_section_bytes, corpus_dir, engine, engine_for, engine_without_guard_pages, fastest, simd,
    text_bytes, Which, COMPILE_CORPUS, TARGETS,
};
use std::time::Duration;
use wasmtime::Module;
use wasmtime_environ::{ModuleEnvironment, ModuleTypesBuilder, Tunables};

fn runs() -> (u32, Duration) {
    if std::env::var_os("KINDLING_BENCH_QUICK").is_some() {
        (1, Duration::ZERO)
    } else {
        (3, Duration::from_secs(1))
    }
}

/// Times (c): every function body through kindling's `Compiler`.
fn kindling_alone(wasm: &[u8]) -> Result<Duration> {
    let tunables = Tunables::default();
    let mut builder = kindling::builder();
    builder.set_tunables(tunables.clone())?;
    let compiler = builder.build()?;
    let (min_runs, min_time) = runs();
    let mut best = Duration::MAX;
    let start = std::time::Instant::now();
    let mut done = 0;
    while done < min_runs || start.elapsed() < min_time {
        let mut validator = wasmparser::Validator::new();
        let mut types = ModuleTypesBuilder::default();
        let mut translation = ModuleEnvironment::new(&tunables, &mut validator, &mut types)
            .translate(wasmparser::Parser::new(0), wasm)
            .context("translating")?;
        let types = types.finish();
        let inputs = std::mem::take(&mut translation.function_body_inputs);
        let t = std::time::Instant::now();
        for (index, body) in inputs {
            compiler
                .compile_function(&translation, index, body, &types)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        best = best.min(t.elapsed());
        done += 1;
    }
    Ok(best)
}

fn mbps(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / 1e6 / t.as_secs_f64()
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
    let (min_runs, min_time) = runs();
    println!(
        "compile speed, single thread, MB/s of code-section bytes (fastest of {min_runs}+ runs)"
    );
    println!(
        "{:<20} {:>9} {:>10} {:>10} {:>10} {:>10} {:>11} {:>12}",
        "module",
        "code KiB",
        "validate",
        "kindling*",
        "kindling",
        "cranelift",
        "cl/kindling",
        "kindling/val"
    );
    let mut modules = Vec::new();
    for name in COMPILE_CORPUS {
        let wasm = std::fs::read(dir.join(name)).with_context(|| format!("reading {name}"))?;
        modules.push((name.to_string(), wasm));
    }
    // The SIMD programs of the run-time bench, so that compile speed on
    // SIMD code is measured next to scalar code.
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("simd");
    for program in simd::build_all(&out)? {
        modules.push((format!("simd/{}", program.name), program.wasm));
    }
    let mut sizes = Vec::new();
    for (name, wasm) in &modules {
        let wasm = wasm.as_slice();
        let code = code_section_bytes(wasm)?;
        let validate = fastest(min_runs, min_time, || {
            wasmparser::Validator::new().validate_all(wasm)?;
            Ok(())
        })?;
        let alone = kindling_alone(wasm)?;
        let mut through = Vec::new();
        for (i, e) in engines.iter().enumerate() {
            let runs = if i == 1 { min_runs.min(2) } else { min_runs };
            through.push(fastest(runs, Duration::ZERO, || {
                Module::new(e, wasm)?;
                Ok(())
            })?);
        }
        let (k, c) = (through[0], through[1]);
        println!(
            "{:<20} {:>9.0} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>10.1}x {:>11.2}x",
            name,
            code as f64 / 1024.0,
            mbps(code, validate),
            mbps(code, alone),
            mbps(code, k),
            mbps(code, c),
            c.as_secs_f64() / k.as_secs_f64(),
            k.as_secs_f64() / validate.as_secs_f64(),
        );
        sizes.push((
            name.as_str(),
            text_bytes(&engines[0], wasm)?,
            text_bytes(&engines[1], wasm)?,
        ));
    }
    println!("kindling* = kindling alone through the Compiler trait; kindling and cranelift = wasmtime's Module::new");
    println!();
    println!("code size (.text bytes)");
    println!(
        "{:<20} {:>12} {:>12} {:>16}",
        "module", "kindling", "cranelift", "kindling/cranelift"
    );
    for (name, k, c) in sizes {
        println!(
            "{:<20} {:>12} {:>12} {:>15.2}x",
            name,
            k,
            c,
            k as f64 / c as f64
        );
    }
    println!();
    text_per_isa(&dir)?;
    println!();
    guard_pages_off(&dir, min_runs)
}

/// The corpus modules' `.text` from both compilers for every ISA kindling
/// compiles for (each ISA's baseline features), and each ISA's geomean
/// ratio.
fn text_per_isa(dir: &std::path::Path) -> Result<()> {
    let short = |triple: &str| triple.split('-').next().unwrap_or(triple).to_string();
    println!("code size per ISA (.text, kindling/cranelift; baseline features)");
    print!("{:<20}", "module");
    for triple in TARGETS {
        print!(" {:>10}", short(triple));
    }
    println!();
    let mut engines = Vec::new();
    for triple in TARGETS {
        engines.push([
            engine_for(Which::Kindling, triple)?,
            engine_for(Which::Cranelift, triple)?,
        ]);
    }
    let mut logs = vec![0.0f64; TARGETS.len()];
    for name in COMPILE_CORPUS {
        let wasm = std::fs::read(dir.join(name)).with_context(|| format!("reading {name}"))?;
        print!("{name:<20}");
        for (isa, [kindling, cranelift]) in engines.iter().enumerate() {
            let ratio = text_bytes(kindling, &wasm)
                .with_context(|| format!("kindling, {name}, {}", TARGETS[isa]))?
                as f64
                / text_bytes(cranelift, &wasm)
                    .with_context(|| format!("cranelift, {name}, {}", TARGETS[isa]))?
                    as f64;
            logs[isa] += ratio.ln();
            print!(" {:>9.2}x", ratio);
        }
        println!();
    }
    print!("{:<20}", "geomean");
    for log in logs {
        print!(" {:>9.2}x", (log / COMPILE_CORPUS.len() as f64).exp());
    }
    println!();
    Ok(())
}

/// The same modules without guard pages, where every access is
/// bounds-checked and Spectre-guarded: compile speed and code size.
fn guard_pages_off(dir: &std::path::Path, min_runs: u32) -> Result<()> {
    let engines = [
        engine_without_guard_pages(Which::Kindling)?,
        engine_without_guard_pages(Which::Cranelift)?,
    ];
    println!("guard pages off (every access bounds-checked and Spectre-guarded)");
    println!(
        "{:<20} {:>10} {:>10} {:>11} {:>12} {:>12} {:>10}",
        "module", "kindling", "cranelift", "cl/kindling", "kindling B", "cranelift B", "k/cl size"
    );
    for name in COMPILE_CORPUS {
        let wasm = std::fs::read(dir.join(name)).with_context(|| format!("reading {name}"))?;
        let code = code_section_bytes(&wasm)?;
        let mut times = Vec::new();
        for (i, e) in engines.iter().enumerate() {
            let runs = if i == 1 { min_runs.min(2) } else { min_runs };
            times.push(fastest(runs, Duration::ZERO, || {
                Module::new(e, &wasm)?;
                Ok(())
            })?);
        }
        let (ks, cs) = (
            text_bytes(&engines[0], &wasm)?,
            text_bytes(&engines[1], &wasm)?,
        );
        println!(
            "{:<20} {:>10.1} {:>10.1} {:>10.1}x {:>12} {:>12} {:>9.2}x",
            name,
            mbps(code, times[0]),
            mbps(code, times[1]),
            times[1].as_secs_f64() / times[0].as_secs_f64(),
            ks,
            cs,
            ks as f64 / cs as f64
        );
    }
    Ok(())
}

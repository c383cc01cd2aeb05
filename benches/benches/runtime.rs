//! Run-time speed of kindling's code against Cranelift's, in one run.
//!
//! Corpus: the `wat/` programs (export `run` with the iteration counts of
//! `../shared/README.md`), coremark, and the 19 sightglass shootout programs
//! (WASI `_start` with `bench.start`/`bench.end`, stdout checked against
//! `.stdout.expected`). Prints each time, the kindling/Cranelift ratio and
//! the geometric mean of the ratios.
//!
//! Then the SIMD group: the C programs of `benches/simd/`, compiled with
//! clang-14 and `-msimd128` into the bench's target tmpdir, with their own
//! geometric mean. A SIMD program that fails under either compiler (kindling
//! does not compile every SIMD operator yet) prints the error in its row and
//! is left out of the mean; the bench then exits non-zero at the end.
//!
//! Then the realistic group: real programs (SQLite, Lua, compressors,
//! codecs, hashes; C libraries from crates.io packages and Rust crates),
//! built by `kindling_bench::realistic` into the same tmpdir, each checked
//! against `benches/realistic/NAME/stdout.expected`, with their own
//! geometric mean and worst program. Failures are shown and left out like
//! the SIMD group's.
//!
//! `KINDLING_BENCH_ONLY=old|simd|realistic` (or a comma-separated list) runs
//! only those groups; `KINDLING_BLESS=1` rewrites the SIMD and realistic
//! programs' expected outputs from Cranelift's output.
//!
//! `cargo bench -p kindling-bench --bench runtime`

use anyhow::{bail, Context, Result};
use kindling_bench::{
    corpus_dir, engine, engine_without_guard_pages, geomean, realistic, run_wasi, simd, Which,
};
use std::path::{Path, PathBuf};
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

/// Fastest measured time of a WASI program run in `dir`; its stdout must
/// equal the file `expected`.
fn time_wasi(
    engine: &Engine,
    wasm: &[u8],
    expected: &Path,
    dir: &Path,
) -> Result<(Duration, String)> {
    let want =
        std::fs::read(expected).with_context(|| format!("reading {}", expected.display()))?;
    let module = Module::new(engine, wasm)?;
    let mut best = Duration::MAX;
    for _ in 0..runs() {
        let run = run_wasi(engine, &module, dir)?;
        if run.stdout != want {
            bail!(
                "stdout differs from {}:\n{}",
                expected.display(),
                String::from_utf8_lossy(&run.stdout)
            );
        }
        best = best.min(run.measured);
    }
    Ok((best, "stdout ok".to_string()))
}

/// Fastest measured time of a sightglass program; its stdout must match.
fn time_sightglass(engine: &Engine, dir: &Path, name: &str) -> Result<(Duration, String)> {
    let wasm = std::fs::read(dir.join(format!("{name}.wasm")))?;
    let expected = dir.join(format!("{name}.stdout.expected"));
    time_wasi(engine, &wasm, &expected, dir)
}

/// A benchmark program: runs under one engine, returning its time and a
/// result to compare across engines.
type Program = Box<dyn Fn(&Engine) -> Result<(Duration, String)>>;

/// An old-set program: its name, its module size and how to run it.
type OldProgram = (String, usize, Program);

/// Each program's name and its kindling/Cranelift time ratio.
type Ratios = Vec<(String, f64)>;

/// Prints one result row; a time or ratio that is missing shows as `-`.
fn print_row(name: &str, size: usize, k: Option<Duration>, c: Option<Duration>, check: &str) {
    let ms = |d: Option<Duration>| match d {
        Some(d) => format!("{:.2}ms", d.as_secs_f64() * 1e3),
        None => "-".to_string(),
    };
    let ratio = match (k, c) {
        (Some(k), Some(c)) => format!("{:.2}x", k.as_secs_f64() / c.as_secs_f64()),
        _ => "-".to_string(),
    };
    print_columns(name, &ms(k), &ms(c), &ratio, &kib(size), check);
}

/// A module size, in KiB from 1 KiB up.
fn kib(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes}B")
    } else {
        format!("{:.0}KiB", bytes as f64 / 1024.0)
    }
}

/// Prints the column headings.
fn print_header() {
    print_columns("program", "kindling", "cranelift", "ratio", "wasm", "check");
}

fn print_columns(name: &str, k: &str, c: &str, ratio: &str, size: &str, check: &str) {
    println!("{name:<28} {k:>12} {c:>12} {ratio:>8} {size:>9}  {check}");
}

/// Prints a group's geometric mean and its worst (highest) ratio; `what`
/// names the programs, e.g. "SIMD programs".
fn print_summary(what: &str, ratios: &[(String, f64)], failures: usize) {
    let left_out = if failures == 0 {
        String::new()
    } else {
        format!(" ({failures} failed runs left out)")
    };
    let Some((worst, worst_ratio)) = ratios.iter().max_by(|a, b| a.1.total_cmp(&b.1)) else {
        println!("no {what} ran under both compilers{left_out}");
        return;
    };
    let values: Vec<f64> = ratios.iter().map(|(_, r)| *r).collect();
    println!(
        "geometric mean of kindling/cranelift over {} {what}: {:.2}x, worst {worst} {:.2}x{left_out}",
        ratios.len(),
        geomean(&values),
        worst_ratio
    );
}

/// Runs every program under both engines (kindling first), printing a row
/// each and checking that their results agree; returns the time ratios.
fn run_programs(programs: &[OldProgram], engines: &[Engine; 2], label: &str) -> Result<Ratios> {
    let mut ratios = Vec::new();
    for (name, size, run) in programs {
        let (k, k_out) =
            run(&engines[0]).with_context(|| format!("{name}{label} with kindling"))?;
        let (c, c_out) =
            run(&engines[1]).with_context(|| format!("{name}{label} with cranelift"))?;
        if k_out != c_out {
            bail!("{name}{label}: kindling returned {k_out}, cranelift {c_out}");
        }
        ratios.push((name.clone(), k.as_secs_f64() / c.as_secs_f64()));
        print_row(name, *size, Some(k), Some(c), &k_out);
    }
    Ok(ratios)
}

/// A program of a checked WASI group (SIMD or realistic).
struct Checked {
    name: String,
    wasm: Vec<u8>,
    expected: PathBuf,
    /// What the check column adds after "stdout ok".
    note: String,
}

/// Runs a checked group under both engines, printing a row each. A failure
/// under either engine is shown in the row and kept out of the ratios;
/// returns the ratios and the failed runs. With `KINDLING_BLESS` set, first
/// rewrites each expected output from Cranelift's.
fn run_checked(
    title: &str,
    programs: &[Checked],
    engines: &[Engine; 2],
    dir: &Path,
) -> Result<(Ratios, Vec<String>)> {
    if std::env::var_os("KINDLING_BLESS").is_some() {
        for program in programs {
            let module = Module::new(&engines[1], &program.wasm)?;
            let run = run_wasi(&engines[1], &module, dir)
                .with_context(|| format!("{} with cranelift", program.name))?;
            std::fs::write(&program.expected, run.stdout)?;
        }
    }
    println!("{title}");
    print_header();
    let mut ratios = Vec::new();
    let mut failures = Vec::new();
    for program in programs {
        let [k, c] = engines.each_ref().map(|engine| {
            time_wasi(engine, &program.wasm, &program.expected, dir).map(|(time, _)| time)
        });
        let mut errors = Vec::new();
        for (which, result) in Which::BOTH.iter().zip([&k, &c]) {
            if let Err(e) = result {
                errors.push(format!("{}: {}", which.name(), one_line(e)));
                failures.push(format!("{} ({})", program.name, which.name()));
            }
        }
        let (k, c) = (k.ok(), c.ok());
        if let (Some(k), Some(c)) = (k, c) {
            ratios.push((program.name.clone(), k.as_secs_f64() / c.as_secs_f64()));
        }
        let check = if errors.is_empty() {
            format!("stdout ok{}", program.note)
        } else {
            errors.join("; ")
        };
        print_row(&program.name, program.wasm.len(), k, c, &check);
    }
    Ok((ratios, failures))
}

/// The SIMD group: builds the programs and runs them checked.
fn run_simd(engines: &[Engine; 2]) -> Result<Vec<String>> {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("simd");
    let programs: Vec<Checked> = simd::build_all(&out)?
        .into_iter()
        .map(|p| Checked {
            name: p.name.to_string(),
            note: format!(", {} simd ops", p.simd_operators),
            wasm: p.wasm,
            expected: p.expected,
        })
        .collect();
    let (ratios, failures) = run_checked(
        "SIMD programs (benches/simd/*.c, clang -O2 -msimd128; check: stdout, SIMD operators)",
        &programs,
        engines,
        &out,
    )?;
    print_summary("SIMD programs", &ratios, failures.len());
    Ok(failures)
}

/// The realistic group: builds the programs and runs them checked.
fn run_realistic(engines: &[Engine; 2]) -> Result<Vec<String>> {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("realistic");
    let programs: Vec<Checked> = realistic::build_all(&out)?
        .into_iter()
        .map(|p| Checked {
            name: p.name.to_string(),
            note: format!(" ({})", p.language),
            wasm: p.wasm,
            expected: p.expected,
        })
        .collect();
    let (ratios, failures) = run_checked(
        "realistic set (benches/realistic/: C libraries and Rust crates; check: stdout)",
        &programs,
        engines,
        &out,
    )?;
    print_summary("realistic programs", &ratios, failures.len());
    Ok(failures)
}

/// An error and its root cause (without the wasm backtrace between them)
/// on one line.
fn one_line(e: &anyhow::Error) -> String {
    let text = if e.chain().count() > 1 {
        format!("{e}: {}", e.root_cause())
    } else {
        e.to_string()
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The wat programs, coremark and the sightglass programs of the corpus.
fn corpus_programs(dir: &Path) -> Result<Vec<OldProgram>> {
    let mut programs: Vec<OldProgram> = Vec::new();
    for (name, arg) in WAT {
        let wasm = wat::parse_file(dir.join("wat").join(format!("{name}.wat")))?;
        let size = wasm.len();
        programs.push((
            name.to_string(),
            size,
            Box::new(move |e| time_wat(e, &wasm, arg)),
        ));
    }
    let coremark = std::fs::read(dir.join("coremark.wasm"))?;
    programs.push((
        "coremark".into(),
        coremark.len(),
        Box::new(move |e| time_coremark(e, &coremark)),
    ));
    let shootout: PathBuf = dir.join("sightglass-shootout");
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
        let size = std::fs::metadata(dir.join(format!("{name}.wasm")))?.len() as usize;
        programs.push((
            name.clone(),
            size,
            Box::new(move |e| time_sightglass(e, &dir, &name)),
        ));
    }
    Ok(programs)
}

/// Whether the group `name` (`old`, `simd` or `realistic`) runs:
/// `KINDLING_BENCH_ONLY` lists the groups to run, and all run without it.
fn runs_group(name: &str) -> bool {
    match std::env::var("KINDLING_BENCH_ONLY") {
        Ok(only) => only.split(',').any(|g| g.trim() == name),
        Err(_) => true,
    }
}

fn main() -> Result<()> {
    let dir = corpus_dir();
    let corpus = if !runs_group("old") {
        None
    } else if dir.is_dir() {
        Some(corpus_programs(&dir)?)
    } else {
        println!(
            "skipping the corpus programs: no benchmark corpus at {} (set KINDLING_BENCH_DIR)",
            dir.display()
        );
        None
    };
    let engines = [engine(Which::Kindling)?, engine(Which::Cranelift)?];
    println!(
        "run time, fastest of {} run(s); ratio = kindling / cranelift",
        runs()
    );
    if let Some(programs) = &corpus {
        println!("old set (wat programs, coremark, sightglass shootout)");
        print_header();
        let ratios = run_programs(programs, &engines, "")?;
        println!("(coremark: seconds per 1000 iterations, from its own score)");
        print_summary("old-set programs", &ratios, 0);
        println!();
    }

    let mut failures = Vec::new();
    if runs_group("simd") {
        failures.extend(run_simd(&engines)?);
        println!();
    }
    if runs_group("realistic") {
        failures.extend(run_realistic(&engines)?);
        println!();
    }

    if let Some(programs) = &corpus {
        let unguarded = [
            engine_without_guard_pages(Which::Kindling)?,
            engine_without_guard_pages(Which::Cranelift)?,
        ];
        println!("guard pages off (every access bounds-checked and Spectre-guarded)");
        print_header();
        let ratios = run_programs(programs, &unguarded, " without guard pages")?;
        print_summary("old-set programs without guard pages", &ratios, 0);
    }
    if !failures.is_empty() {
        bail!("programs that failed: {}", failures.join(", "));
    }
    Ok(())
}

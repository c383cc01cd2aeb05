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
//! `KINDLING_BENCH_ONLY=simd` runs only that group; `KINDLING_BLESS=1`
//! rewrites `benches/simd/NAME.stdout.expected` from Cranelift's output.
//!
//! `cargo bench -p kindling-bench --bench runtime`

use anyhow::{bail, Context, Result};
use kindling_bench::{
    corpus_dir, engine, engine_without_guard_pages, geomean, run_wasi, simd, Which,
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

/// Prints one result row; a time or ratio that is missing shows as `-`.
fn print_row(name: &str, k: Option<Duration>, c: Option<Duration>, check: &str) {
    let ms = |d: Option<Duration>| match d {
        Some(d) => format!("{:.2}ms", d.as_secs_f64() * 1e3),
        None => "-".to_string(),
    };
    let ratio = match (k, c) {
        (Some(k), Some(c)) => format!("{:.2}x", k.as_secs_f64() / c.as_secs_f64()),
        _ => "-".to_string(),
    };
    print_columns(name, &ms(k), &ms(c), &ratio, check);
}

/// Prints the column headings.
fn print_header() {
    print_columns("program", "kindling", "cranelift", "ratio", "check");
}

fn print_columns(name: &str, k: &str, c: &str, ratio: &str, check: &str) {
    println!("{name:<28} {k:>12} {c:>12} {ratio:>8}  {check}");
}

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
        ratios.push(k.as_secs_f64() / c.as_secs_f64());
        print_row(name, Some(k), Some(c), &k_out);
    }
    Ok(ratios)
}

/// The SIMD group: builds the programs, runs each under both engines and
/// prints a row each. A failure under either engine is shown in the row and
/// kept out of the ratios; returns the ratios and the failures.
fn run_simd(engines: &[Engine; 2]) -> Result<(Vec<f64>, Vec<String>)> {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("simd");
    let programs = simd::build_all(&out)?;
    if std::env::var_os("KINDLING_BLESS").is_some() {
        for program in &programs {
            let module = Module::new(&engines[1], &program.wasm)?;
            let run = run_wasi(&engines[1], &module, &out)
                .with_context(|| format!("{} with cranelift", program.name))?;
            std::fs::write(&program.expected, run.stdout)?;
        }
    }
    println!(
        "SIMD programs (benches/simd/*.c, clang -O2 -msimd128; check: stdout, SIMD operators)"
    );
    print_header();
    let mut ratios = Vec::new();
    let mut failures = Vec::new();
    for program in &programs {
        let [k, c] = engines.each_ref().map(|engine| {
            time_wasi(engine, &program.wasm, &program.expected, &out).map(|(time, _)| time)
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
            ratios.push(k.as_secs_f64() / c.as_secs_f64());
        }
        let check = if errors.is_empty() {
            format!("stdout ok, {} simd ops", program.simd_operators)
        } else {
            errors.join("; ")
        };
        print_row(program.name, k, c, &check);
    }
    Ok((ratios, failures))
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
fn corpus_programs(dir: &Path) -> Result<Vec<(String, Program)>> {
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
        programs.push((
            name.clone(),
            Box::new(move |e| time_sightglass(e, &dir, &name)),
        ));
    }
    Ok(programs)
}

fn main() -> Result<()> {
    let only_simd = std::env::var("KINDLING_BENCH_ONLY").is_ok_and(|v| v == "simd");
    let dir = corpus_dir();
    let corpus = if only_simd {
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
        print_header();
        let ratios = run_programs(programs, &engines, "")?;
        println!("(coremark: seconds per 1000 iterations, from its own score)");
        println!(
            "geometric mean of kindling/cranelift over {} programs: {:.2}x",
            ratios.len(),
            geomean(&ratios)
        );
        println!();
    }

    let (ratios, failures) = run_simd(&engines)?;
    let left_out = if failures.is_empty() {
        String::new()
    } else {
        format!(" ({} failed runs left out)", failures.len())
    };
    if ratios.is_empty() {
        println!("no SIMD program ran under both compilers{left_out}");
    } else {
        println!(
            "geometric mean of kindling/cranelift over {} SIMD programs: {:.2}x{left_out}",
            ratios.len(),
            geomean(&ratios)
        );
    }

    if let Some(programs) = &corpus {
        println!();
        let unguarded = [
            engine_without_guard_pages(Which::Kindling)?,
            engine_without_guard_pages(Which::Cranelift)?,
        ];
        println!("guard pages off (every access bounds-checked and Spectre-guarded)");
        let ratios = run_programs(programs, &unguarded, " without guard pages")?;
        println!(
            "geometric mean without guard pages over {} programs: {:.2}x",
            ratios.len(),
            geomean(&ratios)
        );
    }
    if !failures.is_empty() {
        bail!("SIMD programs that failed: {}", failures.join(", "));
    }
    Ok(())
}

//! Shared pieces of kindling's benchmarks: the corpus, engines for kindling
//! and Cranelift, timing, and a WASI runner for the sightglass programs.
//!
//! Only ratios measured in the same run mean anything on a shared machine;
//! every benchmark prints kindling next to Cranelift.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use wasmtime::{Config, Engine, Linker, Module, Store, Strategy};

pub mod realistic;
pub mod simd;

/// The benchmark corpus directory: `KINDLING_BENCH_DIR`, or `../shared/bench-wasm`.
pub fn corpus_dir() -> PathBuf {
    match std::env::var_os("KINDLING_BENCH_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench-wasm"),
    }
}

/// The compile-speed corpus, by file name.
pub const COMPILE_CORPUS: [&str; 5] = [
    "spidermonkey.wasm",
    "pulldown-cmark.wasm",
    "bz2.wasm",
    "coremark.wasm",
    "erc20.wasm",
];

/// The two compilers compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// kindling, as wasmtime's `Strategy::Winch`.
    Kindling,
    /// Cranelift 0.99.
    Cranelift,
}

impl Which {
    /// Both, kindling first.
    pub const BOTH: [Which; 2] = [Which::Kindling, Which::Cranelift];

    /// The display name.
    pub fn name(self) -> &'static str {
        match self {
            Which::Kindling => "kindling",
            Which::Cranelift => "cranelift",
        }
    }
}

/// A single-threaded engine for `which`.
pub fn engine(which: Which) -> Result<Engine> {
    Engine::new(&config(which))
}

/// The ISAs kindling compiles for, by target triple (the host's first).
pub const TARGETS: [&str; 4] = [
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "riscv64gc-unknown-linux-gnu",
    "s390x-unknown-linux-gnu",
];

/// An engine for `which` that compiles for `triple`, with that ISA's
/// baseline features (no host detection) and without tail calls (wasmtime
/// 12 refuses them on s390x); its code is only measured, never run.
pub fn engine_for(which: Which, triple: &str) -> Result<Engine> {
    let mut config = config(which);
    config.wasm_tail_call(false);
    config.target(triple)?;
    Engine::new(&config)
}

/// A single-threaded engine for `which` without guard pages: every memory
/// is dynamic and every access bounds-checked (and Spectre-guarded, as
/// wasmtime's defaults ask), which shows what the checks cost.
pub fn engine_without_guard_pages(which: Which) -> Result<Engine> {
    let mut config = config(which);
    config.static_memory_maximum_size(0);
    config.static_memory_guard_size(0);
    config.dynamic_memory_guard_size(0);
    config.guard_before_linear_memory(false);
    Engine::new(&config)
}

fn config(which: Which) -> Config {
    let mut config = Config::new();
    config.strategy(match which {
        Which::Kindling => Strategy::Winch,
        Which::Cranelift => Strategy::Cranelift,
    });
    config.parallel_compilation(false);
    // fibonacci-tail uses return_call.
    config.wasm_tail_call(true);
    config
}

/// The bytes of the code section of `wasm` (what compile speed is measured
/// against).
pub fn code_section_bytes(wasm: &[u8]) -> Result<usize> {
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CodeSectionStart { size, .. } = payload? {
            return Ok(size as usize);
        }
    }
    Ok(0)
}

/// Runs `f` until `min_time` has passed (at least `min_runs` times) and
/// returns the fastest run.
pub fn fastest(
    min_runs: u32,
    min_time: Duration,
    mut f: impl FnMut() -> Result<()>,
) -> Result<Duration> {
    let start = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    while runs < min_runs || start.elapsed() < min_time {
        let t = Instant::now();
        f()?;
        best = best.min(t.elapsed());
        runs += 1;
    }
    Ok(best)
}

/// The `.text` size of a module compiled by `engine`.
pub fn text_bytes(engine: &Engine, wasm: &[u8]) -> Result<u64> {
    use object::{Object, ObjectSection};
    let artifact = engine.precompile_module(wasm)?;
    let file = object::File::parse(&artifact[..]).context("parsing the compiled artifact")?;
    let text = file
        .section_by_name(".text")
        .context("the artifact has no .text")?;
    Ok(text.size())
}

/// The outcome of running a WASI program.
pub struct WasiRun {
    /// Time between the program's `bench.start` and `bench.end` calls (or the
    /// whole `_start` when it calls neither).
    pub measured: Duration,
    /// What it wrote to stdout.
    pub stdout: Vec<u8>,
}

/// Runs the WASI program `module` with `dir` preopened as `.`.
pub fn run_wasi(engine: &Engine, module: &Module, dir: &Path) -> Result<WasiRun> {
    use wasi_common::pipe::WritePipe;
    use wasmtime_wasi::sync::{ambient_authority, Dir, WasiCtxBuilder};

    struct State {
        wasi: wasmtime_wasi::WasiCtx,
        started: Option<Instant>,
        measured: Option<Duration>,
    }
    let stdout = WritePipe::new_in_memory();
    let preopen = Dir::open_ambient_dir(dir, ambient_authority())
        .with_context(|| format!("opening {}", dir.display()))?;
    let wasi = WasiCtxBuilder::new()
        .stdout(Box::new(stdout.clone()))
        .preopened_dir(preopen, ".")?
        .build();
    let mut linker: Linker<State> = Linker::new(engine);
    wasmtime_wasi::add_to_linker(&mut linker, |s: &mut State| &mut s.wasi)?;
    linker.func_wrap(
        "bench",
        "start",
        |mut caller: wasmtime::Caller<'_, State>| {
            caller.data_mut().started = Some(Instant::now());
        },
    )?;
    linker.func_wrap("bench", "end", |mut caller: wasmtime::Caller<'_, State>| {
        let state = caller.data_mut();
        state.measured = state.started.map(|s| s.elapsed());
    })?;
    let mut store = Store::new(
        engine,
        State {
            wasi,
            started: None,
            measured: None,
        },
    );
    let instance = linker.instantiate(&mut store, module)?;
    let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
    let whole = Instant::now();
    let result = start.call(&mut store, ());
    let elapsed = whole.elapsed();
    let measured = store.data().measured.unwrap_or(elapsed);
    drop(store);
    let stdout = match stdout.try_into_inner() {
        Ok(cursor) => cursor.into_inner(),
        Err(_) => bail!("the program's stdout is still shared"),
    };
    if let Err(e) = result {
        // A zero exit status is a normal end.
        match e.downcast_ref::<wasmtime_wasi::I32Exit>() {
            Some(exit) if exit.0 == 0 => {}
            _ => {
                let shown = String::from_utf8_lossy(&stdout).trim_end().to_string();
                return Err(e.context(format!("the program's stdout: {shown:?}")));
            }
        }
    }
    Ok(WasiRun { measured, stdout })
}

/// The geometric mean of `ratios`.
pub fn geomean(ratios: &[f64]) -> f64 {
    if ratios.is_empty() {
        return f64::NAN;
    }
    (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp()
}

//! `kindling compare FILE`: compiles a module with kindling and with
//! Cranelift, prints compile time and code size side by side, then runs every
//! exported function that takes no arguments (and `_start`) under both and
//! reports any difference in results or traps.
//!
//! Imported functions are stubbed identically for both engines: integer
//! results are a per-store counter that advances by 1000 on every call (so a
//! clock import makes time pass quickly), everything else is zero; runs are
//! deterministic and comparable.

use crate::{Compiler, EngineOptions};
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::time::{Duration, Instant};
use wasmtime::{Engine, Extern, Func, Linker, Module, Store, Trap, Val, ValType};

/// What one call did.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// Returned these values (floats as bit patterns, NaNs canonicalized).
    Values(Vec<String>),
    /// Trapped with this code.
    Trap(String),
    /// Failed some other way (e.g. a stub reached by `_start`).
    Error(String),
}

fn engine(options: &EngineOptions, compiler: Compiler) -> Result<Engine> {
    let options = EngineOptions {
        compiler,
        ..options.clone()
    };
    let mut config = options.config();
    config.parallel_compilation(false);
    Engine::new(&config).with_context(|| format!("failed to create the {compiler} engine"))
}

fn text_size(engine: &Engine, wasm: &[u8]) -> Result<u64> {
    use object::{Object, ObjectSection};
    let artifact = engine.precompile_module(wasm)?;
    let file = object::File::parse(&artifact[..])?;
    Ok(file.section_by_name(".text").map_or(0, |s| s.size()))
}

fn fastest_compile(engine: &Engine, wasm: &[u8]) -> Result<(Module, Duration)> {
    let mut best = Duration::MAX;
    let mut module = None;
    for _ in 0..3 {
        let t = Instant::now();
        let m = Module::new(engine, wasm)?;
        best = best.min(t.elapsed());
        module = Some(m);
    }
    Ok((module.expect("compiled"), best))
}

fn show(v: &Val) -> String {
    match v {
        Val::I32(x) => format!("i32:{x}"),
        Val::I64(x) => format!("i64:{x}"),
        Val::F32(b) if f32::from_bits(*b).is_nan() => "f32:nan".into(),
        Val::F64(b) if f64::from_bits(*b).is_nan() => "f64:nan".into(),
        Val::F32(b) => format!("f32:{b:#x}"),
        Val::F64(b) => format!("f64:{b:#x}"),
        Val::V128(b) => format!("v128:{b:#x}"),
        Val::FuncRef(f) => format!("funcref:{}", if f.is_some() { "non-null" } else { "null" }),
        Val::ExternRef(r) => format!(
            "externref:{}",
            if r.is_some() { "non-null" } else { "null" }
        ),
    }
}

fn zero(ty: &ValType, n: u64) -> Val {
    match ty {
        ValType::I32 => Val::I32(n as i32),
        ValType::I64 => Val::I64(n as i64),
        ValType::F32 => Val::F32(0),
        ValType::F64 => Val::F64(0),
        ValType::V128 => Val::V128(0),
        ValType::FuncRef => Val::FuncRef(None),
        ValType::ExternRef => Val::ExternRef(None),
    }
}

/// Instantiates `module` with stubbed function imports and runs the
/// candidates, in order.
fn run_all(
    engine: &Engine,
    options: &EngineOptions,
    module: &Module,
    names: &[String],
) -> Result<Vec<Outcome>> {
    let mut store = Store::new(engine, 0u64);
    if options.fuel {
        store.add_fuel(u64::MAX / 2)?;
    }
    if options.epochs {
        store.set_epoch_deadline(u64::MAX / 2);
    }
    let mut linker = Linker::new(engine);
    for import in module.imports() {
        let Some(ty) = import.ty().func().cloned() else {
            bail!(
                "import `{}::{}` is not a function; compare stubs only functions",
                import.module(),
                import.name()
            );
        };
        let results: Vec<ValType> = ty.results().collect();
        let stub = Func::new(&mut store, ty, move |mut caller, _params, out| {
            *caller.data_mut() += 1000;
            let n = *caller.data();
            for (slot, ty) in out.iter_mut().zip(&results) {
                *slot = zero(ty, n);
            }
            Ok(())
        });
        linker.define(
            &mut store,
            import.module(),
            import.name(),
            Extern::Func(stub),
        )?;
    }
    let instance = linker.instantiate(&mut store, module)?;
    let mut outcomes = Vec::new();
    for name in names {
        let func = instance
            .get_func(&mut store, name)
            .context("export vanished")?;
        let ty = func.ty(&store);
        let mut results: Vec<Val> = ty.results().map(|t| zero(&t, 0)).collect();
        outcomes.push(match func.call(&mut store, &[], &mut results) {
            Ok(()) => Outcome::Values(results.iter().map(show).collect()),
            Err(e) => match e.downcast_ref::<Trap>() {
                Some(trap) => Outcome::Trap(format!("{trap:?}")),
                None => Outcome::Error(format!("{e:#}")),
            },
        });
    }
    Ok(outcomes)
}

/// Runs the comparison, printing to `out`. Returns whether kindling and
/// Cranelift agreed on everything they ran.
/// Both engines take `options`' memory settings and `--set` settings.
pub fn compare(wasm: &[u8], options: &EngineOptions, out: &mut dyn Write) -> Result<bool> {
    let engines = [
        engine(options, Compiler::Kindling)?,
        engine(options, Compiler::Cranelift)?,
    ];
    let (k_module, k_time) =
        fastest_compile(&engines[0], wasm).context("kindling failed to compile")?;
    let (c_module, c_time) =
        fastest_compile(&engines[1], wasm).context("cranelift failed to compile")?;
    let (k_size, c_size) = (text_size(&engines[0], wasm)?, text_size(&engines[1], wasm)?);
    writeln!(out, "{:<12} {:>14} {:>14}", "", "kindling", "cranelift")?;
    writeln!(
        out,
        "{:<12} {:>12.3}ms {:>12.3}ms   cranelift/kindling {:.1}x",
        "compile",
        k_time.as_secs_f64() * 1e3,
        c_time.as_secs_f64() * 1e3,
        c_time.as_secs_f64() / k_time.as_secs_f64()
    )?;
    writeln!(
        out,
        "{:<12} {:>13}B {:>13}B   kindling/cranelift {:.2}x",
        ".text",
        k_size,
        c_size,
        k_size as f64 / c_size as f64
    )?;
    let names: Vec<String> = k_module
        .exports()
        .filter(|e| match e.ty().func() {
            Some(f) => f.params().len() == 0 || e.name() == "_start",
            None => false,
        })
        .map(|e| e.name().to_string())
        .collect();
    if names.is_empty() {
        writeln!(out, "no exported function without arguments to run")?;
        return Ok(true);
    }
    let k = run_all(&engines[0], options, &k_module, &names).context("running with kindling")?;
    let c = run_all(&engines[1], options, &c_module, &names).context("running with cranelift")?;
    let mut same = true;
    for ((name, k), c) in names.iter().zip(&k).zip(&c) {
        if k == c {
            writeln!(out, "same      {name}: {k:?}")?;
        } else {
            same = false;
            writeln!(out, "DIFFERENT {name}: kindling {k:?}, cranelift {c:?}")?;
        }
    }
    writeln!(
        out,
        "{}",
        if same {
            "no difference"
        } else {
            "kindling and cranelift differ"
        }
    )?;
    Ok(same)
}

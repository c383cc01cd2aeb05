//! wasmtime embedding API tests of kindling (`Strategy::Winch`).
//!
//! Set `KINDLING_TEST_COMPILER=cranelift` to run the same tests against
//! Cranelift, which checks the tests themselves.

use anyhow::Result;
use kindling_cli::{run_cli, Compiler, EngineOptions};
use std::path::PathBuf;
use wasmtime::{
    Caller, Engine, Func, FuncType, Instance, Linker, Module, Store, Trap, TypedFunc, Val, ValType,
    WasmBacktrace,
};

/// The compiler under test: kindling unless `KINDLING_TEST_COMPILER` says otherwise.
fn compiler() -> Compiler {
    match std::env::var("KINDLING_TEST_COMPILER") {
        Ok(name) => name.parse().expect("KINDLING_TEST_COMPILER"),
        Err(_) => Compiler::Kindling,
    }
}

fn engine() -> Engine {
    Engine::new(&EngineOptions::new(compiler()).config()).expect("engine")
}

fn instantiate(wat: &str) -> (Store<()>, Instance) {
    let engine = engine();
    let module = Module::new(&engine, wat).expect("module compiles");
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("instantiates");
    (store, instance)
}

const ARITH: &str = r#"
(module
  (func $add (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))
  (func $sub64 (export "sub64") (param i64 i64) (result i64)
    (i64.sub (local.get 0) (local.get 1)))
  (func $widen (export "widen") (param i32 i64) (result i64)
    (i64.mul (i64.extend_i32_s (local.get 0)) (local.get 1)))
  (func $swap (export "swap") (param i32 i64) (result i64 i32)
    (local.get 1) (local.get 0))
  (func $divmod (export "divmod") (param i32 i32) (result i32 i32 i64)
    (i32.div_u (local.get 0) (local.get 1))
    (i32.rem_u (local.get 0) (local.get 1))
    (i64.const -1)))
"#;

#[test]
fn typed_func_calls() -> Result<()> {
    let (mut store, instance) = instantiate(ARITH);
    let add: TypedFunc<(i32, i32), i32> = instance.get_typed_func(&mut store, "add")?;
    assert_eq!(add.call(&mut store, (2, 3))?, 5);
    assert_eq!(add.call(&mut store, (i32::MAX, 1))?, i32::MIN);
    assert_eq!(add.call(&mut store, (-7, 3))?, -4);

    let sub64: TypedFunc<(i64, i64), i64> = instance.get_typed_func(&mut store, "sub64")?;
    assert_eq!(sub64.call(&mut store, (1 << 40, 1))?, (1 << 40) - 1);
    assert_eq!(sub64.call(&mut store, (i64::MIN, 1))?, i64::MAX);

    let widen: TypedFunc<(i32, i64), i64> = instance.get_typed_func(&mut store, "widen")?;
    assert_eq!(widen.call(&mut store, (-2, 1 << 33))?, -(1 << 34));

    let swap: TypedFunc<(i32, i64), (i64, i32)> = instance.get_typed_func(&mut store, "swap")?;
    assert_eq!(swap.call(&mut store, (7, -1 << 50))?, (-1 << 50, 7));

    let divmod: TypedFunc<(i32, i32), (i32, i32, i64)> =
        instance.get_typed_func(&mut store, "divmod")?;
    assert_eq!(divmod.call(&mut store, (17, 5))?, (3, 2, -1));
    assert_eq!(divmod.call(&mut store, (-1, 10))?, (429_496_729, 5, -1));
    Ok(())
}

#[test]
fn array_calls() -> Result<()> {
    let (mut store, instance) = instantiate(ARITH);
    let add = instance.get_func(&mut store, "add").expect("add");
    let mut results = [Val::I32(0)];
    add.call(&mut store, &[Val::I32(40), Val::I32(2)], &mut results)?;
    assert_eq!(results[0].unwrap_i32(), 42);

    let sub64 = instance.get_func(&mut store, "sub64").expect("sub64");
    let mut results = [Val::I64(0)];
    sub64.call(&mut store, &[Val::I64(5), Val::I64(8)], &mut results)?;
    assert_eq!(results[0].unwrap_i64(), -3);

    let divmod = instance.get_func(&mut store, "divmod").expect("divmod");
    let mut results = [Val::I32(0), Val::I32(0), Val::I64(0)];
    divmod.call(&mut store, &[Val::I32(100), Val::I32(7)], &mut results)?;
    assert_eq!(results[0].unwrap_i32(), 14);
    assert_eq!(results[1].unwrap_i32(), 2);
    assert_eq!(results[2].unwrap_i64(), -1);

    // Wrong argument types are caught by wasmtime before reaching compiled code.
    let err = add
        .call(&mut store, &[Val::I64(1), Val::I32(2)], &mut [Val::I32(0)])
        .unwrap_err();
    assert!(
        err.to_string().contains("argument type mismatch"),
        "{err:#}"
    );
    Ok(())
}

const HOSTS: &str = r#"
(module
  (import "host" "combine" (func $combine (param i32 i32) (result i32)))
  (import "host" "triple" (func $triple (param i64) (result i64)))
  (import "host" "fail" (func $fail))
  (func $use_combine (export "use_combine") (param i32 i32) (result i32)
    (i32.add (call $combine (local.get 0) (local.get 1)) (i32.const 1)))
  (func $use_triple (export "use_triple") (param i64) (result i64)
    (i64.add (call $triple (local.get 0)) (call $triple (i64.const 1))))
  (func $both (export "both") (param i32) (result i64)
    (call $triple (i64.extend_i32_u (call $combine (local.get 0) (i32.const 9)))))
  (func $use_fail (export "use_fail") (result i32)
    (call $fail)
    (i32.const 5)))
"#;

#[test]
fn host_functions() -> Result<()> {
    let engine = engine();
    let module = Module::new(&engine, HOSTS)?;
    let mut store = Store::new(&engine, 0u32);
    let mut linker = Linker::new(&engine);
    let ty = FuncType::new([ValType::I32, ValType::I32], [ValType::I32]);
    let combine = Func::new(
        &mut store,
        ty,
        |mut caller: Caller<'_, u32>, params, results| {
            *caller.data_mut() += 1;
            results[0] = Val::I32(params[0].unwrap_i32() * 10 + params[1].unwrap_i32());
            Ok(())
        },
    );
    linker.define(&mut store, "host", "combine", combine)?;
    linker.func_wrap("host", "triple", |x: i64| x.wrapping_mul(3))?;
    linker.func_wrap("host", "fail", || -> Result<()> {
        anyhow::bail!("host says no")
    })?;
    let instance = linker.instantiate(&mut store, &module)?;

    let use_combine: TypedFunc<(i32, i32), i32> =
        instance.get_typed_func(&mut store, "use_combine")?;
    assert_eq!(use_combine.call(&mut store, (4, 2))?, 43);
    assert_eq!(use_combine.call(&mut store, (-1, 5))?, -4);
    assert_eq!(*store.data(), 2, "Func::new host function ran twice");

    let use_triple: TypedFunc<i64, i64> = instance.get_typed_func(&mut store, "use_triple")?;
    assert_eq!(use_triple.call(&mut store, 1 << 40)?, 3 * (1 << 40) + 3);

    let both = instance.get_func(&mut store, "both").expect("both");
    let mut results = [Val::I64(0)];
    both.call(&mut store, &[Val::I32(7)], &mut results)?;
    assert_eq!(results[0].unwrap_i64(), 237);

    let use_fail: TypedFunc<(), i32> = instance.get_typed_func(&mut store, "use_fail")?;
    let err = use_fail.call(&mut store, ()).unwrap_err();
    assert!(format!("{err:#}").contains("host says no"), "{err:#}");
    assert!(err.downcast_ref::<Trap>().is_none(), "{err:#}");
    // The store is still usable after a host error unwound through wasm.
    assert_eq!(use_combine.call(&mut store, (1, 1))?, 12);
    Ok(())
}

const TRAPS: &str = r#"
(module
  (func $boom (export "boom") (result i32)
    unreachable)
  (func $divide (export "divide") (param i32 i32) (result i32)
    (i32.div_s (local.get 0) (local.get 1)))
  (func $outer (export "outer") (param i32) (result i32)
    (i32.add (i32.const 1) (call $middle (local.get 0))))
  (func $middle (param i32) (result i32)
    (call $divide (i32.const 10) (local.get 0)))
  (func $recurse (export "recurse") (param i32) (result i32)
    (i32.add (call $recurse (i32.add (local.get 0) (i32.const 1))) (i32.const 1))))
"#;

fn frame_names(err: &anyhow::Error) -> Vec<String> {
    let backtrace = err
        .downcast_ref::<WasmBacktrace>()
        .unwrap_or_else(|| panic!("no WasmBacktrace in {err:?}"));
    backtrace
        .frames()
        .iter()
        .map(|f| f.func_name().unwrap_or("<unnamed>").to_string())
        .collect()
}

#[test]
fn unreachable_traps() -> Result<()> {
    let (mut store, instance) = instantiate(TRAPS);
    let boom: TypedFunc<(), i32> = instance.get_typed_func(&mut store, "boom")?;
    let err = boom.call(&mut store, ()).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>(),
        Some(&Trap::UnreachableCodeReached)
    );
    assert_eq!(frame_names(&err), ["boom"]);
    Ok(())
}

#[test]
fn division_traps_with_backtrace() -> Result<()> {
    let (mut store, instance) = instantiate(TRAPS);
    let divide: TypedFunc<(i32, i32), i32> = instance.get_typed_func(&mut store, "divide")?;
    assert_eq!(divide.call(&mut store, (-9, 2))?, -4);
    let err = divide.call(&mut store, (1, 0)).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>(),
        Some(&Trap::IntegerDivisionByZero)
    );
    assert_eq!(frame_names(&err), ["divide"]);

    let err = divide.call(&mut store, (i32::MIN, -1)).unwrap_err();
    assert_eq!(err.downcast_ref::<Trap>(), Some(&Trap::IntegerOverflow));

    // Through two wasm frames, via an array call: innermost frame first.
    let outer = instance.get_func(&mut store, "outer").expect("outer");
    let err = outer
        .call(&mut store, &[Val::I32(0)], &mut [Val::I32(0)])
        .unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>(),
        Some(&Trap::IntegerDivisionByZero)
    );
    assert_eq!(frame_names(&err), ["divide", "middle", "outer"]);

    // The instance still works after traps.
    let outer: TypedFunc<i32, i32> = instance.get_typed_func(&mut store, "outer")?;
    assert_eq!(outer.call(&mut store, 3)?, 4);
    Ok(())
}

#[test]
fn infinite_recursion_overflows_the_stack() -> Result<()> {
    let (mut store, instance) = instantiate(TRAPS);
    let recurse: TypedFunc<i32, i32> = instance.get_typed_func(&mut store, "recurse")?;
    let err = recurse.call(&mut store, 0).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>(),
        Some(&Trap::StackOverflow),
        "{err:?}"
    );
    // And again: the guard must still work after the first overflow.
    let err = recurse.call(&mut store, 0).unwrap_err();
    assert_eq!(err.downcast_ref::<Trap>(), Some(&Trap::StackOverflow));
    let divide: TypedFunc<(i32, i32), i32> = instance.get_typed_func(&mut store, "divide")?;
    assert_eq!(divide.call(&mut store, (9, 3))?, 3);
    Ok(())
}

// ---- the `kindling wast` runner itself -------------------------------------------------------

/// A fresh scratch directory under the system temp dir.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kindling-api-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Runs the CLI in-process; returns (exit code, stdout, stderr).
fn cli(args: &[&str]) -> (i32, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run_cli(args.iter().copied(), &mut out, &mut err);
    let text = |v: Vec<u8>| String::from_utf8(v).expect("utf-8 output");
    (code, text(out), text(err))
}

const GOOD_WAST: &str = r#"
(module
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))
(assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
(assert_trap (module (func $start unreachable) (start $start)) "unreachable")
(assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
"#;

const BAD_WAST: &str = r#"
(module
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))
(assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 4))
"#;

fn wast_runner_reports(compiler: &str) {
    let dir = scratch_dir(&format!("wast-{compiler}"));
    let good = dir.join("good.wast");
    let bad = dir.join("bad.wast");
    std::fs::write(&good, GOOD_WAST).unwrap();
    std::fs::write(&bad, BAD_WAST).unwrap();
    let (good, bad) = (good.to_str().unwrap(), bad.to_str().unwrap());

    let (code, out, err) = cli(&["wast", "--compiler", compiler, good]);
    assert_eq!(out, format!("PASS {good}\n1 passed, 0 failed\n"), "{err}");
    assert_eq!(code, 0);

    let (code, out, _) = cli(&["wast", "--compiler", compiler, good, bad]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(lines[0], format!("PASS {good}"));
    assert!(lines[1].starts_with(&format!("FAIL {bad}: ")), "{out}");
    assert!(lines[1].contains("bad.wast:5:1"), "{out}");
    assert!(lines[1].contains("result 0 didn't match"), "{out}");
    assert!(
        lines[1].contains("expected 4 / 0x") && lines[1].contains("actual 3 / 0x"),
        "{out}"
    );
    assert_eq!(lines[2], "1 passed, 1 failed");
    assert_eq!(code, 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn wast_runner_with_cranelift() {
    wast_runner_reports("cranelift");
}

#[test]
fn wast_runner_with_kindling() {
    wast_runner_reports("kindling");
}

#[test]
fn cli_rejects_bad_input() {
    let dir = scratch_dir("bad-input");
    let bad_wat = dir.join("bad.wat");
    std::fs::write(&bad_wat, "(module (func i32.bogus))").unwrap();
    let bad_wat = bad_wat.to_str().unwrap();
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/add.wat");
    let cases: &[(&[&str], i32, &str)] = &[
        (&[], 2, "missing subcommand"),
        (&["frobnicate"], 2, "unknown subcommand `frobnicate`"),
        (&["wast"], 2, "needs at least one .wast file"),
        (&["wast", "--bogus", "x.wast"], 2, "unknown flag `--bogus`"),
        (
            &["wast", "--compiler", "llvm", "x"],
            2,
            "unknown compiler `llvm`",
        ),
        (
            &["run", "/nonexistent.wat", "--invoke", "f"],
            1,
            "failed to read",
        ),
        (&["run", bad_wat, "--invoke", "f"], 1, "bad.wat"),
        (&["run", example], 2, "needs `--invoke NAME`"),
        (&["compile", example], 2, "needs `-o OUT`"),
        (&["compile", "-o", "x"], 2, "needs an input"),
        (
            &["compile", example, "-o", "x", "--target", "nope"],
            2,
            "invalid --target",
        ),
        (
            &["compile", example, example, "-o", "x"],
            2,
            "takes one input file",
        ),
    ];
    for (args, code, message) in cases {
        let (got, out, err) = cli(args);
        assert_eq!(got, *code, "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

fn cli_runs_examples(compiler: &str) {
    let add = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/add.wat");
    let fac = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/fac.wat");
    let run = |args: &[&str]| {
        let mut all = vec!["run", "--compiler", compiler];
        all.extend_from_slice(args);
        cli(&all)
    };
    let run_ok = |args: &[&str]| {
        let (code, out, err) = run(args);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        out
    };
    assert_eq!(run_ok(&[fac, "--invoke", "fac", "10"]), "3628800\n");
    assert_eq!(
        run_ok(&[fac, "--invoke", "fac", "20"]),
        "2432902008176640000\n"
    );
    assert_eq!(run_ok(&[add, "--invoke", "add", "-1", "0x10"]), "15\n");
    assert_eq!(run_ok(&[add, "--invoke", "divmod", "17", "5"]), "3\n2\n");
    assert_eq!(run_ok(&[add, "--invoke", "hypot", "3", "4"]), "5\n");
    let sum = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/sum-array.wat");
    assert_eq!(run_ok(&[sum, "--invoke", "sum", "0", "4"]), "0\n");
    let nan = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/nan.wat");
    let canonical = ["--set", "enable_nan_canonicalization=true"];
    assert_eq!(
        run_ok(&[nan, "--invoke", "g", canonical[0], canonical[1]]),
        "2143289344\n"
    );
    assert_eq!(
        run_ok(&[nan, "--invoke", "h", canonical[0], canonical[1]]),
        "9221120237041090560\n"
    );
    // Without the setting, the input NaN's payload survives the add, except
    // on riscv64, whose arithmetic always gives the canonical NaN.
    let uncanonicalized = if cfg!(target_arch = "riscv64") {
        "2143289344\n"
    } else {
        "2145386497\n"
    };
    assert_eq!(run_ok(&[nan, "--invoke", "g"]), uncanonicalized);
    let (code, _, err) = run(&[nan, "--invoke", "g", "--set", "no_such_setting=1"]);
    assert_eq!(code, 1);
    assert!(err.contains("no_such_setting"), "{err}");
    let (code, _, err) = run(&[nan, "--invoke", "g", "--set", "no_value"]);
    assert_eq!(code, 2);
    assert!(err.contains("NAME=VALUE"), "{err}");

    let (code, out, err) = run(&[add, "--invoke", "div", "1", "0"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.starts_with("error: wasm trap: integer divide by zero\n"),
        "{err}"
    );
    let (code, _, err) = run(&[add, "--invoke", "add", "1", "2.5"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("argument 2: `2.5` is not a valid i32"),
        "{err}"
    );
    let (code, _, err) = run(&[add, "--invoke", "add", "1"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("takes 2 argument(s) (i32, i32), got 1"),
        "{err}"
    );

    let dir = scratch_dir(&format!("compile-{compiler}"));
    let out_path = dir.join("fac.cwasm");
    let out_str = out_path.to_str().unwrap();
    let (code, _, err) = cli(&["compile", "--compiler", compiler, fac, "-o", out_str]);
    assert_eq!(code, 0, "{err}");
    // The CLI compiled with the environment's memory settings; so must this.
    let options = EngineOptions::from_env(compiler.parse().unwrap()).unwrap();
    let engine = Engine::new(&options.config()).unwrap();
    // SAFETY: the artifact was just produced by this same engine configuration.
    let module = unsafe { Module::deserialize_file(&engine, &out_path) }.unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let fac: TypedFunc<i64, i64> = instance.get_typed_func(&mut store, "fac").unwrap();
    assert_eq!(fac.call(&mut store, 5).unwrap(), 120);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn cli_runs_examples_with_cranelift() {
    cli_runs_examples("cranelift");
}

#[test]
fn cli_runs_examples_with_kindling() {
    cli_runs_examples("kindling");
}

#[test]
fn cli_imports_are_rejected() {
    let dir = scratch_dir("imports");
    let path = dir.join("imports.wat");
    std::fs::write(&path, r#"(module (import "env" "f" (func)))"#).unwrap();
    let (code, _, err) = cli(&[
        "run",
        "--compiler",
        "cranelift",
        path.to_str().unwrap(),
        "--invoke",
        "f",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("imports `env::f`"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn invalid_code_after_an_unsupported_operator_is_reported_as_invalid() {
    // kindling does not compile the threads proposal's `atomic.fence` yet
    // (when it does, pick another operator it lacks); the `i32.add` with an
    // empty stack after it makes the module invalid, and that is what must
    // be reported.
    let mut config = EngineOptions::new(compiler()).config();
    config.wasm_threads(true);
    let engine = Engine::new(&config).expect("engine");
    let fence = "(atomic.fence)";
    let wat = format!("(module (func {fence} (i32.add) (drop)))");
    let Err(err) = Module::new(&engine, &wat) else {
        panic!("an invalid module compiled");
    };
    let msg = format!("{err:#}");
    assert!(msg.contains("type mismatch"), "{msg}");
    assert!(!msg.contains("does not support"), "{msg}");

    // The same operator in a valid module is named in the error.
    let wat = format!("(module (func {fence}))");
    match compiler() {
        Compiler::Kindling => {
            let Err(err) = Module::new(&engine, &wat) else {
                panic!("kindling compiled atomic.fence");
            };
            let msg = format!("{err:#}");
            let isa = std::env::consts::ARCH;
            assert!(msg.contains("AtomicFence") && msg.contains(isa), "{msg}");
        }
        Compiler::Cranelift => {
            Module::new(&engine, &wat).expect("cranelift compiles atomic.fence");
        }
    }
}

/// riscv64 code for v128 needs the V extension: without `has_v`, kindling
/// refuses the module with an error naming it (compiled for riscv64
/// wherever the test runs); with it, the module compiles.
#[test]
fn riscv64_v128_code_needs_the_v_extension() {
    if compiler() != Compiler::Kindling {
        return;
    }
    let wat = "(module (func (export \"f\") (param v128) (result v128)
                 (i32x4.add (local.get 0) (local.get 0))))";
    let compile = |has_v: &str| {
        let mut options = EngineOptions::new(Compiler::Kindling);
        options
            .settings
            .push(("has_v".to_string(), has_v.to_string()));
        let mut config = options.config();
        config
            .target("riscv64gc-unknown-linux-gnu")
            .expect("a target");
        let engine = Engine::new(&config).expect("engine");
        engine.precompile_module(wat.as_bytes())
    };
    let Err(err) = compile("false") else {
        panic!("v128 code compiled for riscv64 without V");
    };
    let msg = format!("{err:#}");
    assert!(
        msg.contains("V extension") && msg.contains("has_v") && msg.contains("riscv64"),
        "{msg}"
    );
    compile("true").expect("v128 code compiles for riscv64 with V");
}

/// The operator kindling refuses for want of a CPU feature is named as the
/// wasm operator, with the setting that would enable it.
#[test]
fn an_operator_needing_a_cpu_feature_names_it_and_the_setting() {
    if compiler() != Compiler::Kindling || std::env::consts::ARCH != "x86_64" {
        return;
    }
    let mut options = EngineOptions::new(Compiler::Kindling);
    options
        .settings
        .push(("has_ssse3".to_string(), "false".to_string()));
    let engine = Engine::new(&options.config()).expect("engine");
    let wat = "(module (func (param v128 v128) (result v128)
                 (i8x16.swizzle (local.get 0) (local.get 1))))";
    let Err(err) = Module::new(&engine, wat) else {
        panic!("swizzle compiled without SSSE3");
    };
    let msg = format!("{err:#}");
    assert!(
        msg.contains("`i8x16.swizzle` on x86_64") && msg.contains("has_ssse3"),
        "{msg}"
    );
    // With the default (detected) features it compiles.
    Module::new(&self::engine(), wat).expect("swizzle compiles with SSSE3");
}

#[test]
fn cli_compare_runs_both_compilers_and_reports_agreement() {
    let dir = scratch_dir("compare");
    let path = dir.join("compare.wat");
    std::fs::write(
        &path,
        r#"(module
             (import "env" "clock" (func $clock (result i32)))
             (func (export "seven") (result i32) (i32.const 7))
             (func (export "ticks") (result i32)
               (i32.sub (call $clock) (call $clock)))
             (func (export "boom") (unreachable))
             (func (export "takes_args") (param i32)))"#,
    )
    .unwrap();
    let (code, out, err) = cli(&["compare", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("cranelift/kindling"), "{out}");
    assert!(
        out.contains("same      seven: Values([\"i32:7\"])"),
        "{out}"
    );
    assert!(
        out.contains("same      ticks: Values([\"i32:-1000\"])"),
        "{out}"
    );
    assert!(
        out.contains("boom: Trap(\"UnreachableCodeReached\")"),
        "{out}"
    );
    assert!(!out.contains("takes_args"), "{out}");
    assert!(out.trim_end().ends_with("no difference"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn cli_disas_compares_with_cranelift_and_reports_bad_requests() {
    let fac = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/fac.wat");
    let (code, out, err) = cli(&[
        "disas",
        fac,
        "--target",
        "x86_64-unknown-linux-gnu",
        "--compare",
        "cranelift",
    ]);
    assert_eq!(code, 0, "{err}");
    let kindling = "wasm[0]::function[0] (fac): kindling, x86_64-unknown-linux-gnu:";
    let cranelift = "wasm[0]::function[0] (fac): cranelift, x86_64-unknown-linux-gnu:";
    let (k, c) = (out.find(kindling), out.find(cranelift));
    assert!(k.is_some() && c.is_some() && k < c, "{out}");
    // Both listings are annotated with the operators from the address map.
    assert_eq!(out.matches("call $fac").count(), 2, "{out}");
    let table = out.lines().last().unwrap_or_default();
    assert!(
        table.starts_with("fac ") && table.ends_with("x bytes)"),
        "{out}"
    );

    let (code, _, err) = cli(&["disas", fac, "--func", "trampoline"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = cli(&["disas", fac, "--func", "7"]);
    assert_eq!(code, 1);
    assert!(err.contains("no function matches `7`"), "{err}");
    let (code, _, err) = cli(&["disas", fac, "--target", "not-a-triple"]);
    assert_eq!(code, 1);
    assert!(err.contains("invalid target"), "{err}");
    let (code, _, err) = cli(&["disas"]);
    assert_eq!(code, 2, "{err}");
}

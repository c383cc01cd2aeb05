//! Code past the short reaches of every ISA: frame slots further from the
//! frame pointer than s390x's 20-bit displacements reach (512 KiB), a frame larger
//! than the whole wasm stack (the overflow check must fire before the frame
//! is touched), and branches across more code than s390x's `brc` (64 KiB)
//! and aarch64's `b.cond` (1 MiB) reach. Each result is checked against a
//! model computed here.

use anyhow::Result;
use kindling_cli::{Compiler, EngineOptions};
use wasmtime::{Config, Engine, Instance, Module, Store, Trap, TypedFunc};

fn engine(max_wasm_stack: Option<usize>) -> Result<Engine> {
    let mut config: Config = EngineOptions::new(Compiler::Kindling).config();
    if let Some(bytes) = max_wasm_stack {
        config.max_wasm_stack(bytes);
    }
    Engine::new(&config)
}

/// `f(x)`: `depth` calls of an identity function on `x` (each result
/// spilled to its value-stack slot by the next call), summed, plus the last
/// of `locals` i64 locals set to 1: `depth * x + 1`. Its frame holds the
/// locals (8 bytes each, at most wasm's 50,000) and then a 16-byte slot per
/// value-stack entry, so deep slots lie far below the frame pointer.
fn deep_frame(locals: usize, depth: usize) -> String {
    let last = locals; // local 0 is the parameter
    format!(
        r#"(module
             (func $id (param i64) (result i64) (local.get 0))
             (func (export "f") (param i64) (result i64) (local {ty})
               (local.set {last} (i64.const 1))
               {calls}
               {adds}
               (i64.add (local.get {last}))))"#,
        ty = "i64 ".repeat(locals),
        calls = "(call $id (local.get 0))\n".repeat(depth),
        adds = "i64.add\n".repeat(depth - 1),
    )
}

/// Runs `body` on a thread with a 64 MiB stack, for frames larger than a
/// test thread's.
fn on_big_stack<T: Send + 'static>(body: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(body)
        .expect("a thread")
        .join()
        .expect("no panic")
}

#[test]
fn frame_slots_beyond_half_a_megabyte_are_reached() -> Result<()> {
    // 49,000 locals (392 KB) and 20,000 spilled values (320 KB): slots
    // past s390x's ±512 KiB displacements, in a wasm stack raised to 8 MiB.
    on_big_stack(|| -> Result<()> {
        let engine = engine(Some(8 << 20))?;
        let module = Module::new(&engine, deep_frame(49_000, 20_000))?;
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[])?;
        let f: TypedFunc<i64, i64> = instance.get_typed_func(&mut store, "f")?;
        for x in [0, 41, -7] {
            assert_eq!(f.call(&mut store, x)?, 20_000 * x + 1);
        }
        Ok(())
    })
}

#[test]
fn a_frame_larger_than_the_stack_overflows_cleanly() -> Result<()> {
    // The same 712 KB frame against the default 512 KiB wasm stack: the
    // check must trap before anything below the limit is written, and the
    // store must stay usable.
    let engine = engine(None)?;
    let module = Module::new(&engine, deep_frame(49_000, 20_000))?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let f: TypedFunc<i64, i64> = instance.get_typed_func(&mut store, "f")?;
    for _ in 0..2 {
        let err = f.call(&mut store, 1).unwrap_err();
        assert_eq!(
            err.downcast_ref::<Trap>(),
            Some(&Trap::StackOverflow),
            "{err:?}"
        );
    }
    let small = Module::new(&engine, deep_frame(10, 10))?;
    let instance = Instance::new(&mut store, &small, &[])?;
    let f: TypedFunc<i64, i64> = instance.get_typed_func(&mut store, "f")?;
    assert_eq!(f.call(&mut store, 5)?, 51);
    Ok(())
}

/// `(param n, skip)`: unless `skip`, adds 1 to a global counter `steps`
/// times in straight-line code (a load, an add and a store each), inside a
/// loop that runs `n` times; the forward `br_if` over the code and the
/// loop's backward branch both cross it.
fn long_branches(steps: usize) -> String {
    let step = "(global.set 0 (i32.add (global.get 0) (i32.const 1)))\n".repeat(steps);
    format!(
        r#"(module (global (mut i32) (i32.const 0))
             (func (export "f") (param i32 i32) (result i32)
               (global.set 0 (i32.const 0))
               (block $done
                 (br_if $done (local.get 1))
                 (loop $again
                   {step}
                   (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                   (br_if $again (local.get 0))))
               (global.get 0)))"#
    )
}

#[test]
fn branches_across_more_than_a_megabyte_of_code_land() -> Result<()> {
    // 120,000 steps: over 1 MiB of code on every ISA.
    let steps = 120_000;
    let engine = engine(None)?;
    let module = Module::new(&engine, long_branches(steps))?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let f: TypedFunc<(i32, i32), i32> = instance.get_typed_func(&mut store, "f")?;
    assert_eq!(f.call(&mut store, (1, 1))?, 0, "skipped");
    assert_eq!(f.call(&mut store, (1, 0))?, steps as i32);
    assert_eq!(f.call(&mut store, (3, 0))?, 3 * steps as i32);
    Ok(())
}

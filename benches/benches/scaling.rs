//! Compile-time scaling on pathological modules: each shape is generated at
//! two sizes, and kindling's compile time per code byte at both shows whether
//! it stays linear (a ratio near 1). Cranelift is timed on the same modules.
//!
//! `cargo bench -p kindling-bench --bench scaling`

use anyhow::Result;
use kindling_bench::{code_section_bytes, engine, fastest, Which};
use std::fmt::Write;
use std::time::Duration;
use wasmtime::Module;

/// `n` nested blocks.
fn nested_blocks(n: usize) -> String {
    let mut s = String::from("(module (func (result i32)");
    s.push_str(&"(block (result i32)".repeat(n));
    s.push_str("(i32.const 1)");
    s.push_str(&")".repeat(n));
    s.push_str("))");
    s
}

/// A `br_table` with `n` targets.
fn big_br_table(n: usize) -> String {
    let mut s = String::from("(module (func (param i32) (result i32) (block (block (br_table");
    for i in 0..n {
        s.push_str(if i % 2 == 0 { " 0" } else { " 1" });
    }
    s.push_str(" 0 (local.get 0))) (return (i32.const 1))) (i32.const 7)))");
    s
}

/// A function with `n` locals, each touched once.
fn many_locals(n: usize) -> String {
    let mut s = format!(
        "(module (func (result i64) (local i64) (local {})",
        "i64 ".repeat(n - 1)
    );
    for i in (0..n).step_by(7) {
        let _ = write!(s, "(local.set 0 (i64.add (local.get 0) (local.get {i})))");
    }
    s.push_str("(local.get 0)))");
    s
}

/// One function of about `bytes` bytes of straight-line code.
fn big_body(bytes: usize) -> String {
    let mut s = String::from("(module (memory 1) (func (param i32) (result i32)");
    for i in 0..bytes / 12 {
        let _ = write!(
            s,
            "(local.set 0 (i32.add (local.get 0) (i32.load offset={} (local.get 0))))",
            i % 1000
        );
    }
    s.push_str("(local.get 0)))");
    s
}

/// `n` tiny functions.
fn tiny_functions(n: usize) -> String {
    let mut s = String::from("(module");
    for i in 0..n {
        let _ = write!(
            s,
            "(func (param i32) (result i32) (i32.add (local.get 0) (i32.const {i})))"
        );
    }
    s.push(')');
    s
}

/// A generated module shape: name, generator, full size.
type Shape = (&'static str, fn(usize) -> String, usize);

fn main() -> Result<()> {
    let quick = std::env::var_os("KINDLING_BENCH_QUICK").is_some();
    let scale = if quick { 10 } else { 1 };
    let shapes: [Shape; 5] = [
        ("nested blocks", nested_blocks, 10_000),
        ("br_table targets", big_br_table, 100_000),
        ("locals", many_locals, 50_000),
        ("1 MB body (bytes)", big_body, 1 << 20),
        ("tiny functions", tiny_functions, 100_000),
    ];
    let engines = [engine(Which::Kindling)?, engine(Which::Cranelift)?];
    println!("compile ns per code byte at half and full size; linear code keeps the ratio near 1");
    println!(
        "{:<20} {:>9} {:>10} {:>12} {:>12} {:>8} {:>14}",
        "shape", "size", "code KiB", "kindling/2", "kindling", "ratio", "cranelift"
    );
    for (name, make, size) in shapes {
        let size = size / scale;
        let mut per_byte = Vec::new();
        let mut code = 0;
        let mut cranelift = f64::NAN;
        for n in [size / 2, size] {
            let wasm = wat::parse_str(make(n))?;
            code = code_section_bytes(&wasm)?;
            let t = fastest(if quick { 1 } else { 3 }, Duration::ZERO, || {
                Module::new(&engines[0], &wasm)?;
                Ok(())
            })?;
            per_byte.push(t.as_nanos() as f64 / code as f64);
            if n == size {
                let t = fastest(1, Duration::ZERO, || {
                    Module::new(&engines[1], &wasm)?;
                    Ok(())
                })?;
                cranelift = t.as_nanos() as f64 / code as f64;
            }
        }
        println!(
            "{:<20} {:>9} {:>10.0} {:>10.1}ns {:>10.1}ns {:>7.2}x {:>12.1}ns",
            name,
            size,
            code as f64 / 1024.0,
            per_byte[0],
            per_byte[1],
            per_byte[1] / per_byte[0],
            cranelift
        );
    }
    Ok(())
}

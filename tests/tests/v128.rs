//! The v128 plumbing kindling has so far (slots, moves, calls, trampolines)
//! and the few SIMD operators it compiles, checked against Cranelift.

use anyhow::Result;
use wasmtime::{Config, Engine, Instance, Module, Store, Strategy, Val};

const SIMD: &str = r#"
(module
  (memory (export "mem") 1)
  (func $convert (param v128) (result v128)
    (f64x2.convert_low_i32x4_u (local.get 0)))
  (func (export "splat_convert") (param i32 i32) (result v128)
    (i32.store (i32.const 0) (local.get 0))
    (i32.store (i32.const 4) (local.get 1))
    ;; Pass through a call, a block result and a local to move v128s around.
    (block (result v128)
      (call $convert (v128.load32_splat (i32.const 0)))))
  (func (export "pair") (result v128)
    (local v128)
    (local.set 0 (v128.load (i32.const 0)))
    (v128.store (i32.const 16) (call $convert (local.get 0)))
    (v128.load (i32.const 16))))
"#;

fn run(strategy: Strategy) -> Result<Vec<u128>> {
    let mut config = Config::new();
    config.strategy(strategy);
    let engine = Engine::new(&config)?;
    let module = Module::new(&engine, SIMD)?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let mut out = Vec::new();
    let splat = instance
        .get_func(&mut store, "splat_convert")
        .expect("export");
    let pair = instance.get_func(&mut store, "pair").expect("export");
    for (a, b) in [(0, 0), (7, 9), (-1, 1), (i32::MIN, 3)] {
        let mut result = [Val::V128(0)];
        splat.call(&mut store, &[Val::I32(a), Val::I32(b)], &mut result)?;
        out.push(v128(&result[0])?);
        pair.call(&mut store, &[], &mut result)?;
        out.push(v128(&result[0])?);
    }
    Ok(out)
}

fn v128(v: &Val) -> Result<u128> {
    match v {
        Val::V128(v) => Ok(*v),
        other => anyhow::bail!("expected a v128, got {other:?}"),
    }
}

#[test]
fn v128_values_and_simd_subset_match_cranelift() -> Result<()> {
    let kindling = run(Strategy::Winch)?;
    let cranelift = run(Strategy::Cranelift)?;
    assert_eq!(kindling, cranelift);
    // u32::MAX converted exactly, in both lanes.
    let max = f64::from(u32::MAX).to_bits() as u128;
    assert_eq!(kindling[4], max | (max << 64));
    Ok(())
}

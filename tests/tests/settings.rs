//! Compiler settings that change code, checked by running it: NaN
//! canonicalization bit for bit against Cranelift with the same setting, the
//! Spectre guards on heap and table bounds checks (with guard pages off, so
//! every access is checked), and the refusal of settings kindling cannot
//! honour.

use anyhow::Result;
use kindling_cli::{Compiler, EngineOptions};
use wasmtime::{Engine, Instance, Module, Store, Trap, Val};

/// Every float operator whose NaN results Cranelift's pass canonicalizes
/// (`true`), and the sign-bit and conversion operators it leaves alone
/// (`false`), as `(export name, f32 or f64, canonicalized)`. Each export
/// takes its operands as bit patterns and returns its result's bits.
const OPS: &[(&str, u32, bool)] = &[
    ("add", 32, true),
    ("sub", 32, true),
    ("mul", 32, true),
    ("div", 32, true),
    ("min", 32, true),
    ("max", 32, true),
    ("sqrt", 32, true),
    ("ceil", 32, true),
    ("floor", 32, true),
    ("trunc", 32, true),
    ("nearest", 32, true),
    ("neg", 32, false),
    ("abs", 32, false),
    ("copysign", 32, false),
    ("demote", 32, false),
    ("add", 64, true),
    ("sub", 64, true),
    ("mul", 64, true),
    ("div", 64, true),
    ("min", 64, true),
    ("max", 64, true),
    ("sqrt", 64, true),
    ("ceil", 64, true),
    ("floor", 64, true),
    ("trunc", 64, true),
    ("nearest", 64, true),
    ("neg", 64, false),
    ("abs", 64, false),
    ("copysign", 64, false),
    ("promote", 64, false),
];

/// The module with one export per entry of [`OPS`], named `f32.add` and so on.
fn float_module() -> String {
    let mut text = String::from("(module\n");
    for &(op, bits, _) in OPS {
        let (f, i) = if bits == 32 {
            ("f32", "i32")
        } else {
            ("f64", "i64")
        };
        let arg = |n: u32| format!("({f}.reinterpret_{i} (local.get {n}))");
        let body = match op {
            "sqrt" | "ceil" | "floor" | "trunc" | "nearest" | "neg" | "abs" => {
                format!("({f}.{op} {})", arg(0))
            }
            // The input is the other width; its bits come in as an i64.
            "demote" => "(f32.demote_f64 (f64.reinterpret_i64 (local.get 0)))".to_string(),
            "promote" => {
                "(f64.promote_f32 (f32.reinterpret_i32 (i32.wrap_i64 (local.get 0))))".to_string()
            }
            _ => format!("({f}.{op} {} {})", arg(0), arg(1)),
        };
        let param = if op == "demote" { "i64" } else { i };
        text.push_str(&format!(
            "  (func (export \"{f}.{op}\") (param {param} {param}) (result {i})\n    \
             ({i}.reinterpret_{f} {body}))\n"
        ));
    }
    text.push(')');
    text
}

/// Operand bit patterns of width `bits`: quiet and signalling NaNs of both
/// signs with payloads, infinities, zeros and ordinary values.
fn operands(bits: u32) -> Vec<u64> {
    if bits == 32 {
        vec![
            0x7fa0_0001,
            0xffc0_1234,
            0x7fc0_0000,
            0xff80_0001,
            0x7f80_0000,
            0xff80_0000,
            0x0000_0000,
            0x8000_0000,
            0x3f80_0000,
            0xbf80_0000,
            0x4049_0fdb,
        ]
    } else {
        vec![
            0x7ff4_0000_0000_0001,
            0xfff8_0000_dead_beef,
            0x7ff8_0000_0000_0000,
            0xfff0_0000_0000_0001,
            0x7ff0_0000_0000_0000,
            0xfff0_0000_0000_0000,
            0,
            0x8000_0000_0000_0000,
            0x3ff0_0000_0000_0000,
            0xbff0_0000_0000_0000,
            0x4009_21fb_5444_2d18,
        ]
    }
}

/// An engine for `compiler` with the environment's memory settings plus `settings`.
fn engine(compiler: Compiler, settings: &[(&str, &str)]) -> Result<Engine> {
    let mut options = EngineOptions::from_env(compiler)?;
    for (name, value) in settings {
        options.settings.push((name.to_string(), value.to_string()));
    }
    Engine::new(&options.config())
}

/// Every export of [`float_module`] on every pair of operands: the result bits.
fn float_results(engine: &Engine) -> Result<Vec<(String, u64, u64, u64)>> {
    let module = Module::new(engine, float_module())?;
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let mut out = Vec::new();
    for &(op, bits, _) in OPS {
        let name = format!("f{bits}.{op}");
        let func = instance.get_func(&mut store, &name).expect("exported");
        let input_bits = match op {
            "demote" => 64,
            "promote" => 32,
            _ => bits,
        };
        let values = operands(input_bits);
        for &a in &values {
            for &b in &values {
                let wide = bits == 64 || op == "demote";
                let val = |x: u64| {
                    if wide {
                        Val::I64(x as i64)
                    } else {
                        Val::I32(x as u32 as i32)
                    }
                };
                let mut result = [Val::I32(0)];
                if bits == 64 {
                    result[0] = Val::I64(0);
                }
                func.call(&mut store, &[val(a), val(b)], &mut result)?;
                let r = match result[0] {
                    Val::I32(v) => u64::from(v as u32),
                    Val::I64(v) => v as u64,
                    ref other => anyhow::bail!("unexpected result {other:?}"),
                };
                out.push((name.clone(), a, b, r));
            }
        }
    }
    Ok(out)
}

fn is_nan(bits: u32, value: u64) -> bool {
    if bits == 32 {
        f32::from_bits(value as u32).is_nan()
    } else {
        f64::from_bits(value).is_nan()
    }
}

#[test]
fn nan_canonicalization_matches_cranelift_bit_for_bit() -> Result<()> {
    let on = [("enable_nan_canonicalization", "true")];
    let kindling = float_results(&engine(Compiler::Kindling, &on)?)?;
    let cranelift = float_results(&engine(Compiler::Cranelift, &on)?)?;
    assert_eq!(kindling.len(), cranelift.len());
    let mut nans = 0;
    for (k, c) in kindling.iter().zip(&cranelift) {
        assert_eq!(
            k, c,
            "kindling vs Cranelift (name, a, b, result) with canonicalization"
        );
        let (name, _, _, result) = k;
        let &(_, bits, canonicalized) = OPS
            .iter()
            .find(|(op, bits, _)| format!("f{bits}.{op}") == *name)
            .expect("listed");
        if canonicalized && is_nan(bits, *result) {
            nans += 1;
            let canonical = if bits == 32 {
                0x7fc0_0000
            } else {
                0x7ff8_0000_0000_0000
            };
            assert_eq!(*result, canonical, "{k:x?} is not the canonical NaN");
        }
    }
    assert!(nans > 500, "only {nans} NaN results were checked");
    // Without the setting, some NaN keeps its payload or sign: the
    // setting is what made the results canonical. RISC-V arithmetic gives
    // the canonical NaN by itself, so there nothing may differ.
    let plain = float_results(&engine(Compiler::Kindling, &[])?)?;
    let differing = plain.iter().zip(&kindling).filter(|(p, k)| p != k).count();
    if cfg!(target_arch = "riscv64") {
        assert_eq!(differing, 0, "a riscv64 NaN result was not canonical");
    } else {
        assert!(differing > 0, "canonicalization changed no result");
    }
    Ok(())
}

const BOUNDS: &str = r#"
(module
  (memory 1)
  (table $t 4 funcref)
  (elem (table $t) (i32.const 1) func $seven)
  (type $ret (func (result i32)))
  (func $seven (result i32) (i32.const 7))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "load_far") (param i32) (result i32)
    (i32.load offset=0xfffffff0 (local.get 0)))
  (func (export "store8") (param i32) (i32.store8 offset=3 (local.get 0) (i32.const 1)))
  (func (export "call") (param i32) (result i32)
    (call_indirect $t (type $ret) (local.get 0)))
  (func (export "is_null") (param i32) (result i32)
    (ref.is_null (table.get $t (local.get 0))))
  (func (export "set") (param i32) (table.set $t (local.get 0) (ref.null func))))
"#;

/// What `export(arg)` does: `Ok(result)` (0 for no result) or the trap.
fn outcome(
    store: &mut Store<()>,
    instance: &Instance,
    export: &str,
    arg: i32,
) -> Result<i32, Trap> {
    let func = instance.get_func(&mut *store, export).expect("exported");
    let mut results: Vec<Val> = func.ty(&*store).results().map(|_| Val::I32(0)).collect();
    match func.call(&mut *store, &[Val::I32(arg)], &mut results) {
        Ok(()) => Ok(results.first().and_then(Val::i32).unwrap_or(0)),
        Err(e) => Err(*e.downcast_ref::<Trap>().expect("a trap")),
    }
}

#[test]
fn spectre_guarded_bounds_checks_keep_their_traps() -> Result<()> {
    use Trap::{IndirectCallToNull, MemoryOutOfBounds as Mem, TableOutOfBounds as Tab};
    let cases: &[(&str, i32, Result<i32, Trap>)] = &[
        ("load", 0, Ok(0)),
        ("load", 65532, Ok(0)),
        ("load", 65533, Err(Mem)),
        ("load", -1, Err(Mem)),
        ("load_far", 0, Err(Mem)),
        ("store8", 65532, Ok(0)),
        ("store8", 65533, Err(Mem)),
        ("call", 1, Ok(7)),
        ("call", 0, Err(IndirectCallToNull)),
        ("call", 4, Err(Tab)),
        ("call", -1, Err(Tab)),
        ("is_null", 1, Ok(0)),
        ("is_null", 3, Ok(1)),
        ("is_null", 4, Err(Tab)),
        ("set", 3, Ok(0)),
        ("set", 4, Err(Tab)),
    ];
    for mitigation in ["true", "false"] {
        let mut options = EngineOptions::from_env(Compiler::Kindling)?;
        options.no_guard_pages = true;
        for name in [
            "enable_heap_access_spectre_mitigation",
            "enable_table_access_spectre_mitigation",
        ] {
            options.settings.push((name.into(), mitigation.into()));
        }
        let engine = Engine::new(&options.config())?;
        let module = Module::new(&engine, BOUNDS)?;
        for (export, arg, expected) in cases {
            // A fresh instance each time: `set` changes the table.
            let mut store = Store::new(&engine, ());
            let instance = Instance::new(&mut store, &module, &[])?;
            let got = outcome(&mut store, &instance, export, *arg);
            assert_eq!(
                &got, expected,
                "{export}({arg}) with the Spectre mitigations {mitigation}"
            );
        }
    }
    Ok(())
}

#[test]
fn settings_kindling_cannot_honour_are_refused_by_name() -> Result<()> {
    // wasmtime's defaults pass.
    engine(Compiler::Kindling, &[])?;
    let refused = |settings: &[(&str, &str)], needle: &str| {
        let err = match engine(Compiler::Kindling, settings) {
            Ok(_) => panic!("{settings:?} was accepted"),
            Err(e) => format!("{e:#}"),
        };
        assert!(err.contains(needle), "{settings:?}: {err}");
    };
    refused(&[("no_such_setting", "true")], "no_such_setting");
    refused(
        &[("enable_nan_canonicalization", "sometimes")],
        "enable_nan_canonicalization",
    );
    refused(&[("opt_level", "fastest")], "opt_level");
    // A hint: accepted whatever kindling does with it.
    engine(Compiler::Kindling, &[("opt_level", "none")])?;
    let mut config = EngineOptions::from_env(Compiler::Kindling)?.config();
    config.debug_info(true);
    let err = format!("{:#}", Engine::new(&config).err().expect("refused"));
    assert!(err.contains("generate_native_debuginfo"), "{err}");
    Ok(())
}

/// The float lane operators, for the v128 half of NaN canonicalization.
const LANE_OPS: &[(&str, bool)] = &[
    ("f32x4.add", true),
    ("f32x4.sub", true),
    ("f32x4.mul", true),
    ("f32x4.div", true),
    ("f32x4.sqrt", true),
    ("f32x4.neg", false),
    ("f64x2.add", true),
    ("f64x2.sub", true),
    ("f64x2.mul", true),
    ("f64x2.div", true),
    ("f64x2.sqrt", true),
    ("f64x2.abs", false),
];

fn lane_results(engine: &Engine) -> Result<Vec<(String, u128, u128, u128)>> {
    let mut text = String::from("(module\n");
    for (op, _) in LANE_OPS {
        let body = if op.ends_with("sqrt") || op.ends_with("neg") || op.ends_with("abs") {
            format!("({op} (local.get 0))")
        } else {
            format!("({op} (local.get 0) (local.get 1))")
        };
        text.push_str(&format!(
            "(func (export \"{op}\") (param v128 v128) (result v128) {body})\n"
        ));
    }
    text.push(')');
    let module = Module::new(engine, text)?;
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let inputs: [u128; 5] = [
        0x7fa0_0001_ffc0_1234_7f80_0000_3f80_0000,
        0xff80_0001_0000_0000_ff80_0000_bf80_0000,
        0x7ff4_0000_0000_0001_fff8_0000_dead_beef,
        0x7ff0_0000_0000_0000_bff0_0000_0000_0000,
        0,
    ];
    let mut out = Vec::new();
    for (op, _) in LANE_OPS {
        let func = instance.get_func(&mut store, op).expect("exported");
        for a in inputs {
            for b in inputs {
                let mut result = [Val::V128(0)];
                func.call(&mut store, &[Val::V128(a), Val::V128(b)], &mut result)?;
                let Val::V128(r) = result[0] else {
                    anyhow::bail!("not a v128")
                };
                out.push((op.to_string(), a, b, r));
            }
        }
    }
    Ok(out)
}

#[test]
fn v128_nan_canonicalization_matches_cranelift_bit_for_bit() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    let on = [("enable_nan_canonicalization", "true")];
    let kindling = lane_results(&engine(Compiler::Kindling, &on)?)?;
    let cranelift = lane_results(&engine(Compiler::Cranelift, &on)?)?;
    let mut nans = 0;
    for (k, c) in kindling.iter().zip(&cranelift) {
        assert_eq!(k, c, "(operator, a, b, result) with canonicalization");
        let (op, _, _, r) = k;
        let canonicalized = LANE_OPS.iter().any(|(o, c)| o == op && *c);
        if !canonicalized {
            continue;
        }
        if op.starts_with("f32x4") {
            for lane in 0..4 {
                let bits = (r >> (32 * lane)) as u32;
                if f32::from_bits(bits).is_nan() {
                    nans += 1;
                    assert_eq!(bits, 0x7fc0_0000, "{k:x?} lane {lane}");
                }
            }
        } else {
            for lane in 0..2 {
                let bits = (r >> (64 * lane)) as u64;
                if f64::from_bits(bits).is_nan() {
                    nans += 1;
                    assert_eq!(bits, 0x7ff8_0000_0000_0000, "{k:x?} lane {lane}");
                }
            }
        }
    }
    assert!(nans > 100, "only {nans} NaN lanes were checked");
    // RISC-V's vector arithmetic gives the canonical NaN by itself.
    let plain = lane_results(&engine(Compiler::Kindling, &[])?)?;
    let differing = plain.iter().zip(&kindling).any(|(p, k)| p != k);
    if cfg!(target_arch = "riscv64") {
        assert!(!differing, "a riscv64 NaN lane was not canonical");
    } else {
        assert!(differing, "canonicalization changed no lane");
    }
    Ok(())
}

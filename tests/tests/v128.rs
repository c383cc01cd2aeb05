//! The v128 plumbing kindling has so far (slots, moves, calls, trampolines)
//! and the few SIMD operators it compiles, checked against Cranelift.

use anyhow::Result;
use kindling_tests::Features;
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

/// [`run`] in wasmi, the reference where Cranelift is none (riscv64).
fn run_on_wasmi() -> Result<Vec<u128>> {
    let engine = wasmi::Engine::default();
    let module = wasmi::Module::new(&engine, &wat::parse_str(SIMD)?[..])?;
    let mut store = wasmi::Store::new(&engine, ());
    let instance = wasmi::Linker::<()>::new(&engine).instantiate_and_start(&mut store, &module)?;
    let splat = instance.get_typed_func::<(i32, i32), wasmi::V128>(&store, "splat_convert")?;
    let pair = instance.get_typed_func::<(), wasmi::V128>(&store, "pair")?;
    let mut out = Vec::new();
    for (a, b) in [(0, 0), (7, 9), (-1, 1), (i32::MIN, 3)] {
        out.push(splat.call(&mut store, (a, b))?.as_u128());
        out.push(pair.call(&mut store, ())?.as_u128());
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
#[cfg_attr(
    target_arch = "riscv64",
    ignore = "Cranelift 0.99 cannot compile these SIMD operators on riscv64 (it panics in lowering), so there is no same-machine reference; there the same operators are compared with wasmi (the `_matches_wasmi` tests)"
)]
fn v128_values_and_simd_subset_match_cranelift() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    let kindling = run(Strategy::Winch)?;
    let cranelift = run(Strategy::Cranelift)?;
    assert_eq!(kindling, cranelift);
    // u32::MAX converted exactly, in both lanes.
    let max = f64::from(u32::MAX).to_bits() as u128;
    assert_eq!(kindling[4], max | (max << 64));
    Ok(())
}

/// The same against wasmi (integer conversions: no NaN to tell apart).
#[test]
#[cfg_attr(
    target_endian = "big",
    ignore = "wasmi 2.0 gives wrong v128 lanes on big-endian hosts (s390x): `V128::as_u128` reads its bytes in native order"
)]
fn v128_values_and_simd_subset_match_wasmi() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    assert_eq!(run(Strategy::Winch)?, run_on_wasmi()?);
    Ok(())
}

const GLOBALS: &str = r#"
(module
  (global $g (export "g") (mut v128) (v128.const i32x4 1 2 3 4))
  (func (export "lane0") (result i32)
    (i32x4.extract_lane 0 (global.get $g)))
  (func (export "set") (param i32)
    (global.set $g (i32x4.replace_lane 0 (v128.const i32x4 5 6 7 8) (local.get 0)))))
"#;

/// What a v128 global looks like from the host and from wasm, under
/// `strategy`: the host's view of its initial value, wasm's lane 0 of it,
/// and the host's view after wasm set it to `i32x4 9 6 7 8`.
fn run_globals(strategy: Strategy) -> Result<(u128, i32, u128)> {
    let mut config = Config::new();
    config.strategy(strategy);
    let engine = Engine::new(&config)?;
    let module = Module::new(&engine, GLOBALS)?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let global = instance.get_global(&mut store, "g").expect("export");
    let initial = v128(&global.get(&mut store))?;
    let lane0 = instance.get_typed_func::<(), i32>(&mut store, "lane0")?;
    let lane = lane0.call(&mut store, ())?;
    let set = instance.get_typed_func::<i32, ()>(&mut store, "set")?;
    set.call(&mut store, 9)?;
    Ok((initial, lane, v128(&global.get(&mut store))?))
}

/// kindling's v128 globals are what the host reads and writes, on every
/// ISA. Cranelift 0.99's are too, except on s390x, where its code sees them
/// byte-reversed ([`kindling_tests::CRANELIFT_REVERSES_V128_GLOBALS`], for
/// which the differential test compensates); this fails when that changes.
#[test]
fn v128_globals_hold_what_the_host_sees() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    let lanes = |l: [u32; 4]| {
        l.iter()
            .rev()
            .fold(0u128, |acc, &x| acc << 32 | u128::from(x))
    };
    let (initial, set) = (lanes([1, 2, 3, 4]), lanes([9, 6, 7, 8]));
    assert_eq!(run_globals(Strategy::Winch)?, (initial, 1, set));
    if kindling_tests::CRANELIFT_IS_A_REFERENCE {
        let expected = if kindling_tests::CRANELIFT_REVERSES_V128_GLOBALS {
            // Lane 0 of the reversed initial value, and the reversal of
            // what its code set.
            let reversed_lane0 = initial.swap_bytes() as u32 as i32;
            (initial, reversed_lane0, set.swap_bytes())
        } else {
            (initial, 1, set)
        };
        assert_eq!(run_globals(Strategy::Cranelift)?, expected);
    }
    Ok(())
}

/// [`kindling_tests::differential::reverse_v128_global_inits`] reverses a
/// global's `v128.const` and nothing else.
#[test]
fn v128_global_initializers_are_reversed_alone() -> Result<()> {
    use kindling_tests::differential::reverse_v128_global_inits;
    let wasm = wat::parse_str(GLOBALS)?;
    let reversed = reverse_v128_global_inits(&wasm)?;
    let has = |module: &[u8], bits: u128| module.windows(16).any(|w| w == bits.to_le_bytes());
    let lanes = |l: [u32; 4]| {
        l.iter()
            .rev()
            .fold(0u128, |acc, &x| acc << 32 | u128::from(x))
    };
    let (initial, code) = (lanes([1, 2, 3, 4]), lanes([5, 6, 7, 8]));
    assert!(has(&wasm, initial) && has(&wasm, code));
    assert!(
        has(&reversed, initial.swap_bytes()),
        "the initializer is reversed"
    );
    assert!(
        !has(&reversed, initial),
        "and only the reversed one is left"
    );
    assert!(has(&reversed, code), "the code's constant stays");
    assert_eq!(reversed.len(), wasm.len());
    Ok(())
}

/// The integer, bitwise and float lane v128 operators kindling compiles,
/// each an export taking two v128s (unary ones ignore the second).
const LANE_OPS: &[&str] = &[
    "v128.and",
    "v128.or",
    "v128.xor",
    "v128.andnot",
    "v128.not",
    "i8x16.add",
    "i16x8.add",
    "i32x4.add",
    "i64x2.add",
    "i8x16.sub",
    "i16x8.sub",
    "i32x4.sub",
    "i64x2.sub",
    "i16x8.mul",
    "i32x4.mul",
    "i64x2.mul",
    "i8x16.neg",
    "i16x8.neg",
    "i32x4.neg",
    "i64x2.neg",
    "i8x16.add_sat_s",
    "i8x16.add_sat_u",
    "i16x8.add_sat_s",
    "i16x8.add_sat_u",
    "i8x16.sub_sat_s",
    "i8x16.sub_sat_u",
    "i16x8.sub_sat_s",
    "i16x8.sub_sat_u",
    "i8x16.eq",
    "i8x16.ne",
    "i8x16.lt_s",
    "i8x16.lt_u",
    "i8x16.gt_s",
    "i8x16.gt_u",
    "i8x16.le_s",
    "i8x16.le_u",
    "i8x16.ge_s",
    "i8x16.ge_u",
    "i16x8.eq",
    "i16x8.ne",
    "i16x8.lt_s",
    "i16x8.lt_u",
    "i16x8.gt_s",
    "i16x8.gt_u",
    "i16x8.le_s",
    "i16x8.le_u",
    "i16x8.ge_s",
    "i16x8.ge_u",
    "i32x4.eq",
    "i32x4.ne",
    "i32x4.lt_s",
    "i32x4.lt_u",
    "i32x4.gt_s",
    "i32x4.gt_u",
    "i32x4.le_s",
    "i32x4.le_u",
    "i32x4.ge_s",
    "i32x4.ge_u",
    "i64x2.eq",
    "i64x2.ne",
    "i64x2.lt_s",
    "i64x2.gt_s",
    "i64x2.le_s",
    "i64x2.ge_s",
    "f32x4.eq",
    "f32x4.ne",
    "f32x4.lt",
    "f32x4.gt",
    "f32x4.le",
    "f32x4.ge",
    "f32x4.add",
    "f32x4.sub",
    "f32x4.mul",
    "f32x4.div",
    "f32x4.sqrt",
    "f32x4.neg",
    "f32x4.abs",
    "f64x2.eq",
    "f64x2.ne",
    "f64x2.lt",
    "f64x2.gt",
    "f64x2.le",
    "f64x2.ge",
    "f64x2.add",
    "f64x2.sub",
    "f64x2.mul",
    "f64x2.div",
    "f64x2.sqrt",
    "f64x2.neg",
    "f64x2.abs",
    "i8x16.min_s",
    "i8x16.min_u",
    "i8x16.max_s",
    "i8x16.max_u",
    "i16x8.min_s",
    "i16x8.min_u",
    "i16x8.max_s",
    "i16x8.max_u",
    "i32x4.min_s",
    "i32x4.min_u",
    "i32x4.max_s",
    "i32x4.max_u",
    "i8x16.avgr_u",
    "i16x8.avgr_u",
    "i8x16.abs",
    "i16x8.abs",
    "i32x4.abs",
    "i64x2.abs",
    "i8x16.popcnt",
];

fn lane_ops_module() -> String {
    let mut text = String::from("(module\n");
    for op in LANE_OPS {
        let unary = ["neg", "sqrt", "abs", "popcnt", ".not"]
            .iter()
            .any(|suffix| op.ends_with(suffix));
        let body = if unary {
            format!("({op} (local.get 0))")
        } else {
            format!("({op} (local.get 0) (local.get 1))")
        };
        text.push_str(&format!(
            "  (func (export \"{op}\") (param v128 v128) (result v128) {body})\n"
        ));
    }
    // Constants and bitselect, with a value kept live across them.
    text.push_str(
        r#"  (func (export "consts") (param v128) (result v128)
    (v128.bitselect
      (v128.const i64x2 0x0123456789abcdef 0xfedcba9876543210)
      (i64x2.add (local.get 0) (v128.const i32x4 -1 0 0 0x80000000))
      (v128.xor (local.get 0) (v128.const i64x2 0 -1))))
"#,
    );
    text.push(')');
    text
}

/// Lane patterns: zeros, ones, sign bits, lane boundaries, mixed bytes, and
/// as floats: NaNs (quiet, signalling, negative), infinities, zeros of
/// both signs, ordinary values.
const INPUTS: [u128; 11] = [
    0,
    u128::MAX,
    0x8000_0000_0000_0000_8000_0000_0000_0000,
    0x7fff_7fff_8000_8000_00ff_ff00_0180_7f81,
    0x0123_4567_89ab_cdef_fedc_ba98_7654_3210,
    0xffff_fffe_0000_0001_7fff_ffff_8000_0000,
    0x8080_8080_7f7f_7f7f_0101_0101_fefe_fefe,
    0x0000_0001_0000_0000_ffff_ffff_0000_0002,
    0x7fa0_0001_7f80_0000_ff80_0000_3f80_0000,
    0x7ff4_0000_0000_0001_fff0_0000_0000_0000,
    0x4000_0000_4049_0fdb_8000_0000_bf80_0000,
];

fn run_lane_ops(strategy: Strategy, features: Features) -> Result<Vec<(String, u128, u128, u128)>> {
    let mut config = Config::new();
    config.strategy(strategy);
    features.apply(&mut config);
    let engine = Engine::new(&config)?;
    let module = Module::new(&engine, lane_ops_module())?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let mut out = Vec::new();
    for op in LANE_OPS {
        let func = instance.get_func(&mut store, op).expect("export");
        for a in INPUTS {
            for b in INPUTS {
                let mut result = [Val::V128(0)];
                func.call(&mut store, &[Val::V128(a), Val::V128(b)], &mut result)?;
                out.push((op.to_string(), a, b, v128(&result[0])?));
            }
        }
    }
    let consts = instance.get_func(&mut store, "consts").expect("export");
    for a in INPUTS {
        let mut result = [Val::V128(0)];
        consts.call(&mut store, &[Val::V128(a)], &mut result)?;
        out.push(("consts".into(), a, 0, v128(&result[0])?));
    }
    Ok(out)
}

/// With the host's CPU features and with AVX off (VEX, AVX2 and EVEX code
/// on a host that has them, SSE code).
#[test]
fn lane_operators_match_cranelift() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    for features in Features::BOTH {
        lane_operators_match(features)?;
    }
    Ok(())
}

fn lane_operators_match(features: Features) -> Result<()> {
    let kindling = run_lane_ops(Strategy::Winch, features)?;
    let cranelift = run_lane_ops(Strategy::Cranelift, features)?;
    assert_eq!(kindling.len(), cranelift.len());
    for (k, c) in kindling.iter().zip(&cranelift) {
        assert_eq!(
            k, c,
            "(operator, a, b, result) with {features:?}: kindling vs Cranelift"
        );
    }
    // An independent check of one result: i64x2.mul's low lane.
    let (_, a, b, r) = kindling
        .iter()
        .find(|(op, a, b, _)| op == "i64x2.mul" && *a == INPUTS[4] && *b == INPUTS[5])
        .expect("computed");
    assert_eq!(*r as u64, (*a as u64).wrapping_mul(*b as u64));
    Ok(())
}

/// A scalar of `ty` from the i64 parameter `n`.
fn scalar_from_i64(ty: &str, n: u32) -> String {
    match ty {
        "i32" => format!("(i32.wrap_i64 (local.get {n}))"),
        "i64" => format!("(local.get {n})"),
        "f32" => format!("(f32.reinterpret_i32 (i32.wrap_i64 (local.get {n})))"),
        _ => format!("(f64.reinterpret_i64 (local.get {n}))"),
    }
}

/// The bits of a `ty` value as an i64.
fn scalar_to_i64(ty: &str, value: &str) -> String {
    match ty {
        "i32" => format!("(i64.extend_i32_u {value})"),
        "i64" => value.to_string(),
        "f32" => format!("(i64.extend_i32_u (i32.reinterpret_f32 {value}))"),
        _ => format!("(i64.reinterpret_f64 {value})"),
    }
}

/// `(shape, scalar type, lane count, extract suffixes)` of every lane shape.
const SHAPES: &[(&str, &str, u8, &[&str])] = &[
    ("i8x16", "i32", 16, &["_s", "_u"]),
    ("i16x8", "i32", 8, &["_s", "_u"]),
    ("i32x4", "i32", 4, &[""]),
    ("i64x2", "i64", 2, &[""]),
    ("f32x4", "f32", 4, &[""]),
    ("f64x2", "f64", 2, &[""]),
];

/// Every splat, and every extract and replace of every lane, as exports
/// `(param v128 i64) (result v128 i64)`.
fn lane_access_module() -> (String, Vec<String>) {
    let mut text = String::from("(module\n");
    let mut names = Vec::new();
    let mut export = |name: String, body: String, text: &mut String| {
        text.push_str(&format!(
            "  (func (export \"{name}\") (param v128 i64) (result v128 i64) {body})\n"
        ));
        names.push(name);
    };
    for &(shape, ty, lanes, suffixes) in SHAPES {
        let scalar = scalar_from_i64(ty, 1);
        export(
            format!("{shape}.splat"),
            format!("({shape}.splat {scalar}) (i64.const 0)"),
            &mut text,
        );
        for lane in 0..lanes {
            for suffix in suffixes {
                let value = format!("({shape}.extract_lane{suffix} {lane} (local.get 0))");
                export(
                    format!("{shape}.extract_lane{suffix}.{lane}"),
                    format!("(local.get 0) {}", scalar_to_i64(ty, &value)),
                    &mut text,
                );
            }
            export(
                format!("{shape}.replace_lane.{lane}"),
                format!("({shape}.replace_lane {lane} (local.get 0) {scalar}) (i64.const 0)"),
                &mut text,
            );
        }
    }
    text.push(')');
    (text, names)
}

fn run_lane_access(
    strategy: Strategy,
    features: Features,
) -> Result<Vec<(String, u128, u128, u64)>> {
    let mut config = Config::new();
    config.strategy(strategy);
    features.apply(&mut config);
    let engine = Engine::new(&config)?;
    let (text, names) = lane_access_module();
    let module = Module::new(&engine, text)?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let mut out = Vec::new();
    for name in &names {
        let func = instance.get_func(&mut store, name).expect("export");
        for v in INPUTS {
            for n in [0x8081_8283_8485_8687u64, 0x7ff8_0000_0000_0001, 1] {
                let mut result = [Val::V128(0), Val::I64(0)];
                func.call(&mut store, &[Val::V128(v), Val::I64(n as i64)], &mut result)?;
                let scalar = result[1].i64().expect("i64") as u64;
                out.push((name.clone(), v, v128(&result[0])?, scalar));
            }
        }
    }
    Ok(out)
}

/// With the host's CPU features (AVX2 broadcasts) and with AVX off.
#[test]
fn splats_and_lane_accesses_match_cranelift() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    for features in Features::BOTH {
        splats_and_lane_accesses_match(features)?;
    }
    Ok(())
}

fn splats_and_lane_accesses_match(features: Features) -> Result<()> {
    let kindling = run_lane_access(Strategy::Winch, features)?;
    let cranelift = run_lane_access(Strategy::Cranelift, features)?;
    assert_eq!(kindling.len(), cranelift.len());
    for (k, c) in kindling.iter().zip(&cranelift) {
        assert_eq!(
            k, c,
            "(export, input, v128 result, scalar result) with {features:?}"
        );
    }
    // Independently: i8x16.extract_lane_s of lane 15 of the sign-bit pattern.
    let (_, _, _, s) = kindling
        .iter()
        .find(|(name, v, _, _)| name == "i8x16.extract_lane_s.15" && *v == INPUTS[2])
        .expect("computed");
    assert_eq!(*s, 0xffff_ff80);
    Ok(())
}

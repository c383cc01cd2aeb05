//! Every SIMD and relaxed-SIMD operator kindling compiles, run on lane
//! patterns chosen to hit the edges (NaNs of every kind, infinities, signed
//! zeros, saturation limits, out-of-range shuffle indices), compared bit for
//! bit with Cranelift on the same machine; and v128 values crossing every
//! kind of call boundary (stack arguments, multiple results, indirect and
//! tail calls, host functions through each trampoline).
//!
//! The spec suite accepts any NaN and either relaxed result; this test does
//! not, so differential runs against Cranelift can expect equality.
//!
//! The operators run twice: with the host's CPU features (on a machine with
//! AVX, AVX2 and AVX-512 that is kindling's VEX and EVEX code) and with
//! every AVX feature forced off in both compilers (the SSE code), as do the
//! lane-wise operators and lane accesses of `v128.rs`.

use anyhow::{bail, Result};
use kindling_tests::Features;
use wasmtime::{Caller, Config, Engine, Func, FuncType, Instance, Linker, Module, Store, Strategy};
use wasmtime::{Val, ValType};

/// One-operand operators (v128 → v128).
const UNARY: &[&str] = &[
    "i16x8.extend_low_i8x16_s",
    "i16x8.extend_high_i8x16_s",
    "i16x8.extend_low_i8x16_u",
    "i16x8.extend_high_i8x16_u",
    "i32x4.extend_low_i16x8_s",
    "i32x4.extend_high_i16x8_s",
    "i32x4.extend_low_i16x8_u",
    "i32x4.extend_high_i16x8_u",
    "i64x2.extend_low_i32x4_s",
    "i64x2.extend_high_i32x4_s",
    "i64x2.extend_low_i32x4_u",
    "i64x2.extend_high_i32x4_u",
    "i16x8.extadd_pairwise_i8x16_s",
    "i16x8.extadd_pairwise_i8x16_u",
    "i32x4.extadd_pairwise_i16x8_s",
    "i32x4.extadd_pairwise_i16x8_u",
    "f32x4.convert_i32x4_s",
    "f32x4.convert_i32x4_u",
    "f64x2.convert_low_i32x4_s",
    "f64x2.convert_low_i32x4_u",
    "i32x4.trunc_sat_f32x4_s",
    "i32x4.trunc_sat_f32x4_u",
    "i32x4.trunc_sat_f64x2_s_zero",
    "i32x4.trunc_sat_f64x2_u_zero",
    "f32x4.demote_f64x2_zero",
    "f64x2.promote_low_f32x4",
    "f32x4.ceil",
    "f32x4.floor",
    "f32x4.trunc",
    "f32x4.nearest",
    "f64x2.ceil",
    "f64x2.floor",
    "f64x2.trunc",
    "f64x2.nearest",
    "i32x4.relaxed_trunc_f32x4_s",
    "i32x4.relaxed_trunc_f32x4_u",
    "i32x4.relaxed_trunc_f64x2_s_zero",
    "i32x4.relaxed_trunc_f64x2_u_zero",
];

/// Two-operand operators (v128, v128 → v128).
const BINARY: &[&str] = &[
    "i8x16.narrow_i16x8_s",
    "i8x16.narrow_i16x8_u",
    "i16x8.narrow_i32x4_s",
    "i16x8.narrow_i32x4_u",
    "i16x8.extmul_low_i8x16_s",
    "i16x8.extmul_high_i8x16_s",
    "i16x8.extmul_low_i8x16_u",
    "i16x8.extmul_high_i8x16_u",
    "i32x4.extmul_low_i16x8_s",
    "i32x4.extmul_high_i16x8_s",
    "i32x4.extmul_low_i16x8_u",
    "i32x4.extmul_high_i16x8_u",
    "i64x2.extmul_low_i32x4_s",
    "i64x2.extmul_high_i32x4_s",
    "i64x2.extmul_low_i32x4_u",
    "i64x2.extmul_high_i32x4_u",
    "i32x4.dot_i16x8_s",
    "i16x8.q15mulr_sat_s",
    "i8x16.swizzle",
    "f32x4.min",
    "f32x4.max",
    "f64x2.min",
    "f64x2.max",
    "f32x4.pmin",
    "f32x4.pmax",
    "f64x2.pmin",
    "f64x2.pmax",
    "i8x16.relaxed_swizzle",
    "f32x4.relaxed_min",
    "f32x4.relaxed_max",
    "f64x2.relaxed_min",
    "f64x2.relaxed_max",
    "i16x8.relaxed_q15mulr_s",
    "i16x8.relaxed_dot_i8x16_i7x16_s",
];

/// Three-operand operators (v128, v128, v128 → v128).
const TERNARY: &[&str] = &[
    "f32x4.relaxed_madd",
    "f32x4.relaxed_nmadd",
    "f64x2.relaxed_madd",
    "f64x2.relaxed_nmadd",
    "i8x16.relaxed_laneselect",
    "i16x8.relaxed_laneselect",
    "i32x4.relaxed_laneselect",
    "i64x2.relaxed_laneselect",
    "i32x4.relaxed_dot_i8x16_i7x16_add_s",
];

/// Operators producing an i32 from a v128.
const REDUCE: &[&str] = &[
    "v128.any_true",
    "i8x16.all_true",
    "i16x8.all_true",
    "i32x4.all_true",
    "i64x2.all_true",
    "i8x16.bitmask",
    "i16x8.bitmask",
    "i32x4.bitmask",
    "i64x2.bitmask",
];

/// Lane shifts, each with a constant and a variable amount.
const SHIFTS: &[&str] = &[
    "i8x16.shl",
    "i8x16.shr_s",
    "i8x16.shr_u",
    "i16x8.shl",
    "i16x8.shr_s",
    "i16x8.shr_u",
    "i32x4.shl",
    "i32x4.shr_s",
    "i32x4.shr_u",
    "i64x2.shl",
    "i64x2.shr_s",
    "i64x2.shr_u",
];

/// Shuffle patterns: identity, reversal, interleaving, all from `rhs`,
/// a broadcast and a mix.
const SHUFFLES: &[[u8; 16]] = &[
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    [0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23],
    [
        31, 30, 29, 28, 27, 26, 25, 24, 16, 17, 18, 19, 20, 21, 22, 23,
    ],
    [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
    [0, 1, 2, 3, 20, 21, 22, 23, 8, 9, 10, 11, 28, 29, 30, 31],
];

/// Lane patterns: zeros, ones, sign bits, saturation limits, mixed bytes,
/// swizzle indices in and out of range, and as floats: NaNs (quiet,
/// signalling, negative, with payloads), infinities, zeros of both signs,
/// halves (for rounding), values beyond the i32 and u32 ranges.
const INPUTS: [u128; 14] = [
    0,
    u128::MAX,
    0x8000_0000_0000_0000_8000_0000_0000_0000,
    0x7fff_7fff_8000_8000_00ff_ff00_0180_7f81,
    0x0123_4567_89ab_cdef_fedc_ba98_7654_3210,
    0x0f0e_0d0c_1b1a_1918_8070_1020_0302_0100,
    0x8080_8080_7f7f_7f7f_0101_0101_fefe_fefe,
    0x7fa0_0001_7f80_0000_ff80_0000_3f80_0000,
    0x7ff4_0000_0000_0001_fff0_0000_0000_0000,
    0x4000_0000_4049_0fdb_8000_0000_bf80_0000,
    0x3fc0_0000_4020_0000_bfc0_0000_c020_0000,
    0x4f80_0000_cf00_0001_4f00_0000_5f00_0000,
    0x41f0_0000_0000_0000_c1e0_0000_0020_0000,
    0x4330_0000_0000_0001_3ff8_0000_0000_0000,
];

/// The module with one export per operator (and per shuffle pattern), plus
/// loads and stores of every width, and the call-boundary functions.
fn module_text() -> String {
    let mut text = String::from("(module\n  (memory (export \"mem\") 1)\n");
    let mut export = |name: &str, params: &str, result: &str, body: String| {
        text.push_str(&format!(
            "  (func (export \"{name}\") (param {params}) (result {result}) {body})\n"
        ));
    };
    for op in UNARY {
        export(
            op,
            "v128 v128 v128",
            "v128",
            format!("({op} (local.get 0))"),
        );
    }
    for op in BINARY {
        export(
            op,
            "v128 v128 v128",
            "v128",
            format!("({op} (local.get 0) (local.get 1))"),
        );
    }
    for op in TERNARY {
        let body = format!("({op} (local.get 0) (local.get 1) (local.get 2))");
        export(op, "v128 v128 v128", "v128", body);
    }
    for op in REDUCE {
        let body = format!("(i64.extend_i32_u ({op} (local.get 0)))");
        export(op, "v128 v128 v128", "i64", body);
    }
    for op in SHIFTS {
        // The amount comes from the second operand's low lane (variable) and
        // as constants around the lane widths.
        let variable = format!("({op} (local.get 0) (i32x4.extract_lane 0 (local.get 1)))");
        export(&format!("{op} var"), "v128 v128 v128", "v128", variable);
        for amount in [1, 7, 8, 15, 33, 63, 64] {
            let body = format!("({op} (local.get 0) (i32.const {amount}))");
            export(&format!("{op} {amount}"), "v128 v128 v128", "v128", body);
        }
    }
    for (i, lanes) in SHUFFLES.iter().enumerate() {
        let lanes: Vec<String> = lanes.iter().map(u8::to_string).collect();
        let body = format!(
            "(i8x16.shuffle {} (local.get 0) (local.get 1))",
            lanes.join(" ")
        );
        export(&format!("shuffle {i}"), "v128 v128 v128", "v128", body);
    }
    // Memory: a stores at 0 and b at 16, then every load form reads at 5
    // (unaligned, across both), and the lane stores write into c at 32.
    let loads = [
        "v128.load8x8_s",
        "v128.load8x8_u",
        "v128.load16x4_s",
        "v128.load16x4_u",
        "v128.load32x2_s",
        "v128.load32x2_u",
        "v128.load8_splat",
        "v128.load16_splat",
        "v128.load32_splat",
        "v128.load64_splat",
        "v128.load32_zero",
        "v128.load64_zero",
    ];
    for op in loads {
        let body = format!(
            "(v128.store (i32.const 0) (local.get 0)) (v128.store (i32.const 16) (local.get 1)) \
             ({op} offset=3 (i32.const 2))"
        );
        export(op, "v128 v128 v128", "v128", body);
    }
    for (width, lane) in [(8, 13), (16, 5), (32, 3), (64, 1)] {
        let load = format!(
            "(v128.store (i32.const 0) (local.get 0)) \
             (v128.load{width}_lane {lane} (i32.const 7) (local.get 1))"
        );
        export(
            &format!("v128.load{width}_lane"),
            "v128 v128 v128",
            "v128",
            load,
        );
        let store = format!(
            "(v128.store (i32.const 32) (local.get 2)) \
             (v128.store{width}_lane offset=1 {lane} (i32.const 33) (local.get 0)) \
             (v128.load (i32.const 32))"
        );
        export(
            &format!("v128.store{width}_lane"),
            "v128 v128 v128",
            "v128",
            store,
        );
    }
    text.push(')');
    text
}

fn engine(strategy: Strategy, canonicalize_nans: bool, features: Features) -> Result<Engine> {
    let mut config = Config::new();
    config
        .strategy(strategy)
        .wasm_relaxed_simd(true)
        .wasm_tail_call(kindling_tests::host_has_tail_calls())
        .cranelift_nan_canonicalization(canonicalize_nans);
    features.apply(&mut config);
    Engine::new(&config)
}

/// One run of one export: `(export, a, b, c, result)`.
type OpResult = (String, u128, u128, u128, u128);

/// Every export on every combination of inputs.
fn run_ops(
    strategy: Strategy,
    canonicalize_nans: bool,
    features: Features,
) -> Result<Vec<OpResult>> {
    let engine = engine(strategy, canonicalize_nans, features)?;
    let module = Module::new(&engine, module_text())?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let names: Vec<String> = module
        .exports()
        .filter(|e| e.ty().func().is_some())
        .map(|e| e.name().to_string())
        .collect();
    let mut out = Vec::new();
    for name in names {
        let func = instance.get_func(&mut store, &name).expect("export");
        for_each_input(&name, &mut out, |args| {
            let mut result = [Val::I64(0)];
            let args = args.map(Val::V128);
            func.call(&mut store, &args, &mut result)?;
            match result[0] {
                Val::V128(v) => Ok(v),
                Val::I64(v) => Ok(v as u64 as u128),
                ref other => bail!("{name}: unexpected result {other:?}"),
            }
        })?;
    }
    Ok(out)
}

/// Calls `call` on every combination of inputs an export takes (a third
/// operand only for ternary operators and lane stores), appending each
/// result to `out`.
fn for_each_input(
    name: &str,
    out: &mut Vec<OpResult>,
    mut call: impl FnMut([u128; 3]) -> Result<u128>,
) -> Result<()> {
    let ternary = TERNARY.contains(&name) || name.contains("store");
    for (i, &a) in INPUTS.iter().enumerate() {
        for &b in &INPUTS {
            // Three operands: c from a rotation of the inputs.
            let cs: &[u128] = if ternary { &INPUTS } else { &INPUTS[i..=i] };
            for &c in cs {
                let r = call([a, b, c])?;
                out.push((name.to_string(), a, b, c, r));
            }
        }
    }
    Ok(())
}

/// Whether an export is compared with wasmi: all but the relaxed
/// operators, whose results are implementation-defined, unless kindling's
/// choices here are wasmi's ([`kindling_tests::RELAXED_SIMD_AS_WASMI`]).
fn compared_with_wasmi(name: &str) -> bool {
    kindling_tests::RELAXED_SIMD_AS_WASMI || !name.contains("relaxed")
}

/// The same exports run by wasmi, the reference where Cranelift is none
/// (riscv64): those [`compared_with_wasmi`].
fn run_ops_on_wasmi() -> Result<Vec<OpResult>> {
    let wasm = wat::parse_str(module_text())?;
    let engine = wasmi::Engine::default();
    let module = wasmi::Module::new(&engine, &wasm[..]).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut store = wasmi::Store::new(&engine, ());
    let instance = wasmi::Linker::<()>::new(&engine)
        .instantiate_and_start(&mut store, &module)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let names: Vec<String> = module
        .exports()
        .filter(|e| e.ty().func().is_some() && compared_with_wasmi(e.name()))
        .map(|e| e.name().to_string())
        .collect();
    let mut out = Vec::new();
    for name in names {
        let func = instance.get_func(&store, &name).expect("export");
        for_each_input(&name, &mut out, |args| {
            let mut result = [wasmi::Val::I64(0)];
            let args = args.map(|v| wasmi::Val::V128(wasmi::V128::from(v)));
            func.call(&mut store, &args, &mut result)
                .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
            match result[0] {
                wasmi::Val::V128(v) => Ok(v.as_u128()),
                wasmi::Val::I64(v) => Ok(v as u64 as u128),
                ref other => bail!("{name}: unexpected result {other:?}"),
            }
        })?;
    }
    Ok(out)
}

/// An export's float result lanes, if its result is floats: their width,
/// infinity and canonical NaN. There wasmi's NaN bits are its host's, so a
/// NaN lane matches any NaN.
fn float_lanes(name: &str) -> Option<(u32, u128, u128)> {
    match name.split('.').next() {
        Some("f32x4") => Some((32, 0x7f80_0000, 0x7fc0_0000)),
        Some("f64x2") => Some((64, 0x7ff0 << 48, 0x7ff8 << 48)),
        _ => None,
    }
}

/// Whether NaN canonicalization applies to an export's result: to float
/// arithmetic, min/max and roundings, as in Cranelift, and not to pmin/pmax
/// (selects) or to promotion and demotion.
fn canonicalized(name: &str) -> bool {
    let op = name.split_once('.').map_or("", |(_, op)| op);
    let arithmetic = ["add", "sub", "mul", "div", "sqrt", "min", "max"];
    let roundings = ["ceil", "floor", "trunc", "nearest"];
    arithmetic.contains(&op) || roundings.contains(&op)
}

/// Whether kindling's result matches wasmi's: bit for bit, except that in
/// float results a NaN lane matches a NaN lane, and must be the canonical
/// NaN where kindling canonicalizes.
fn matches_wasmi(name: &str, kindling: u128, wasmi: u128, canonicalize_nans: bool) -> bool {
    let Some((bits, infinity, canonical)) = float_lanes(name) else {
        return kindling == wasmi;
    };
    let canonicalize_nans = canonicalize_nans && canonicalized(name);
    let lane = |v: u128, i: u32| v >> (i * bits) & (u128::MAX >> (128 - bits));
    let is_nan = |v: u128| v & (u128::MAX >> (129 - bits)) > infinity;
    (0..128 / bits).all(|i| {
        let (k, w) = (lane(kindling, i), lane(wasmi, i));
        match (is_nan(k), is_nan(w)) {
            (true, true) => !canonicalize_nans || k == canonical,
            _ => k == w,
        }
    })
}

/// Runs every operator [`compared_with_wasmi`] under kindling and wasmi and
/// fails on any difference `matches_wasmi` does not allow.
fn compare_ops_with_wasmi(canonicalize_nans: bool) -> Result<()> {
    // wasmi lists exports in another order: compare in sorted order.
    let mut reference = run_ops_on_wasmi()?;
    reference.sort();
    let mut kindling = run_ops(Strategy::Winch, canonicalize_nans, Features::Host)?;
    kindling.retain(|r| compared_with_wasmi(&r.0));
    kindling.sort();
    assert_eq!(kindling.len(), reference.len());
    assert!(
        reference.len() > 10_000,
        "{} results compared",
        reference.len()
    );
    let mismatches: Vec<String> = kindling
        .iter()
        .zip(&reference)
        .filter(|(k, w)| k.0 != w.0 || !matches_wasmi(&k.0, k.4, w.4, canonicalize_nans))
        .map(|(k, w)| {
            format!(
                "{}({:#034x}, {:#034x}, {:#034x}): kindling {:#034x}, wasmi {:#034x}",
                k.0, k.1, k.2, k.3, k.4, w.4
            )
        })
        .collect();
    let mut per_export = std::collections::BTreeMap::<&str, usize>::new();
    for m in &mismatches {
        *per_export
            .entry(m.split('(').next().unwrap_or(""))
            .or_default() += 1;
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} results differ from wasmi (NaN canonicalization {canonicalize_nans}), \
         per export {per_export:?}:\n{}",
        mismatches.len(),
        kindling.len(),
        mismatches[..mismatches.len().min(40)].join("\n")
    );
    Ok(())
}

#[test]
#[cfg_attr(
    target_endian = "big",
    ignore = "wasmi 2.0 gives wrong v128 lanes on big-endian hosts (s390x): `V128::as_u128` reads its bytes in native order"
)]
fn every_simd_operator_matches_wasmi() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    compare_ops_with_wasmi(false)
}

#[test]
#[cfg_attr(
    target_endian = "big",
    ignore = "wasmi 2.0 gives wrong v128 lanes on big-endian hosts (s390x): `V128::as_u128` reads its bytes in native order"
)]
fn every_simd_operator_matches_wasmi_with_nan_canonicalization() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    compare_ops_with_wasmi(true)
}

/// Runs every operator under kindling and Cranelift (NaN canonicalization
/// on or off in both, with the same CPU features) and fails on any
/// difference; returns kindling's results.
fn compare_ops(canonicalize_nans: bool, features: Features) -> Result<Vec<OpResult>> {
    let kindling = run_ops(Strategy::Winch, canonicalize_nans, features)?;
    let cranelift = run_ops(Strategy::Cranelift, canonicalize_nans, features)?;
    assert_eq!(kindling.len(), cranelift.len());
    assert!(
        kindling.len() > 10_000,
        "{} results compared",
        kindling.len()
    );
    let mut mismatches = Vec::new();
    for (k, c) in kindling.iter().zip(&cranelift) {
        if k != c {
            mismatches.push(format!(
                "{}({:#034x}, {:#034x}, {:#034x}): kindling {:#034x}, Cranelift {:#034x}",
                k.0, k.1, k.2, k.3, k.4, c.4
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} results differ (NaN canonicalization {canonicalize_nans}, {features:?}):\n{}",
        mismatches.len(),
        kindling.len(),
        mismatches[..mismatches.len().min(40)].join("\n")
    );
    Ok(kindling)
}

/// The same with `enable_nan_canonicalization`: every float lane result
/// Cranelift canonicalizes must be canonicalized alike.
#[test]
#[cfg_attr(
    target_arch = "riscv64",
    ignore = "Cranelift 0.99 cannot compile these SIMD operators on riscv64 (it panics in lowering), so there is no same-machine reference; there the same operators are compared with wasmi (the `_matches_wasmi` tests)"
)]
fn every_simd_operator_matches_cranelift_with_nan_canonicalization() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    nan_canonicalization_matches(Features::Host)
}

#[test]
#[cfg_attr(
    target_arch = "riscv64",
    ignore = "Cranelift 0.99 cannot compile these SIMD operators on riscv64 (it panics in lowering), so there is no same-machine reference; there the same operators are compared with wasmi (the `_matches_wasmi` tests)"
)]
fn every_simd_operator_matches_cranelift_with_nan_canonicalization_on_baseline_features(
) -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    nan_canonicalization_matches(Features::Baseline)
}

fn nan_canonicalization_matches(features: Features) -> Result<()> {
    let kindling = compare_ops(true, features)?;
    let min_of_nans = kindling
        .iter()
        .find(|r| r.0 == "f32x4.min" && r.1 == u128::MAX)
        .map(|r| r.4)
        .expect("computed");
    assert_eq!(min_of_nans, 0x7fc0_0000_7fc0_0000_7fc0_0000_7fc0_0000);
    Ok(())
}

#[test]
#[cfg_attr(
    target_arch = "riscv64",
    ignore = "Cranelift 0.99 cannot compile these SIMD operators on riscv64 (it panics in lowering), so there is no same-machine reference; there the same operators are compared with wasmi (the `_matches_wasmi` tests)"
)]
fn every_simd_operator_matches_cranelift_bit_for_bit() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    bit_for_bit(Features::Host)
}

#[test]
#[cfg_attr(
    target_arch = "riscv64",
    ignore = "Cranelift 0.99 cannot compile these SIMD operators on riscv64 (it panics in lowering), so there is no same-machine reference; there the same operators are compared with wasmi (the `_matches_wasmi` tests)"
)]
fn every_simd_operator_matches_cranelift_bit_for_bit_on_baseline_features() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    bit_for_bit(Features::Baseline)
}

fn bit_for_bit(features: Features) -> Result<()> {
    let kindling = compare_ops(false, features)?;
    // Independent checks of a few results.
    let find = |name: &str, a: u128, b: u128| {
        kindling
            .iter()
            .find(|r| r.0 == name && r.1 == a && r.2 == b)
            .map(|r| r.4)
            .expect("computed")
    };
    // Reversal shuffle, and swizzle of out-of-range indices gives zero.
    assert_eq!(find("shuffle 1", INPUTS[4], 0), INPUTS[4].swap_bytes());
    assert_eq!(find("i8x16.swizzle", INPUTS[4], u128::MAX), 0);
    // i16x8.q15mulr_sat_s(0x8000, 0x8000) saturates to 0x7fff.
    assert_eq!(find("i16x8.q15mulr_sat_s", INPUTS[2], INPUTS[2]) as u16, 0);
    assert_eq!(find("i8x16.bitmask", INPUTS[2], 0), 0x8080);
    assert_eq!(find("v128.any_true", 0, 0), 0);
    Ok(())
}

/// v128 values through stack arguments (more than the argument registers),
/// multiple results, direct, indirect and tail calls (with stack arguments
/// too, a million deep), and a host function
/// through the array trampolines (`Func::new`, `Func::call`; wasmtime 12's
/// typed and wrapped functions take no v128s).
const CALLS: &str = r#"
(module
  (import "host" "array" (func $array (param v128 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128) (result v128 v128)))
  (type $many (func (param v128 v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128) (result v128 v128 i32)))
  (table 1 funcref)
  (elem (i32.const 0) $many)
  (func $many (type $many)
    (i32x4.add (local.get 0) (local.get 11))
    (i64x2.sub (local.get 10) (local.get 8))
    (i32.add (local.get 9) (i32x4.extract_lane 3 (local.get 7))))
  (func $tail (param v128 v128) (result v128)
    (return_call $pair (local.get 1) (local.get 0)))
  (func $pair (param v128 v128) (result v128)
    (i8x16.sub (local.get 0) (local.get 1)))
  (func (export "direct") (param v128 v128) (result v128 v128 i32)
    (call $many (local.get 0) (local.get 1) (local.get 0) (local.get 1) (local.get 0)
      (local.get 1) (local.get 0) (local.get 1) (local.get 0) (i32.const 7)
      (local.get 1) (local.get 0)))
  (func (export "indirect") (param v128 v128) (result v128 v128 i32)
    (call_indirect (type $many) (local.get 1) (local.get 0) (local.get 1) (local.get 0)
      (local.get 1) (local.get 0) (local.get 1) (local.get 0) (local.get 1) (i32.const 9)
      (local.get 0) (local.get 1) (i32.const 0)))
  (func (export "tail") (param v128 v128) (result v128)
    (call $tail (local.get 0) (local.get 1)))
  (func (export "host") (param v128 v128) (result v128 v128)
    (call $array (local.get 0) (i32.const 3) (local.get 1) (local.get 0) (local.get 1)
      (local.get 0) (local.get 1) (local.get 0) (local.get 1) (local.get 0) (local.get 1)
      (local.get 0)))
  ;; Tail calls whose stack arguments reuse the caller's incoming area,
  ;; reading the caller's own stack parameters (permuted).
  (func $tail_many (type $many)
    (return_call $many (local.get 11) (local.get 10) (local.get 8) (local.get 7)
      (local.get 6) (local.get 5) (local.get 4) (local.get 3) (local.get 2)
      (i32.add (local.get 9) (i32.const 1)) (local.get 1) (local.get 0)))
  (func (export "tail_many") (param v128 v128) (result v128 v128 i32)
    (call $tail_many (local.get 0) (local.get 1) (local.get 0) (local.get 1) (local.get 0)
      (local.get 1) (local.get 0) (local.get 1) (local.get 0) (i32.const 5)
      (local.get 1) (local.get 0)))
  ;; A million tail calls with stack arguments: the stack must not grow.
  (func $count (param i32 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (if (i32.eqz (local.get 0)) (then (return (i64.add (local.get 8) (local.get 1)))))
    (return_call $count (i32.sub (local.get 0) (i32.const 1)) (local.get 8) (local.get 1)
      (local.get 2) (local.get 3) (local.get 4) (local.get 5) (local.get 6)
      (i64.add (local.get 7) (i64.extend_i32_u (local.get 0)))))
  (func (export "count") (result i64)
    (call $count (i32.const 1000000) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
      (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8)))
  (func (export "many") (type $many) (call $many (local.get 0) (local.get 1) (local.get 2)
      (local.get 3) (local.get 4) (local.get 5) (local.get 6) (local.get 7) (local.get 8)
      (local.get 9) (local.get 10) (local.get 11))))
"#;

/// [`CALLS`], or where wasmtime refuses tail calls (s390x) the same with
/// plain calls in their place, and a thousand of `$count`'s calls rather
/// than a million (each now takes a frame).
fn calls_module() -> String {
    if kindling_tests::host_has_tail_calls() {
        return CALLS.to_string();
    }
    CALLS
        .replace("(return_call $", "(call $")
        .replace("(i32.const 1000000)", "(i32.const 1000)")
}

fn run_calls(strategy: Strategy) -> Result<Vec<Val>> {
    let engine = engine(strategy, false, Features::Host)?;
    let module = Module::new(&engine, calls_module())?;
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    let mut params = vec![ValType::V128, ValType::I32];
    params.extend(std::iter::repeat_n(ValType::V128, 10));
    let ty = FuncType::new(params, [ValType::V128, ValType::V128]);
    let host = Func::new(&mut store, ty, |_: Caller<'_, ()>, args, results| {
        let lane = |v: &Val| v.v128().unwrap_or(0);
        let sum = args
            .iter()
            .fold(0u128, |acc, v| acc.wrapping_mul(3).wrapping_add(lane(v)));
        results[0] = Val::V128(sum);
        results[1] = Val::V128(lane(&args[11]) ^ args[1].unwrap_i32() as u128);
        Ok(())
    });
    linker.define(&store, "host", "array", host)?;
    let instance = linker.instantiate(&mut store, &module)?;
    let mut out = Vec::new();
    let (a, b) = (INPUTS[4], INPUTS[6]);
    for name in ["direct", "indirect", "tail", "host", "tail_many"] {
        let func = instance.get_func(&mut store, name).expect("export");
        let mut results = vec![Val::I32(0); func.ty(&store).results().len()];
        func.call(&mut store, &[Val::V128(a), Val::V128(b)], &mut results)?;
        out.extend(results);
    }
    let count = instance.get_typed_func::<(), i64>(&mut store, "count")?;
    out.push(Val::I64(count.call(&mut store, ())?));
    Ok(out)
}

#[test]
fn v128_values_cross_every_call_boundary_like_cranelift() -> Result<()> {
    if !kindling_tests::simd_runs_here() {
        return Ok(());
    }
    let kindling = run_calls(Strategy::Winch)?;
    let cranelift = run_calls(Strategy::Cranelift)?;
    let show = |v: &[Val]| format!("{v:?}");
    assert_eq!(show(&kindling), show(&cranelift));
    // direct: $many's first result is lane-wise a + a (params 0 and 11).
    let Val::V128(first) = kindling[0] else {
        bail!("direct returned {:?}", kindling[0]);
    };
    let (a, _) = (INPUTS[4], INPUTS[6]);
    let expect = (0..4).fold(0u128, |acc, i| {
        let lane = (a >> (32 * i)) as u32;
        acc | u128::from(lane.wrapping_add(lane)) << (32 * i)
    });
    assert_eq!(first, expect);
    Ok(())
}

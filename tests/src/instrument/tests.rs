//! The rewrite's unit tests: each rewritten module validates and runs in
//! wasmi with the folds it should have.

use super::*;

#[test]
fn folds_integer_results_into_an_exported_global() {
    let wasm = wat::parse_str(
        r#"(module
             (memory 0)
             (global (mut i32) (i32.const 0))
             (func (export "f") (param i32) (result i32)
               (local i64)
               (drop (i32.add (local.get 0) (i32.const 1)))
               (i32.shr_u (local.get 0) (i32.const 2))))"#,
    )
    .unwrap();
    let out = observable(&wasm).expect("rewritten");
    wp::validate(&out).expect("valid");
    let text = wasmprinter_lite(&out);
    assert!(text.contains(OBSERVED_GLOBAL), "{text}");
    // Two tapped operators, each ending in a `global.set` of the new
    // global (index 1).
    assert_eq!(out.windows(2).filter(|w| w == &[0x24, 0x01]).count(), 2);
    // The zero-page memory became one page: limits flag 0, minimum 1.
    assert!(
        out.windows(5).any(|w| w == [0x05, 0x03, 0x01, 0x00, 0x01]),
        "{out:02x?}"
    );
}

/// Runs export `f` of `wasm` in wasmi on `arg`: its result and the
/// folded value.
fn run(wasm: &[u8], arg: i32) -> (i32, i64) {
    let (f, [observed]) = run_with(wasm, arg, [OBSERVED_GLOBAL]);
    (f, observed as i64)
}

/// Runs export `f` of `wasm` in wasmi on `arg`: its result and the
/// `i64` or `v128` globals named, by their bits.
fn run_with<const N: usize>(wasm: &[u8], arg: i32, globals: [&str; N]) -> (i32, [u128; N]) {
    let engine = wasmi::Engine::default();
    let module = wasmi::Module::new(&engine, wasm).unwrap();
    let mut store = wasmi::Store::new(&engine, ());
    let instance = wasmi::Instance::new(&mut store, &module, &[]).unwrap();
    let f = instance
        .get_typed_func::<i32, i32>(&store, "f")
        .unwrap()
        .call(&mut store, arg)
        .unwrap();
    let global = |name| match instance.get_global(&store, name).unwrap().get(&store) {
        wasmi::Val::I64(x) => x as u64 as u128,
        wasmi::Val::V128(v) => v.as_u128(),
        other => panic!("{name} is {other:?}"),
    };
    (f, globals.map(global))
}

#[test]
fn fused_compares_keep_values_and_folds() {
    // Three comparisons: one of each fused form (`if`, `br_if`,
    // `select`), and an `eqz`, which never takes the `select` form.
    let wasm = wat::parse_str(
        r#"(module
             (global (mut i32) (i32.const 0))
             (func (export "f") (param i32) (result i32)
               (i32.add
                 (i32.add (i32.lt_s (local.get 0) (i32.const 5))
                          (i32.gt_u (local.get 0) (i32.const 2)))
                 (i32.add (i64.ne (i64.extend_i32_s (local.get 0)) (i64.const 7))
                          (i32.eqz (local.get 0))))))"#,
    )
    .unwrap();
    let plain = observable(&wasm).expect("rewritten");
    let fused = observable_with(
        &wasm,
        Options {
            fused_compares: true,
            ..Options::default()
        },
    )
    .expect("rewritten");
    wp::validate(&fused).expect("valid");
    assert!(fused.contains(&0x1b), "a select");
    assert!(fused.contains(&0x0d), "a br_if");
    for arg in [-3, 0, 3, 5, 7, 100] {
        assert_eq!(run(&plain, arg), run(&fused, arg), "f({arg})");
    }
}

/// The export names in `wasm`, as text (enough to check the export).
fn wasmprinter_lite(wasm: &[u8]) -> String {
    let mut names = String::new();
    for payload in wp::Parser::new(0).parse_all(wasm) {
        if let Ok(wp::Payload::ExportSection(section)) = payload {
            for export in section.into_iter().flatten() {
                names.push_str(export.name);
                names.push(' ');
            }
        }
    }
    names
}

#[test]
#[cfg_attr(
    target_endian = "big",
    ignore = "wasmi 2.0's SIMD gives wrong lanes on big-endian hosts (s390x), and these run the rewritten module in wasmi"
)]
fn v128_results_are_folded_where_their_bits_are_defined() {
    // Folded: the two splats and the add (observed), the sqrt (exact);
    // not the constant. The extracted lane is an integer result.
    let wasm = wat::parse_str(
        r#"(module
             (global (mut i32) (i32.const 0))
             (func (export "f") (param i32) (result i32)
               (drop (f32x4.sqrt (f32x4.splat (f32.const -1))))
               (i32x4.extract_lane 1
                 (i32x4.add (i32x4.splat (local.get 0))
                            (v128.const i32x4 1 2 3 4)))))"#,
    )
    .unwrap();
    let simd = Options {
        simd: true,
        ..Options::default()
    };
    let out = observable_with(&wasm, simd).expect("rewritten");
    wasmparser_smith::validate(&out).expect("valid");
    let globals = [V128_GLOBAL, EXACT_GLOBAL, V128_FOLDS_GLOBAL];
    let (r5, [observed5, exact5, folds5]) = run_with(&out, 5, globals);
    let (r9, [observed9, exact9, folds9]) = run_with(&out, 9, globals);
    assert_eq!((r5, r9), (7, 11));
    assert_eq!((folds5, folds9), (4, 4));
    assert_ne!(observed5, observed9, "the add's lanes are observed");
    assert_eq!(exact5, exact9, "the sqrt does not depend on the argument");
    assert_ne!(exact5, 0, "the sqrt is folded");
    // Without the option the module is left without SIMD folds.
    let plain = observable_with(&wasm, Options::default()).expect("rewritten");
    assert!(plain.len() < out.len());
}

#[test]
#[cfg_attr(
    target_endian = "big",
    ignore = "wasmi 2.0's SIMD gives wrong lanes on big-endian hosts (s390x), and these run the rewritten module in wasmi"
)]
fn promotions_and_demotions_give_the_canonical_nan() {
    // The high word of each conversion's result, from an argument that is
    // a NaN with a payload (or a number) in the source type's high word.
    let convert = |body: &str| {
        let text = format!("(module (global (mut i32) (i32.const 0)) (func (export \"f\") (param i32) (result i32) {body}))");
        let wasm = wat::parse_str(text).unwrap();
        let options = Options {
            simd: true,
            canonical_conversions: true,
            ..Options::default()
        };
        let out = observable_with(&wasm, options).expect("rewritten");
        wp::validate(&out).expect("valid");
        move |arg: u32| run(&out, arg as i32).0 as u32
    };
    let wide = "(f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (local.get 0)) (i64.const 32)))";
    let promote = convert("(i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (f64.promote_f32 (f32.reinterpret_i32 (local.get 0)))) (i64.const 32)))");
    let promote_low =
        convert("(i32x4.extract_lane 1 (f64x2.promote_low_f32x4 (i32x4.splat (local.get 0))))");
    let demote = convert(&format!("(i32.reinterpret_f32 (f32.demote_f64 {wide}))"));
    let demote_zero = convert(&format!(
        "(i32x4.extract_lane 0 (f32x4.demote_f64x2_zero (f64x2.splat {wide})))"
    ));
    for promote in [&promote, &promote_low] {
        // x86_64 and aarch64 would give 0x7ffc_0000 (the payload kept).
        assert_eq!(promote(0x7fa0_0001), 0x7ff8_0000);
        assert_eq!(promote(0xffa0_0001), 0x7ff8_0000);
        assert_eq!(promote(0x3f80_0000), 0x3ff0_0000);
    }
    for demote in [&demote, &demote_zero] {
        // x86_64 and aarch64 would give 0x7fe0_0000.
        assert_eq!(demote(0x7ff4_0000), 0x7fc0_0000);
        assert_eq!(demote(0xbff0_0000), 0xbf80_0000);
    }
}

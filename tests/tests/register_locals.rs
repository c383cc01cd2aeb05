//! Locals in home registers: the cases where a home's value must be read
//! before it changes (latent compares and `local.get`s of homes followed by
//! a `local.set` of the same local), homes kept across calls (integer homes
//! are callee-saved, float homes are saved around calls), more locals than
//! homes, and homes handed back to a caller that keeps its own locals there.
//! Every result is checked against a model computed here and against
//! Cranelift.

use anyhow::Result;
use wasmtime::{Config, Engine, Instance, Module, Store, Strategy};

const MODULE: &str = r#"
(module
  ;; A compare of two homes stays latent, then one of them changes.
  (func (export "cmp_then_set") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.lt_s
    i32.const 100 local.set 0
    if (result i32) local.get 0 else i32.const -1 end)
  ;; The same with an immediate and `local.tee`, as `select`'s condition.
  (func (export "cmp_imm_then_tee") (param i32) (result i32)
    local.get 0 i32.const 7 i32.add
    i32.const 0
    local.get 0 i32.const 10 i32.gt_u
    i32.const 1 local.tee 0 drop
    select)
  ;; eqz of a home, then the home changes, then the result is stored.
  (func (export "eqz_then_set") (param i64) (result i64)
    local.get 0 i64.eqz
    i64.const 5 local.set 0
    i64.extend_i32_u local.get 0 i64.add)
  ;; A latent local.get of a home below a set of the same local.
  (func (export "get_then_set") (param i32) (result i32)
    local.get 0
    local.get 0 i32.const 3 i32.mul local.set 0
    local.get 0 i32.sub)
;; A result computed straight into a home while a latent read of the old
  ;; value, and a latent compare of it, are still on the stack.
  (func (export "result_into_home") (param i32 i32) (result i32)
    local.get 0
    local.get 0 local.get 1 i32.lt_u
    local.get 0 local.get 1 i32.sub local.tee 0
    local.get 1 local.get 0 i32.shl local.set 1
    i32.add
    i32.add
    local.get 1 i32.xor)
  ;; Integer and float homes live across calls that use their own homes.
  (func $clobber (param i32 f64) (result i32)
    (local i32 i32 i32 f64 f64)
    i32.const 11 local.set 2 i32.const 12 local.set 3 i32.const 13 local.set 4
    f64.const 1.5 local.set 5 f64.const 2.5 local.set 6
    local.get 0 local.get 2 i32.add local.get 3 i32.add local.get 4 i32.add
    local.get 1 local.get 5 f64.add local.get 6 f64.add i32.trunc_f64_s i32.add)
  (func (export "across_calls") (param i32 f64) (result f64)
    (local i32 f64)
    local.get 0 i32.const 1 i32.add local.set 2
    local.get 1 f64.const 0.25 f64.add local.set 3
    local.get 2 local.get 3 call $clobber
    local.get 2 i32.add
    f64.convert_i32_s local.get 3 f64.add local.get 1 f64.add)
  ;; Twelve integer locals, more than any ISA has homes for, all summed in
  ;; a loop: the loop's counters get homes, the rest stay in slots.
  (func (export "many_locals") (param $n i32) (result i64)
    (local $i i32) (local $acc i64)
    (local $a i64) (local $b i64) (local $c i64) (local $d i64) (local $e i64)
    (local $f i64) (local $g i64) (local $h i64) (local $k i64)
    i64.const 1 local.set $a i64.const 2 local.set $b i64.const 3 local.set $c
    i64.const 4 local.set $d i64.const 5 local.set $e i64.const 6 local.set $f
    i64.const 7 local.set $g i64.const 8 local.set $h i64.const 9 local.set $k
    block loop
      local.get $i local.get $n i32.ge_u br_if 1
      local.get $acc local.get $a i64.add local.get $b i64.add local.get $c i64.add
      local.get $d i64.add local.get $e i64.add local.get $f i64.add local.get $g i64.add
      local.get $h i64.add local.get $k i64.add
      local.get $i i64.extend_i32_u i64.add local.set $acc
      local.get $a local.get $k i64.xor local.set $a
      local.get $i i32.const 1 i32.add local.set $i
      br 0
    end end
    local.get $acc local.get $a i64.add)
)
"#;

fn engine(strategy: Strategy) -> Result<Engine> {
    let mut config = Config::new();
    config.strategy(strategy);
    Engine::new(&config)
}

/// The results of every export for every input, under `strategy`.
fn run(strategy: Strategy) -> Result<Vec<String>> {
    let engine = engine(strategy)?;
    let module = Module::new(&engine, MODULE)?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let mut out = Vec::new();
    let ints = [i32::MIN, -5, 0, 1, 7, 10, 11, 99, 100, 101, i32::MAX];
    let cmp_then_set = instance.get_typed_func::<(i32, i32), i32>(&mut store, "cmp_then_set")?;
    let cmp_imm = instance.get_typed_func::<i32, i32>(&mut store, "cmp_imm_then_tee")?;
    let eqz = instance.get_typed_func::<i64, i64>(&mut store, "eqz_then_set")?;
    let get_set = instance.get_typed_func::<i32, i32>(&mut store, "get_then_set")?;
    let into_home = instance.get_typed_func::<(i32, i32), i32>(&mut store, "result_into_home")?;
    let calls = instance.get_typed_func::<(i32, f64), f64>(&mut store, "across_calls")?;
    let many = instance.get_typed_func::<i32, i64>(&mut store, "many_locals")?;
    for &a in &ints {
        for &b in &ints {
            let got = cmp_then_set.call(&mut store, (a, b))?;
            assert_eq!(got, if a < b { 100 } else { -1 }, "cmp_then_set({a}, {b})");
            out.push(format!("cmp_then_set({a},{b})={got}"));
            let got = into_home.call(&mut store, (a, b))?;
            let x = a.wrapping_sub(b);
            let y = b.wrapping_shl(x as u32);
            let lt = i32::from((a as u32) < (b as u32));
            assert_eq!(
                got,
                (a.wrapping_add(lt.wrapping_add(x))) ^ y,
                "result_into_home({a}, {b})"
            );
            out.push(format!("result_into_home({a},{b})={got}"));
        }
        let got = cmp_imm.call(&mut store, a)?;
        let model = if (a as u32) > 10 {
            a.wrapping_add(7)
        } else {
            0
        };
        assert_eq!(got, model, "cmp_imm_then_tee({a})");
        out.push(format!("cmp_imm_then_tee({a})={got}"));
        let got = eqz.call(&mut store, i64::from(a))?;
        assert_eq!(got, i64::from(a == 0) + 5, "eqz_then_set({a})");
        out.push(format!("eqz_then_set({a})={got}"));
        let got = get_set.call(&mut store, a)?;
        assert_eq!(got, a.wrapping_sub(a.wrapping_mul(3)), "get_then_set({a})");
        out.push(format!("get_then_set({a})={got}"));
        let x = f64::from(a % 1000);
        let got = calls.call(&mut store, (a % 1000, x))?;
        let l2 = (a % 1000) + 1;
        let l3 = x + 0.25;
        let clobber = l2 + 11 + 12 + 13 + (l3 + 1.5 + 2.5) as i32;
        let model = f64::from(clobber + l2) + l3 + x;
        assert_eq!(got, model, "across_calls({a})");
        out.push(format!("across_calls({a})={got}"));
    }
    for n in [0, 1, 2, 3, 50, 1000] {
        let got = many.call(&mut store, n)?;
        let (mut acc, mut a) = (0i64, 1i64);
        for i in 0..n {
            acc = acc.wrapping_add(a + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + i as i64);
            a ^= 9;
        }
        assert_eq!(got, acc.wrapping_add(a), "many_locals({n})");
        out.push(format!("many_locals({n})={got}"));
    }
    Ok(out)
}

#[test]
fn register_locals_match_the_model_and_cranelift() -> Result<()> {
    let kindling = run(Strategy::Winch)?;
    let cranelift = run(Strategy::Cranelift)?;
    assert!(
        kindling.len() > 100,
        "too few calls compared: {}",
        kindling.len()
    );
    assert_eq!(kindling, cranelift);
    Ok(())
}

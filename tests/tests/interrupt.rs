//! Fuel and epoch interruption with kindling, checked against Cranelift.

use anyhow::Result;
use std::time::Duration;
use wasmtime::{Config, Engine, Instance, Module, Store, Strategy, Trap};

const LOOPS: &str = r#"
(module
  (func (export "forever") (loop (br 0)))
  (func $count (export "count") (param i32) (result i32) (local i32)
    (block
      (loop
        (br_if 1 (i32.ge_u (local.get 1) (local.get 0)))
        (local.set 1 (i32.add (local.get 1) (i32.const 1)))
        (br 0)))
    (local.get 1))
  (func (export "calls") (result i32)
    (i32.add (call $count (i32.const 3)) (call $count (i32.const 4))))
  (table funcref (elem $count $mixed))
  (func $mixed (export "mixed") (param i32) (result i32) (local i32)
    (block $a
      (block $b
        (block $c (br_table $a $b $c (local.get 0)))
        (local.set 1 (i32.const 10))
        (br $a))
      (local.set 1 (call_indirect (param i32) (result i32) (i32.const 2) (i32.const 0))))
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 1))
      (else (select (local.get 1) (i32.const 7) (local.get 0))))))
"#;

fn engine(strategy: Strategy, fuel: bool, epochs: bool) -> Engine {
    let mut config = Config::new();
    config.strategy(strategy);
    config.consume_fuel(fuel);
    config.epoch_interruption(epochs);
    Engine::new(&config).expect("engine")
}

fn instantiate(engine: &Engine, fuel: bool) -> (Store<()>, Instance) {
    let module = Module::new(engine, LOOPS).expect("compiles");
    let mut store = Store::new(engine, ());
    if fuel {
        store.add_fuel(1_000_000).expect("fuel");
    } else {
        store.set_epoch_deadline(1);
    }
    let instance = Instance::new(&mut store, &module, &[]).expect("instantiates");
    (store, instance)
}

#[test]
fn fuel_stops_an_endless_loop() -> Result<()> {
    let engine = engine(Strategy::Winch, true, false);
    let (mut store, instance) = instantiate(&engine, true);
    let forever = instance.get_typed_func::<(), ()>(&mut store, "forever")?;
    let err = forever.call(&mut store, ()).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>(),
        Some(&Trap::OutOfFuel),
        "{err:?}"
    );
    Ok(())
}

#[test]
fn fuel_consumption_matches_cranelift() -> Result<()> {
    let mut consumed = Vec::new();
    for strategy in [Strategy::Winch, Strategy::Cranelift] {
        let engine = engine(strategy, true, false);
        let (mut store, instance) = instantiate(&engine, true);
        let count = instance.get_typed_func::<i32, i32>(&mut store, "count")?;
        assert_eq!(count.call(&mut store, 100)?, 100);
        let calls = instance.get_typed_func::<(), i32>(&mut store, "calls")?;
        assert_eq!(calls.call(&mut store, ())?, 7);
        let mixed = instance.get_typed_func::<i32, i32>(&mut store, "mixed")?;
        let results: Vec<i32> = (0..4).map(|i| mixed.call(&mut store, i).unwrap()).collect();
        assert_eq!(results, [1, 2, 10, 10]);
        consumed.push(store.fuel_consumed().expect("fuel is on"));
    }
    assert!(consumed[0] > 100, "{consumed:?}");
    assert_eq!(consumed[0], consumed[1], "kindling vs Cranelift");
    Ok(())
}

#[test]
fn epochs_interrupt_an_endless_loop() -> Result<()> {
    let engine = engine(Strategy::Winch, false, true);
    let (mut store, instance) = instantiate(&engine, false);
    let forever = instance.get_typed_func::<(), ()>(&mut store, "forever")?;
    let ticker = engine.clone();
    let handle = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        ticker.increment_epoch();
    });
    let err = forever.call(&mut store, ()).unwrap_err();
    handle.join().unwrap();
    assert_eq!(
        err.downcast_ref::<Trap>(),
        Some(&Trap::Interrupt),
        "{err:?}"
    );
    Ok(())
}

#[test]
fn epochs_let_finite_code_finish() -> Result<()> {
    let engine = engine(Strategy::Winch, false, true);
    let (mut store, instance) = instantiate(&engine, false);
    let calls = instance.get_typed_func::<(), i32>(&mut store, "calls")?;
    assert_eq!(calls.call(&mut store, ())?, 7);
    Ok(())
}

//! Fuzz target: arbitrary bytes through `Module::new` with kindling.
//!
//! Almost every input is rejected by validation; the property is that
//! compiling never panics or crashes: it returns `Ok` or `Err`.
//! Run with `cargo fuzz run --sanitizer none compile` from the repository root.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use wasmtime::{Config, Engine, Module, Strategy};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = Config::new();
        config.strategy(Strategy::Winch);
        Engine::new(&config).expect("kindling engine configuration is valid")
    })
}

fuzz_target!(|data: &[u8]| {
    let _ = Module::new(engine(), data);
});

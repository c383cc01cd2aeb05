//! Differential fuzzing: a wasm-smith module from the fuzzer's bytes runs in
//! wasmi 2.0 and in wasmtime 12.0.2 with kindling (Cranelift breaks ties);
//! any divergence that Cranelift shares with wasmi is a kindling bug.

#![no_main]

use kindling_tests::differential::{check_module, prepare_module, smith_config, Engines, Verdict};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINES: OnceLock<Engines> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engines = ENGINES.get_or_init(|| Engines::new().expect("engines"));
    let mut u = arbitrary::Unstructured::new(data);
    let seed = u64::from(data.first().copied().unwrap_or(0));
    let Ok(module) = wasm_smith::Module::new(smith_config(seed), &mut u) else {
        return;
    };
    let Some(wasm) = prepare_module(module, seed) else {
        return;
    };
    if let Verdict::Diverged(why) = check_module(engines, &wasm, seed) {
        let _ = std::fs::write("differential-divergence.wasm", &wasm);
        panic!("kindling diverged: {why}");
    }
});

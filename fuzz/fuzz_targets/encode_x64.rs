//! Encoder fuzzing: the fuzzer's bytes choose up to 64 x86_64 instruction
//! forms (every assembler method the x86_64 `MacroAssembler` uses) with
//! arbitrary operands; each form's bytes, disassembled by llvm-mc on their
//! own, must be exactly the instructions it intends, with the same operands
//! and no bytes left over.
//! Run with `cargo fuzz run --sanitizer none encode_x64` from the repository
//! root; it needs llvm-mc (llvm-14, or `KINDLING_LLVM_MC`).

#![no_main]

use kindling_isa_x64::forms::{check_with_llvm_mc, find_llvm_mc, Form};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn llvm_mc() -> &'static str {
    static MC: OnceLock<String> = OnceLock::new();
    MC.get_or_init(|| find_llvm_mc().expect("encode_x64 needs llvm-mc: install llvm-14"))
}

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    let count = (data.len() / 16).clamp(1, 64);
    let mut next = || u.arbitrary::<u64>().unwrap_or(0);
    let forms: Vec<Form> = (0..count).map(|_| Form::generate(&mut next)).collect();
    if let Err(e) = check_with_llvm_mc(llvm_mc(), &forms) {
        panic!("{e}");
    }
});

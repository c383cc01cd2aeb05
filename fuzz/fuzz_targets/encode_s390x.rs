//! Encoder fuzzing: the fuzzer's bytes choose up to 64 s390x instruction
//! forms (general-register, binary floating-point and vector) with arbitrary
//! operands; each form's bytes, disassembled by llvm-mc (z15) on their own,
//! must be exactly the instruction it intends. They also choose a constant for
//! `mov_imm`, whose sequence is checked by evaluation.
//! Run with `cargo fuzz run --sanitizer none encode_s390x` from the
//! repository root; it needs llvm-mc (llvm-14, or `KINDLING_LLVM_MC`).

#![no_main]

use kindling_isa_s390x::forms::{check_mov_imm, check_with_llvm_mc, find_llvm_mc, Form};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn llvm_mc() -> &'static str {
    static MC: OnceLock<String> = OnceLock::new();
    MC.get_or_init(|| find_llvm_mc().expect("encode_s390x needs llvm-mc: install llvm-14"))
}

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    let count = (data.len() / 16).clamp(1, 64);
    let mut next = || u.arbitrary::<u64>().unwrap_or(0);
    let constant = next();
    if let Err(e) = check_mov_imm((constant >> 60) as u8, constant as i64) {
        panic!("{e}");
    }
    let forms: Vec<Form> = (0..count).map(|_| Form::generate(&mut next)).collect();
    if let Err(e) = check_with_llvm_mc(llvm_mc(), &forms) {
        panic!("{e}");
    }
});

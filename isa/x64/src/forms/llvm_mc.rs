//! The llvm-mc oracle: assembles what forms intend, disassembles what they
//! emit, and compares.

use super::spelling::NAMES32;
use super::Form;
use crate::Assembler;
use kindling_isa_check::Oracle;

/// Checks `forms` against llvm-mc (the binary `mc`): each form's bytes,
/// disassembled on their own, must be exactly the instructions it intends,
/// spelled as llvm-mc spells them, and nothing more or less.
pub fn check_with_llvm_mc(mc: &str, forms: &[Form]) -> Result<(), String> {
    kindling_isa_check::check_forms(&oracle(mc), forms, Assembler::finish_into)
}

/// Checks that `encoded[i]`, disassembled on its own, is exactly what
/// `forms[i]` intends.
#[cfg(test)]
pub(crate) fn check_bytes(mc: &str, forms: &[Form], encoded: &[Vec<u8>]) -> Result<(), String> {
    kindling_isa_check::check_encoded(&oracle(mc), forms, encoded)
}

/// How to ask llvm-mc (the binary `mc`) about x86_64 code, in Intel syntax.
pub fn oracle(mc: &str) -> Oracle<'_> {
    Oracle {
        mc,
        common_args: &["-triple=x86_64", "-output-asm-variant=1"],
        assemble_args: &["-x86-asm-syntax=intel"],
        source_prologue: ".intel_syntax noprefix\n",
        // `int3`, which no form emits.
        separator: &[0xcc],
        separator_text: "int3",
        comment: "#",
        normalize,
    }
}

/// One spelling for what llvm-mc prints two ways: dynasm always writes a SIB
/// byte for a dynamic base register (decoded as an index of `riz`), and
/// llvm-mc prints 32-bit immediates unsigned when decoding but signed when
/// assembling.
fn normalize(line: &str) -> String {
    let line = line.replace(" + riz", "").replace("+ 1*riz", "");
    let mut words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
    let narrow = words
        .get(1)
        .is_some_and(|w| w.starts_with("dword") || NAMES32.contains(&w.trim_end_matches(',')));
    if narrow {
        for w in words.iter_mut() {
            let (digits, comma) = match w.strip_suffix(',') {
                Some(d) => (d, ","),
                None => (w.as_str(), ""),
            };
            if let Ok(v) = digits.parse::<u64>() {
                if (1 << 31..1 << 32).contains(&v) {
                    *w = format!("{}{comma}", v as u32 as i32);
                }
            }
        }
    }
    words.join(" ")
}

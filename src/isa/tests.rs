//! Checks that tie each ISA's `MacroAssembler` to its assembler's tests.

use std::collections::BTreeSet;

/// The assembler methods `source` calls as `asm.<name>(`.
fn assembler_calls(source: &str) -> BTreeSet<&str> {
    source
        .split("asm.")
        .skip(1)
        .filter_map(|rest| {
            let name_len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            rest[name_len..].starts_with('(').then(|| &rest[..name_len])
        })
        .collect()
}

#[test]
fn the_x64_encoding_forms_cover_every_method_the_masm_calls() {
    // Methods that place labels or manage the buffer emit no instruction of
    // their own; every other method must be an encoding form that the
    // encoding test and the `encode_x64` fuzz target check with llvm-mc.
    const NOT_INSTRUCTIONS: [&str; 8] = [
        "new_label",
        "bind",
        "offset",
        "finish_into",
        "clear",
        "patch_u32",
        "bytes",
        "align",
    ];
    let calls = assembler_calls(include_str!("x64.rs"));
    assert!(calls.len() > 30, "found only {calls:?}");
    let unchecked: Vec<&str> = calls
        .into_iter()
        .filter(|m| !NOT_INSTRUCTIONS.contains(m))
        .filter(|m| !kindling_isa_x64::forms::METHODS.contains(m))
        .collect();
    assert!(
        unchecked.is_empty(),
        "the x86_64 masm calls assembler methods with no encoding form in \
         isa/x64/src/forms.rs: {unchecked:?}"
    );
}

#[test]
fn assembler_calls_are_found() {
    let calls = assembler_calls("self.asm.mov_rr(a, b); x.asm.ret(); asm.field; asm.jcc (");
    assert_eq!(calls.into_iter().collect::<Vec<_>>(), ["mov_rr", "ret"]);
}

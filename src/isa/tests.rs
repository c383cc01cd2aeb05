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

/// Methods that place labels or manage the buffer: they emit no
/// instruction of their own.
const NOT_INSTRUCTIONS: [&str; 15] = [
    "hold_islands",
    // Islands are `b` words, checked as the `b` form.
    "island_point",
    "new_label",
    "bind",
    "offset",
    "finish_into",
    "clear",
    "patch_u32",
    "patch_word",
    "patch_imm32",
    "word_at",
    "word",
    "bytes",
    "align",
    "data_u128",
];

/// The methods `masm_source` calls that are neither in `checked` nor
/// buffer management.
fn unchecked<'a>(masm_source: &'a str, checked: &[&str]) -> Vec<&'a str> {
    let calls = assembler_calls(masm_source);
    assert!(calls.len() > 30, "found only {calls:?}");
    calls
        .into_iter()
        .filter(|m| !NOT_INSTRUCTIONS.contains(m) && !checked.contains(m))
        .collect()
}

#[test]
fn the_x64_encoding_forms_cover_every_method_the_masm_calls() {
    // Every instruction-emitting method must be an encoding form that the
    // encoding test and the `encode_x64` fuzz target check with llvm-mc.
    let source = concat!(
        include_str!("x64.rs"),
        include_str!("x64/simd.rs"),
        include_str!("x64/simd_lanes.rs"),
        include_str!("x64/simd_convert.rs")
    );
    let missing = unchecked(source, &kindling_isa_x64::forms::Form::methods());
    assert!(
        missing.is_empty(),
        "the x86_64 masm calls assembler methods with no encoding form in \
         isa/x64/src/forms/: {missing:?}"
    );
}

#[test]
fn the_aarch64_encoding_forms_cover_every_method_the_masm_calls() {
    let source = concat!(
        include_str!("aarch64.rs"),
        include_str!("aarch64/simd.rs"),
        include_str!("aarch64/simd_lanes.rs")
    );
    // `mov_imm` is checked by evaluating what it emits.
    let mut checked = kindling_isa_aarch64::forms::Form::methods();
    checked.push("mov_imm");
    let missing = unchecked(source, &checked);
    assert!(
        missing.is_empty(),
        "the aarch64 masm calls assembler methods with no encoding form in \
         isa/aarch64/src/forms/: {missing:?}"
    );
}

#[test]
fn the_riscv64_encoding_forms_cover_every_method_the_masm_calls() {
    let source = concat!(include_str!("riscv64.rs"), include_str!("riscv64/simd.rs"));
    // `mov_imm` is checked by evaluating what it emits.
    let mut checked = kindling_isa_riscv64::forms::Form::methods();
    checked.push("mov_imm");
    let missing = unchecked(source, &checked);
    assert!(
        missing.is_empty(),
        "the riscv64 masm calls assembler methods with no encoding form in \
         isa/riscv64/src/forms/: {missing:?}"
    );
}

#[test]
fn the_s390x_encoding_forms_cover_every_method_the_masm_calls() {
    let source = concat!(
        include_str!("s390x.rs"),
        include_str!("s390x/sequences.rs"),
        include_str!("s390x/simd.rs"),
        include_str!("s390x/simd_sequences.rs")
    );
    // `mov_imm` is checked by evaluating what it emits, `trap` (two zero
    // bytes, which llvm-mc cannot disassemble) by its bytes.
    let mut checked = kindling_isa_s390x::forms::Form::methods();
    checked.extend(["mov_imm", "trap"]);
    let missing = unchecked(source, &checked);
    assert!(
        missing.is_empty(),
        "the s390x masm calls assembler methods with no encoding form in \
         isa/s390x/src/forms/: {missing:?}"
    );
}

#[test]
fn assembler_calls_are_found() {
    let calls = assembler_calls("self.asm.mov_rr(a, b); x.asm.ret(); asm.field; asm.jcc (");
    assert_eq!(calls.into_iter().collect::<Vec<_>>(), ["mov_rr", "ret"]);
}

/// The roles a masm reserves: none may be handed out by the allocator.
fn assert_reserved_not_allocatable<M: crate::masm::MacroAssembler>(
    reserved_gprs: &[u8],
    reserved_fprs: &[u8],
) {
    use crate::masm::Reg;
    let gprs = M::allocatable_gprs();
    let fprs = M::allocatable_fprs();
    let mut reserved: Vec<Reg> = reserved_gprs.iter().map(|&r| Reg::gpr(r)).collect();
    reserved.extend(reserved_fprs.iter().map(|&r| Reg::fpr(r)));
    reserved.extend([
        M::vmctx_reg(),
        M::fp(),
        M::sp(),
        M::core_temp(),
        M::float_temp(),
    ]);
    for r in reserved {
        assert!(
            !gprs.contains(&r) && !fprs.contains(&r),
            "{} hands out reserved register {r:?}",
            M::ISA
        );
    }
    assert!(gprs.iter().all(|r| r.is_gpr()) && fprs.iter().all(|r| !r.is_gpr()));
}

#[test]
fn reserved_registers_are_never_allocated() {
    use super::{aarch64, riscv64, s390x, x64};
    assert_reserved_not_allocatable::<x64::X64Masm>(&x64::SCRATCH_GPRS, &[14, 15]);
    // aarch64 also keeps x18 (the platform register), the link register and
    // v8-v15 (whose low halves the native ABI preserves) out of use.
    let mut fprs = aarch64::SCRATCH_FPRS.to_vec();
    fprs.extend(8..16);
    assert_reserved_not_allocatable::<aarch64::Aarch64Masm>(
        &[aarch64::SCRATCH_GPRS[0], aarch64::SCRATCH_GPRS[1], 18, 30],
        &fprs,
    );
    // riscv64 also keeps zero, ra, gp, tp, memory 0's base and fs0-fs11
    // (which the native ABI preserves) out of use.
    let mut fprs = riscv64::SCRATCH_FPRS.to_vec();
    fprs.extend([8, 9].into_iter().chain(18..28));
    let mut gprs = riscv64::SCRATCH_GPRS.to_vec();
    gprs.extend([0, 1, 3, 4, 26]);
    assert_reserved_not_allocatable::<riscv64::Riscv64Masm>(&gprs, &fprs);
    // s390x also keeps memory 0's base, the return address and v8-v15
    // (whose f8-f15 halves the native ABI preserves) out of use.
    let mut fprs = s390x::SCRATCH_FPRS.to_vec();
    fprs.extend(8..16);
    fprs.extend([30, 31]);
    let mut gprs = s390x::SCRATCH_GPRS.to_vec();
    gprs.extend([12, 14]);
    assert_reserved_not_allocatable::<s390x::S390xMasm>(&gprs, &fprs);
}

#[test]
fn each_target_gets_its_page_alignment_and_cie() {
    use std::str::FromStr;
    // The return-address rule: on the stack (x86_64's call pushed it, in
    // DWARF column 16) or in its register (none).
    // And where the CFA is on entry (s390x: above the caller's 160-byte
    // register save area).
    for (triple, page, code_alignment, ra_rule, cfa) in [
        (
            "x86_64-unknown-linux-gnu",
            0x1000,
            1,
            Some("Offset(Register(16), -8)"),
            "Cfa(Register(7), 8)",
        ),
        (
            "aarch64-unknown-linux-gnu",
            0x10000,
            4,
            None,
            "Cfa(Register(31), 0)",
        ),
        (
            "riscv64gc-unknown-linux-gnu",
            0x1000,
            1,
            None,
            "Cfa(Register(2), 0)",
        ),
        (
            "s390x-unknown-linux-gnu",
            0x1000,
            1,
            None,
            "Cfa(Register(15), 160)",
        ),
    ] {
        let mut builder = crate::builder();
        builder
            .target(target_lexicon::Triple::from_str(triple).unwrap())
            .unwrap();
        let compiler = builder.build().unwrap();
        assert_eq!(compiler.page_size_align(), page, "{triple}");
        assert!(!compiler.is_branch_protection_enabled());
        let cie = compiler.create_systemv_cie().expect("a CIE");
        // The code alignment factor is what the FDEs' advances count in.
        let text = format!("{cie:?}");
        assert!(
            text.contains(&format!("code_alignment_factor: {code_alignment}")),
            "{text}"
        );
        assert!(text.contains(cfa), "{text}");
        match ra_rule {
            Some(rule) => assert!(text.contains(rule), "{text}"),
            None => assert!(!text.contains("Offset("), "{text}"),
        }
    }
}

//! Encoding checks against known-good byte sequences.
use super::*;

fn enc(f: impl FnOnce(&mut Assembler)) -> Vec<u8> {
    let mut a = Assembler::new();
    f(&mut a);
    let mut out = Vec::new();
    a.finish_into(&mut out).unwrap();
    out
}

#[test]
fn jump_table_entries_are_five_bytes() {
    let bytes = enc(|a| {
        let l = a.new_label();
        a.jump_table(0, 11, &[l, l, l]);
        a.bind(l);
    });
    // Three 5-byte `jmp rel32` entries close the sequence, each reaching the
    // label right after the table.
    let entries = &bytes[bytes.len() - 15..];
    for (i, e) in entries.chunks(5).enumerate() {
        assert_eq!(e[0], 0xe9, "{bytes:02x?}");
        let rel = i32::from_le_bytes([e[1], e[2], e[3], e[4]]);
        assert_eq!(rel, 10 - 5 * i as i32, "{bytes:02x?}");
    }
}

/// Forms of every kind, `per_kind` of each, with pseudo-random operands.
fn forms_of_every_kind(per_kind: u64) -> Vec<forms::Form> {
    let mut next = kindling_isa_check::operands(7);
    (0..forms::KINDS)
        .flat_map(|kind| (0..per_kind).map(move |_| kind))
        .map(|kind| forms::Form::of_kind(kind, &mut next))
        .collect()
}

#[test]
fn forms_cover_every_instruction_method() {
    let mut seen: Vec<&str> = forms_of_every_kind(1).iter().map(|f| f.method()).collect();
    seen.sort_unstable();
    seen.dedup();
    let mut listed = forms::METHODS.to_vec();
    listed.sort_unstable();
    assert_eq!(
        seen, listed,
        "forms::KINDS, Form::of_kind and METHODS disagree"
    );
}

#[test]
fn every_form_decodes_to_the_intended_instruction() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    // 60 of each kind: every register, size and operation shows up.
    let all = forms_of_every_kind(60);
    if let Err(e) = forms::check_with_llvm_mc(&mc, &all) {
        panic!("{e}");
    }
}

#[test]
fn the_checker_catches_a_wrong_encoding() {
    // The checker itself must be able to fail: `add` bytes presented as an
    // intended `sub`, and bytes one short of an instruction.
    let Some(mc) = forms::find_llvm_mc() else {
        return;
    };
    let sub = forms::Form::AluRr {
        op: Alu::Sub,
        size: Size::S64,
        dst: 0,
        src: 1,
    };
    assert!(forms::check_with_llvm_mc(&mc, std::slice::from_ref(&sub)).is_ok());
    let add = enc(|a| a.alu_rr(Alu::Add, Size::S64, 0, 1));
    let err = forms::check_bytes(&mc, std::slice::from_ref(&sub), std::slice::from_ref(&add))
        .unwrap_err();
    assert!(err.contains("add rax, rcx"), "{err}");
    let truncated = add[..add.len() - 1].to_vec();
    assert!(forms::check_bytes(&mc, &[sub], &[truncated]).is_err());
}

#[test]
fn setcc_covers_byte_registers_that_need_rex() {
    // sil/dil need a REX prefix, r8b-r15b need REX.B.
    let bytes = enc(|a| a.setcc_zx(Cond::E, 6));
    assert_eq!(&bytes[..4], &[0x40, 0x0f, 0x94, 0xc6]);
    let bytes = enc(|a| a.setcc_zx(Cond::L, 9));
    assert_eq!(&bytes[..4], &[0x41, 0x0f, 0x9c, 0xc1]);
}

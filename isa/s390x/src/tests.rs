//! Encoding checks: every form against llvm-mc, `mov_imm` by evaluation,
//! and label fixups with relaxation.

use crate::forms::{self, Form, Intended};
use crate::*;

fn finished(mut a: Assembler) -> Vec<u8> {
    let mut out = Vec::new();
    a.finish_into(&mut out).unwrap();
    out
}

fn forms_of_every_kind(per_kind: u64) -> Vec<Form> {
    kindling_isa_check::of_every_kind(0x5390, per_kind)
}

#[test]
fn every_form_decodes_to_the_intended_instruction() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    if let Err(e) = forms::check_with_llvm_mc(&mc, &forms_of_every_kind(60)) {
        panic!("{e}");
    }
}

#[test]
fn every_operation_decodes_once_each() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    let mut all: Vec<Form> = Vec::new();
    all.extend(RegOp::ALL.iter().map(|&op| Form::Reg { op, r1: 3, r2: 12 }));
    all.extend(
        PairOp::ALL
            .iter()
            .map(|&op| Form::Pair { op, r1: 4, r2: 9 }),
    );
    all.extend(DistinctOp::ALL.iter().map(|&op| Form::Distinct {
        op,
        r1: 1,
        r2: 7,
        r3: 13,
    }));
    all.extend(MemOp::ALL.iter().map(|&op| Form::Mem {
        op,
        r1: 5,
        index: 6,
        base: 15,
        disp: Disp20::new(-8).unwrap(),
    }));
    all.extend(VecRrrOp::ALL.iter().map(|&op| Form::VecRrr {
        op,
        v1: 17,
        v2: 2,
        v3: 31,
        m: [2, 1, 0],
    }));
    all.extend(VecRrOp::ALL.iter().map(|&op| Form::VecRr {
        op,
        v1: 30,
        v2: 16,
        m: [3, 0, 1],
    }));
    all.extend(VecMemOp::ALL.iter().map(|&op| Form::VecMem {
        op,
        v1: 24,
        index: 3,
        base: 4,
        disp: Disp12::new(4095).unwrap(),
        m3: 1,
    }));
    all.extend(Imm32Op::ALL.iter().map(|&op| Form::Imm32 {
        op,
        r1: 2,
        imm: 0x8765_4321,
    }));
    if let Err(e) = forms::check_with_llvm_mc(&mc, &all) {
        panic!("{e}");
    }
}

#[test]
fn the_checker_catches_a_wrong_encoding() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    // `sgr` spelled as `agr`: the checker must refuse it.
    let form = Form::Reg {
        op: RegOp::Agr,
        r1: 1,
        r2: 2,
    };
    assert!(forms::check_with_llvm_mc(&mc, std::slice::from_ref(&form)).is_ok());
    let sgr = vec![0xb9, 0x09, 0x00, 0x12];
    let intended = vec![form.intended(4)];
    let result = kindling_isa_check::check(&forms::oracle(&mc), &[form], &intended, &[sgr]);
    assert!(result.is_err(), "an sgr passed for an agr");
}

#[test]
fn the_form_table_covers_every_instruction_method() {
    let source = [
        include_str!("encode.rs"),
        include_str!("encode_fp.rs"),
        include_str!("encode_vector.rs"),
    ]
    .concat();
    // Checked by evaluation and by bytes, below.
    let exempt = ["mov_imm", "trap", "patch_imm32"];
    let missing = kindling_isa_check::uncovered_methods(&source, &Form::methods(), &exempt);
    assert!(missing.is_empty(), "no encoding form for {missing:?}");
    assert!(kindling_isa_check::uncovered_methods(&source, &[], &[]).len() > 25);
}

#[test]
fn a_patched_immediate_is_the_immediate_emitted_at_once() {
    for imm in [0u32, 1, 0xffff_ff10, 0x8000_0000, 0x1234_5678] {
        let mut patched = Assembler::new();
        patched.imm32(Imm32Op::Agfi, 15, 0);
        patched.imm32(Imm32Op::Agfi, 14, 0);
        patched.patch_imm32(6, imm);
        let mut direct = Assembler::new();
        direct.imm32(Imm32Op::Agfi, 15, 0);
        direct.imm32(Imm32Op::Agfi, 14, imm);
        assert_eq!(finished(patched), finished(direct), "{imm:#x}");
    }
}

#[test]
fn trap_is_two_zero_bytes() {
    let mut a = Assembler::new();
    a.trap();
    assert_eq!(finished(a), [0, 0]);
}

#[test]
fn mov_imm_materialises_every_value() {
    let mut next = kindling_isa_check::operands(3);
    let mut values: Vec<i64> = vec![
        0,
        1,
        -1,
        i16::MAX.into(),
        i16::MIN.into(),
        0x8000,
        i32::MAX.into(),
        i32::MIN.into(),
        0xffff_ffff,
        0x1_0000_0000,
        i64::MAX,
        i64::MIN,
        0x1234_5678_0000_0000,
        0x1_0000_0001,
        0x8000_0000_0000_0001u64 as i64,
        -0xffff_ffff,
    ];
    values.extend((0..10_000).map(|i| {
        let v = next() as i64;
        // Every shape: 16, 32 and 64 bits, positive and negative.
        match i % 4 {
            0 => v as i16 as i64,
            1 => v as i32 as i64,
            2 => v as u32 as i64,
            _ => v,
        }
    }));
    for (i, value) in values.into_iter().enumerate() {
        let r1 = (i % 16) as u8;
        if let Err(e) = forms::check_mov_imm(r1, value) {
            panic!("{e}");
        }
    }
}

#[test]
fn evaluation_rejects_other_registers_and_instructions() {
    assert_eq!(forms::evaluate_mov_imm(1, &[0xa7, 0x29, 0, 5]), None);
    assert_eq!(
        forms::evaluate_mov_imm(2, &[0xa7, 0x29, 0, 5]),
        Some((5, 1))
    );
    assert_eq!(forms::evaluate_mov_imm(2, &[0xa7, 0x28, 0, 5]), None);
}

/// The halfword displacement of the 16-bit field of the instruction at
/// `at`.
fn rel16(code: &[u8], at: usize) -> i64 {
    i64::from(i16::from_be_bytes([code[at + 2], code[at + 3]])) * 2
}

/// The halfword displacement of the 32-bit field of the instruction at
/// `at`.
fn rel32(code: &[u8], at: usize) -> i64 {
    let b = &code[at + 2..at + 6];
    i64::from(i32::from_be_bytes([b[0], b[1], b[2], b[3]])) * 2
}

#[test]
fn forward_branches_past_64k_go_through_a_veneer() {
    let mut a = Assembler::new();
    let far = a.new_label();
    a.brc(Mask::EQ, far);
    // 100 KiB of `lgr`s, with a safe point between each.
    for _ in 0..25_600 {
        a.island_point(4);
        a.reg_op(RegOp::Lgr, 1, 2);
    }
    a.bind(far);
    let end = a.offset() as i64;
    let code = finished(a);
    assert_eq!(&code[..2], &[0xa7, 0x84]);
    let island = rel16(&code, 0);
    let veneer = island as usize;
    // The veneer is a `brcl 15` to the label, behind a jump over it.
    assert_eq!(&code[veneer..veneer + 2], &[0xc0, 0xf4]);
    assert_eq!(veneer as i64 + rel32(&code, veneer), end);
    assert_eq!(&code[veneer - 6..veneer - 4], &[0xc0, 0xf4]);
    assert_eq!(
        veneer as i64 - 6 + rel32(&code, veneer - 6),
        veneer as i64 + 6
    );
}

#[test]
fn backward_branches_out_of_reach_are_long_at_once() {
    let mut a = Assembler::new();
    let top = a.new_label();
    a.bind(top);
    for _ in 0..20_000 {
        a.reg_op(RegOp::Lgr, 1, 2);
    }
    let brc_at = a.offset() as usize;
    a.brc(Mask::NE, top);
    let crj_at = a.offset() as usize;
    a.cmp_branch(CmpBranchOp::Cgrj, 3, 4, Mask::LT, top);
    let cij_at = a.offset() as usize;
    a.cmp_imm_branch(CmpImmBranchOp::Clgij, 5, 200, Mask::GT, top);
    let code = finished(a);
    // brcl 7, top.
    assert_eq!(&code[brc_at..brc_at + 2], &[0xc0, 0x74]);
    assert_eq!(rel32(&code, brc_at), -(brc_at as i64));
    // cgr 3, 4; brcl 4, top.
    assert_eq!(
        &code[crj_at..crj_at + 6],
        &[0xb9, 0x20, 0x00, 0x34, 0xc0, 0x44]
    );
    assert_eq!(rel32(&code, crj_at + 4), -(crj_at as i64 + 4));
    // clgfi 5, 200; brcl 2, top.
    assert_eq!(&code[cij_at..cij_at + 2], &[0xc2, 0x5e]);
    assert_eq!(&code[cij_at + 2..cij_at + 6], &200u32.to_be_bytes());
    assert_eq!(&code[cij_at + 6..cij_at + 8], &[0xc0, 0x24]);
}

#[test]
fn branches_at_the_edge_of_reach_decode_as_intended() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    // A brc reaching its farthest forward (65532 bytes), and one 65540
    // bytes back, which is emitted as a brcl.
    let lgr = || Intended::Source("lgr %r1, %r2".into());
    let mut forward = Assembler::new();
    let l = forward.new_label();
    forward.brc(Mask::EQ, l);
    for _ in 0..16_382 {
        forward.reg_op(RegOp::Lgr, 1, 2);
    }
    forward.bind(l);
    let mut lines = vec![Intended::Decoded("je {pc+65532}".into())];
    lines.extend((0..16_382).map(|_| lgr()));
    let mut back = Assembler::new();
    let l = back.new_label();
    back.bind(l);
    for _ in 0..16_385 {
        back.reg_op(RegOp::Lgr, 1, 2);
    }
    back.brc(Mask::EQ, l);
    let mut back_lines: Vec<Intended> = (0..16_385).map(|_| lgr()).collect();
    back_lines.push(Intended::Decoded("jge {pc+0}".into()));
    let cases = ["forward", "backward"];
    let result = kindling_isa_check::check(
        &forms::oracle(&mc),
        &cases,
        &[lines, back_lines],
        &[finished(forward), finished(back)],
    );
    if let Err(e) = result {
        panic!("{e}");
    }
}

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

#[test]
fn rip_relative_constants_are_aligned_and_reached() {
    let bits = 0x0f0e_0d0c_0b0a_0908_0706_0504_0302_0100u128;
    let bytes = enc(|a| {
        let l = a.new_label();
        a.load_xmm128_rip(9, l);
        a.data_u128(l, bits);
    });
    // movdqu xmm9, [rip + disp32]: F3 REX.R 0F 6F /r with mod 00, rm 101.
    assert_eq!(&bytes[..5], &[0xf3, 0x44, 0x0f, 0x6f, 0x0d], "{bytes:02x?}");
    let disp = i32::from_le_bytes([bytes[5], bytes[6], bytes[7], bytes[8]]);
    assert_eq!(
        disp,
        16 - 9,
        "the constant starts at the next 16-byte boundary"
    );
    assert_eq!(&bytes[16..], &bits.to_le_bytes());
}

/// Forms of every kind, `per_kind` of each, with pseudo-random operands.
fn forms_of_every_kind(per_kind: u64) -> Vec<forms::Form> {
    kindling_isa_check::of_every_kind(7, per_kind)
}

#[test]
fn the_form_table_covers_every_instruction_method() {
    // Every public method of the assembler's sources is one some form
    // covers, but for those that emit no instruction of their own (labels,
    // the buffer, raw bytes, padding, constants) and those of the operand
    // types (`Cond::invert`, the ops' `mnemonic` and `encoding`).
    const EXEMPT: &[&str] = &[
        "new",
        "offset",
        "new_label",
        "bind",
        "finish_into",
        "clear",
        "patch_u32",
        "bytes",
        "align",
        "data_u128",
        "invert",
        "mnemonic",
        "encoding",
    ];
    let source = [
        include_str!("lib.rs"),
        include_str!("modrm.rs"),
        include_str!("sse.rs"),
        include_str!("sse_imm.rs"),
        include_str!("vex.rs"),
    ]
    .concat();
    let missing = kindling_isa_check::uncovered_methods(&source, &forms::Form::methods(), EXEMPT);
    assert!(missing.is_empty(), "no encoding form for {missing:?}");
    assert!(kindling_isa_check::uncovered_methods(&source, &[], &[]).len() > 60);
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

/// Every operation of every table-encoded family, in each encoding, with
/// low and high registers in every operand position: the pseudo-random
/// draws of `every_form_decodes_to_the_intended_instruction` need not reach
/// each of the hundred-odd packed operations.
fn every_table_form() -> Vec<forms::Form> {
    use forms::{Form, VexForm};
    const REGS: [(u8, u8, u8); 4] = [(0, 1, 2), (9, 3, 12), (5, 14, 8), (15, 7, 11)];
    let mut all = Vec::new();
    for (dst, src1, src2) in REGS {
        let imm = dst * 16 + src2;
        for op in PackedOp::ALL {
            all.push(Form::Packed { op, dst, src: src2 });
            all.push(Form::Vex(VexForm::PackedVex {
                op,
                dst,
                src1,
                src2,
            }));
        }
        for op in PackedShift::ALL {
            all.push(Form::PackedShiftImm { op, dst, imm });
            all.push(Form::Vex(VexForm::PackedShiftImmVex {
                op,
                dst,
                src: src1,
                imm,
            }));
        }
        for op in PackedImmOp::ALL {
            all.push(Form::PackedImm {
                op,
                dst,
                src: src2,
                imm,
            });
            all.push(Form::Vex(VexForm::PackedImmVex {
                op,
                dst,
                src1,
                src2,
                imm,
            }));
        }
        for op in FmaOp::ALL {
            all.push(Form::Fma {
                op,
                dst,
                b: src1,
                c: src2,
            });
        }
        for op in AvxOp::ALL {
            all.push(Form::Vex(VexForm::Avx { op, dst, src: src2 }));
        }
        for op in EvexOp::ALL {
            all.push(Form::Vex(VexForm::Evex {
                op,
                dst,
                a: src1,
                b: src2,
            }));
        }
        for (double, pred) in [(false, dst & 7), (true, src1 & 7)] {
            all.push(Form::Vex(VexForm::PackedFloatCmpVex {
                double,
                pred,
                dst,
                a: src1,
                b: src2,
            }));
        }
        all.push(Form::Vex(VexForm::VpsraqImm {
            dst,
            src: src1,
            imm,
        }));
    }
    all
}

#[test]
fn every_table_encoded_operation_decodes_in_every_encoding() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    if let Err(e) = forms::check_with_llvm_mc(&mc, &every_table_form()) {
        panic!("{e}");
    }
}

#[test]
fn vex_and_evex_bytes_match_llvm_mc() {
    // `llvm-mc-14 --show-encoding` bytes: the two-byte VEX form where it
    // fits, the three-byte one for a high rm register or map 0F38, EVEX
    // with W1 for the quadword operations.
    let cases: [(Vec<u8>, &[u8]); 9] = [
        (
            enc(|a| a.packed_vex(PackedOp::Paddd, 0, 1, 8)),
            &[0xc4, 0xc1, 0x71, 0xfe, 0xc0],
        ),
        (
            enc(|a| a.packed_vex(PackedOp::Movsd, 1, 2, 3)),
            &[0xc5, 0xeb, 0x10, 0xcb],
        ),
        (
            enc(|a| a.packed_shift_imm_vex(PackedShift::Psllq, 1, 2, 3)),
            &[0xc5, 0xf1, 0x73, 0xf2, 0x03],
        ),
        (
            enc(|a| a.packed_float_cmp_vex(false, 1, 0, 1, 2)),
            &[0xc5, 0xf0, 0xc2, 0xc2, 0x01],
        ),
        (
            enc(|a| a.avx(AvxOp::Vpbroadcastb, 1, 2)),
            &[0xc4, 0xe2, 0x79, 0x78, 0xca],
        ),
        (
            enc(|a| a.evex(EvexOp::Vpmullq, 1, 2, 3)),
            &[0x62, 0xf2, 0xed, 0x08, 0x40, 0xcb],
        ),
        (
            enc(|a| a.evex(EvexOp::Vpabsq, 1, 0, 9)),
            &[0x62, 0xd2, 0xfd, 0x08, 0x1f, 0xc9],
        ),
        (
            enc(|a| a.vpsraq_imm(1, 2, 5)),
            &[0x62, 0xf1, 0xf5, 0x08, 0x72, 0xe2, 0x05],
        ),
        (
            enc(|a| a.evex(EvexOp::Vpermi2b, 1, 2, 11)),
            &[0x62, 0xd2, 0x6d, 0x08, 0x75, 0xcb],
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want, "{got:02x?} vs {want:02x?}");
    }
}

#[test]
fn the_checker_catches_a_wrong_vex_encoding() {
    // `vpsubb` bytes presented as an intended `vpaddb`, and an EVEX form
    // whose vvvv names another register.
    let Some(mc) = forms::find_llvm_mc() else {
        return;
    };
    let add = forms::Form::Vex(forms::VexForm::PackedVex {
        op: PackedOp::Paddb,
        dst: 3,
        src1: 4,
        src2: 12,
    });
    let sub = enc(|a| a.packed_vex(PackedOp::Psubb, 3, 4, 12));
    let err = forms::check_bytes(&mc, std::slice::from_ref(&add), &[sub]).unwrap_err();
    assert!(err.contains("vpsubb xmm3, xmm4, xmm12"), "{err}");
    let mullq = forms::Form::Vex(forms::VexForm::Evex {
        op: EvexOp::Vpmullq,
        dst: 1,
        a: 2,
        b: 3,
    });
    let other = enc(|a| a.evex(EvexOp::Vpmullq, 1, 5, 3));
    assert!(forms::check_bytes(&mc, &[mullq], &[other]).is_err());
}

#[test]
fn general_purpose_and_memory_forms_are_as_short_as_llvm_mc_makes_them() {
    // `llvm-mc-14 --show-encoding` bytes for the edge cases of the ModRM
    // encoder: rbp/r13 bases with no displacement, rsp/r12 bases (SIB),
    // disp8 against disp32, byte registers that need a REX, REX only for
    // high registers or W, and the immediate forms.
    let cases: [(Vec<u8>, &[u8]); 18] = [
        (
            enc(|a| a.load(Size::S64, 0, RBP, -8)),
            &[0x48, 0x8b, 0x45, 0xf8],
        ),
        (
            enc(|a| a.store(Size::S64, RSP, 8, 7)),
            &[0x48, 0x89, 0x7c, 0x24, 0x08],
        ),
        (
            enc(|a| a.store(Size::S32, 13, 0, 0)),
            &[0x41, 0x89, 0x45, 0x00],
        ),
        (
            enc(|a| a.store(Size::S8, 12, 0, 6)),
            &[0x41, 0x88, 0x34, 0x24],
        ),
        (
            enc(|a| a.store(Size::S16, 3, 128, 1)),
            &[0x66, 0x89, 0x8b, 0x80, 0x00, 0x00, 0x00],
        ),
        (enc(|a| a.push(RBP)), &[0x55]),
        (enc(|a| a.push(12)), &[0x41, 0x54]),
        (enc(|a| a.pop(15)), &[0x41, 0x5f]),
        (
            enc(|a| a.alu_ri(Alu::Add, Size::S64, RSP, 16)),
            &[0x48, 0x83, 0xc4, 0x10],
        ),
        (
            enc(|a| a.alu_ri(Alu::Sub, Size::S64, RSP, 4096)),
            &[0x48, 0x81, 0xec, 0x00, 0x10, 0x00, 0x00],
        ),
        (
            enc(|a| a.mov_ri(Size::S32, 1, 1)),
            &[0xb9, 0x01, 0x00, 0x00, 0x00],
        ),
        (
            enc(|a| a.mov_ri(Size::S64, 0, -1)),
            &[0x48, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff],
        ),
        (
            enc(|a| a.mov_ri(Size::S64, 10, 0x0123_4567_89ab_cdef)),
            &[0x49, 0xba, 0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01],
        ),
        (enc(|a| a.lea(0, RBP, -40)), &[0x48, 0x8d, 0x45, 0xd8]),
        (
            enc(|a| a.load_xmm128(15, RSP, 32)),
            &[0xf3, 0x44, 0x0f, 0x6f, 0x7c, 0x24, 0x20],
        ),
        (
            enc(|a| a.store_xmm(Size::S64, 14, 8, 1)),
            &[0xf2, 0x41, 0x0f, 0x11, 0x4e, 0x08],
        ),
        (
            enc(|a| a.load_sx(Size::S32, Size::S64, 0, 7, 0)),
            &[0x48, 0x63, 0x07],
        ),
        (enc(|a| a.mov_ri(Size::S32, 9, 0)), &[0x45, 0x31, 0xc9]),
    ];
    for (got, want) in cases {
        assert_eq!(got, want, "{got:02x?} vs {want:02x?}");
    }
}

#[test]
fn a_patch_past_the_code_is_an_error_not_lost() {
    let mut asm = Assembler::new();
    asm.mov_rr(Size::S64, 0, 1);
    asm.mov_rr(Size::S64, 0, 1);
    asm.patch_u32(1, 0x9090_9090);
    let mut out = Vec::new();
    asm.finish_into(&mut out).expect("a patch inside the code");
    assert_eq!(out, [0x48, 0x90, 0x90, 0x90, 0x90, 0xc8]);
    asm.mov_rr(Size::S64, 0, 1);
    asm.mov_rr(Size::S64, 0, 1);
    asm.patch_u32(3, 0);
    assert!(asm.finish_into(&mut out).is_err(), "a patch past the end");
}

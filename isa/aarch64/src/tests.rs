//! Encoding checks: every form against llvm-mc, `mov_imm` by evaluation,
//! and label fixups.
use super::*;

fn enc(f: impl FnOnce(&mut Assembler)) -> Vec<u8> {
    let mut a = Assembler::new();
    f(&mut a);
    let mut out = Vec::new();
    a.finish_into(&mut out).unwrap();
    out
}

fn words(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn forms_of_every_kind(per_kind: u64) -> Vec<forms::Form> {
    kindling_isa_check::of_every_kind(11, per_kind)
}

/// The text of the `impl Assembler` blocks of `source`: the assembler's
/// methods, without the other types' (`VecLanes::suffix`, ...).
fn assembler_impls(source: &str) -> String {
    let mut inside = false;
    let mut text = String::new();
    for line in source.lines() {
        inside = inside && line != "}";
        if inside {
            text.push_str(line);
            text.push('\n');
        }
        inside = inside || line == "impl Assembler {";
    }
    text
}

#[test]
fn the_form_table_covers_every_instruction_method() {
    // Every public method of the assembler is a method some form covers,
    // except those that emit no instruction of their own (`word` emits any
    // word it is given, `patch_word` and `word_at` rewrite and read one) and
    // `mov_imm`, checked by evaluation below. The label, island and buffer
    // methods (`new`, `offset`, `new_label`, `bind`, `island_point`,
    // `finish_into`, ...) come from `forward_to_buffer!` and are not `pub fn`
    // lines here.
    const EXEMPT: &[&str] = &["mov_imm", "word", "patch_word", "word_at"];
    let source = assembler_impls(
        &[
            include_str!("lib.rs"),
            include_str!("encode.rs"),
            include_str!("neon.rs"),
            include_str!("neon_shape.rs"),
        ]
        .concat(),
    );
    let methods = forms::Form::methods();
    let missing = kindling_isa_check::uncovered_methods(&source, &methods, EXEMPT);
    assert!(missing.is_empty(), "no encoding form for {missing:?}");
    let all = kindling_isa_check::uncovered_methods(&source, &[], &[]);
    assert!(all.len() > 60, "only {} assembler methods found", all.len());
    // The table names only real methods.
    let stale: Vec<&str> = methods
        .iter()
        .filter(|m| !all.contains(m))
        .copied()
        .collect();
    assert!(stale.is_empty(), "forms of no assembler method: {stale:?}");
}

#[test]
fn every_form_decodes_to_the_intended_instruction() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    let all = forms_of_every_kind(60);
    if let Err(e) = forms::check_with_llvm_mc(&mc, &all) {
        panic!("{e}");
    }
}

#[test]
fn the_checker_catches_a_wrong_encoding() {
    let Some(mc) = forms::find_llvm_mc() else {
        return;
    };
    let sub = forms::Form::AddSubRrr {
        op: AddSub::Sub,
        size: Size::S64,
        dst: 0,
        a: 1,
        b: 2,
    };
    assert!(forms::check_with_llvm_mc(&mc, std::slice::from_ref(&sub)).is_ok());
    let add = enc(|a| a.add_sub_rrr(AddSub::Add, Size::S64, 0, 1, 2));
    let err = forms::check_bytes(&mc, std::slice::from_ref(&sub), std::slice::from_ref(&add))
        .unwrap_err();
    assert!(err.contains("add x0, x1, x2"), "{err}");
    assert!(forms::check_bytes(&mc, &[sub], &[add[..2].to_vec()]).is_err());
}

#[test]
fn mov_imm_materialises_every_value() {
    let mut next = kindling_isa_check::operands(3);
    let mut values: Vec<u64> = vec![
        0,
        1,
        u64::MAX,
        0xffff_ffff,
        0xffff_0000,
        0x1_0000_0000,
        0x8000_0000_0000_0000,
        0x5555_5555_5555_5555,
        0x1234_5678_9abc_def0,
        0xffff_ffff_0000_ffff,
    ];
    for _ in 0..2000 {
        let v = next();
        // Random values, and values with runs of 0x0000 or 0xffff halfwords.
        values.push(v);
        values.push(v & 0xffff_0000_ffff);
        values.push(v | 0xffff_ffff_0000_0000);
    }
    for value in values {
        for size in [Size::S32, Size::S64] {
            if let Err(e) = forms::check_mov_imm(size, 5, value) {
                panic!("{e}");
            }
        }
    }
    // The checker can fail: a `movz` alone does not make a two-halfword value.
    let mut a = Assembler::new();
    a.movz(Size::S64, 5, 0x1234, 0);
    assert_eq!(
        forms::evaluate_moves(&words(&enc_finished(a))),
        Some(0x1234)
    );
    assert!(forms::evaluate_moves(&[0xd65f_03c0]).is_none()); // ret
}

#[test]
fn branches_reach_their_labels_and_far_ones_fail_cleanly() {
    let code = words(&enc(|a| {
        let l = a.new_label();
        a.b_cond(Cond::Ne, l);
        a.ret();
        a.bind(l);
        a.b(l);
    }));
    assert_eq!(code[0], 0x5400_0041); // b.ne +8
    assert_eq!(code[2], 0x1400_0000); // b .
                                      // A conditional branch reaches only +-1 MiB: with no unconditional
                                      // branch to put an island after, a farther target is an error.
    let mut a = Assembler::new();
    let l = a.new_label();
    a.cbz(false, Size::S64, 0, l);
    for _ in 0..(1 << 18) {
        a.mov_rr(Size::S64, 1, 2);
    }
    a.bind(l);
    let err = a.finish_into(&mut Vec::new()).unwrap_err();
    assert!(err.to_string().contains("cannot reach"), "{err}");
    // An unbound label is an error, not a panic.
    let mut a = Assembler::new();
    let l = a.new_label();
    a.b(l);
    assert!(a.finish_into(&mut Vec::new()).is_err());
}

#[test]
fn offsets_that_fit_no_immediate_form_emit_nothing() {
    let mut a = Assembler::new();
    assert!(!a.mem_imm(MemOp::Ldr64, 0, 1, 4097 * 8));
    assert!(!a.mem_imm(MemOp::Ldr64, 0, 1, -257));
    assert_eq!(a.offset(), 0);
    assert!(MemOp::Ldr64.offset_fits(32760) && !MemOp::Ldr64.offset_fits(32761));
}

#[test]
fn far_conditional_branches_go_through_a_veneer_island() {
    // Two forward conditional branches to a label 2 MiB away, with `ret`s
    // (unconditional branches) along the way: the first `ret` about 512 KiB
    // gets an island, and the branches reach their label through it.
    let mut a = Assembler::new();
    let far = a.new_label();
    let near = a.new_label();
    a.b_cond(Cond::Eq, far);
    a.cbz(true, Size::S32, 3, far);
    a.b_cond(Cond::Ne, near); // bound soon: needs no veneer
    a.ret();
    a.bind(near);
    for _ in 0..(1 << 19) {
        a.ret();
    }
    a.bind(far);
    a.ret();
    let code = words(&enc_finished(a));
    // Follow each conditional branch: to a `b`, and from there to `far`.
    let far_at = (code.len() - 1) * 4;
    // b.eq and cbnz w3 keep their opcodes and registers.
    for (at, opcode) in [(0usize, 0x5400_0000), (1, 0x3500_0003)] {
        let w = code[at];
        assert_eq!(w & 0xff00_001f, opcode, "{w:08x}");
        let disp = (((w >> 5) & 0x7_ffff) as i32) << 13 >> 11;
        let veneer = (at as i32 * 4 + disp) as usize;
        // About half the reach behind: the first `ret` past that.
        assert!((500 << 10..1 << 20).contains(&veneer), "{veneer:#x}");
        let v = code[veneer / 4];
        assert_eq!(v & 0xfc00_0000, 0x1400_0000, "{v:08x}");
        let target = veneer as i32 + ((((v & 0x03ff_ffff) as i32) << 6) >> 4);
        assert_eq!(target as usize, far_at);
    }
    // The short branch was left alone.
    assert_eq!(code[2], 0x5400_0041); // b.ne +8
}

fn enc_finished(mut a: Assembler) -> Vec<u8> {
    let mut out = Vec::new();
    a.finish_into(&mut out).unwrap();
    out
}

#[test]
fn safe_points_place_islands_behind_a_jump_in_straight_line_code() {
    // The same 1 MiB of straight-line code that fails above, with a safe
    // point after each instruction: an island goes in behind a `b` over it,
    // and the branch reaches its label through a veneer there.
    let mut a = Assembler::new();
    let l = a.new_label();
    a.cbz(false, Size::S64, 0, l);
    for _ in 0..(1 << 18) {
        a.mov_rr(Size::S64, 1, 2);
        a.island_point(4);
    }
    a.bind(l);
    a.ret();
    let code = words(&enc_finished(a));
    let mov = code[1];
    let b_target =
        |at: usize| (at as i64 + (((code[at] & 0x03ff_ffff) as i32) << 6 >> 6) as i64) as usize;
    // The only non-`mov` words before the `ret` are the island's.
    let island: Vec<usize> = (1..code.len() - 1).filter(|&i| code[i] != mov).collect();
    assert_eq!(island.len(), 2, "a jump over the island and one veneer");
    let (over, veneer) = (island[0], island[1]);
    assert_eq!(veneer, over + 1);
    assert!(
        over * 4 < 1 << 20,
        "the island is within the branch's reach"
    );
    assert_eq!(b_target(over), veneer + 1, "the jump skips the veneer");
    assert_eq!(
        b_target(veneer),
        code.len() - 1,
        "the veneer reaches the label"
    );
    let disp = ((((code[0] >> 5) & 0x7_ffff) as i32) << 13 >> 13) as usize;
    assert_eq!(disp, veneer, "cbz targets the veneer");
}

#[test]
fn far_backward_conditional_branches_are_emitted_long() {
    // b.eq and cbnz to a label 1 MiB + 4 behind: out of their 19-bit
    // reach, so each becomes the opposite test over a `b`.
    let code = words(&enc(|a| {
        let l = a.new_label();
        a.bind(l);
        for _ in 0..(1 << 18) + 1 {
            a.nop();
        }
        a.b_cond(Cond::Eq, l);
        a.cbz(true, Size::S64, 3, l);
    }));
    let n = code.len();
    assert_eq!(n, (1 << 18) + 1 + 4, "two words each");
    let b_target = |at: usize| {
        let imm26 = ((code[at] & 0x03ff_ffff) << 6) as i32 >> 6;
        at as i64 + i64::from(imm26)
    };
    let imm19 = |at: usize| ((code[at] >> 5 & 0x7_ffff) << 13) as i32 >> 13;
    // b.ne over the b.
    assert_eq!(
        code[n - 4] & 0xff00_001f,
        0x5400_0001,
        "{:08x}",
        code[n - 4]
    );
    assert_eq!(imm19(n - 4), 2);
    assert_eq!(b_target(n - 3), 0, "the b reaches the label");
    // cbz x3 over the b.
    assert_eq!(
        code[n - 2] & 0xff00_001f,
        0xb400_0003,
        "{:08x}",
        code[n - 2]
    );
    assert_eq!(imm19(n - 2), 2);
    assert_eq!(b_target(n - 1), 0);
}

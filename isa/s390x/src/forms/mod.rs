//! Every instruction form the [`Assembler`] emits, as data, for checking
//! encodings against llvm-mc.
//!
//! The list is written once, in the `form_table!` below (see
//! `kindling-isa-check`): each entry names a form, its operands with how to
//! draw them, the assembler method it covers, how it emits itself and how
//! llvm-mc spells what it intends. Branch targets are spelled as llvm-mc's
//! disassembler prints them, absolute addresses (`{pc+N}`). The vector
//! forms are checked by encoding (`Intended::Encoded`): llvm-mc's
//! disassembler prints them under extended mnemonics (`vaf` for `va` with
//! element size 2) that its assembler does not print back. `trap` emits
//! the two zero bytes llvm-mc cannot decode, so its test checks its bytes;
//! `mov_imm` is checked by evaluation. [`decode`] spells, for `kindling
//! disas`, the instructions capstone 0.14 cannot spell as llvm-mc does.

use crate::{
    Assembler, CmpBranchOp, CmpImmBranchOp, CmpTrapImmOp, CondRegOp, Disp12, Disp20, DistinctOp,
    FpMemOp, FpRegOp, FpRoundOp, FpToIntOp, Imm16Op, Imm32Op, IntToFpOp, Mask, MemOp, PairOp,
    RegOp, RsyOp, VecMemOp, VecRrOp, VecRrrOp, VecRrrrOp, VecShiftOp,
};
mod decode;
pub use decode::{decode, TRAP_TEXT};
use kindling_isa_check::{below, branch_around, flag, pick};
pub use kindling_isa_check::{find_llvm_mc, Intended};

kindling_isa_check::impl_labels!(Assembler, crate::Label);

/// A general register.
fn reg(d: &mut dyn FnMut() -> u64) -> u8 {
    below(d, 16) as u8
}

/// A base register: never r0, which means "none" there.
fn base(d: &mut dyn FnMut() -> u64) -> u8 {
    1 + below(d, 15) as u8
}

/// The even register of a pair.
fn even(d: &mut dyn FnMut() -> u64) -> u8 {
    2 * below(d, 8) as u8
}

/// Any condition mask.
fn mask(d: &mut dyn FnMut() -> u64) -> Mask {
    Mask::new(below(d, 16) as u8).expect("below 16")
}

/// A 20-bit signed displacement, its edges often.
fn disp20(d: &mut dyn FnMut() -> u64) -> Disp20 {
    let edges = [-(1 << 19), -1, 0, 1, 4095, 4096, (1 << 19) - 1];
    let v = match below(d, 3) {
        0 => pick(d, &edges),
        _ => below(d, 1 << 20) as i64 - (1 << 19),
    };
    Disp20::new(v).expect("drawn in range")
}

/// A 12-bit unsigned displacement.
fn disp12(d: &mut dyn FnMut() -> u64) -> Disp12 {
    Disp12::new(below(d, 4096) as i64).expect("drawn in range")
}

/// 16 bits, edges often.
fn bits16(d: &mut dyn FnMut() -> u64) -> u16 {
    match below(d, 3) {
        0 => pick(d, &[0, 1, 0x7fff, 0x8000, 0xffff]),
        _ => d() as u16,
    }
}

/// 32 bits, edges often.
fn bits32(d: &mut dyn FnMut() -> u64) -> u32 {
    match below(d, 3) {
        0 => pick(d, &[0, 1, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff]),
        _ => d() as u32,
    }
}

/// `d(x,b)` as llvm-mc reads it.
fn addr(disp: i64, index: u8, base: u8) -> String {
    if index == 0 {
        format!("{disp}(%r{base})")
    } else {
        format!("{disp}(%r{index},%r{base})")
    }
}

/// An immediate of 16 bits, signed or not.
fn imm16_text(bits: u16, unsigned: bool) -> String {
    if unsigned {
        bits.to_string()
    } else {
        (bits as i16).to_string()
    }
}

/// The extended-mnemonic suffix llvm-mc prints for a branch mask.
fn cond_suffix(mask: Mask) -> &'static str {
    [
        "", "o", "h", "nle", "l", "nhe", "lh", "ne", "e", "nlh", "he", "nl", "le", "nh", "no", "",
    ][usize::from(mask.bits())]
}

/// The target of a branch to the label right after it (`len` bytes on) or
/// to itself, as a placeholder for llvm-mc's absolute address.
fn target(len: usize, backward: bool) -> String {
    format!("{{pc+{}}}", if backward { 0 } else { len })
}

/// `brc` (or `brcl`, `long`) as llvm-mc's disassembler prints it: `j` and
/// the extended mnemonic, or the mask itself when it is never.
fn jump_text(long: bool, mask: Mask, target: String) -> Intended {
    let (j, brc) = if long { ("jg", "brcl") } else { ("j", "brc") };
    Intended::Decoded(match mask.bits() {
        0 => format!("{brc} 0, {target}"),
        _ => format!("{j}{} {target}", cond_suffix(mask)),
    })
}

/// A load on condition as llvm-mc's disassembler prints it: the extended
/// mnemonic for masks 1 to 14, the mask otherwise.
fn on_cond_text(op: &str, operands: &str, mask: Mask) -> String {
    match mask.bits() {
        1..=14 => format!("{op}{} {operands}", cond_suffix(mask)),
        m => format!("{op} {operands}, {m}"),
    }
}

/// A compare-and-trap as llvm-mc's disassembler prints it: the extended
/// mnemonic for the six compare conditions, the mask otherwise.
fn trap_text(op: &str, operands: &str, mask: Mask) -> String {
    match mask.bits() {
        2 | 4 | 6 | 8 | 10 | 12 => format!("{op}{} {operands}", cond_suffix(mask)),
        m => format!("{op} {operands}, {m}"),
    }
}

/// `bcr` as llvm-mc's disassembler prints it: `br`, `b<cond>r` or, for
/// the never mask, `bcr 0`.
fn bcr_text(mask: Mask, r2: u8) -> String {
    match mask.bits() {
        0 => format!("bcr 0, %r{r2}"),
        _ => format!("b{}r %r{r2}", cond_suffix(mask)),
    }
}

/// A conversion or rounding under modes `m3` and `m4` as llvm-mc's
/// disassembler prints it. The `...a` operations print as their older
/// forms when `m4` is 0: without the `a`, and without `m3` too when that
/// is 0 and the older form had none (`legacy_m3` false).
fn mode_text(op: &str, first: &str, m3: u8, second: &str, m4: u8, legacy_m3: bool) -> String {
    match op.strip_suffix('a') {
        Some(old) if m4 == 0 && legacy_m3 => {
            format!("{old} {first}, {m3}, {second}")
        }
        Some(old) if m4 == 0 && m3 == 0 && !legacy_m3 => format!("{old} {first}, {second}"),
        _ => format!("{op} {first}, {m3}, {second}, {m4}"),
    }
}

/// A compare-and-branch as llvm-mc's disassembler prints it: the extended
/// mnemonic for the six compare conditions, the mask otherwise.
fn cmp_branch_text(op: &str, operands: &str, mask: Mask, target: String) -> Intended {
    Intended::Decoded(match mask.bits() {
        2 | 4 | 6 | 8 | 10 | 12 => format!("{op}{} {operands}, {target}", cond_suffix(mask)),
        m => format!("{op} {operands}, {m}, {target}"),
    })
}

kindling_isa_check::form_table! {
    /// One call of an instruction-emitting [`Assembler`] method, with
    /// operands.
    pub enum Form for Assembler;
    (a, d, len)
    Reg { op: RegOp = pick(d, RegOp::ALL), r1: u8 = reg(d), r2: u8 = reg(d) }
        "reg_op" => a.reg_op(op, r1, r2), format!("{} %r{r1}, %r{r2}", op.mnemonic());
    Pair { op: PairOp = pick(d, PairOp::ALL), r1: u8 = even(d), r2: u8 = reg(d) }
        "pair_op" => a.pair_op(op, r1, r2), format!("{} %r{r1}, %r{r2}", op.mnemonic());
    Distinct { op: DistinctOp = pick(d, DistinctOp::ALL), r1: u8 = reg(d), r2: u8 = reg(d), r3: u8 = reg(d) }
        "distinct" => a.distinct(op, r1, r2, r3), format!("{} %r{r1}, %r{r2}, %r{r3}", op.mnemonic());
    CondReg { op: CondRegOp = pick(d, CondRegOp::ALL), mask: Mask = mask(d), r1: u8 = reg(d), r2: u8 = reg(d) }
        "cond_reg" => a.cond_reg(op, mask, r1, r2), {
            let operands = format!("%r{r1}, %r{r2}");
            match op {
                CondRegOp::Locr | CondRegOp::Locgr => on_cond_text(&op.mnemonic(), &operands, mask),
                _ => trap_text(&op.mnemonic(), &operands, mask),
            }
        };
    Popcnt { r1: u8 = reg(d), r2: u8 = reg(d) }
        "popcnt" => a.popcnt(r1, r2), format!("popcnt %r{r1}, %r{r2}");
    Rsy { op: RsyOp = pick(d, RsyOp::ALL), r1: u8 = reg(d), r3: u8 = reg(d), base: u8 = base(d), disp: Disp20 = disp20(d) }
        "rsy" => a.rsy(op, r1, r3, base, disp),
        format!("{} %r{r1}, %r{r3}, {}", op.mnemonic(), addr(disp.get().into(), 0, base));
    Mem { op: MemOp = pick(d, MemOp::ALL), r1: u8 = reg(d), index: u8 = reg(d), base: u8 = base(d), disp: Disp20 = disp20(d) }
        "mem" => a.mem(op, r1, index, base, disp),
        format!("{} %r{r1}, {}", op.mnemonic(), addr(disp.get().into(), index, base));
    La { r1: u8 = reg(d), index: u8 = reg(d), base: u8 = base(d), disp: Disp12 = disp12(d) }
        "la" => a.la(r1, index, base, disp), format!("la %r{r1}, {}", addr(disp.get().into(), index, base));
    Imm16 { op: Imm16Op = pick(d, Imm16Op::ALL), r1: u8 = reg(d), imm: u16 = bits16(d) }
        "imm16" => a.imm16(op, r1, imm),
        format!("{} %r{r1}, {}", op.mnemonic(), imm16_text(imm, op.unsigned()));
    Imm32 { op: Imm32Op = pick(d, Imm32Op::ALL), r1: u8 = reg(d), imm: u32 = bits32(d) }
        "imm32" => a.imm32(op, r1, imm), {
            let imm = if op.signed() { (imm as i32).to_string() } else { imm.to_string() };
            format!("{} %r{r1}, {imm}", op.mnemonic())
        };
    LoadImmOnCond { wide: bool = flag(d), r1: u8 = reg(d), imm: u16 = bits16(d), mask: Mask = mask(d) }
        "load_imm_on_cond" => a.load_imm_on_cond(wide, r1, imm as i16, mask),
        on_cond_text(if wide { "locghi" } else { "lochi" }, &format!("%r{r1}, {}", imm as i16), mask);
    Risbg { r1: u8 = reg(d), r2: u8 = reg(d), start: u8 = below(d, 64) as u8, end: u8 = below(d, 64) as u8, rotate: u8 = below(d, 64) as u8, zero_rest: bool = flag(d) }
        "risbg" => a.risbg(r1, r2, start, end, rotate, zero_rest),
        format!("risbg %r{r1}, %r{r2}, {start}, {}, {rotate}", end | if zero_rest { 128 } else { 0 });
    StoreImm { wide: bool = flag(d), base: u8 = base(d), disp: Disp12 = disp12(d), imm: u16 = bits16(d) }
        "store_imm" => a.store_imm(wide, base, disp, imm as i16),
        format!("{} {}, {}", if wide { "mvghi" } else { "mvhi" }, addr(disp.get().into(), 0, base), imm as i16);
    Brc { mask: Mask = mask(d), backward: bool = flag(d) }
        "brc" => branch_around(a, backward, |a, l| a.brc(mask, l)),
        jump_text(false, mask, target(len, backward));
    Brcl { mask: Mask = mask(d), backward: bool = flag(d) }
        "brcl" => branch_around(a, backward, |a, l| a.brcl(mask, l)),
        jump_text(true, mask, target(len, backward));
    CmpBranch { op: CmpBranchOp = pick(d, CmpBranchOp::ALL), r1: u8 = reg(d), r2: u8 = reg(d), mask: Mask = mask(d), backward: bool = flag(d) }
        "cmp_branch" => branch_around(a, backward, |a, l| a.cmp_branch(op, r1, r2, mask, l)),
        cmp_branch_text(&op.mnemonic(), &format!("%r{r1}, %r{r2}"), mask, target(len, backward));
    CmpImmBranch { op: CmpImmBranchOp = pick(d, CmpImmBranchOp::ALL), r1: u8 = reg(d), imm: u8 = d() as u8, mask: Mask = mask(d), backward: bool = flag(d) }
        "cmp_imm_branch" => branch_around(a, backward, |a, l| a.cmp_imm_branch(op, r1, imm, mask, l)), {
            let imm = if op.unsigned() { imm.to_string() } else { (imm as i8).to_string() };
            cmp_branch_text(&op.mnemonic(), &format!("%r{r1}, {imm}"), mask, target(len, backward))
        };
    CmpTrapImm { op: CmpTrapImmOp = pick(d, CmpTrapImmOp::ALL), r1: u8 = reg(d), imm: u16 = bits16(d), mask: Mask = mask(d) }
        "cmp_trap_imm" => a.cmp_trap_imm(op, r1, imm, mask),
        trap_text(&op.mnemonic(), &format!("%r{r1}, {}", imm16_text(imm, op.unsigned())), mask);
    Larl { r1: u8 = reg(d), backward: bool = flag(d) }
        "larl" => branch_around(a, backward, |a, l| a.larl(r1, l)),
        Intended::Decoded(format!("larl %r{r1}, {}", target(len, backward)));
    Brasl { r1: u8 = reg(d), backward: bool = flag(d) }
        "brasl" => branch_around(a, backward, |a, l| a.brasl(r1, l)),
        Intended::Decoded(format!("brasl %r{r1}, {}", target(len, backward)));
    BraslReloc { r1: u8 = reg(d) }
        "brasl_reloc" => { a.brasl_reloc(r1); }, Intended::Decoded(format!("brasl %r{r1}, {}", target(len, true)));
    Basr { r1: u8 = reg(d), r2: u8 = reg(d) } "basr" => a.basr(r1, r2), format!("basr %r{r1}, %r{r2}");
    Bcr { mask: Mask = mask(d), r2: u8 = reg(d) } "bcr" => a.bcr(mask, r2), bcr_text(mask, r2);
    Fence {} "fence" => a.fence(), "bnor %r0";
    FpReg { op: FpRegOp = pick(d, FpRegOp::ALL), f1: u8 = reg(d), f2: u8 = reg(d) }
        "fp_reg_op" => a.fp_reg_op(op, f1, f2), format!("{} %f{f1}, %f{f2}", op.mnemonic());
    Cpsdr { f1: u8 = reg(d), f3: u8 = reg(d), f2: u8 = reg(d) }
        "cpsdr" => a.cpsdr(f1, f3, f2), format!("cpsdr %f{f1}, %f{f3}, %f{f2}");
    FpRound { op: FpRoundOp = pick(d, FpRoundOp::ALL), f1: u8 = reg(d), m3: u8 = rounding(d), f2: u8 = reg(d), m4: u8 = pick(d, &[0, 4]) }
        "fp_round" => a.fp_round(op, f1, m3, f2, m4),
        mode_text(&op.mnemonic(), &format!("%f{f1}"), m3, &format!("%f{f2}"), m4, op != FpRoundOp::Ledbra);
    IntToFp { op: IntToFpOp = pick(d, IntToFpOp::ALL), f1: u8 = reg(d), m3: u8 = rounding(d), r2: u8 = reg(d) }
        "int_to_fp" => a.int_to_fp(op, f1, m3, r2),
        mode_text(&op.mnemonic(), &format!("%f{f1}"), m3, &format!("%r{r2}"), 0, false);
    FpToInt { op: FpToIntOp = pick(d, FpToIntOp::ALL), r1: u8 = reg(d), m3: u8 = rounding(d), f2: u8 = reg(d) }
        "fp_to_int" => a.fp_to_int(op, r1, m3, f2),
        mode_text(&op.mnemonic(), &format!("%r{r1}"), m3, &format!("%f{f2}"), 0, true);
    Ldgr { f1: u8 = reg(d), r2: u8 = reg(d) } "ldgr" => a.ldgr(f1, r2), format!("ldgr %f{f1}, %r{r2}");
    Lgdr { r1: u8 = reg(d), f2: u8 = reg(d) } "lgdr" => a.lgdr(r1, f2), format!("lgdr %r{r1}, %f{f2}");
    VecMem { op: VecMemOp = pick(d, VecMemOp::ALL), v1: u8 = vreg(d), index: u8 = reg(d), base: u8 = base(d), disp: Disp12 = disp12(d), m3: u8 = below(d, element_indexes(op)) as u8 }
        "vec_mem" => a.vec_mem(op, v1, index, base, disp, m3),
        Intended::Encoded(format!("{} %v{v1}, {}, {m3}", op.mnemonic(), addr(disp.get().into(), index, base)));
    VecRr { op: VecRrOp = pick(d, VecRrOp::ALL), v1: u8 = vreg(d), v2: u8 = vreg(d), m: [u8; 3] = masks(d) }
        "vec_rr" => a.vec_rr(op, v1, v2, m),
        Intended::Encoded(format!("{} %v{v1}, %v{v2}{}", op.mnemonic(), mask_list(&m[..op.code().1])));
    VecRrr { op: VecRrrOp = pick(d, VecRrrOp::ALL), v1: u8 = vreg(d), v2: u8 = vreg(d), v3: u8 = vreg(d), m: [u8; 3] = masks(d) }
        "vec_rrr" => a.vec_rrr(op, v1, v2, v3, m),
        Intended::Encoded(format!("{} %v{v1}, %v{v2}, %v{v3}{}", op.mnemonic(), mask_list(&m[..op.code().1])));
    VecRrrr { op: VecRrrrOp = pick(d, VecRrrrOp::ALL), v1: u8 = vreg(d), v2: u8 = vreg(d), v3: u8 = vreg(d), v4: u8 = vreg(d), m: [u8; 2] = [below(d, 16) as u8, below(d, 16) as u8] }
        "vec_rrrr" => a.vec_rrrr(op, v1, v2, v3, v4, m),
        Intended::Encoded(format!("{} %v{v1}, %v{v2}, %v{v3}, %v{v4}{}", op.mnemonic(), mask_list(&m[..op.code().1])));
    VecShift { op: VecShiftOp = pick(d, VecShiftOp::ALL), v1: u8 = vreg(d), v3: u8 = vreg(d), base: u8 = base(d), disp: Disp12 = disp12(d), m4: u8 = below(d, 4) as u8 }
        "vec_shift" => a.vec_shift(op, v1, v3, base, disp, m4),
        Intended::Encoded(format!("{} %v{v1}, %v{v3}, {}, {m4}", op.mnemonic(), addr(disp.get().into(), 0, base)));
    Vlvg { v1: u8 = vreg(d), r3: u8 = reg(d), base: u8 = base(d), disp: Disp12 = disp12(d), m4: u8 = below(d, 4) as u8 }
        "vlvg" => a.vlvg(v1, r3, base, disp, m4),
        Intended::Encoded(format!("vlvg %v{v1}, %r{r3}, {}, {m4}", addr(disp.get().into(), 0, base)));
    Vlgv { r1: u8 = reg(d), v3: u8 = vreg(d), base: u8 = base(d), disp: Disp12 = disp12(d), m4: u8 = below(d, 4) as u8 }
        "vlgv" => a.vlgv(r1, v3, base, disp, m4),
        Intended::Encoded(format!("vlgv %r{r1}, %v{v3}, {}, {m4}", addr(disp.get().into(), 0, base)));
    Vlvgp { v1: u8 = vreg(d), r2: u8 = reg(d), r3: u8 = reg(d) }
        "vlvgp" => a.vlvgp(v1, r2, r3), Intended::Encoded(format!("vlvgp %v{v1}, %r{r2}, %r{r3}"));
    Vrepi { v1: u8 = vreg(d), imm: u16 = bits16(d), m3: u8 = below(d, 4) as u8 }
        "vrepi" => a.vrepi(v1, imm as i16, m3), Intended::Encoded(format!("vrepi %v{v1}, {}, {m3}", imm as i16));
    Vgbm { v1: u8 = vreg(d), mask: u16 = bits16(d) }
        "vgbm" => a.vgbm(v1, mask), Intended::Encoded(format!("vgbm %v{v1}, {mask}"));
    Vgm { v1: u8 = vreg(d), start: u8 = d() as u8, end: u8 = d() as u8, m4: u8 = below(d, 4) as u8 }
        "vgm" => a.vgm(v1, start, end, m4), Intended::Encoded(format!("vgm %v{v1}, {start}, {end}, {m4}"));
    Vrep { v1: u8 = vreg(d), v3: u8 = vreg(d), m4: u8 = below(d, 4) as u8, index: u16 = below(d, 16 >> m4) as u16 }
        "vrep" => a.vrep(v1, v3, index, m4), Intended::Encoded(format!("vrep %v{v1}, %v{v3}, {index}, {m4}"));
    Vsldb { v1: u8 = vreg(d), v2: u8 = vreg(d), v3: u8 = vreg(d), bytes: u8 = below(d, 16) as u8 }
        "vsldb" => a.vsldb(v1, v2, v3, bytes), Intended::Encoded(format!("vsldb %v{v1}, %v{v2}, %v{v3}, {bytes}"));
    FpMem { op: FpMemOp = pick(d, FpMemOp::ALL), f1: u8 = reg(d), index: u8 = reg(d), base: u8 = base(d), disp: Disp20 = disp20(d) }
        "fp_mem" => a.fp_mem(op, f1, index, base, disp),
        format!("{} %f{f1}, {}", op.mnemonic(), addr(disp.get().into(), index, base));
}

/// A vector register.
fn vreg(d: &mut dyn FnMut() -> u64) -> u8 {
    below(d, 32) as u8
}

/// Three 4-bit mask fields.
fn masks(d: &mut dyn FnMut() -> u64) -> [u8; 3] {
    [0; 3].map(|_| below(d, 16) as u8)
}

/// `, m1, m2...` for the masks an operation spells.
fn mask_list(masks: &[u8]) -> String {
    masks.iter().map(|m| format!(", {m}")).collect()
}

/// How many values a vector load's or store's `m3` takes: the element
/// index of the single-element forms, any 4-bit value otherwise.
pub(crate) fn element_indexes(op: VecMemOp) -> u64 {
    use VecMemOp::*;
    match op {
        Vleh | Vsteh | Vlebrh | Vstebrh => 8,
        Vlef | Vstef | Vlebrf | Vstebrf => 4,
        Vleg | Vsteg | Vlebrg | Vstebrg => 2,
        _ => 16,
    }
}

/// A rounding mode: current (0), to nearest away (1), to nearest even (4),
/// toward zero (5), up (6) or down (7).
fn rounding(d: &mut dyn FnMut() -> u64) -> u8 {
    pick(d, &[0, 1, 4, 5, 6, 7])
}

/// Checks `forms` against llvm-mc (the binary `mc`): each form's bytes,
/// disassembled on their own, must be exactly the instructions it intends.
pub fn check_with_llvm_mc(mc: &str, forms: &[Form]) -> Result<(), String> {
    kindling_isa_check::check_forms(&oracle(mc), forms, Assembler::finish_into)
}

/// How to ask llvm-mc (the binary `mc`) about s390x code: z15, for the
/// vector-enhancements-2 and miscellaneous-extensions-3 facilities.
pub fn oracle(mc: &str) -> kindling_isa_check::Oracle<'_> {
    kindling_isa_check::Oracle {
        mc,
        common_args: &["-triple=s390x", "-mcpu=z15"],
        assemble_args: &[],
        source_prologue: "",
        // `svc 0`, which no form emits.
        separator: &[0x0a, 0x00],
        separator_text: "svc 0",
        comment: "#",
        normalize: |line| line.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// Checks that `mov_imm` builds `value` in `r1` within two instructions,
/// by evaluating what it emits.
pub fn check_mov_imm(r1: u8, value: i64) -> Result<(), String> {
    let mut a = Assembler::new();
    a.mov_imm(r1, value);
    let mut bytes = Vec::new();
    a.finish_into(&mut bytes)
        .map_err(|e| format!("mov_imm r{r1}, {value:#x}: {e:?}"))?;
    match evaluate_mov_imm(r1, &bytes) {
        Some((v, count)) if v == value && count <= 2 => Ok(()),
        other => Err(format!(
            "mov_imm r{r1}, {value:#x} gave {other:x?} in {bytes:02x?}"
        )),
    }
}

/// Evaluates a run of `lghi`/`lgfi`/`llilf`/`llihf`/`iilf` instructions
/// that build `r1`, as `mov_imm` emits them: the value and the instruction
/// count, or `None` for anything else (another register included).
pub fn evaluate_mov_imm(r1: u8, mut bytes: &[u8]) -> Option<(i64, usize)> {
    let mut value: u64 = 0;
    let mut count = 0;
    while !bytes.is_empty() {
        let (op, reg) = (bytes[0], bytes.get(1)? >> 4);
        let nibble = bytes[1] & 15;
        if reg != r1 {
            return None;
        }
        let len = if op == 0xa7 { 4 } else { 6 };
        let field = bytes.get(2..len)?;
        let imm = field.iter().fold(0u64, |acc, &b| acc << 8 | u64::from(b));
        value = match (op, nibble) {
            (0xa7, 0x9) => imm as u16 as i16 as i64 as u64,
            (0xc0, 0x1) => imm as u32 as i32 as i64 as u64,
            (0xc0, 0xf) => imm,
            (0xc0, 0xe) => imm << 32,
            (0xc0, 0x9) => (value & !0xffff_ffff) | imm,
            _ => return None,
        };
        bytes = &bytes[len..];
        count += 1;
    }
    Some((value as i64, count))
}

//! Every instruction form the [`Assembler`] emits, as data, for checking
//! encodings against llvm-mc (see `kindling-isa-check`).
//!
//! The list is written once, in the `form_table!` below (and, for the
//! lane-reshaping NEON instructions, in `neon.rs`'s, nested into it): each
//! entry names a form, its operands with how to draw them, the assembler
//! method it covers, how it emits itself and how llvm-mc spells what it
//! intends. The table generates the [`Form`] enum and its kinds
//! ([`Form::KINDS`], [`Form::of_kind`], [`Form::generate`]), methods
//! ([`Form::methods`]), emitting and spelling, so no count or match is
//! kept by hand. Forms whose operands constrain one another (a bitmask
//! valid at its size, registers that must differ) are drawn whole, as one
//! of the `...Form` structs of `draw.rs`; `spelling.rs` has the register
//! names and the longer spellings.
//!
//! `mov_imm`, which chooses a sequence of these forms, is checked by
//! evaluating what it emits instead ([`check_mov_imm`]).

use crate::{
    AddSub, Assembler, Cond, FpBinOp, FpUnOp, Imm12, Label, Logic, LogicalImm, Reg, Shift, Size,
    VecFloat, VecFloatUnary, VecLanes, VecLogic, SP,
};
use kindling_isa_check::branch_around;
pub use kindling_isa_check::{find_llvm_mc, Intended};

mod draw;
mod neon;
mod spelling;

pub use draw::{ExtendForm, LogicImmForm, MemImmForm, MemRegForm, PairForm, VecArithForm};
pub use neon::{NeonForm, VecMiscForm, VecNarrowForm, VecShiftImmForm, VecWidenForm};

use draw::*;
use spelling::*;

kindling_isa_check::form_table! {
    /// One call of an instruction-emitting [`Assembler`] method, with
    /// operands.
    pub enum Form for Assembler;
    (asm, d, len)
    MovRr { size: Size = size(d), dst: Reg = gpr(d), src: Reg = gpr(d) }
        "mov_rr" => asm.mov_rr(size, dst, src), format!("mov {}, {}", gp(size, dst), gp(size, src));
    /// `mov_sp` to sp (`to_sp`) or from it.
    MovSp { to_sp: bool = flag(d), reg: Reg = gpr(d) }
        "mov_sp" => if to_sp { asm.mov_sp(SP, reg) } else { asm.mov_sp(reg, SP) }, mov_sp(to_sp, reg);
    Movz { size: Size = size(d), dst: Reg = gpr(d), imm16: u16 = imm16(d), halfword: u8 = below(d, 4) as u8 }
        "movz" => asm.movz(size, dst, imm16, halfword), wide_move("movz", size, dst, imm16, halfword);
    Movn { size: Size = size(d), dst: Reg = gpr(d), imm16: u16 = imm16(d), halfword: u8 = below(d, 4) as u8 }
        "movn" => asm.movn(size, dst, imm16, halfword), wide_move("movn", size, dst, imm16, halfword);
    Movk { size: Size = size(d), dst: Reg = gpr(d), imm16: u16 = imm16(d), halfword: u8 = below(d, 4) as u8 }
        "movk" => asm.movk(size, dst, imm16, halfword), wide_move("movk", size, dst, imm16, halfword);
    AddSubRrr { op: AddSub = pick(d, &ADD_SUBS), size: Size = size(d), dst: Reg = gpr_or_zr(d), a: Reg = gpr(d), b: Reg = gpr_or_zr(d) }
        "add_sub_rrr" => asm.add_sub_rrr(op, size, dst, a, b), rrr(add_sub(op), size, dst, a, b);
    AddSubImm { op: AddSub = pick(d, &ADD_SUBS), size: Size = size(d), dst: Reg = gpr_or_zr(d), a: Reg = gpr_or_zr(d), imm: Imm12 = imm12(d) }
        "add_sub_imm" => asm.add_sub_imm(op, size, dst, a, imm), add_sub_imm(op, size, dst, a, imm.value());
    AddSubSpReg { op: AddSub = pick(d, &[AddSub::Add, AddSub::Sub]), src: Reg = gpr(d) }
        "add_sub_sp_reg" => asm.add_sub_sp_reg(op, src), format!("{} sp, sp, {}, uxtx", add_sub(op), x(src));
    LogicRrr { op: Logic = pick(d, &LOGICS), size: Size = size(d), dst: Reg = gpr_or_zr(d), a: Reg = gpr(d), b: Reg = gpr_or_zr(d) }
        "logic_rrr" => asm.logic_rrr(op, size, dst, a, b), rrr(logic(op), size, dst, a, b);
    LogicImm { form: LogicImmForm = LogicImmForm::draw(d) }
        "logic_imm" => asm.logic_imm(form.op, form.size, form.dst, form.a, form.imm), form.spell();
    Madd { size: Size = size(d), dst: Reg = gpr(d), a: Reg = gpr(d), b: Reg = gpr(d), c: Reg = gpr_or_zr(d) }
        "madd" => asm.madd(size, dst, a, b, c), rrrr("madd", size, dst, a, b, c);
    Msub { size: Size = size(d), dst: Reg = gpr(d), a: Reg = gpr(d), b: Reg = gpr(d), c: Reg = gpr_or_zr(d) }
        "msub" => asm.msub(size, dst, a, b, c), rrrr("msub", size, dst, a, b, c);
    Div { signed: bool = flag(d), size: Size = size(d), dst: Reg = gpr(d), a: Reg = gpr(d), b: Reg = gpr(d) }
        "div" => asm.div(signed, size, dst, a, b), rrr(if signed { "sdiv" } else { "udiv" }, size, dst, a, b);
    ShiftRrr { op: Shift = pick(d, &SHIFTS), size: Size = size(d), dst: Reg = gpr(d), a: Reg = gpr(d), amount: Reg = gpr(d) }
        "shift_rrr" => asm.shift_rrr(op, size, dst, a, amount), rrr(shift_rrr(op), size, dst, a, amount);
    ShiftImm { op: Shift = pick(d, &SHIFTS), size: Size = size(d), dst: Reg = gpr(d), a: Reg = gpr(d), amount: u8 = below(d, 64) as u8 }
        "shift_imm" => asm.shift_imm(op, size, dst, a, amount), shift_imm(op, size, dst, a, amount);
    Clz { size: Size = size(d), dst: Reg = gpr(d), src: Reg = gpr(d) }
        "clz" => asm.clz(size, dst, src), format!("clz {}, {}", gp(size, dst), gp(size, src));
    Rbit { size: Size = size(d), dst: Reg = gpr(d), src: Reg = gpr(d) }
        "rbit" => asm.rbit(size, dst, src), format!("rbit {}, {}", gp(size, dst), gp(size, src));
    Extend { form: ExtendForm = ExtendForm::draw(d) }
        "extend" => asm.extend(form.op, form.size, form.dst, form.src), form.spell();
    Csel { size: Size = size(d), dst: Reg = gpr(d), t: Reg = gpr_or_zr(d), f: Reg = gpr_or_zr(d), cond: Cond = cond(d) }
        "csel" => asm.csel(size, dst, t, f, cond),
            format!("csel {}, {}, {}, {}", gp(size, dst), gp(size, t), gp(size, f), cc(cond));
    Cset { size: Size = size(d), dst: Reg = gpr(d), cond: Cond = cond(d) }
        "cset" => asm.cset(size, dst, cond), format!("cset {}, {}", gp(size, dst), cc(cond));
    MemImm { form: MemImmForm = MemImmForm::draw(d) }
        "mem_imm" => asm.mem_imm(form.op, form.reg, form.base, form.offset), form.spell();
    MemReg { form: MemRegForm = MemRegForm::draw(d) }
        "mem_reg" => asm.mem_reg(form.op, form.reg, form.base, form.index), form.spell();
    MemRegUxtw { form: MemRegForm = MemRegForm::draw(d) }
        "mem_reg_uxtw" => asm.mem_reg_uxtw(form.op, form.reg, form.base, form.index), form.spell_uxtw();
    AddUxtw { dst: Reg = gpr_or_zr(d), a: Reg = gpr_or_zr(d), index: Reg = gpr(d) }
        "add_uxtw" => asm.add_uxtw(dst, a, index),
            format!("add {}, {}, {}, uxtw", gp_sp(Size::S64, dst), gp_sp(Size::S64, a), gp(Size::S32, index));
    CmpSp { reg: Reg = gpr(d) } "cmp_sp" => asm.cmp_sp(reg), format!("cmp sp, {}", x(reg));
    StpPre { form: PairForm = PairForm::draw(d) }
        "stp_pre" => asm.stp_pre(form.a, form.b, form.base, form.offset),
            format!("stp {}, {}, [{}, #{}]!", x(form.a), x(form.b), gp_sp(Size::S64, form.base), form.offset);
    LdpPost { form: PairForm = PairForm::draw(d) }
        "ldp_post" => asm.ldp_post(form.a, form.b, form.base, form.offset),
            format!("ldp {}, {}, [{}], #{}", x(form.a), x(form.b), gp_sp(Size::S64, form.base), form.offset);
    /// A branch to a label bound before it (`backward`) or right after it.
    B { backward: bool = flag(d) }
        "b" => branch_around(asm, backward, |asm, l| asm.b(l)),
            Intended::Decoded(format!("b #{}", label_at(backward)));
    BCond { cond: Cond = cond(d), backward: bool = flag(d) }
        "b_cond" => branch_around(asm, backward, |asm, l| asm.b_cond(cond, l)),
            Intended::Decoded(format!("b.{} #{}", cc(cond), label_at(backward)));
    Cbz { nonzero: bool = flag(d), size: Size = size(d), reg: Reg = gpr(d), backward: bool = flag(d) }
        "cbz" => branch_around(asm, backward, |asm, l| asm.cbz(nonzero, size, reg, l)),
            Intended::Decoded(format!(
                "{} {}, #{}",
                if nonzero { "cbnz" } else { "cbz" },
                gp(size, reg),
                label_at(backward)
            ));
    Adr { dst: Reg = gpr(d), backward: bool = flag(d) }
        "adr" => branch_around(asm, backward, |asm, l| asm.adr(dst, l)),
            Intended::Decoded(format!("adr {}, #{}", x(dst), label_at(backward)));
    BlReloc {} "bl_reloc" => asm.bl_reloc(), Intended::Decoded("bl #0".into());
    BReloc {} "b_reloc" => asm.b_reloc(), Intended::Decoded("b #0".into());
    Br { target: Reg = gpr(d) } "br" => asm.br(target), format!("br {}", x(target));
    Blr { target: Reg = gpr(d) } "blr" => asm.blr(target), format!("blr {}", x(target));
    Ret {} "ret" => asm.ret(), "ret";
    Udf { imm16: u16 = imm16(d) } "udf" => asm.udf(imm16), format!("udf #{imm16}");
    FpBinop { op: FpBinOp = pick(d, &FP_BINOPS), size: Size = size(d), dst: Reg = vreg(d), a: Reg = vreg(d), b: Reg = vreg(d) }
        "fp_binop" => asm.fp_binop(op, size, dst, a, b),
            format!("{} {}, {}, {}", fp_binop(op), fp(size, dst), fp(size, a), fp(size, b));
    FpUnop { op: FpUnOp = pick(d, &FP_UNOPS), size: Size = size(d), dst: Reg = vreg(d), src: Reg = vreg(d) }
        "fp_unop" => asm.fp_unop(op, size, dst, src), format!("{} {}, {}", fp_unop(op), fp(size, dst), fp(size, src));
    Fcmp { size: Size = size(d), a: Reg = vreg(d), b: Reg = vreg(d) }
        "fcmp" => asm.fcmp(size, a, b), format!("fcmp {}, {}", fp(size, a), fp(size, b));
    Fcvt { to: Size = size(d), dst: Reg = vreg(d), src: Reg = vreg(d) }
        "fcvt" => asm.fcvt(to, dst, src), fcvt(to, dst, src);
    IntToFloat { signed: bool = flag(d), int: Size = size(d), float: Size = size(d), dst: Reg = vreg(d), src: Reg = gpr_or_zr(d) }
        "int_to_float" => asm.int_to_float(signed, int, float, dst, src),
            format!("{} {}, {}", if signed { "scvtf" } else { "ucvtf" }, fp(float, dst), gp(int, src));
    FloatToInt { signed: bool = flag(d), float: Size = size(d), int: Size = size(d), dst: Reg = gpr_or_zr(d), src: Reg = vreg(d) }
        "float_to_int" => asm.float_to_int(signed, float, int, dst, src),
            format!("{} {}, {}", if signed { "fcvtzs" } else { "fcvtzu" }, gp(int, dst), fp(float, src));
    FmovToGpr { size: Size = size(d), dst: Reg = gpr_or_zr(d), src: Reg = vreg(d) }
        "fmov_to_gpr" => asm.fmov_to_gpr(size, dst, src), format!("fmov {}, {}", gp(size, dst), fp(size, src));
    FmovFromGpr { size: Size = size(d), dst: Reg = vreg(d), src: Reg = gpr_or_zr(d) }
        "fmov_from_gpr" => asm.fmov_from_gpr(size, dst, src), format!("fmov {}, {}", fp(size, dst), gp(size, src));
    Cnt8b { dst: Reg = vreg(d), src: Reg = vreg(d) }
        "cnt_8b" => asm.cnt_8b(dst, src), format!("cnt v{dst}.8b, v{src}.8b");
    Addv8b { dst: Reg = vreg(d), src: Reg = vreg(d) }
        "addv_8b" => asm.addv_8b(dst, src), format!("addv b{dst}, v{src}.8b");
    MovV16b { dst: Reg = vreg(d), src: Reg = vreg(d) }
        "mov_v16b" => asm.mov_v16b(dst, src), format!("mov v{dst}.16b, v{src}.16b");
    DupLane0 { wide: bool = flag(d), dst: Reg = vreg(d), src: Reg = vreg(d) }
        "dup_lane0" => asm.dup_lane0(wide, dst, src), dup_lane0(wide, dst, src);
    Uxtl2d { dst: Reg = vreg(d), src: Reg = vreg(d) }
        "uxtl_2d" => asm.uxtl_2d(dst, src), format!("uxtl v{dst}.2d, v{src}.2s");
    Ucvtf2d { dst: Reg = vreg(d), src: Reg = vreg(d) }
        "ucvtf_2d" => asm.ucvtf_2d(dst, src), format!("ucvtf v{dst}.2d, v{src}.2d");
    VecArith { form: VecArithForm = VecArithForm::draw(d) }
        "vec_arith" => asm.vec_arith(form.op, form.lanes, form.dst, form.a, form.b), form.spell();
    VecLogic { op: VecLogic = pick(d, &VecLogic::ALL), dst: Reg = vreg(d), a: Reg = vreg(d), b: Reg = vreg(d) }
        "vec_logic" => asm.vec_logic(op, dst, a, b), format!("{} v{dst}.16b, v{a}.16b, v{b}.16b", op.mnemonic());
    VecFloat { op: VecFloat = pick(d, &VecFloat::ALL), double: bool = flag(d), dst: Reg = vreg(d), a: Reg = vreg(d), b: Reg = vreg(d) }
        "vec_float" => asm.vec_float(op, double, dst, a, b),
            format!("{} v{dst}.{t}, v{a}.{t}, v{b}.{t}", op.mnemonic(), t = float_lanes(double));
    VecFloatUnary { op: VecFloatUnary = pick(d, &VecFloatUnary::ALL), double: bool = flag(d), dst: Reg = vreg(d), src: Reg = vreg(d) }
        "vec_float_unary" => asm.vec_float_unary(op, double, dst, src),
            format!("{} v{dst}.{t}, v{src}.{t}", op.mnemonic(), t = float_lanes(double));
    VecNot { dst: Reg = vreg(d), src: Reg = vreg(d) }
        "vec_not" => asm.vec_not(dst, src), format!("mvn v{dst}.16b, v{src}.16b");
    VecAbs { lanes: VecLanes = pick(d, &VecLanes::ALL), dst: Reg = vreg(d), src: Reg = vreg(d) }
        "vec_abs" => asm.vec_abs(lanes, dst, src), format!("abs v{dst}.{t}, v{src}.{t}", t = lanes.suffix());
    Cnt16b { dst: Reg = vreg(d), src: Reg = vreg(d) }
        "cnt_16b" => asm.cnt_16b(dst, src), format!("cnt v{dst}.16b, v{src}.16b");
    DupGpr { lanes: VecLanes = pick(d, &VecLanes::ALL), dst: Reg = vreg(d), src: Reg = gpr_or_zr(d) }
        "dup_gpr" => asm.dup_gpr(lanes, dst, src),
            format!("dup v{dst}.{}, {}", lanes.suffix(), gp(lane_gpr_size(lanes), src));
    Umov { lanes: VecLanes = pick(d, &VecLanes::ALL), dst: Reg = gpr_or_zr(d), src: Reg = vreg(d), index: u8 = below(d, 16) as u8 }
        "umov" => asm.umov(lanes, dst, src, index),
            format!("umov {}, v{src}.{}", gp(lane_gpr_size(lanes), dst), lane_element(lanes, index));
    SmovW { lanes: VecLanes = pick(d, &[VecLanes::B16, VecLanes::H8]), dst: Reg = gpr_or_zr(d), src: Reg = vreg(d), index: u8 = below(d, 16) as u8 }
        "smov_w" => asm.smov_w(lanes, dst, src, index),
            format!("smov {}, v{src}.{}", gp(Size::S32, dst), lane_element(lanes, index));
    DupScalar { double: bool = flag(d), dst: Reg = vreg(d), src: Reg = vreg(d), index: u8 = below(d, 4) as u8 }
        "dup_scalar" => asm.dup_scalar(double, dst, src, index), dup_scalar(double, dst, src, index);
    InsGpr { lanes: VecLanes = pick(d, &VecLanes::ALL), dst: Reg = vreg(d), index: u8 = below(d, 16) as u8, src: Reg = gpr_or_zr(d) }
        "ins_gpr" => asm.ins_gpr(lanes, dst, index, src),
            format!("mov v{dst}.{}, {}", lane_element(lanes, index), gp(lane_gpr_size(lanes), src));
    InsElem { lanes: VecLanes = pick(d, &VecLanes::ALL), dst: Reg = vreg(d), index: u8 = below(d, 16) as u8, src: Reg = vreg(d) }
        "ins_elem" => asm.ins_elem(lanes, dst, index, src),
            format!("mov v{dst}.{}, v{src}.{}", lane_element(lanes, index), lane_element(lanes, 0));
    InsD { dst: Reg = vreg(d), lane: u8 = below(d, 2) as u8, src: Reg = gpr_or_zr(d) }
        "ins_d" => asm.ins_d(dst, lane, src), format!("mov v{dst}.d[{lane}], {}", x(src));
    UmovD { dst: Reg = gpr_or_zr(d), src: Reg = vreg(d), lane: u8 = below(d, 2) as u8 }
        "umov_d" => asm.umov_d(dst, src, lane), format!("mov {}, v{src}.d[{lane}]", x(dst));
    Csdb {} "csdb" => asm.csdb(), "csdb";
    Nop {} "nop" => asm.nop(), "nop";
    @nested
    /// A lane-reshaping NEON instruction (`neon.rs`).
    Neon(NeonForm);
}

kindling_isa_check::impl_labels!(Assembler, Label);

/// What a sequence of `movz`, `movn`, `movk` and `orr` (immediate, from
/// the zero register) leaves in its register, by the architecture's
/// definitions of those instructions; `None` for any other instruction.
pub fn evaluate_moves(words: &[u32]) -> Option<u64> {
    let mut value = 0u64;
    for &w in words {
        let wide = w >> 31 == 1;
        let mask = if wide { u64::MAX } else { 0xffff_ffff };
        let shift = 16 * ((w >> 21) & 3);
        let imm = u64::from((w >> 5) & 0xffff) << shift;
        value = match w & 0x7f80_0000 {
            0x5280_0000 => imm,
            0x1280_0000 => !imm & mask,
            0x7280_0000 => (value & !(0xffff << shift)) | imm,
            0x3200_0000 if (w >> 5) & 31 == 31 => {
                let imm = LogicalImm::from_fields(
                    (w >> 22) as u8 & 1,
                    (w >> 16) as u8 & 0x3f,
                    (w >> 10) as u8 & 0x3f,
                );
                imm.value(if wide { Size::S64 } else { Size::S32 })
            }
            _ => return None,
        } & mask;
    }
    Some(value)
}

/// Checks [`Assembler::mov_imm`] for `value`: what it emits must leave the
/// value's low `size` bits in `dst`, in at most one instruction per
/// halfword, each writing `dst`.
pub fn check_mov_imm(size: Size, dst: Reg, value: u64) -> Result<(), String> {
    let mut a = Assembler::new();
    a.mov_imm(size, dst, value);
    let mut bytes = Vec::new();
    a.finish_into(&mut bytes).map_err(|e| e.to_string())?;
    let words: Vec<u32> = bytes
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let mask = u64::MAX >> (64 - size.bits());
    let got = evaluate_moves(&words);
    if got != Some(value & mask)
        || words.len() > (size.bits() / 16) as usize
        || words.iter().any(|w| (w & 31) as Reg != dst)
    {
        return Err(format!(
            "mov_imm({size:?}, x{dst}, {value:#x}) emitted {words:08x?}, which makes {got:x?}"
        ));
    }
    Ok(())
}

/// Checks `forms` against llvm-mc (the binary `mc`): each form's bytes,
/// disassembled on their own, must be exactly the instruction it intends.
pub fn check_with_llvm_mc(mc: &str, forms: &[Form]) -> Result<(), String> {
    kindling_isa_check::check_forms(&oracle(mc), forms, Assembler::finish_into)
}

/// Checks that `encoded[i]`, disassembled on its own, is what `forms[i]`
/// intends.
#[cfg(test)]
pub(crate) fn check_bytes(mc: &str, forms: &[Form], encoded: &[Vec<u8>]) -> Result<(), String> {
    kindling_isa_check::check_encoded(&oracle(mc), forms, encoded)
}

/// How to ask llvm-mc (the binary `mc`) about A64 code.
pub fn oracle(mc: &str) -> kindling_isa_check::Oracle<'_> {
    kindling_isa_check::Oracle {
        mc,
        common_args: &["-triple=aarch64", "-mattr=+neon"],
        assemble_args: &[],
        source_prologue: "",
        // `hlt #0xbeef`, which no form emits.
        separator: &[0xe0, 0xdd, 0x57, 0xd4],
        separator_text: "hlt #0xbeef",
        comment: "//",
        normalize: |line| line.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

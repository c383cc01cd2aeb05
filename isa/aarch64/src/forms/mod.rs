//! Every instruction form the [`Assembler`] emits, as data, for checking
//! encodings against llvm-mc (see `kindling-isa-check`).
//!
//! A [`Form`] is one call of an instruction-emitting method with its
//! operands; it emits itself and spells what it intends. `mov_imm`, which
//! chooses a sequence of these forms, is checked by evaluating what it
//! emits instead (`tests.rs`).

use crate::{
    AddSub, Assembler, Cond, Extend, FpBinOp, FpUnOp, Imm12, Logic, LogicalImm, MemOp, Reg, Shift,
    Size, VecArith, VecFloat, VecFloatUnary, VecLanes, VecLogic,
};
pub use kindling_isa_check::{find_llvm_mc, Intended};

mod draw;
mod neon;
mod spelling;

pub use neon::{NeonForm, NEON_KINDS};

/// One call of an instruction-emitting [`Assembler`] method, with operands.
#[allow(missing_docs)] // the fields are the method's parameters
#[derive(Clone, Debug)]
pub enum Form {
    MovRr {
        size: Size,
        dst: Reg,
        src: Reg,
    },
    /// `mov_sp` to sp (`to_sp`) or from it.
    MovSp {
        to_sp: bool,
        reg: Reg,
    },
    Movz {
        size: Size,
        dst: Reg,
        imm16: u16,
        halfword: u8,
    },
    Movn {
        size: Size,
        dst: Reg,
        imm16: u16,
        halfword: u8,
    },
    Movk {
        size: Size,
        dst: Reg,
        imm16: u16,
        halfword: u8,
    },
    AddSubRrr {
        op: AddSub,
        size: Size,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AddSubImm {
        op: AddSub,
        size: Size,
        dst: Reg,
        a: Reg,
        imm: Imm12,
    },
    AddSubSpReg {
        op: AddSub,
        src: Reg,
    },
    LogicRrr {
        op: Logic,
        size: Size,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LogicImm {
        op: Logic,
        size: Size,
        dst: Reg,
        a: Reg,
        imm: LogicalImm,
    },
    Madd {
        size: Size,
        dst: Reg,
        a: Reg,
        b: Reg,
        c: Reg,
    },
    Msub {
        size: Size,
        dst: Reg,
        a: Reg,
        b: Reg,
        c: Reg,
    },
    Div {
        signed: bool,
        size: Size,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    ShiftRrr {
        op: Shift,
        size: Size,
        dst: Reg,
        a: Reg,
        amount: Reg,
    },
    ShiftImm {
        op: Shift,
        size: Size,
        dst: Reg,
        a: Reg,
        amount: u8,
    },
    Clz {
        size: Size,
        dst: Reg,
        src: Reg,
    },
    Rbit {
        size: Size,
        dst: Reg,
        src: Reg,
    },
    Extend {
        op: Extend,
        size: Size,
        dst: Reg,
        src: Reg,
    },
    Csel {
        size: Size,
        dst: Reg,
        t: Reg,
        f: Reg,
        cond: Cond,
    },
    Cset {
        size: Size,
        dst: Reg,
        cond: Cond,
    },
    MemImm {
        op: MemOp,
        reg: Reg,
        base: Reg,
        offset: i64,
    },
    MemReg {
        op: MemOp,
        reg: Reg,
        base: Reg,
        index: Reg,
    },
    StpPre {
        a: Reg,
        b: Reg,
        base: Reg,
        offset: i16,
    },
    LdpPost {
        a: Reg,
        b: Reg,
        base: Reg,
        offset: i16,
    },
    /// A branch to a label bound before it (`backward`) or right after it.
    B {
        backward: bool,
    },
    BCond {
        cond: Cond,
        backward: bool,
    },
    Cbz {
        nonzero: bool,
        size: Size,
        reg: Reg,
        backward: bool,
    },
    Adr {
        dst: Reg,
        backward: bool,
    },
    BlReloc,
    BReloc,
    Br {
        target: Reg,
    },
    Blr {
        target: Reg,
    },
    Ret,
    Udf {
        imm16: u16,
    },
    FpBinop {
        op: FpBinOp,
        size: Size,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    FpUnop {
        op: FpUnOp,
        size: Size,
        dst: Reg,
        src: Reg,
    },
    Fcmp {
        size: Size,
        a: Reg,
        b: Reg,
    },
    Fcvt {
        to: Size,
        dst: Reg,
        src: Reg,
    },
    IntToFloat {
        signed: bool,
        int: Size,
        float: Size,
        dst: Reg,
        src: Reg,
    },
    FloatToInt {
        signed: bool,
        float: Size,
        int: Size,
        dst: Reg,
        src: Reg,
    },
    FmovToGpr {
        size: Size,
        dst: Reg,
        src: Reg,
    },
    FmovFromGpr {
        size: Size,
        dst: Reg,
        src: Reg,
    },
    Cnt8b {
        dst: Reg,
        src: Reg,
    },
    Addv8b {
        dst: Reg,
        src: Reg,
    },
    MovV16b {
        dst: Reg,
        src: Reg,
    },
    DupLane0 {
        wide: bool,
        dst: Reg,
        src: Reg,
    },
    Uxtl2d {
        dst: Reg,
        src: Reg,
    },
    Ucvtf2d {
        dst: Reg,
        src: Reg,
    },
    VecArith {
        op: VecArith,
        lanes: VecLanes,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    VecLogic {
        op: VecLogic,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    VecFloat {
        op: VecFloat,
        double: bool,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    VecFloatUnary {
        op: VecFloatUnary,
        double: bool,
        dst: Reg,
        src: Reg,
    },
    VecNot {
        dst: Reg,
        src: Reg,
    },
    VecAbs {
        lanes: VecLanes,
        dst: Reg,
        src: Reg,
    },
    Cnt16b {
        dst: Reg,
        src: Reg,
    },
    DupGpr {
        lanes: VecLanes,
        dst: Reg,
        src: Reg,
    },
    Umov {
        lanes: VecLanes,
        dst: Reg,
        src: Reg,
        index: u8,
    },
    SmovW {
        lanes: VecLanes,
        dst: Reg,
        src: Reg,
        index: u8,
    },
    DupScalar {
        double: bool,
        dst: Reg,
        src: Reg,
        index: u8,
    },
    InsGpr {
        lanes: VecLanes,
        dst: Reg,
        index: u8,
        src: Reg,
    },
    InsElem {
        lanes: VecLanes,
        dst: Reg,
        index: u8,
        src: Reg,
    },
    InsD {
        dst: Reg,
        lane: u8,
        src: Reg,
    },
    UmovD {
        dst: Reg,
        src: Reg,
        lane: u8,
    },
    Csdb,
    Nop,
    /// A lane-reshaping NEON instruction (`neon.rs`).
    Neon(NeonForm),
}

/// The number of [`Form`] kinds, for [`Form::of_kind`].
pub const KINDS: u64 = 65 + NEON_KINDS;

/// The instruction-emitting [`Assembler`] methods, by name: every one is a
/// [`Form`] except `mov_imm`, which is checked by evaluation. The methods
/// not listed (`new`, `offset`, `new_label`, `bind`, `word`, `patch_word`,
/// `word_at`, `finish_into`, `clear`) emit no instruction of their own.
pub const METHODS: &[&str] = &[
    "mov_rr",
    "mov_sp",
    "movz",
    "movn",
    "movk",
    "mov_imm",
    "add_sub_rrr",
    "add_sub_imm",
    "add_sub_sp_reg",
    "logic_rrr",
    "logic_imm",
    "madd",
    "msub",
    "div",
    "shift_rrr",
    "shift_imm",
    "clz",
    "rbit",
    "extend",
    "csel",
    "cset",
    "mem_imm",
    "mem_reg",
    "stp_pre",
    "ldp_post",
    "b",
    "b_cond",
    "cbz",
    "adr",
    "bl_reloc",
    "b_reloc",
    "br",
    "blr",
    "ret",
    "udf",
    "fp_binop",
    "fp_unop",
    "fcmp",
    "fcvt",
    "int_to_float",
    "float_to_int",
    "fmov_to_gpr",
    "fmov_from_gpr",
    "cnt_8b",
    "addv_8b",
    "mov_v16b",
    "dup_lane0",
    "uxtl_2d",
    "ucvtf_2d",
    "vec_arith",
    "vec_logic",
    "vec_float",
    "vec_float_unary",
    "vec_not",
    "vec_abs",
    "cnt_16b",
    "dup_gpr",
    "umov",
    "smov_w",
    "dup_scalar",
    "ins_gpr",
    "ins_elem",
    "ins_d",
    "umov_d",
    "csdb",
    "nop",
    "vec_misc",
    "vec_narrow",
    "vec_widen",
    "vec_mull",
    "vec_shift_imm",
    "vec_across",
    "tbl",
];

impl Form {
    /// The name of the [`Assembler`] method this form calls.
    pub fn method(&self) -> &'static str {
        match self {
            Form::MovRr { .. } => "mov_rr",
            Form::MovSp { .. } => "mov_sp",
            Form::Movz { .. } => "movz",
            Form::Movn { .. } => "movn",
            Form::Movk { .. } => "movk",
            Form::AddSubRrr { .. } => "add_sub_rrr",
            Form::AddSubImm { .. } => "add_sub_imm",
            Form::AddSubSpReg { .. } => "add_sub_sp_reg",
            Form::LogicRrr { .. } => "logic_rrr",
            Form::LogicImm { .. } => "logic_imm",
            Form::Madd { .. } => "madd",
            Form::Msub { .. } => "msub",
            Form::Div { .. } => "div",
            Form::ShiftRrr { .. } => "shift_rrr",
            Form::ShiftImm { .. } => "shift_imm",
            Form::Clz { .. } => "clz",
            Form::Rbit { .. } => "rbit",
            Form::Extend { .. } => "extend",
            Form::Csel { .. } => "csel",
            Form::Cset { .. } => "cset",
            Form::MemImm { .. } => "mem_imm",
            Form::MemReg { .. } => "mem_reg",
            Form::StpPre { .. } => "stp_pre",
            Form::LdpPost { .. } => "ldp_post",
            Form::B { .. } => "b",
            Form::BCond { .. } => "b_cond",
            Form::Cbz { .. } => "cbz",
            Form::Adr { .. } => "adr",
            Form::BlReloc => "bl_reloc",
            Form::BReloc => "b_reloc",
            Form::Br { .. } => "br",
            Form::Blr { .. } => "blr",
            Form::Ret => "ret",
            Form::Udf { .. } => "udf",
            Form::FpBinop { .. } => "fp_binop",
            Form::FpUnop { .. } => "fp_unop",
            Form::Fcmp { .. } => "fcmp",
            Form::Fcvt { .. } => "fcvt",
            Form::IntToFloat { .. } => "int_to_float",
            Form::FloatToInt { .. } => "float_to_int",
            Form::FmovToGpr { .. } => "fmov_to_gpr",
            Form::FmovFromGpr { .. } => "fmov_from_gpr",
            Form::Cnt8b { .. } => "cnt_8b",
            Form::Addv8b { .. } => "addv_8b",
            Form::MovV16b { .. } => "mov_v16b",
            Form::DupLane0 { .. } => "dup_lane0",
            Form::Uxtl2d { .. } => "uxtl_2d",
            Form::Ucvtf2d { .. } => "ucvtf_2d",
            Form::VecArith { .. } => "vec_arith",
            Form::VecLogic { .. } => "vec_logic",
            Form::VecFloat { .. } => "vec_float",
            Form::VecFloatUnary { .. } => "vec_float_unary",
            Form::VecNot { .. } => "vec_not",
            Form::VecAbs { .. } => "vec_abs",
            Form::Cnt16b { .. } => "cnt_16b",
            Form::DupGpr { .. } => "dup_gpr",
            Form::Umov { .. } => "umov",
            Form::SmovW { .. } => "smov_w",
            Form::DupScalar { .. } => "dup_scalar",
            Form::InsGpr { .. } => "ins_gpr",
            Form::InsElem { .. } => "ins_elem",
            Form::InsD { .. } => "ins_d",
            Form::UmovD { .. } => "umov_d",
            Form::Csdb => "csdb",
            Form::Nop => "nop",
            Form::Neon(ref f) => f.method(),
        }
    }

    /// Emits this form into `a`.
    pub fn emit(&self, a: &mut Assembler) {
        match *self {
            Form::MovRr { size, dst, src } => a.mov_rr(size, dst, src),
            Form::MovSp { to_sp: true, reg } => a.mov_sp(crate::SP, reg),
            Form::MovSp { to_sp: false, reg } => a.mov_sp(reg, crate::SP),
            Form::Movz {
                size,
                dst,
                imm16,
                halfword,
            } => a.movz(size, dst, imm16, halfword),
            Form::Movn {
                size,
                dst,
                imm16,
                halfword,
            } => a.movn(size, dst, imm16, halfword),
            Form::Movk {
                size,
                dst,
                imm16,
                halfword,
            } => a.movk(size, dst, imm16, halfword),
            Form::AddSubRrr {
                op,
                size,
                dst,
                a: x,
                b,
            } => a.add_sub_rrr(op, size, dst, x, b),
            Form::AddSubImm {
                op,
                size,
                dst,
                a: x,
                imm,
            } => a.add_sub_imm(op, size, dst, x, imm),
            Form::AddSubSpReg { op, src } => a.add_sub_sp_reg(op, src),
            Form::LogicRrr {
                op,
                size,
                dst,
                a: x,
                b,
            } => a.logic_rrr(op, size, dst, x, b),
            Form::LogicImm {
                op,
                size,
                dst,
                a: x,
                imm,
            } => a.logic_imm(op, size, dst, x, imm),
            Form::Madd {
                size,
                dst,
                a: x,
                b,
                c,
            } => a.madd(size, dst, x, b, c),
            Form::Msub {
                size,
                dst,
                a: x,
                b,
                c,
            } => a.msub(size, dst, x, b, c),
            Form::Div {
                signed,
                size,
                dst,
                a: x,
                b,
            } => a.div(signed, size, dst, x, b),
            Form::ShiftRrr {
                op,
                size,
                dst,
                a: x,
                amount,
            } => a.shift_rrr(op, size, dst, x, amount),
            Form::ShiftImm {
                op,
                size,
                dst,
                a: x,
                amount,
            } => a.shift_imm(op, size, dst, x, amount),
            Form::Clz { size, dst, src } => a.clz(size, dst, src),
            Form::Rbit { size, dst, src } => a.rbit(size, dst, src),
            Form::Extend { op, size, dst, src } => a.extend(op, size, dst, src),
            Form::Csel {
                size,
                dst,
                t,
                f,
                cond,
            } => a.csel(size, dst, t, f, cond),
            Form::Cset { size, dst, cond } => a.cset(size, dst, cond),
            Form::MemImm {
                op,
                reg,
                base,
                offset,
            } => {
                a.mem_imm(op, reg, base, offset);
            }
            Form::MemReg {
                op,
                reg,
                base,
                index,
            } => a.mem_reg(op, reg, base, index),
            Form::StpPre {
                a: x,
                b,
                base,
                offset,
            } => a.stp_pre(x, b, base, offset),
            Form::LdpPost {
                a: x,
                b,
                base,
                offset,
            } => a.ldp_post(x, b, base, offset),
            Form::B { backward } => branch(a, backward, |a, l| a.b(l)),
            Form::BCond { cond, backward } => branch(a, backward, |a, l| a.b_cond(cond, l)),
            Form::Cbz {
                nonzero,
                size,
                reg,
                backward,
            } => branch(a, backward, |a, l| a.cbz(nonzero, size, reg, l)),
            Form::Adr { dst, backward } => branch(a, backward, |a, l| a.adr(dst, l)),
            Form::BlReloc => {
                a.bl_reloc();
            }
            Form::BReloc => {
                a.b_reloc();
            }
            Form::Br { target } => a.br(target),
            Form::Blr { target } => a.blr(target),
            Form::Ret => a.ret(),
            Form::Udf { imm16 } => {
                a.udf(imm16);
            }
            Form::FpBinop {
                op,
                size,
                dst,
                a: x,
                b,
            } => a.fp_binop(op, size, dst, x, b),
            Form::FpUnop { op, size, dst, src } => a.fp_unop(op, size, dst, src),
            Form::Fcmp { size, a: x, b } => a.fcmp(size, x, b),
            Form::Fcvt { to, dst, src } => a.fcvt(to, dst, src),
            Form::IntToFloat {
                signed,
                int,
                float,
                dst,
                src,
            } => a.int_to_float(signed, int, float, dst, src),
            Form::FloatToInt {
                signed,
                float,
                int,
                dst,
                src,
            } => a.float_to_int(signed, float, int, dst, src),
            Form::FmovToGpr { size, dst, src } => a.fmov_to_gpr(size, dst, src),
            Form::FmovFromGpr { size, dst, src } => a.fmov_from_gpr(size, dst, src),
            Form::Cnt8b { dst, src } => a.cnt_8b(dst, src),
            Form::Addv8b { dst, src } => a.addv_8b(dst, src),
            Form::MovV16b { dst, src } => a.mov_v16b(dst, src),
            Form::DupLane0 { wide, dst, src } => a.dup_lane0(wide, dst, src),
            Form::Uxtl2d { dst, src } => a.uxtl_2d(dst, src),
            Form::Ucvtf2d { dst, src } => a.ucvtf_2d(dst, src),
            Form::VecArith {
                op,
                lanes,
                dst,
                a: x,
                b,
            } => {
                a.vec_arith(op, lanes, dst, x, b);
            }
            Form::VecLogic { op, dst, a: x, b } => a.vec_logic(op, dst, x, b),
            Form::VecFloat {
                op,
                double,
                dst,
                a: x,
                b,
            } => a.vec_float(op, double, dst, x, b),
            Form::VecFloatUnary {
                op,
                double,
                dst,
                src,
            } => a.vec_float_unary(op, double, dst, src),
            Form::VecNot { dst, src } => a.vec_not(dst, src),
            Form::VecAbs { lanes, dst, src } => a.vec_abs(lanes, dst, src),
            Form::Cnt16b { dst, src } => a.cnt_16b(dst, src),
            Form::DupGpr { lanes, dst, src } => a.dup_gpr(lanes, dst, src),
            Form::Umov {
                lanes,
                dst,
                src,
                index,
            } => a.umov(lanes, dst, src, index),
            Form::SmovW {
                lanes,
                dst,
                src,
                index,
            } => {
                a.smov_w(lanes, dst, src, index);
            }
            Form::DupScalar {
                double,
                dst,
                src,
                index,
            } => a.dup_scalar(double, dst, src, index),
            Form::InsGpr {
                lanes,
                dst,
                index,
                src,
            } => a.ins_gpr(lanes, dst, index, src),
            Form::InsElem {
                lanes,
                dst,
                index,
                src,
            } => a.ins_elem(lanes, dst, index, src),
            Form::InsD { dst, lane, src } => a.ins_d(dst, lane, src),
            Form::UmovD { dst, src, lane } => a.umov_d(dst, src, lane),
            Form::Csdb => a.csdb(),
            Form::Nop => a.nop(),
            Form::Neon(ref f) => f.emit(a),
        }
    }
}

/// Emits a branch to a label bound just before it or just after it.
fn branch(a: &mut Assembler, backward: bool, emit: impl FnOnce(&mut Assembler, crate::Label)) {
    let label = a.new_label();
    if backward {
        a.bind(label);
        emit(a, label);
    } else {
        emit(a, label);
        a.bind(label);
    }
}

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
    let encoded = kindling_isa_check::encode_each(forms, |form, bytes| {
        let mut a = Assembler::new();
        form.emit(&mut a);
        a.finish_into(bytes)
    })?;
    check_bytes(mc, forms, &encoded)
}

/// Checks that `encoded[i]`, disassembled on its own, is what `forms[i]`
/// intends.
pub(crate) fn check_bytes(mc: &str, forms: &[Form], encoded: &[Vec<u8>]) -> Result<(), String> {
    let intended: Vec<Vec<Intended>> = forms.iter().map(|f| vec![f.intended()]).collect();
    let oracle = kindling_isa_check::Oracle {
        mc,
        common_args: &["-triple=aarch64", "-mattr=+neon"],
        assemble_args: &[],
        source_prologue: "",
        // `hlt #0xbeef`, which no form emits.
        separator: &[0xe0, 0xdd, 0x57, 0xd4],
        separator_text: "hlt #0xbeef",
        comment: "//",
        normalize: |line| line.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    kindling_isa_check::check(&oracle, forms, &intended, encoded)
}

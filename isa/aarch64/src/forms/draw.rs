//! Drawing operands from a source of raw numbers (the `d` of the form
//! tables, a `&mut dyn FnMut() -> u64`): registers, immediates that fit
//! their encodings, and the forms whose operands constrain one another,
//! which are drawn whole ([`LogicImmForm`] and the other `...Form`s here).

use super::spelling::is_vector;
use crate::{
    AddSub, Cond, Extend, FpBinOp, FpUnOp, Imm12, Logic, LogicalImm, MemOp, Reg, Shift, Size,
    VecArith, VecLanes, ALL_CONDS,
};
pub(super) use kindling_isa_check::{below, flag, pick};

pub(super) const ADD_SUBS: [AddSub; 4] = [AddSub::Add, AddSub::Adds, AddSub::Sub, AddSub::Subs];
pub(super) const LOGICS: [Logic; 4] = [Logic::And, Logic::Orr, Logic::Eor, Logic::Ands];
pub(super) const SHIFTS: [Shift; 4] = [Shift::Lsl, Shift::Lsr, Shift::Asr, Shift::Ror];
const EXTENDS: [Extend; 5] = [
    Extend::Sxtb,
    Extend::Sxth,
    Extend::Sxtw,
    Extend::Uxtb,
    Extend::Uxth,
];
const MEM_OPS: [MemOp; 19] = [
    MemOp::Ldr64,
    MemOp::Ldr32,
    MemOp::Ldrh,
    MemOp::Ldrb,
    MemOp::Ldrsb64,
    MemOp::Ldrsb32,
    MemOp::Ldrsh64,
    MemOp::Ldrsh32,
    MemOp::Ldrsw,
    MemOp::Str64,
    MemOp::Str32,
    MemOp::Strh,
    MemOp::Strb,
    MemOp::LdrD,
    MemOp::LdrS,
    MemOp::LdrQ,
    MemOp::StrD,
    MemOp::StrS,
    MemOp::StrQ,
];
pub(super) const FP_BINOPS: [FpBinOp; 6] = [
    FpBinOp::Add,
    FpBinOp::Sub,
    FpBinOp::Mul,
    FpBinOp::Div,
    FpBinOp::Max,
    FpBinOp::Min,
];
pub(super) const FP_UNOPS: [FpUnOp; 8] = [
    FpUnOp::Mov,
    FpUnOp::Abs,
    FpUnOp::Neg,
    FpUnOp::Sqrt,
    FpUnOp::RoundNearest,
    FpUnOp::Ceil,
    FpUnOp::Floor,
    FpUnOp::Trunc,
];

/// x0..x30: a general register that is not zr/sp.
pub(super) fn gpr(d: &mut dyn FnMut() -> u64) -> Reg {
    below(d, 31) as Reg
}

/// x0..x30 or zr.
pub(super) fn gpr_or_zr(d: &mut dyn FnMut() -> u64) -> Reg {
    below(d, 32) as Reg
}

/// v0..v31.
pub(super) fn vreg(d: &mut dyn FnMut() -> u64) -> Reg {
    below(d, 32) as Reg
}

/// 32 or 64 bits, evenly.
pub(super) fn size(d: &mut dyn FnMut() -> u64) -> Size {
    if flag(d) {
        Size::S64
    } else {
        Size::S32
    }
}

/// Any condition that a conditional instruction takes.
pub(super) fn cond(d: &mut dyn FnMut() -> u64) -> Cond {
    pick(d, &ALL_CONDS)
}

/// A 16-bit immediate.
pub(super) fn imm16(d: &mut dyn FnMut() -> u64) -> u16 {
    below(d, 65536) as u16
}

/// An add/sub immediate, shifted by 12 or not.
pub(super) fn imm12(d: &mut dyn FnMut() -> u64) -> Imm12 {
    let v = below(d, 4096);
    let v = if flag(d) { v << 12 } else { v };
    Imm12::new(v).unwrap_or(Imm12::new(0).expect("0 fits"))
}

/// A bitmask immediate: a rotated run of ones in a replicated element.
fn logical(d: &mut dyn FnMut() -> u64, size: Size) -> LogicalImm {
    let element = 2u32 << below(d, u64::from(size.bits().trailing_zeros()));
    let ones = 1 + below(d, u64::from(element - 1)) as u32;
    let rotation = below(d, u64::from(element)) as u32;
    let value = crate::imm::bitmask_pattern(size, element, ones, rotation);
    LogicalImm::new(value, size)
        .unwrap_or_else(|| LogicalImm::new(1, size).expect("a single bit is a bitmask"))
}

/// An offset that `op`'s immediate forms take: scaled or unscaled.
fn offset(d: &mut dyn FnMut() -> u64, op: MemOp) -> i64 {
    if flag(d) {
        (below(d, 4096) as i64) << op.scale()
    } else {
        below(d, 512) as i64 - 256
    }
}

/// The register a load or store of `op` moves: a vector register, or a
/// general one other than zr.
fn transfer_reg(d: &mut dyn FnMut() -> u64, op: MemOp) -> Reg {
    if is_vector(op) {
        vreg(d)
    } else {
        gpr(d)
    }
}

/// A `stp`/`ldp` offset: a multiple of 8 in -512..=504.
fn pair_offset(d: &mut dyn FnMut() -> u64) -> i16 {
    (below(d, 128) as i16 - 64) * 8
}

/// One `logic_imm` call: a bitmask that `size` encodes, and a destination
/// that is never sp (register 31 is sp for `and`/`orr`/`eor`, zr for `ands`).
#[derive(Clone, Copy, Debug)]
pub struct LogicImmForm {
    /// The operation.
    pub op: Logic,
    /// The width.
    pub size: Size,
    /// The destination.
    pub dst: Reg,
    /// The register operand.
    pub a: Reg,
    /// The bitmask.
    pub imm: LogicalImm,
}

impl LogicImmForm {
    /// Draws a `logic_imm` call with operands from `d`.
    pub fn draw(d: &mut dyn FnMut() -> u64) -> LogicImmForm {
        let size = size(d);
        let op = pick(d, &LOGICS);
        let dst = if op == Logic::Ands {
            gpr_or_zr(d)
        } else {
            gpr(d)
        };
        LogicImmForm {
            op,
            size,
            dst,
            a: gpr_or_zr(d),
            imm: logical(d, size),
        }
    }
}

/// One `extend` call (`sxtw` always 64-bit).
#[derive(Clone, Copy, Debug)]
pub struct ExtendForm {
    /// The extension.
    pub op: Extend,
    /// The destination's width.
    pub size: Size,
    /// The destination.
    pub dst: Reg,
    /// The source.
    pub src: Reg,
}

impl ExtendForm {
    /// Draws an `extend` call with operands from `d`.
    pub fn draw(d: &mut dyn FnMut() -> u64) -> ExtendForm {
        let op = pick(d, &EXTENDS);
        let size = if op == Extend::Sxtw {
            Size::S64
        } else {
            size(d)
        };
        ExtendForm {
            op,
            size,
            dst: gpr(d),
            src: gpr(d),
        }
    }
}

/// One `mem_imm` call: a register of the operation's kind and an offset
/// one of its immediate forms takes.
#[derive(Clone, Copy, Debug)]
pub struct MemImmForm {
    /// The load or store.
    pub op: MemOp,
    /// The register loaded or stored.
    pub reg: Reg,
    /// The base (31 is sp).
    pub base: Reg,
    /// The byte offset.
    pub offset: i64,
}

impl MemImmForm {
    /// Draws a `mem_imm` call with operands from `d`.
    pub fn draw(d: &mut dyn FnMut() -> u64) -> MemImmForm {
        let op = pick(d, &MEM_OPS);
        MemImmForm {
            op,
            reg: transfer_reg(d, op),
            base: gpr_or_zr(d),
            offset: offset(d, op),
        }
    }
}

/// One `mem_reg` call: a register of the operation's kind.
#[derive(Clone, Copy, Debug)]
pub struct MemRegForm {
    /// The load or store.
    pub op: MemOp,
    /// The register loaded or stored.
    pub reg: Reg,
    /// The base (31 is sp).
    pub base: Reg,
    /// The index register.
    pub index: Reg,
}

impl MemRegForm {
    /// Draws a `mem_reg` call with operands from `d`.
    pub fn draw(d: &mut dyn FnMut() -> u64) -> MemRegForm {
        let op = pick(d, &MEM_OPS);
        MemRegForm {
            op,
            reg: transfer_reg(d, op),
            base: gpr_or_zr(d),
            index: gpr(d),
        }
    }
}

/// One `stp_pre` or `ldp_post` call: two registers and a base (sp for 31),
/// all different, since a written-back base that is also transferred is
/// unpredictable.
#[derive(Clone, Copy, Debug)]
pub struct PairForm {
    /// The first register.
    pub a: Reg,
    /// The second register.
    pub b: Reg,
    /// The base, written back.
    pub base: Reg,
    /// The byte offset.
    pub offset: i16,
}

impl PairForm {
    /// Draws a pair transfer with operands from `d`.
    pub fn draw(d: &mut dyn FnMut() -> u64) -> PairForm {
        let a = gpr(d);
        let b = (a + 1 + below(d, 30) as Reg) % 31;
        let mut base = gpr_or_zr(d);
        while base == a || base == b {
            base = (base + 1) % 32;
        }
        PairForm {
            a,
            b,
            base,
            offset: pair_offset(d),
        }
    }
}

/// One `vec_arith` call: an operation at lanes it has.
#[derive(Clone, Copy, Debug)]
pub struct VecArithForm {
    /// The operation.
    pub op: VecArith,
    /// The lanes.
    pub lanes: VecLanes,
    /// The destination.
    pub dst: Reg,
    /// The first source.
    pub a: Reg,
    /// The second source.
    pub b: Reg,
}

impl VecArithForm {
    /// Draws a `vec_arith` call with operands from `d` (`add` where the
    /// drawn operation lacks the drawn lanes).
    pub fn draw(d: &mut dyn FnMut() -> u64) -> VecArithForm {
        let lanes = pick(d, &VecLanes::ALL);
        let mut op = pick(d, &VecArith::ALL);
        if !op.supports(lanes) {
            op = VecArith::Add;
        }
        VecArithForm {
            op,
            lanes,
            dst: vreg(d),
            a: vreg(d),
            b: vreg(d),
        }
    }
}

//! Operand drawing for the form tables: registers, sizes, conditions and
//! immediates from a stream of numbers (the `d` of each table entry), and
//! the operands that must be drawn together.

use crate::{Alu, BitCount, Cond, Gpr, Shift, Size, SseOp};
pub(super) use kindling_isa_check::{below, flag, pick};

pub(super) const ALUS: [Alu; 6] = [Alu::Add, Alu::Sub, Alu::And, Alu::Or, Alu::Xor, Alu::Cmp];
pub(super) const SHIFTS: [Shift; 5] = [Shift::Shl, Shift::Shr, Shift::Sar, Shift::Rol, Shift::Ror];
pub(super) const SSE_OPS: [SseOp; 13] = [
    SseOp::Add,
    SseOp::Sub,
    SseOp::Mul,
    SseOp::Div,
    SseOp::Sqrt,
    SseOp::Ucomi,
    SseOp::Xorp,
    SseOp::Andp,
    SseOp::Orp,
    SseOp::Andnp,
    SseOp::Min,
    SseOp::Max,
    SseOp::Convert,
];
pub(super) const BIT_COUNTS: [BitCount; 5] = [
    BitCount::Lzcnt,
    BitCount::Tzcnt,
    BitCount::Popcnt,
    BitCount::Bsr,
    BitCount::Bsf,
];

/// A register, general-purpose or xmm.
pub(super) fn reg(d: &mut dyn FnMut() -> u64) -> u8 {
    below(d, 16) as u8
}

/// Any 8-bit immediate.
pub(super) fn imm8(d: &mut dyn FnMut() -> u64) -> u8 {
    below(d, 256) as u8
}

/// 32 or 64 bits.
pub(super) fn wide(d: &mut dyn FnMut() -> u64) -> Size {
    if flag(d) {
        Size::S64
    } else {
        Size::S32
    }
}

/// Any operand size.
pub(super) fn any_size(d: &mut dyn FnMut() -> u64) -> Size {
    pick(d, &[Size::S8, Size::S16, Size::S32, Size::S64])
}

/// A size a sign extension starts from: 8, 16 or 32 bits.
pub(super) fn narrow(d: &mut dyn FnMut() -> u64) -> Size {
    pick(d, &[Size::S8, Size::S16, Size::S32])
}

/// Any condition.
pub(super) fn cond(d: &mut dyn FnMut() -> u64) -> Cond {
    pick(d, &crate::ALL_CONDS)
}

/// A 32-bit value: zero, a small (8-bit) one or any.
pub(super) fn imm32(d: &mut dyn FnMut() -> u64) -> i32 {
    match below(d, 4) {
        0 => 0,
        1 => d() as i8 as i32,
        _ => d() as i32,
    }
}

/// A 64-bit value of every shape `mov_ri` distinguishes.
pub(super) fn imm64(d: &mut dyn FnMut() -> u64) -> i64 {
    match below(d, 5) {
        0 => 0,
        1 => d() as u32 as i64,
        2 => d() as i32 as i64,
        3 => d() as i8 as i64,
        _ => d() as i64,
    }
}

/// The lane `pinsr` writes: its width and an index that fits the register.
#[derive(Clone, Copy, Debug)]
pub struct PinsrLane {
    /// The lane width in bytes: 1, 2, 4 or 8.
    pub bytes: u8,
    /// The lane, below `16 / bytes`.
    pub index: u8,
}

impl PinsrLane {
    /// A width, then an index of that width.
    pub fn draw(d: &mut dyn FnMut() -> u64) -> PinsrLane {
        let bytes = pick(d, &[1, 2, 4, 8]);
        let index = below(d, 16 / u64::from(bytes)) as u8;
        PinsrLane { bytes, index }
    }
}

/// The two registers of `jump_table`.
#[derive(Clone, Copy, Debug)]
pub struct JumpTableRegs {
    /// The index register, which the sequence scales, so never rsp.
    pub index: Gpr,
    /// The scratch register, never `index`.
    pub tmp: Gpr,
}

impl JumpTableRegs {
    /// An index other than rsp, then a scratch register other than it.
    pub fn draw(d: &mut dyn FnMut() -> u64) -> JumpTableRegs {
        let index = pick(d, &[0u8, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
        let tmp = (index + 1 + below(d, 15) as u8) % 16;
        JumpTableRegs { index, tmp }
    }
}

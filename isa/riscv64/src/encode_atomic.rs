//! The A extension: load-reserved and store-conditional, and the atomic
//! memory operations, each on a word or a doubleword at the address in a
//! register, with its memory-ordering bits.

use crate::encode::r_type;
use crate::{Assembler, Reg, ZERO};

const AMO: u32 = 0x2f;

/// An atomic memory operation: `rd = mem[rs1]; mem[rs1] = op(rd, rs2)`.
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmoOp {
    Swap,
    Add,
    Xor,
    And,
    Or,
    Min,
    Max,
    Minu,
    Maxu,
}

impl AmoOp {
    /// The operation's funct5 field.
    fn funct5(self) -> u32 {
        match self {
            AmoOp::Add => 0b00000,
            AmoOp::Swap => 0b00001,
            AmoOp::Xor => 0b00100,
            AmoOp::Or => 0b01000,
            AmoOp::And => 0b01100,
            AmoOp::Min => 0b10000,
            AmoOp::Max => 0b10100,
            AmoOp::Minu => 0b11000,
            AmoOp::Maxu => 0b11100,
        }
    }
}

/// The width of an atomic access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicWidth {
    /// 32 bits (`.w`), sign-extended into `rd`.
    W,
    /// 64 bits (`.d`).
    D,
}

/// The ordering bits of an atomic instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicOrder {
    /// Neither bit: no ordering with other accesses.
    Relaxed,
    /// `aq`: no later access is seen before this one.
    Acquire,
    /// `rl`: this one is not seen before any earlier access.
    Release,
    /// `aq` and `rl`: sequentially consistent.
    AcqRel,
}

impl AtomicOrder {
    /// The `aq` and `rl` bits, as they sit in funct7's low two bits.
    fn bits(self) -> u32 {
        match self {
            AtomicOrder::Relaxed => 0,
            AtomicOrder::Release => 1,
            AtomicOrder::Acquire => 2,
            AtomicOrder::AcqRel => 3,
        }
    }
}

fn amo_word(
    funct5: u32,
    order: AtomicOrder,
    width: AtomicWidth,
    rd: Reg,
    rs2: Reg,
    rs1: Reg,
) -> u32 {
    let funct3 = match width {
        AtomicWidth::W => 2,
        AtomicWidth::D => 3,
    };
    r_type(funct5 << 2 | order.bits(), rs2, rs1, funct3, rd, AMO)
}

impl Assembler {
    /// `lr.{w,d} rd, (addr)`: loads and reserves the address.
    pub fn lr(&mut self, width: AtomicWidth, order: AtomicOrder, rd: Reg, addr: Reg) {
        self.word(amo_word(0b00010, order, width, rd, ZERO, addr));
    }

    /// `sc.{w,d} rd, src, (addr)`: stores `src` if the reservation holds;
    /// `rd` is 0 on success.
    pub fn sc(&mut self, width: AtomicWidth, order: AtomicOrder, rd: Reg, src: Reg, addr: Reg) {
        self.word(amo_word(0b00011, order, width, rd, src, addr));
    }

    /// `amo<op>.{w,d} rd, src, (addr)`: the old value into `rd`, `op` of it
    /// and `src` into memory, atomically.
    pub fn amo(
        &mut self,
        op: AmoOp,
        width: AtomicWidth,
        order: AtomicOrder,
        rd: Reg,
        src: Reg,
        addr: Reg,
    ) {
        self.word(amo_word(op.funct5(), order, width, rd, src, addr));
    }
}

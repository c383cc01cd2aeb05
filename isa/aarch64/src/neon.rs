//! Advanced SIMD (NEON) instructions on whole 128-bit registers: the
//! three-same arithmetic and logic group, and moves of 64-bit lanes to and
//! from general registers.

use crate::encode::{rd, rm, rn};
use crate::{Assembler, Reg};

/// The lane arrangement of a 128-bit vector operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecLanes {
    /// 16 bytes (`.16b`).
    B16,
    /// 8 halfwords (`.8h`).
    H8,
    /// 4 words (`.4s`).
    S4,
    /// 2 doublewords (`.2d`).
    D2,
}

impl VecLanes {
    /// Every arrangement.
    pub const ALL: [VecLanes; 4] = [VecLanes::B16, VecLanes::H8, VecLanes::S4, VecLanes::D2];

    /// The `size` field.
    fn size(self) -> u32 {
        match self {
            VecLanes::B16 => 0,
            VecLanes::H8 => 1,
            VecLanes::S4 => 2,
            VecLanes::D2 => 3,
        }
    }

    /// The arrangement's suffix, as in `v0.16b`.
    pub fn suffix(self) -> &'static str {
        match self {
            VecLanes::B16 => "16b",
            VecLanes::H8 => "8h",
            VecLanes::S4 => "4s",
            VecLanes::D2 => "2d",
        }
    }
}

/// Lane-wise integer operations of the three-same group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecArith {
    /// `add`
    Add,
    /// `sub`
    Sub,
    /// `mul` (not for `.2d`)
    Mul,
    /// `sqadd`: signed saturating add
    Sqadd,
    /// `uqadd`: unsigned saturating add
    Uqadd,
    /// `sqsub`: signed saturating subtract
    Sqsub,
    /// `uqsub`: unsigned saturating subtract
    Uqsub,
}

impl VecArith {
    /// Every operation.
    pub const ALL: [VecArith; 7] = [
        VecArith::Add,
        VecArith::Sub,
        VecArith::Mul,
        VecArith::Sqadd,
        VecArith::Uqadd,
        VecArith::Sqsub,
        VecArith::Uqsub,
    ];

    /// `(U, opcode)` of the three-same encoding.
    fn bits(self) -> (u32, u32) {
        match self {
            VecArith::Add => (0, 0b10000),
            VecArith::Sub => (1, 0b10000),
            VecArith::Mul => (0, 0b10011),
            VecArith::Sqadd => (0, 0b00001),
            VecArith::Uqadd => (1, 0b00001),
            VecArith::Sqsub => (0, 0b00101),
            VecArith::Uqsub => (1, 0b00101),
        }
    }

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecArith::Add => "add",
            VecArith::Sub => "sub",
            VecArith::Mul => "mul",
            VecArith::Sqadd => "sqadd",
            VecArith::Uqadd => "uqadd",
            VecArith::Sqsub => "sqsub",
            VecArith::Uqsub => "uqsub",
        }
    }

    /// Whether the instruction exists for `lanes` (`mul` has no `.2d`).
    pub fn supports(self, lanes: VecLanes) -> bool {
        !(self == VecArith::Mul && lanes == VecLanes::D2)
    }
}

/// Bitwise operations on all 128 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecLogic {
    /// `and`
    And,
    /// `bic`: `a & !b`
    Bic,
    /// `orr`
    Orr,
    /// `eor`
    Eor,
}

impl VecLogic {
    /// Every operation.
    pub const ALL: [VecLogic; 4] = [VecLogic::And, VecLogic::Bic, VecLogic::Orr, VecLogic::Eor];

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecLogic::And => "and",
            VecLogic::Bic => "bic",
            VecLogic::Orr => "orr",
            VecLogic::Eor => "eor",
        }
    }
}

/// The three-same group: `0 1 U 01110 size 1 Rm opcode 1 Rn Rd`.
fn three_same(u: u32, size: u32, opcode: u32, dst: Reg, a: Reg, b: Reg) -> u32 {
    0x4e20_0400 | (u << 29) | (size << 22) | rm(b) | (opcode << 11) | rn(a) | rd(dst)
}

impl Assembler {
    /// `op vd.T, vn.T, vm.T` for arrangement `lanes`. Returns false, emitting
    /// nothing, when the instruction does not exist for `lanes`.
    pub fn vec_arith(&mut self, op: VecArith, lanes: VecLanes, dst: Reg, a: Reg, b: Reg) -> bool {
        if !op.supports(lanes) {
            return false;
        }
        let (u, opcode) = op.bits();
        self.word(three_same(u, lanes.size(), opcode, dst, a, b));
        true
    }

    /// `op vd.16b, vn.16b, vm.16b`.
    pub fn vec_logic(&mut self, op: VecLogic, dst: Reg, a: Reg, b: Reg) {
        let (u, size) = match op {
            VecLogic::And => (0, 0),
            VecLogic::Bic => (0, 1),
            VecLogic::Orr => (0, 2),
            VecLogic::Eor => (1, 0),
        };
        self.word(three_same(u, size, 0b00011, dst, a, b));
    }

    /// `mov vd.d[lane], xn` (`ins`): writes one 64-bit lane.
    pub fn ins_d(&mut self, dst: Reg, lane: u8, src: Reg) {
        self.word(0x4e08_1c00 | (u32::from(lane & 1) << 20) | rn(src) | rd(dst));
    }

    /// `mov xd, vn.d[lane]` (`umov`): reads one 64-bit lane.
    pub fn umov_d(&mut self, dst: Reg, src: Reg, lane: u8) {
        self.word(0x4e08_3c00 | (u32::from(lane & 1) << 20) | rn(src) | rd(dst));
    }
}

//! A z/Architecture (s390x) instruction encoder with labels, fixups and
//! branch relaxation.
//!
//! This crate knows nothing about WebAssembly. It encodes the general
//! register, floating-point and vector instructions kindling needs by
//! hand, in the formats RR, RRE, RRF, RX, RXY, RSY, RI, RIL, RIE and SIL
//! and the vector formats VRX, VRR, VRS and VRI, each instruction 2, 4 or
//! 6 bytes, big-endian. Displacements and immediates that a format can only
//! hold in fewer bits have types whose constructors say whether a value
//! fits; [`Assembler::mov_imm`] materialises any 64-bit constant.
//!
//! Register 0 as a base or index register means "none", as the
//! architecture defines it, so callers must not address memory through r0.
//!
//! Labels, fixups and relaxation are `kindling-isa-buffer`'s. Every
//! pc-relative field counts halfwords. The 16-bit ones (`brc`, the
//! compare-and-branch forms) reach ±64 KiB, so a forward reference that
//! could fall out of reach is retargeted to a `brcl` veneer (±4 GiB) in an
//! island, and a backward branch to a label already out of reach is
//! emitted long at once.

mod encode;
mod encode_fp;
mod encode_vector;
mod fixup;
mod ops;

#[cfg(test)]
mod decode_tests;
#[cfg(any(test, feature = "forms"))]
pub mod forms;
#[cfg(test)]
mod tests;

use fixup::Fixup;
use kindling_isa_buffer::CodeBuffer;
pub use kindling_isa_buffer::Label;
pub use ops::{
    CmpBranchOp, CmpImmBranchOp, CmpTrapImmOp, CondRegOp, DistinctOp, FpMemOp, FpRegOp, FpRoundOp,
    FpToIntOp, Imm16Op, Imm32Op, IntToFpOp, MemOp, PairOp, RegOp, RsyOp, VecMemOp, VecRrOp,
    VecRrrOp, VecRrrrOp, VecShiftOp,
};

/// A general register number (`0..=15`).
pub type Reg = u8;

/// The return-address register, r14.
pub const RA: Reg = 14;
/// The stack pointer, r15.
pub const SP: Reg = 15;

/// A signed 20-bit displacement (RXY, RSY): `-524288..=524287`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Disp20(i32);

impl Disp20 {
    /// `value` if it fits in 20 signed bits.
    pub fn new(value: i64) -> Option<Disp20> {
        (-(1 << 19)..(1 << 19))
            .contains(&value)
            .then_some(Disp20(value as i32))
    }

    /// The value.
    pub fn get(self) -> i32 {
        self.0
    }
}

/// An unsigned 12-bit displacement (RX, SIL): `0..=4095`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Disp12(u16);

impl Disp12 {
    /// `value` if it fits in 12 unsigned bits.
    pub fn new(value: i64) -> Option<Disp12> {
        (0..4096).contains(&value).then_some(Disp12(value as u16))
    }

    /// The value.
    pub fn get(self) -> u16 {
        self.0
    }
}

/// A condition-code mask (`0..=15`): bit 8 selects condition code 0, 4
/// code 1, 2 code 2 and 1 code 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mask(u8);

impl Mask {
    /// Never.
    pub const NEVER: Mask = Mask(0);
    /// Always.
    pub const ALWAYS: Mask = Mask(15);
    /// Equal (after a compare), or zero.
    pub const EQ: Mask = Mask(8);
    /// Not equal.
    pub const NE: Mask = Mask(7);
    /// Low (first operand less).
    pub const LT: Mask = Mask(4);
    /// Low or equal.
    pub const LE: Mask = Mask(12);
    /// High (first operand greater).
    pub const GT: Mask = Mask(2);
    /// High or equal.
    pub const GE: Mask = Mask(10);

    /// `bits` if it is a mask (below 16).
    pub fn new(bits: u8) -> Option<Mask> {
        (bits < 16).then_some(Mask(bits))
    }

    /// The mask bits.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// The complementary mask: taken exactly when this one is not.
    pub fn invert(self) -> Mask {
        Mask(!self.0 & 15)
    }
}

/// An instruction-encoding error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsmError(pub String);

impl std::fmt::Display for AsmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AsmError {}

/// An s390x assembler: code, labels and pending label references.
#[derive(Default)]
pub struct Assembler {
    buf: CodeBuffer<Fixup>,
}

impl Assembler {
    kindling_isa_buffer::forward_to_buffer!(AsmError);
}

//! An RV64 instruction encoder with labels, fixups and branch relaxation.
//!
//! This crate knows nothing about WebAssembly. It encodes the RV64I base
//! formats (R, I, S, B, U, J), the M, A, F and D extensions, the Zba and
//! Zbb bit-manipulation extensions and the V vector extension by hand,
//! every instruction one little-endian 32-bit word (no compressed forms). Immediates that the
//! formats can only hold in 12 or 20 bits have types whose constructors say
//! whether a value fits; [`Assembler::mov_imm`] materialises any 64-bit
//! constant.
//!
//! Labels, fixups and relaxation are `kindling-isa-buffer`'s. Conditional
//! branches reach only ±4 KiB and `jal` ±1 MiB, so:
//! - a forward branch that could fall out of reach is retargeted to a
//!   `jal zero` veneer in an island, and a forward `jal` to an
//!   `auipc t6; jalr zero, t6` veneer (±2 GiB): t6 is this encoder's
//!   scratch register, which its users must not allocate;
//! - a backward branch or jump to a label already out of reach is emitted
//!   long at once: the inverted branch over a `jal`, or `auipc`/`jalr`.

mod encode;
mod encode_atomic;
mod encode_fp;
mod encode_vector;
mod fixup;
mod vector;

#[cfg(any(test, feature = "forms"))]
pub mod forms;
#[cfg(test)]
mod tests;

pub use encode_atomic::{AmoOp, AtomicOrder, AtomicWidth};
use fixup::Fixup;
use kindling_isa_buffer::CodeBuffer;
pub use kindling_isa_buffer::Label;
pub use vector::{Lmul, Sew, SrcKind, VReg, VSrc, VecOp, VecToScalar, VecUnary};

/// An integer register number (`0..=31`).
pub type Reg = u8;

/// The zero register, x0.
pub const ZERO: Reg = 0;
/// The return-address register, x1.
pub const RA: Reg = 1;
/// The stack pointer, x2.
pub const SP: Reg = 2;
/// The frame pointer, x8 (s0).
pub const FP: Reg = 8;
/// The scratch register far veneers and long branches use, x31 (t6).
pub const VENEER_SCRATCH: Reg = 31;

/// A signed 12-bit immediate (I- and S-type).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Imm12(i16);

impl Imm12 {
    /// `value` if it fits in 12 signed bits.
    pub fn new(value: i64) -> Option<Imm12> {
        (-2048..=2047)
            .contains(&value)
            .then_some(Imm12(value as i16))
    }
    /// The value.
    pub fn get(self) -> i64 {
        i64::from(self.0)
    }
}

/// A 20-bit immediate for `lui` and `auipc` (the instruction's bits 31..12).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Imm20(u32);

impl Imm20 {
    /// `value` if it fits in 20 unsigned bits.
    pub fn new(value: u32) -> Option<Imm20> {
        (value < 1 << 20).then_some(Imm20(value))
    }
    /// The value.
    pub fn get(self) -> u32 {
        self.0
    }
}

/// Register-register operations (R-type), 64-bit, with M.
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AluOp {
    Add,
    Sub,
    Sll,
    Slt,
    Sltu,
    Xor,
    Srl,
    Sra,
    Or,
    And,
    Mul,
    Mulh,
    Mulhsu,
    Mulhu,
    Div,
    Divu,
    Rem,
    Remu,
    /// Zbb
    Andn,
    /// Zbb
    Orn,
    /// Zbb
    Xnor,
    /// Zbb
    Min,
    /// Zbb
    Minu,
    /// Zbb
    Max,
    /// Zbb
    Maxu,
    /// Zbb
    Rol,
    /// Zbb
    Ror,
    /// Zba
    Sh1add,
    /// Zba
    Sh2add,
    /// Zba
    Sh3add,
}

/// Register-register operations on the low 32 bits, sign-extending the
/// result (R-type, opcode OP-32), with M.
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AluWOp {
    Addw,
    Subw,
    Sllw,
    Srlw,
    Sraw,
    Mulw,
    Divw,
    Divuw,
    Remw,
    Remuw,
    /// Zba: `rs1`'s low 32 bits zero-extended, plus `rs2`
    AddUw,
    /// Zbb
    Rolw,
    /// Zbb
    Rorw,
}

/// Register-immediate operations (I-type, opcode OP-IMM).
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImmOp {
    Addi,
    Slti,
    Sltiu,
    Xori,
    Ori,
    Andi,
}

/// Shifts by an immediate: 64-bit (amount `0..64`) or, with `W`, on the
/// low 32 bits (amount `0..32`).
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftImmOp {
    Slli,
    Srli,
    Srai,
    Slliw,
    Srliw,
    Sraiw,
    /// Zbb: rotate right (amount `0..64`)
    Rori,
    /// Zbb: rotate the low 32 bits right, sign-extending (amount `0..32`)
    Roriw,
    /// Zba: shift the zero-extended low 32 bits left (amount `0..64`)
    SlliUw,
}

/// One-register Zbb operations.
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BitOp {
    Clz,
    Clzw,
    Ctz,
    Ctzw,
    Cpop,
    Cpopw,
    SextB,
    SextH,
    ZextH,
    Rev8,
}

/// A float register number (`0..=31`).
pub type FReg = u8;

/// The precision of a float operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FSize {
    /// single (F), `.s`
    S,
    /// double (D), `.d`
    D,
}

/// Two-operand float operations (the sign injections included).
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FpBinOp {
    Fadd,
    Fsub,
    Fmul,
    Fdiv,
    Fmin,
    Fmax,
    Fsgnj,
    Fsgnjn,
    Fsgnjx,
}

/// Float comparisons into an integer register (false on NaN).
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FpCmp {
    Feq,
    Flt,
    Fle,
}

/// The integer side of a conversion: `w`, `wu`, `l` or `lu`.
#[allow(missing_docs)] // the instruction suffixes
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    W,
    Wu,
    L,
    Lu,
}

/// A static rounding mode.
#[allow(missing_docs)] // the assembler's names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    Rne,
    Rtz,
    Rdn,
    Rup,
}

/// Loads, by width and extension.
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadOp {
    Lb,
    Lh,
    Lw,
    Ld,
    Lbu,
    Lhu,
    Lwu,
}

/// Stores, by width.
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreOp {
    Sb,
    Sh,
    Sw,
    Sd,
}

/// Branch conditions (B-type), comparing two registers.
#[allow(missing_docs)] // the instruction names
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchCond {
    Eq,
    Ne,
    Lt,
    Ge,
    Ltu,
    Geu,
}

impl BranchCond {
    /// The condition that holds exactly when this one does not.
    pub fn invert(self) -> BranchCond {
        match self {
            BranchCond::Eq => BranchCond::Ne,
            BranchCond::Ne => BranchCond::Eq,
            BranchCond::Lt => BranchCond::Ge,
            BranchCond::Ge => BranchCond::Lt,
            BranchCond::Ltu => BranchCond::Geu,
            BranchCond::Geu => BranchCond::Ltu,
        }
    }
}

/// Errors from finishing a function's code.
#[derive(Debug)]
pub struct AsmError(pub String);

impl std::fmt::Display for AsmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "riscv64 assembler: {}", self.0)
    }
}

impl std::error::Error for AsmError {}

/// The RV64 assembler: an instruction encoder over a reusable
/// [`CodeBuffer`], which places the veneers.
#[derive(Default)]
pub struct Assembler {
    buf: CodeBuffer<Fixup>,
}

impl Assembler {
    kindling_isa_buffer::forward_to_buffer!(AsmError);

    /// Appends one instruction word.
    pub fn word(&mut self, word: u32) {
        self.buf.put(&word.to_le_bytes());
    }

    /// Overwrites the instruction word at `offset` (a frame size patched in
    /// once known).
    pub fn patch_word(&mut self, offset: u32, word: u32) {
        self.buf.patch(offset, &word.to_le_bytes());
    }
}

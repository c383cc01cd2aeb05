//! An AArch64 instruction encoder with labels and fixups.
//!
//! This crate knows nothing about WebAssembly. It encodes the A64
//! instruction forms kindling's aarch64 `MacroAssembler` needs, by hand: every
//! instruction is one little-endian 32-bit word built from its fields.
//! Immediates that A64 can only encode in some shapes (add/sub immediates,
//! logical bitmasks, load/store offsets) have types whose constructors say
//! whether a value fits, so an unencodable instruction cannot be requested;
//! [`Assembler::mov_imm`] materialises any 64-bit constant.
//!
//! Labels, fixups and branch relaxation are `kindling-isa-buffer`'s, shared
//! with the other hand-written encoders: references are fixed up in one
//! linear pass when the function is finished, and forward conditional
//! branches (±1 MiB) that could fall out of range are retargeted to `b label`
//! veneers in islands, placed after unconditional branches or, behind a `b`
//! over them, at the safe points the masm marks ([`Assembler::island_point`]).
//! A branch that still cannot reach its target fails with an [`AsmError`]
//! instead of being encoded wrongly.
//!
//! Registers are numbers `0..=31`. Number 31 is the zero register in most
//! instructions and the stack pointer in the few that say so ([`SP`]).

mod encode;
mod imm;
mod neon;
mod neon_shape;

pub use imm::{Imm12, LogicalImm};
pub use neon::{VecArith, VecFloat, VecFloatUnary, VecLanes, VecLogic};
pub use neon_shape::{VecAcross, VecMisc, VecNarrow, VecShiftImm, VecWiden};

/// A general-purpose or vector register number (`0..=31`).
pub type Reg = u8;

/// The zero register (in data-processing instructions).
pub const ZR: Reg = 31;
/// The stack pointer (in add/sub-immediate and load/store base operands).
pub const SP: Reg = 31;
/// The frame pointer, x29.
pub const FP: Reg = 29;
/// The link register, x30.
pub const LR: Reg = 30;

/// Operand width: 32-bit (`w`/`s` registers) or 64-bit (`x`/`d` registers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// 32 bits.
    S32,
    /// 64 bits.
    S64,
}

impl Size {
    /// The width in bits.
    pub fn bits(self) -> u32 {
        match self {
            Size::S32 => 32,
            Size::S64 => 64,
        }
    }
    fn sf(self) -> u32 {
        match self {
            Size::S32 => 0,
            Size::S64 => 1 << 31,
        }
    }
    /// The `type` field of a scalar floating-point instruction.
    fn ftype(self) -> u32 {
        match self {
            Size::S32 => 0,
            Size::S64 => 1 << 22,
        }
    }
}

/// Condition codes, with their hardware encodings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    /// equal
    Eq = 0,
    /// not equal
    Ne = 1,
    /// unsigned higher or same (carry set)
    Hs = 2,
    /// unsigned lower (carry clear)
    Lo = 3,
    /// negative
    Mi = 4,
    /// positive or zero
    Pl = 5,
    /// overflow
    Vs = 6,
    /// no overflow
    Vc = 7,
    /// unsigned higher
    Hi = 8,
    /// unsigned lower or same
    Ls = 9,
    /// signed greater or equal
    Ge = 10,
    /// signed less than
    Lt = 11,
    /// signed greater than
    Gt = 12,
    /// signed less or equal
    Le = 13,
}

/// Every condition, by encoding.
pub const ALL_CONDS: [Cond; 14] = [
    Cond::Eq,
    Cond::Ne,
    Cond::Hs,
    Cond::Lo,
    Cond::Mi,
    Cond::Pl,
    Cond::Vs,
    Cond::Vc,
    Cond::Hi,
    Cond::Ls,
    Cond::Ge,
    Cond::Lt,
    Cond::Gt,
    Cond::Le,
];

impl Cond {
    /// The condition that holds exactly when `self` does not.
    pub fn invert(self) -> Cond {
        ALL_CONDS[(self as usize) ^ 1]
    }
}

/// Add and subtract, with or without setting the flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddSub {
    /// `add`
    Add,
    /// `adds`
    Adds,
    /// `sub`
    Sub,
    /// `subs` (`cmp` when the destination is the zero register)
    Subs,
}

/// Bitwise operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Logic {
    /// `and`
    And,
    /// `orr`
    Orr,
    /// `eor`
    Eor,
    /// `ands` (`tst` when the destination is the zero register)
    Ands,
}

/// Shifts and rotates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// logical shift left
    Lsl,
    /// logical shift right
    Lsr,
    /// arithmetic shift right
    Asr,
    /// rotate right
    Ror,
}

/// Sign and zero extensions of a register's low bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extend {
    /// `sxtb`
    Sxtb,
    /// `sxth`
    Sxth,
    /// `sxtw` (64-bit destination only)
    Sxtw,
    /// `uxtb`
    Uxtb,
    /// `uxth`
    Uxth,
}

/// Loads and stores, by access and destination kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemOp {
    /// `ldr x`
    Ldr64,
    /// `ldr w`
    Ldr32,
    /// `ldrh w` (zero-extending)
    Ldrh,
    /// `ldrb w` (zero-extending)
    Ldrb,
    /// `ldrsb x`
    Ldrsb64,
    /// `ldrsb w`
    Ldrsb32,
    /// `ldrsh x`
    Ldrsh64,
    /// `ldrsh w`
    Ldrsh32,
    /// `ldrsw x`
    Ldrsw,
    /// `str x`
    Str64,
    /// `str w`
    Str32,
    /// `strh w`
    Strh,
    /// `strb w`
    Strb,
    /// `ldr d`
    LdrD,
    /// `ldr s`
    LdrS,
    /// `ldr q`
    LdrQ,
    /// `str d`
    StrD,
    /// `str s`
    StrS,
    /// `str q`
    StrQ,
}

impl MemOp {
    /// log2 of the access size in bytes.
    pub fn scale(self) -> u32 {
        use MemOp::*;
        match self {
            Ldrb | Ldrsb64 | Ldrsb32 | Strb => 0,
            Ldrh | Ldrsh64 | Ldrsh32 | Strh => 1,
            Ldr32 | Ldrsw | Str32 | LdrS | StrS => 2,
            Ldr64 | Str64 | LdrD | StrD => 3,
            LdrQ | StrQ => 4,
        }
    }

    /// Whether `offset` fits this access's immediate forms: a scaled
    /// unsigned 12-bit offset or an unscaled signed 9-bit one.
    pub fn offset_fits(self, offset: i64) -> bool {
        let scaled =
            offset >= 0 && offset % (1 << self.scale()) == 0 && (offset >> self.scale()) < 4096;
        scaled || (-256..=255).contains(&offset)
    }
}

/// Floating-point operations with two sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FpBinOp {
    /// `fadd`
    Add,
    /// `fsub`
    Sub,
    /// `fmul`
    Mul,
    /// `fdiv`
    Div,
    /// `fmax` (NaN-propagating, -0 < +0: wasm's `max`)
    Max,
    /// `fmin` (NaN-propagating, -0 < +0: wasm's `min`)
    Min,
}

/// Floating-point operations with one source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FpUnOp {
    /// `fmov` (register copy)
    Mov,
    /// `fabs`
    Abs,
    /// `fneg`
    Neg,
    /// `fsqrt`
    Sqrt,
    /// `frintn` (to nearest, ties to even)
    RoundNearest,
    /// `frintp` (toward +inf)
    Ceil,
    /// `frintm` (toward -inf)
    Floor,
    /// `frintz` (toward zero)
    Trunc,
}

/// Errors from finishing a function's code.
#[derive(Debug)]
pub struct AsmError(pub String);

impl std::fmt::Display for AsmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "aarch64 assembler: {}", self.0)
    }
}

impl std::error::Error for AsmError {}

pub use kindling_isa_buffer::Label;
use kindling_isa_buffer::{or_le_word, CodeBuffer, FixupKind, Jump};

/// The kinds of label reference, by the field that holds the displacement.
#[derive(Clone, Copy, Debug)]
enum Fixup {
    /// `b`: a signed 26-bit word displacement at bits 0..26.
    Imm26,
    /// `b.cond`, `cbz`, `cbnz`: a signed 19-bit word displacement at 5..24.
    Imm19,
    /// `adr`: a signed 21-bit byte displacement split over 29..31 and 5..24.
    Adr,
}

/// `b` with a zero displacement, little-endian.
const B: [u8; 4] = 0x1400_0000u32.to_le_bytes();

impl FixupKind for Fixup {
    const COUNT: usize = 3;
    fn index(self) -> usize {
        self as usize
    }
    fn reach(self) -> Option<u32> {
        match self {
            // ±1 MiB; `b` reaches ±128 MiB, more than any function, and
            // `adr` only addresses a jump table that follows at once.
            Fixup::Imm19 => Some((1 << 20) - 4),
            Fixup::Imm26 | Fixup::Adr => None,
        }
    }
    fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool {
        let delta = i64::from(target) - i64::from(at);
        let (bits, shift) = match self {
            Fixup::Imm26 => (26, 2),
            Fixup::Imm19 => (19, 2),
            Fixup::Adr => (21, 0),
        };
        let units = delta >> shift;
        let limit = 1i64 << (bits - 1);
        if !(-limit..limit).contains(&units) || delta & ((1 << shift) - 1) != 0 {
            return false;
        }
        let field = (units as u32) & ((1 << bits) - 1);
        let bits = match self {
            Fixup::Imm26 => field,
            Fixup::Imm19 => field << 5,
            Fixup::Adr => ((field & 3) << 29) | ((field >> 2) << 5),
        };
        or_le_word(code, at as usize, bits);
        true
    }
    fn veneer(self) -> Option<Jump<Fixup>> {
        matches!(self, Fixup::Imm19).then_some(Jump {
            bytes: &B,
            kind: Fixup::Imm26,
        })
    }
    fn jump_over() -> Jump<Fixup> {
        Jump {
            bytes: &B,
            kind: Fixup::Imm26,
        }
    }
}

/// The AArch64 assembler: an instruction encoder over a reusable
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

    /// Overwrites the instruction word at `offset`.
    pub fn patch_word(&mut self, offset: u32, word: u32) {
        self.buf.patch(offset, &word.to_le_bytes());
    }

    /// The instruction word at `offset`.
    pub fn word_at(&self, offset: u32) -> u32 {
        let at = offset as usize;
        let code = self.buf.code();
        u32::from_le_bytes([code[at], code[at + 1], code[at + 2], code[at + 3]])
    }

    fn reference(&mut self, label: Label, fixup: Fixup, word: u32) {
        self.buf.reference(label, fixup);
        self.word(word);
    }

    /// Called after an unconditional branch: a free island goes here once
    /// a pending conditional branch is half its reach behind.
    fn island_if_due(&mut self) {
        self.buf.barrier();
    }
}

#[cfg(any(test, feature = "forms"))]
pub mod forms;

#[cfg(test)]
mod tests;

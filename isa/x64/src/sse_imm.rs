//! Packed SSE instructions with an immediate (`op xmm, xmm, imm8`), the
//! move-mask instructions (`op r32, xmm`) and the FMA3 instructions, with
//! their [`Assembler`] methods.

use crate::vex::{Encoding, Map, Prefix};
use crate::{Assembler, Gpr};
use dynasmrt::{dynasm, DynasmApi};

/// Packed SSE instructions of the form `op xmm, xmm, imm8`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackedImmOp {
    /// `shufps`: two f32 lanes of dst, then two of src, picked by the immediate
    Shufps,
    /// `roundps` (SSE4.1): rounding by mode (0 nearest, 1 floor, 2 ceil, 3 trunc)
    Roundps,
    /// `roundpd` (SSE4.1)
    Roundpd,
    /// `palignr` (SSSE3): bytes `imm..imm + 16` of `dst:src`
    Palignr,
    /// `pshuflw`: the low four words of src picked by the immediate
    Pshuflw,
    /// `pshufhw`: the high four words of src picked by the immediate
    Pshufhw,
    /// `pblendw` (SSE4.1): words of src where the immediate's bit is set
    Pblendw,
}

impl PackedImmOp {
    /// Every operation.
    pub const ALL: [PackedImmOp; 7] = [
        PackedImmOp::Shufps,
        PackedImmOp::Roundps,
        PackedImmOp::Roundpd,
        PackedImmOp::Palignr,
        PackedImmOp::Pshuflw,
        PackedImmOp::Pshufhw,
        PackedImmOp::Pblendw,
    ];

    /// The instruction's mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            PackedImmOp::Shufps => "shufps",
            PackedImmOp::Roundps => "roundps",
            PackedImmOp::Roundpd => "roundpd",
            PackedImmOp::Palignr => "palignr",
            PackedImmOp::Pshuflw => "pshuflw",
            PackedImmOp::Pshufhw => "pshufhw",
            PackedImmOp::Pblendw => "pblendw",
        }
    }

    /// The encoding of the legacy form `op dst, src, imm` and of the VEX
    /// form `vop dst, src1, src2, imm` (`vop dst, src, imm` for the
    /// one-source operations).
    pub fn encoding(self) -> Encoding {
        use Map::*;
        use Prefix::*;
        match self {
            PackedImmOp::Shufps => Encoding::new(None, M0F, 0xc6),
            PackedImmOp::Roundps => Encoding::new(P66, M0F3A, 0x08).two(),
            PackedImmOp::Roundpd => Encoding::new(P66, M0F3A, 0x09).two(),
            PackedImmOp::Palignr => Encoding::new(P66, M0F3A, 0x0f),
            PackedImmOp::Pshuflw => Encoding::new(F2, M0F, 0x70).two(),
            PackedImmOp::Pshufhw => Encoding::new(F3, M0F, 0x70).two(),
            PackedImmOp::Pblendw => Encoding::new(P66, M0F3A, 0x0e),
        }
    }
}

/// Instructions that gather the top bit of each lane into a general register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveMaskOp {
    /// `pmovmskb`: one bit per byte
    Pmovmskb,
    /// `movmskps`: one bit per 32-bit lane
    Movmskps,
    /// `movmskpd`: one bit per 64-bit lane
    Movmskpd,
}

impl MoveMaskOp {
    /// Every operation.
    pub const ALL: [MoveMaskOp; 3] = [
        MoveMaskOp::Pmovmskb,
        MoveMaskOp::Movmskps,
        MoveMaskOp::Movmskpd,
    ];

    /// The instruction's mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            MoveMaskOp::Pmovmskb => "pmovmskb",
            MoveMaskOp::Movmskps => "movmskps",
            MoveMaskOp::Movmskpd => "movmskpd",
        }
    }
}

/// FMA3 instructions `op dst, b, c` in the 213 operand order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FmaOp {
    /// `vfmadd213ps`: `dst = dst * b + c`
    Vfmadd213ps,
    /// `vfmadd213pd`
    Vfmadd213pd,
    /// `vfnmadd213ps`: `dst = -(dst * b) + c`
    Vfnmadd213ps,
    /// `vfnmadd213pd`
    Vfnmadd213pd,
}

impl FmaOp {
    /// Every operation.
    pub const ALL: [FmaOp; 4] = [
        FmaOp::Vfmadd213ps,
        FmaOp::Vfmadd213pd,
        FmaOp::Vfnmadd213ps,
        FmaOp::Vfnmadd213pd,
    ];

    /// The instruction's mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            FmaOp::Vfmadd213ps => "vfmadd213ps",
            FmaOp::Vfmadd213pd => "vfmadd213pd",
            FmaOp::Vfnmadd213ps => "vfnmadd213ps",
            FmaOp::Vfnmadd213pd => "vfnmadd213pd",
        }
    }
}

impl Assembler {
    /// `op dst, src, imm`.
    pub fn packed_imm(&mut self, op: PackedImmOp, dst: u8, src: u8, imm: u8) {
        self.encode_legacy(op.encoding(), dst, src);
        self.ops.push(imm);
    }

    /// `vop dst, src1, src2, imm` (AVX): `op` on `dst = src1` and `src2`
    /// without the copy; a one-source operation ignores `src1`.
    pub fn packed_imm_vex(&mut self, op: PackedImmOp, dst: u8, src1: u8, src2: u8, imm: u8) {
        let enc = op.encoding();
        let src1 = if enc.three { src1 } else { 0 };
        self.encode_vex(enc, false, dst, src1, src2);
        self.ops.push(imm);
    }

    /// `op dst, src`: the top bit of each lane of `src` into the low bits of
    /// `dst`, the rest zero.
    pub fn move_mask(&mut self, op: MoveMaskOp, dst: Gpr, src: u8) {
        match op {
            MoveMaskOp::Pmovmskb => dynasm!(self.ops ; .arch x64 ; pmovmskb Rd(dst), Rx(src)),
            MoveMaskOp::Movmskps => dynasm!(self.ops ; .arch x64 ; movmskps Rd(dst), Rx(src)),
            MoveMaskOp::Movmskpd => dynasm!(self.ops ; .arch x64 ; movmskpd Rd(dst), Rx(src)),
        }
    }

    /// `op dst, b, c` (FMA3), encoded from the VEX table rather than by
    /// dynasm, which drops VEX.W for the `pd` forms.
    pub fn fma(&mut self, op: FmaOp, dst: u8, b: u8, c: u8) {
        let (opcode, wide) = match op {
            FmaOp::Vfmadd213ps => (0xa8, false),
            FmaOp::Vfmadd213pd => (0xa8, true),
            FmaOp::Vfnmadd213ps => (0xac, false),
            FmaOp::Vfnmadd213pd => (0xac, true),
        };
        let enc = Encoding::new(Prefix::P66, Map::M0F38, opcode);
        self.encode_vex(enc, wide, dst, b, c);
    }
}

//! Packed SSE instructions with an immediate (`op xmm, xmm, imm8`), the
//! move-mask instructions (`op r32, xmm`) and the FMA3 instructions, with
//! their [`Assembler`] methods.

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
        let imm = imm as i8;
        match op {
            PackedImmOp::Shufps => {
                dynasm!(self.ops ; .arch x64 ; shufps Rx(dst), Rx(src), BYTE imm)
            }
            PackedImmOp::Roundps => {
                dynasm!(self.ops ; .arch x64 ; roundps Rx(dst), Rx(src), BYTE imm)
            }
            PackedImmOp::Roundpd => {
                dynasm!(self.ops ; .arch x64 ; roundpd Rx(dst), Rx(src), BYTE imm)
            }
            PackedImmOp::Palignr => {
                dynasm!(self.ops ; .arch x64 ; palignr Rx(dst), Rx(src), BYTE imm)
            }
            PackedImmOp::Pshuflw => {
                dynasm!(self.ops ; .arch x64 ; pshuflw Rx(dst), Rx(src), BYTE imm)
            }
            PackedImmOp::Pshufhw => {
                dynasm!(self.ops ; .arch x64 ; pshufhw Rx(dst), Rx(src), BYTE imm)
            }
            PackedImmOp::Pblendw => {
                dynasm!(self.ops ; .arch x64 ; pblendw Rx(dst), Rx(src), BYTE imm)
            }
        }
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

    /// `op dst, b, c` (FMA3), encoded by hand: dynasm drops VEX.W for the
    /// `pd` forms.
    pub fn fma(&mut self, op: FmaOp, dst: u8, b: u8, c: u8) {
        let (opcode, wide) = match op {
            FmaOp::Vfmadd213ps => (0xa8, false),
            FmaOp::Vfmadd213pd => (0xa8, true),
            FmaOp::Vfnmadd213ps => (0xac, false),
            FmaOp::Vfnmadd213pd => (0xac, true),
        };
        // Three-byte VEX: inverted R, X, B; map 0F38; W, inverted vvvv, L=0,
        // pp=66.
        let r = (dst >> 3) & 1;
        let rm = (c >> 3) & 1;
        let byte1 = ((r ^ 1) << 7) | (1 << 6) | ((rm ^ 1) << 5) | 0x02;
        let byte2 = (u8::from(wide) << 7) | ((!b & 0xf) << 3) | 0x01;
        for byte in [
            0xc4,
            byte1,
            byte2,
            opcode,
            0xc0 | ((dst & 7) << 3) | (c & 7),
        ] {
            self.ops.push(byte);
        }
    }
}

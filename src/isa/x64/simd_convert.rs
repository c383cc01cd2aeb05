//! The x86_64 masm's width-changing and converting v128 operations:
//! extension, narrowing, extended multiplies, pairwise additions, dot
//! products, `q15mulr`, float roundings and int/float conversions. The
//! saturating conversions use Cranelift 0.99's x64 sequences.

use super::{X64Masm, XMM_SCRATCH, XMM_SCRATCH2};
use crate::masm::{FloatUnOp, MemSize, SimdBinOp, SimdUnOp};
use kindling_isa_x64::{EvexOp, PackedImmOp, PackedOp, PackedShift};

impl X64Masm {
    /// `pmovsx`/`pmovzx` (SSE4.1) to lanes of `to`.
    fn extend_op(to: MemSize, signed: bool) -> Option<PackedOp> {
        use PackedOp::*;
        Some(match (to, signed) {
            (MemSize::S16, true) => Pmovsxbw,
            (MemSize::S16, false) => Pmovzxbw,
            (MemSize::S32, true) => Pmovsxwd,
            (MemSize::S32, false) => Pmovzxwd,
            (MemSize::S64, true) => Pmovsxdq,
            (MemSize::S64, false) => Pmovzxdq,
            _ => return None,
        })
    }

    /// `d` = the low (or high) half of `s` extended to lanes of `to`.
    fn extend_half(&mut self, to: MemSize, signed: bool, high: bool, d: u8, s: u8) -> bool {
        let Some(op) = Self::extend_op(to, signed) else {
            return false;
        };
        if !self.features.has_sse41 {
            return false;
        }
        if high {
            self.asm.pshufd(d, s, 0xee);
            self.asm.packed(op, d, d);
        } else {
            self.asm.packed(op, d, s);
        }
        true
    }

    /// The width-changing and converting one-operand operations.
    pub(super) fn simd_convert(&mut self, op: SimdUnOp, lane: MemSize, d: u8, s: u8) -> bool {
        use PackedOp::*;
        use SimdUnOp as U;
        let (s1, s2) = (XMM_SCRATCH, XMM_SCRATCH2);
        match op {
            U::ExtendLowS => return self.extend_half(lane, true, false, d, s),
            U::ExtendLowU => return self.extend_half(lane, false, false, d, s),
            U::ExtendHighS => return self.extend_half(lane, true, true, d, s),
            U::ExtendHighU => return self.extend_half(lane, false, true, d, s),
            U::ExtAddPairwiseS | U::ExtAddPairwiseU => {
                return self.extadd_pairwise(op == U::ExtAddPairwiseS, lane, d, s)
            }
            U::F32x4ConvertI32x4S => self.asm.packed(Cvtdq2ps, d, s),
            U::F64x2ConvertLowI32x4S => self.asm.packed(Cvtdq2pd, d, s),
            U::F32x4DemoteF64x2Zero => self.asm.packed(Cvtpd2ps, d, s),
            U::F64x2PromoteLowF32x4 => self.asm.packed(Cvtps2pd, d, s),
            U::RelaxedTruncF32x4S => self.asm.packed(Cvttps2dq, d, s),
            U::RelaxedTruncF64x2SZero => self.asm.packed(Cvttpd2dq, d, s),
            U::F32x4ConvertI32x4U if self.avx512(false) => {
                self.asm.evex(EvexOp::Vcvtudq2ps, d, 0, s);
            }
            U::F32x4ConvertI32x4U => {
                // The low 16 bits convert exactly; the high part is halved,
                // converted, doubled, and the two added.
                self.shift3(PackedShift::Pslld, s1, s, 16);
                self.asm.packed_shift_imm(PackedShift::Psrld, s1, 16);
                self.packed3(Psubd, d, s, s1);
                self.asm.packed(Cvtdq2ps, s1, s1);
                self.asm.packed_shift_imm(PackedShift::Psrld, d, 1);
                self.asm.packed(Cvtdq2ps, d, d);
                self.asm.packed(Addps, d, d);
                self.asm.packed(Addps, d, s1);
            }
            U::I32x4TruncSatF32x4S => {
                // NaN lanes to 0, convert, and positive overflow (0x80000000
                // from a non-negative lane) to 0x7fffffff.
                self.float_cmp3(false, 0, s1, s, s);
                self.packed3(Andps, d, s, s1);
                self.asm.packed(Pxor, s1, d);
                self.asm.packed(Cvttps2dq, d, d);
                self.asm.packed(Pand, s1, d);
                self.asm.packed_shift_imm(PackedShift::Psrad, s1, 31);
                self.asm.packed(Pxor, d, s1);
            }
            U::I32x4TruncSatF32x4U | U::RelaxedTruncF32x4U => {
                if !self.features.has_sse41 {
                    return false;
                }
                // max(x, 0) converts directly below 2^31; lanes at or above
                // 2^31 convert `x - 2^31` and add it; lanes at or above 2^32
                // saturate.
                self.asm.packed(Pxor, s2, s2);
                self.packed3(Maxps, d, s, s2);
                self.asm.packed(Pcmpeqd, s2, s2);
                self.asm.packed_shift_imm(PackedShift::Psrld, s2, 1);
                self.asm.packed(Cvtdq2ps, s2, s2);
                self.packed3(Subps, s1, d, s2);
                self.asm.packed(Cvttps2dq, d, d);
                self.asm.packed_float_cmp(false, 2, s2, s1);
                self.asm.packed(Cvttps2dq, s1, s1);
                self.asm.packed(Pxor, s1, s2);
                self.asm.packed(Pxor, s2, s2);
                self.asm.packed(Pmaxsd, s1, s2);
                self.asm.packed(Paddd, d, s1);
            }
            U::I32x4TruncSatF64x2SZero => {
                // Clamp to 2147483647.0 (NaN lanes to 0 by `minpd`), convert.
                self.float_cmp3(true, 0, s1, s, s);
                self.splat64(s2, 2_147_483_647f64.to_bits());
                self.asm.packed(Andps, s1, s2);
                self.packed3(Minpd, d, s, s1);
                self.asm.packed(Cvttpd2dq, d, d);
            }
            U::I32x4TruncSatF64x2UZero | U::RelaxedTruncF64x2UZero => {
                if !self.features.has_sse41 {
                    return false;
                }
                // Clamp to [0, 4294967295.0], truncate, add 2^52 so the
                // integer is the low half of each double, pick those halves.
                self.asm.packed(Pxor, s1, s1);
                self.packed3(Maxpd, d, s, s1);
                self.splat64(s2, 4_294_967_295f64.to_bits());
                self.asm.packed(Minpd, d, s2);
                self.asm.packed_imm(PackedImmOp::Roundpd, d, d, 3);
                self.splat64(s2, 4_503_599_627_370_496f64.to_bits());
                self.asm.packed(Addpd, d, s2);
                self.asm.packed_imm(PackedImmOp::Shufps, d, s1, 0x88);
            }
            _ => return false,
        }
        true
    }

    /// `extadd_pairwise` to lanes of `to`: `pmaddubsw`/`pmaddwd` with ones
    /// (the unsigned 16-bit form biases by 0x8000 and adds 0x10000 back).
    fn extadd_pairwise(&mut self, signed: bool, to: MemSize, d: u8, s: u8) -> bool {
        use PackedOp::*;
        let ones = XMM_SCRATCH2;
        match to {
            MemSize::S16 => {
                if !self.features.has_ssse3 {
                    return false;
                }
                self.splat32(ones, 0x0101_0101);
                if signed {
                    // pmaddubsw(ones unsigned, x signed)
                    self.packed3(Pmaddubsw, d, ones, s);
                } else {
                    self.packed3(Pmaddubsw, d, s, ones);
                }
            }
            MemSize::S32 => {
                let mut src = s;
                if !signed {
                    self.splat32(ones, 0x8000_8000);
                    self.packed3(Pxor, d, s, ones);
                    src = d;
                }
                self.splat32(ones, 0x0001_0001);
                self.packed3(Pmaddwd, d, src, ones);
                if !signed {
                    self.splat32(ones, 0x0001_0000);
                    self.asm.packed(Paddd, d, ones);
                }
            }
            _ => return false,
        }
        true
    }

    /// The width-changing two-operand operations, swizzles and the float
    /// pseudo-min/max.
    pub(super) fn simd_binop_wide(
        &mut self,
        op: SimdBinOp,
        lane: MemSize,
        d: u8,
        l: u8,
        r: u8,
    ) -> bool {
        use PackedOp::*;
        use SimdBinOp as B;
        let double = lane == MemSize::S64;
        let packed = match (op, lane) {
            (B::NarrowS, MemSize::S8) => Packsswb,
            (B::NarrowU, MemSize::S8) => Packuswb,
            (B::NarrowS, MemSize::S16) => Packssdw,
            (B::NarrowU, MemSize::S16) if self.features.has_sse41 => Packusdw,
            (B::DotI16x8S, MemSize::S32) => Pmaddwd,
            (B::RelaxedQ15MulrS, _) if self.features.has_ssse3 => Pmulhrsw,
            (B::Q15MulrSatS, _) if self.features.has_ssse3 => {
                // `pmulhrsw`, then 0x8000 * 0x8000 (which gives 0x8000) to
                // 0x7fff.
                self.packed3(Pmulhrsw, d, l, r);
                self.splat32(XMM_SCRATCH, 0x8000_8000);
                self.asm.packed(Pcmpeqw, XMM_SCRATCH, d);
                self.asm.packed(Pxor, d, XMM_SCRATCH);
                return true;
            }
            (B::RelaxedDotI8x16I7x16S, _) if self.features.has_ssse3 => {
                // pmaddubsw(r unsigned, l signed), as Cranelift does.
                self.packed3(Pmaddubsw, d, r, l);
                return true;
            }
            (B::ExtMulLowS | B::ExtMulLowU | B::ExtMulHighS | B::ExtMulHighU, _) => {
                return self.extmul(op, lane, d, l, r)
            }
            (B::Swizzle | B::RelaxedSwizzle, _) => {
                return self.swizzle(op == B::RelaxedSwizzle, d, l, r)
            }
            (B::FloatPMin | B::RelaxedMin, _) => {
                self.float_pseudo_min_max(false, double, d, l, r);
                return true;
            }
            (B::FloatPMax | B::RelaxedMax, _) => {
                self.float_pseudo_min_max(true, double, d, l, r);
                return true;
            }
            _ => return false,
        };
        self.packed3(packed, d, l, r);
        true
    }

    /// `extmul`: both halves extended then multiplied; 64-bit lanes use
    /// `pmuldq`/`pmuludq` on the lanes moved to even positions.
    fn extmul(&mut self, op: SimdBinOp, to: MemSize, d: u8, l: u8, r: u8) -> bool {
        use SimdBinOp as B;
        let signed = matches!(op, B::ExtMulLowS | B::ExtMulHighS);
        let high = matches!(op, B::ExtMulHighS | B::ExtMulHighU);
        let (s1, s2) = (XMM_SCRATCH, XMM_SCRATCH2);
        let mul = match to {
            MemSize::S16 => PackedOp::Pmullw,
            MemSize::S32 => PackedOp::Pmulld,
            MemSize::S64 => {
                if signed && !self.features.has_sse41 {
                    return false;
                }
                let order = if high { 0xfa } else { 0x50 };
                self.asm.pshufd(s1, l, order);
                self.asm.pshufd(s2, r, order);
                let op = if signed {
                    PackedOp::Pmuldq
                } else {
                    PackedOp::Pmuludq
                };
                self.packed3(op, d, s1, s2);
                return true;
            }
            _ => return false,
        };
        if !(self.extend_half(to, signed, high, s1, l) && self.extend_half(to, signed, high, s2, r))
        {
            return false;
        }
        self.packed3(mul, d, s1, s2);
        true
    }

    /// `roundps`/`roundpd` (SSE4.1) for the four float lane roundings.
    pub(super) fn simd_round(&mut self, op: FloatUnOp, double: bool, d: u8, s: u8) -> bool {
        let mode = match op {
            FloatUnOp::Nearest => 0,
            FloatUnOp::Floor => 1,
            FloatUnOp::Ceil => 2,
            FloatUnOp::Trunc => 3,
            _ => return false,
        };
        if !self.features.has_sse41 {
            return false;
        }
        let op = if double {
            PackedImmOp::Roundpd
        } else {
            PackedImmOp::Roundps
        };
        self.asm.packed_imm(op, d, s, mode);
        true
    }
}

//! The longer s390x v128 sequences: constants, the condition-code
//! reductions and the bitmask, and the conversions between integer and
//! float lanes (z14 converts only doublewords; z15's vector-enhancements
//! facility 2 adds words).

use super::simd::{esize, small, VS1, VS2};
use super::{S390xMasm, PAIR_EVEN, SCRATCH};
use crate::masm::MemSize;
use kindling_isa_s390x::{Imm16Op, Mask, VecRrOp, VecRrrOp, VecShiftOp};

impl S390xMasm {
    /// `v = bits` (wasm's numbering: bit 0 is lane 0's lowest): all-ones
    /// and all-zeros bytes by `vgbm`, a replicated small lane by `vrepi`,
    /// anything else through two general registers.
    pub(super) fn vconst(&mut self, v: u8, bits: u128) {
        let bytes = bits.to_le_bytes();
        if bytes.iter().all(|&b| b == 0 || b == 0xff) {
            // Mask bit k is register byte 15 - k: wasm byte k.
            let mask = (0..16).fold(0u16, |m, k| m | u16::from(bytes[k] == 0xff) << k);
            return self.asm.vgbm(v, mask);
        }
        for m in 0..4u8 {
            let width = 8u32 << m;
            let lane = bits & ((1u128 << width) - 1);
            let replicated = (0..128 / width).fold(0u128, |acc, i| acc | lane << (i * width));
            if replicated != bits {
                continue;
            }
            let value = ((lane as u64) << (64 - width)) as i64 >> (64 - width);
            if let Ok(imm) = i16::try_from(value) {
                return self.asm.vrepi(v, imm, m);
            }
        }
        let (high, low) = ((bits >> 64) as u64 as i64, bits as u64 as i64);
        self.asm.mov_imm(SCRATCH, high);
        if low == high {
            self.asm.vlvgp(v, SCRATCH, SCRATCH);
        } else {
            self.asm.mov_imm(PAIR_EVEN, low);
            self.asm.vlvgp(v, SCRATCH, PAIR_EVEN);
        }
    }

    /// `d = 1` if the condition code is in `mask`, else 0.
    pub(super) fn set_on_cc(&mut self, d: u8, mask: Mask) {
        self.asm.imm16(Imm16Op::Lghi, d, 0);
        self.asm.load_imm_on_cond(true, d, 1, mask);
    }

    /// `d = the top bit of each lane of s, lane i's in bit i`, by `vbperm`:
    /// byte `j` of its control vector names the bit (counted from the
    /// left, 128 for none) that becomes bit `15 - j` of the result.
    pub(super) fn bitmask(&mut self, lane: MemSize, d: u8, s: u8) {
        let (lanes, bits) = (16u32 >> esize(lane), 8u32 << esize(lane));
        // Wasm byte k of the control is register byte 15 - k, so it picks
        // result bit k: wasm lane k's top bit, in register element
        // `lanes - 1 - k`.
        let control = (0..16u32).fold(0u128, |acc, k| {
            let bit = if k < lanes {
                (lanes - 1 - k) * bits
            } else {
                128
            };
            acc | u128::from(bit) << (8 * k)
        });
        self.vconst(VS1, control);
        self.vrrr(VecRrrOp::Vbperm, VS1, s, VS1, 0);
        self.asm.vlgv(d, VS1, 0, small(0), 3);
    }

    /// `f32x4.convert_i32x4_{s,u}`: directly on z15; on z14 each half
    /// through exact doublewords, rounded once to words (`vledb` leaves them
    /// in the left word of each doubleword) and packed.
    pub(super) fn f32x4_from_i32x4(&mut self, signed: bool, d: u8, s: u8) {
        let (convert, high, low) = if signed {
            (VecRrOp::Vcdg, VecRrOp::Vuph, VecRrOp::Vupl)
        } else {
            (VecRrOp::Vcdlg, VecRrOp::Vuplh, VecRrOp::Vupll)
        };
        // Rounding mode 4: to nearest, ties to even.
        if self.features.has_vxrs_ext2 {
            return self.asm.vec_rr(convert, d, s, [2, 0, 4]);
        }
        for (v, unpack) in [(VS1, high), (VS2, low)] {
            self.vrr(unpack, v, s, 2);
            self.asm.vec_rr(convert, v, v, [3, 0, 4]);
            self.asm.vec_rr(VecRrOp::Vflr, v, v, [3, 0, 4]);
            self.vshift_imm(VecShiftOp::Vesrl, v, v, 32, 3);
        }
        self.vrrr(VecRrrOp::Vpk, d, VS1, VS2, 3);
    }

    /// `i32x4.trunc_sat_f32x4_{s,u}`: the conversions saturate, rounding
    /// toward zero (mode 5); a signed one gives the most negative number
    /// for NaN, which the NaN test then clears. On z14 each half goes
    /// through doublewords and a saturating pack.
    pub(super) fn i32x4_from_f32x4(&mut self, signed: bool, d: u8, s: u8) {
        let (convert, pack) = if signed {
            (VecRrOp::Vcgd, VecRrrOp::Vpks)
        } else {
            (VecRrOp::Vclgd, VecRrrOp::Vpkls)
        };
        let out = if signed { VS1 } else { d };
        if self.features.has_vxrs_ext2 {
            self.asm.vec_rr(convert, out, s, [2, 0, 5]);
        } else {
            for (v, merge) in [(VS1, VecRrrOp::Vmrh), (VS2, VecRrrOp::Vmrl)] {
                // Words 0 and 2 of the merge are the half's lanes in order.
                self.vrrr(merge, v, s, s, 2);
                self.asm.vec_rr(VecRrOp::Vfll, v, v, [2, 0, 0]);
                self.asm.vec_rr(convert, v, v, [3, 0, 5]);
            }
            self.asm.vec_rrr(pack, out, VS1, VS2, [3, 0, 0]);
        }
        if signed {
            self.asm.vec_rrr(VecRrrOp::Vfce, VS2, s, s, [2, 0, 0]);
            self.vrrr(VecRrrOp::Vn, d, VS1, VS2, 0);
        }
    }

    /// `i32x4.trunc_sat_f64x2_{s,u}_zero`: doublewords converted (NaN
    /// cleared as above), then packed with saturation beside zeros.
    pub(super) fn i32x4_from_f64x2(&mut self, signed: bool, d: u8, s: u8) {
        let (convert, pack) = if signed {
            (VecRrOp::Vcgd, VecRrrOp::Vpks)
        } else {
            (VecRrOp::Vclgd, VecRrrOp::Vpkls)
        };
        self.asm.vec_rr(convert, VS1, s, [3, 0, 5]);
        if signed {
            self.asm.vec_rrr(VecRrrOp::Vfce, VS2, s, s, [3, 0, 0]);
            self.vrrr(VecRrrOp::Vn, VS1, VS1, VS2, 0);
        }
        self.vzero(VS2);
        // Wasm's low lanes are the register's right half.
        self.asm.vec_rrr(pack, d, VS2, VS1, [3, 0, 0]);
    }
}

//! The x86_64 masm's cross-lane v128 operations: shifts, reductions,
//! shuffles and swizzles, float min/max (wasm's and the pseudo ones), and
//! the three-operand relaxed operations. Sequences follow Cranelift 0.99's
//! x64 lowering where the result can differ (NaN bits, relaxed operations),
//! so that differential runs compare equal.

use super::{X64Masm, SCRATCH, XMM_SCRATCH, XMM_SCRATCH2};
use crate::masm::{MemSize, Reg, RegImm, SimdReduceOp, SimdShiftOp, SimdTernOp};
use kindling_isa_x64::{Alu, Cond, EvexOp, FmaOp, MoveMaskOp, PackedOp, PackedShift, Size};

impl X64Masm {
    /// `value` in every 32-bit lane of `reg`.
    pub(super) fn splat32(&mut self, reg: u8, value: u32) {
        self.load_constant(
            reg,
            u128::from(value) * 0x0000_0001_0000_0001_0000_0001_0000_0001,
        );
    }

    /// `value` in both 64-bit lanes of `reg`.
    pub(super) fn splat64(&mut self, reg: u8, value: u64) {
        self.load_constant(reg, u128::from(value) * ((1 << 64) + 1));
    }

    /// Loads `bits` into `reg` from the function's constants (one copy of
    /// each distinct value, placed after the code).
    pub(super) fn load_constant(&mut self, reg: u8, bits: u128) {
        let label = match self.constants.iter().find(|(_, b)| *b == bits) {
            Some(&(label, _)) => label,
            None => {
                let label = self.asm.new_label();
                self.constants.push((label, bits));
                label
            }
        };
        self.asm.load_xmm128_rip(reg, label);
    }

    /// `movaps dst, src` unless they are the same register.
    pub(super) fn copy_xmm(&mut self, dst: u8, src: u8) {
        if dst != src {
            self.asm.movaps(dst, src);
        }
    }

    /// `simd_shift`. 16-, 32- and 64-bit lanes shift directly (arithmetic
    /// 64-bit shifts by the sign trick `((x >>> n) ^ m) - m` with
    /// `m = 1 << (63 - n)`); 8-bit lanes shift as the high bytes of 16-bit
    /// lanes and are packed back.
    pub(super) fn emit_simd_shift(
        &mut self,
        op: SimdShiftOp,
        lane: MemSize,
        dst: Reg,
        src: Reg,
        amount: RegImm,
    ) -> bool {
        let (d, s) = (dst.hw(), src.hw());
        if lane == MemSize::S8 {
            return self.shift_i8x16(op, d, s, amount);
        }
        let (imm, reg) = match (op, lane) {
            (SimdShiftOp::Shl, MemSize::S16) => (PackedShift::Psllw, PackedOp::Psllw),
            (SimdShiftOp::Shl, MemSize::S32) => (PackedShift::Pslld, PackedOp::Pslld),
            (SimdShiftOp::Shl, MemSize::S64) => (PackedShift::Psllq, PackedOp::Psllq),
            (SimdShiftOp::ShrU, MemSize::S16) => (PackedShift::Psrlw, PackedOp::Psrlw),
            (SimdShiftOp::ShrU, MemSize::S32) => (PackedShift::Psrld, PackedOp::Psrld),
            (SimdShiftOp::ShrU | SimdShiftOp::ShrS, MemSize::S64) => {
                (PackedShift::Psrlq, PackedOp::Psrlq)
            }
            (SimdShiftOp::ShrS, MemSize::S16) => (PackedShift::Psraw, PackedOp::Psraw),
            (SimdShiftOp::ShrS, MemSize::S32) => (PackedShift::Psrad, PackedOp::Psrad),
            _ => return false,
        };
        let sign_trick = op == SimdShiftOp::ShrS && lane == MemSize::S64;
        if sign_trick && self.avx512(false) {
            // AVX-512's `vpsraq`, as Cranelift with AVX512VL and AVX512F.
            match amount {
                RegImm::Imm(n) => self.asm.vpsraq_imm(d, s, n as u8),
                RegImm::Reg(r) => {
                    self.asm.mov_xmm_from_gpr(Size::S32, XMM_SCRATCH, r.hw());
                    self.asm.evex(EvexOp::Vpsraq, d, s, XMM_SCRATCH);
                }
            }
            return true;
        }
        if sign_trick {
            self.splat64(XMM_SCRATCH2, 1 << 63);
        }
        match amount {
            RegImm::Imm(n) => {
                self.shift3(imm, d, s, n as u8);
                if sign_trick {
                    self.asm.packed_shift_imm(imm, XMM_SCRATCH2, n as u8);
                }
            }
            RegImm::Reg(r) => {
                self.asm.mov_xmm_from_gpr(Size::S32, XMM_SCRATCH, r.hw());
                self.packed3(reg, d, s, XMM_SCRATCH);
                if sign_trick {
                    self.asm.packed(reg, XMM_SCRATCH2, XMM_SCRATCH);
                }
            }
        }
        if sign_trick {
            self.asm.packed(PackedOp::Pxor, d, XMM_SCRATCH2);
            self.asm.packed(PackedOp::Psubq, d, XMM_SCRATCH2);
        }
        true
    }

    /// 8-bit lane shifts: each half's bytes become the high bytes of 16-bit
    /// lanes (`punpck*bw` with zero), shift there, come back down by 8 and
    /// are packed (no lane saturates, the values fit).
    fn shift_i8x16(&mut self, op: SimdShiftOp, d: u8, s: u8, amount: RegImm) -> bool {
        let (lo, hi) = (XMM_SCRATCH, XMM_SCRATCH2);
        for (half, unpack) in [(lo, PackedOp::Punpcklbw), (hi, PackedOp::Punpckhbw)] {
            self.asm.packed(PackedOp::Pxor, half, half);
            self.asm.packed(unpack, half, s);
        }
        let (imm, reg, down, pack) = match op {
            SimdShiftOp::Shl => (
                PackedShift::Psllw,
                PackedOp::Psllw,
                PackedShift::Psrlw,
                PackedOp::Packuswb,
            ),
            SimdShiftOp::ShrU => (
                PackedShift::Psrlw,
                PackedOp::Psrlw,
                PackedShift::Psrlw,
                PackedOp::Packuswb,
            ),
            SimdShiftOp::ShrS => (
                PackedShift::Psraw,
                PackedOp::Psraw,
                PackedShift::Psraw,
                PackedOp::Packsswb,
            ),
        };
        match amount {
            RegImm::Imm(n) => {
                self.asm.packed_shift_imm(imm, lo, n as u8);
                self.asm.packed_shift_imm(imm, hi, n as u8);
            }
            RegImm::Reg(r) => {
                // `d` is free: `s` has been read.
                self.asm.mov_xmm_from_gpr(Size::S32, d, r.hw());
                self.asm.packed(reg, lo, d);
                self.asm.packed(reg, hi, d);
            }
        }
        self.asm.packed_shift_imm(down, lo, 8);
        self.asm.packed_shift_imm(down, hi, 8);
        self.packed3(pack, d, lo, hi);
        true
    }

    /// `simd_reduce`: `pmovmskb` over a lane comparison with zero for
    /// `any_true`/`all_true`; `pmovmskb`/`movmskps`/`movmskpd` (after a
    /// signed pack for 16-bit lanes) for `bitmask`.
    pub(super) fn emit_simd_reduce(
        &mut self,
        op: SimdReduceOp,
        lane: MemSize,
        dst: Reg,
        src: Reg,
    ) -> bool {
        let (d, s) = (dst.hw(), src.hw());
        let t = XMM_SCRATCH;
        match op {
            SimdReduceOp::AnyTrue | SimdReduceOp::AllTrue => {
                let lane = if op == SimdReduceOp::AnyTrue {
                    MemSize::S8
                } else {
                    lane
                };
                let Some(eq) = self.compare_op(false, lane) else {
                    return false;
                };
                // Lanes equal to zero become all ones.
                self.asm.packed(PackedOp::Pxor, t, t);
                self.asm.packed(eq, t, s);
                self.asm.move_mask(MoveMaskOp::Pmovmskb, d, t);
                let cond = if op == SimdReduceOp::AnyTrue {
                    self.asm.alu_ri(Alu::Cmp, Size::S32, d, 0xffff);
                    Cond::Ne
                } else {
                    self.asm.test_rr(Size::S32, d, d);
                    Cond::E
                };
                self.asm.setcc_zx(cond, d);
            }
            SimdReduceOp::Bitmask => match lane {
                MemSize::S8 => self.asm.move_mask(MoveMaskOp::Pmovmskb, d, s),
                MemSize::S16 => {
                    self.packed3(PackedOp::Packsswb, t, s, s);
                    self.asm.move_mask(MoveMaskOp::Pmovmskb, d, t);
                    self.asm.alu_ri(Alu::And, Size::S32, d, 0xff);
                }
                MemSize::S32 => self.asm.move_mask(MoveMaskOp::Movmskps, d, s),
                MemSize::S64 => self.asm.move_mask(MoveMaskOp::Movmskpd, d, s),
                MemSize::S128 => return false,
            },
        }
        true
    }

    /// `i8x16.shuffle` (SSSE3 `pshufb`, SSE4.1 for the index constants):
    /// the bytes picked from each operand, or-ed.
    pub(super) fn emit_shuffle(&mut self, dst: Reg, lhs: Reg, rhs: Reg, lanes: [u8; 16]) -> bool {
        if !(self.features.has_ssse3 && self.features.has_sse41) {
            return false;
        }
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        let pick = |from_rhs: bool| {
            lanes.iter().enumerate().fold(0u128, |acc, (i, &lane)| {
                let byte = match (from_rhs, lane) {
                    (false, 0..=15) => lane,
                    (true, 16..=31) => lane - 16,
                    _ => 0x80,
                };
                acc | u128::from(byte) << (8 * i)
            })
        };
        let (from_l, from_r) = (XMM_SCRATCH, XMM_SCRATCH2);
        // Every index in one operand: one `pshufb` of it.
        for (from_rhs, src) in [(false, l), (true, r)] {
            if lanes.iter().all(|&lane| (lane >= 16) == from_rhs) {
                self.const_no_scratch(from_r, pick(from_rhs));
                self.packed3(PackedOp::Pshufb, d, src, from_r);
                return true;
            }
        }
        if self.features.has_avx512vl && self.features.has_avx512vbmi {
            // AVX-512VBMI's two-table `vpermi2b`, as Cranelift: the indices
            // (all below 32) are overwritten by the picked bytes.
            let indices = lanes
                .iter()
                .enumerate()
                .fold(0u128, |acc, (i, &lane)| acc | u128::from(lane) << (8 * i));
            self.const_no_scratch(from_r, indices);
            self.asm.evex(EvexOp::Vpermi2b, from_r, l, r);
            self.copy_xmm(d, from_r);
            return true;
        }
        self.const_no_scratch(from_r, pick(false));
        self.packed3(PackedOp::Pshufb, from_l, l, from_r);
        self.const_no_scratch(from_r, pick(true));
        self.packed3(PackedOp::Pshufb, d, r, from_r);
        self.asm.packed(PackedOp::Por, d, from_l);
        true
    }

    /// `bits` in `reg` with `movq` and SSE4.1's `pinsrq`, touching no vector
    /// scratch register.
    pub(super) fn const_no_scratch(&mut self, reg: u8, bits: u128) {
        self.asm.mov_ri(Size::S64, SCRATCH, bits as u64 as i64);
        self.asm.mov_xmm_from_gpr(Size::S64, reg, SCRATCH);
        self.asm
            .mov_ri(Size::S64, SCRATCH, (bits >> 64) as u64 as i64);
        self.asm.pinsr(8, reg, SCRATCH, 1);
    }

    /// `i8x16.swizzle`: `pshufb` with the indices raised by 0x70 (saturating),
    /// so that every index above 15 has its top bit set and picks zero; the
    /// relaxed swizzle uses the indices as they are.
    pub(super) fn swizzle(&mut self, relaxed: bool, d: u8, l: u8, r: u8) -> bool {
        if !self.features.has_ssse3 {
            return false;
        }
        let idx = if relaxed {
            r
        } else {
            self.splat32(XMM_SCRATCH2, 0x7070_7070);
            self.asm.packed(PackedOp::Paddusb, XMM_SCRATCH2, r);
            XMM_SCRATCH2
        };
        self.packed3(PackedOp::Pshufb, d, l, idx);
        true
    }

    /// wasm `min`/`max` on float lanes, as Cranelift lowers them: both
    /// operand orders of `minps`/`maxps` combined so that -0/+0 and NaNs come
    /// out right, NaN lanes then forced to a quiet NaN.
    pub(super) fn lanes_min_max(&mut self, max: bool, double: bool, d: u8, l: u8, r: u8) {
        use PackedOp::*;
        let (s1, s2) = (XMM_SCRATCH, XMM_SCRATCH2);
        let (op, fraction_shift, shift) = match (max, double) {
            (false, false) => (Minps, 10, PackedShift::Psrld),
            (false, true) => (Minpd, 13, PackedShift::Psrlq),
            (true, false) => (Maxps, 10, PackedShift::Psrld),
            (true, true) => (Maxpd, 13, PackedShift::Psrlq),
        };
        self.packed3(op, s1, l, r);
        self.packed3(op, s2, r, l);
        if !max {
            // s1 = min(l, r) | min(r, l); s2 = NaN lanes.
            self.asm.packed(Orps, s1, s2);
            self.asm.packed_float_cmp(double, 3, s2, s1);
            self.asm.packed(Orps, s1, s2);
            self.asm.packed_shift_imm(shift, s2, fraction_shift);
            self.packed3(Andnps, d, s2, s1);
        } else {
            // s2 = max1 ^ max2; s1 = (max1 | s2) - s2; d = NaN lanes.
            self.asm.packed(Xorps, s2, s1);
            self.asm.packed(Orps, s1, s2);
            self.float_cmp3(double, 3, d, s1, s1);
            let sub = if double { Subpd } else { Subps };
            self.asm.packed(sub, s1, s2);
            self.asm.packed_shift_imm(shift, d, fraction_shift);
            self.asm.packed(Andnps, d, s1);
        }
    }

    /// `pmin`/`pmax` (and x86's relaxed min/max): `minps`/`maxps` with the
    /// operands swapped, which gives `rhs < lhs ? rhs : lhs` and its mirror.
    pub(super) fn float_pseudo_min_max(&mut self, max: bool, double: bool, d: u8, l: u8, r: u8) {
        let op = match (max, double) {
            (false, false) => PackedOp::Minps,
            (false, true) => PackedOp::Minpd,
            (true, false) => PackedOp::Maxps,
            (true, true) => PackedOp::Maxpd,
        };
        self.packed3(op, d, r, l);
    }

    /// `simd_ternop`.
    pub(super) fn emit_simd_ternop(
        &mut self,
        op: SimdTernOp,
        lane: MemSize,
        dst: Reg,
        [a, b, c]: [Reg; 3],
    ) -> bool {
        let (d, a, b, c) = (dst.hw(), a.hw(), b.hw(), c.hw());
        let double = lane == MemSize::S64;
        match op {
            SimdTernOp::RelaxedMadd | SimdTernOp::RelaxedNmadd => {
                let negate = op == SimdTernOp::RelaxedNmadd;
                // FMA3 is VEX-encoded, so it needs AVX too (Cranelift's `use_fma`).
                if self.features.has_fma && self.features.has_avx {
                    let fma = match (negate, double) {
                        (false, false) => FmaOp::Vfmadd213ps,
                        (false, true) => FmaOp::Vfmadd213pd,
                        (true, false) => FmaOp::Vfnmadd213ps,
                        (true, true) => FmaOp::Vfnmadd213pd,
                    };
                    self.asm.movaps(XMM_SCRATCH, a);
                    self.asm.fma(fma, XMM_SCRATCH, b, c);
                    self.asm.movaps(d, XMM_SCRATCH);
                    return true;
                }
                // Cranelift without FMA: `fadd(fmul(a', b), c)`, `a' = -a`
                // for nmadd.
                let s = XMM_SCRATCH2;
                let mut product_of = a;
                if negate {
                    let sign = if double {
                        1 << 63
                    } else {
                        0x8000_0000_8000_0000
                    };
                    self.splat64(XMM_SCRATCH, sign);
                    self.packed3(PackedOp::Xorps, s, a, XMM_SCRATCH);
                    product_of = s;
                }
                let (mul, add) = if double {
                    (PackedOp::Mulpd, PackedOp::Addpd)
                } else {
                    (PackedOp::Mulps, PackedOp::Addps)
                };
                self.packed3(mul, s, product_of, b);
                self.packed3(add, d, s, c);
            }
            SimdTernOp::RelaxedLaneselect => {
                // `blendv` semantics (the top bit of each lane of `c`) where
                // Cranelift uses it (SSE4.1, not 16-bit lanes), else bitselect.
                let m = XMM_SCRATCH2;
                match lane {
                    _ if !self.features.has_sse41 => self.asm.movaps(m, c),
                    MemSize::S16 => self.asm.movaps(m, c),
                    MemSize::S8 => {
                        self.asm.packed(PackedOp::Pxor, m, m);
                        self.asm.packed(PackedOp::Pcmpgtb, m, c);
                    }
                    MemSize::S32 => self.shift3(PackedShift::Psrad, m, c, 31),
                    _ => {
                        self.shift3(PackedShift::Psrad, m, c, 31);
                        self.asm.pshufd(m, m, 0xf5);
                    }
                }
                // d = (a & m) | (b & !m)
                self.packed3(PackedOp::Pandn, XMM_SCRATCH, m, b);
                self.packed3(PackedOp::Pand, d, a, m);
                self.asm.packed(PackedOp::Por, d, XMM_SCRATCH);
            }
            SimdTernOp::RelaxedDotI8x16I7x16AddS => {
                if !self.features.has_ssse3 {
                    return false;
                }
                // pmaddubsw(b unsigned, a signed), then pairwise to 32 bits.
                let s = XMM_SCRATCH2;
                self.packed3(PackedOp::Pmaddubsw, s, b, a);
                self.splat32(XMM_SCRATCH, 0x0001_0001);
                self.asm.packed(PackedOp::Pmaddwd, s, XMM_SCRATCH);
                self.packed3(PackedOp::Paddd, d, s, c);
            }
        }
        true
    }
}

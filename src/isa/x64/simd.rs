//! The x86_64 masm's v128 operations (SSE2, and SSSE3 to SSE4.2, AVX, AVX2
//! and AVX-512 where the settings allow them): the `SimdMasm` implementation, lane moves,
//! constants, lane-wise integer arithmetic and comparisons, and float lane
//! arithmetic; `simd_lanes.rs` and `simd_convert.rs` hold the rest.

use super::{X64Masm, SCRATCH, XMM_SCRATCH, XMM_SCRATCH2};
use crate::masm::{
    FloatBinOp, FloatCmp, FloatUnOp, IntCmp, MemSize, OperandSize, Reg, RegImm, SimdBinOp,
    SimdMasm, SimdReduceOp, SimdShiftOp, SimdTernOp, SimdUnOp,
};
use kindling_isa_x64::{Alu, AvxOp, EvexOp, PackedOp, PackedShift, Shift, Size};

impl X64Masm {
    /// `splat`: the low lane of `src` in every lane of `dst`.
    pub(super) fn emit_splat(&mut self, lane: MemSize, dst: Reg, src: Reg) {
        let (d, r) = (dst.hw(), src.hw());
        // AVX2's broadcasts, as Cranelift's `use_avx2` splats (it keeps
        // `pshufd` for 64-bit lanes; `vpbroadcastq` gives the same bits).
        let broadcast = match lane {
            MemSize::S8 => AvxOp::Vpbroadcastb,
            MemSize::S16 => AvxOp::Vpbroadcastw,
            MemSize::S32 if src.is_gpr() => AvxOp::Vpbroadcastd,
            MemSize::S32 => AvxOp::Vbroadcastss,
            _ => AvxOp::Vpbroadcastq,
        };
        let avx2 = self.features.has_avx && self.features.has_avx2;
        if !src.is_gpr() {
            if avx2 {
                self.asm.avx(broadcast, d, r);
            } else {
                let order = if lane == MemSize::S64 { 0x44 } else { 0 };
                self.asm.pshufd(d, r, order);
            }
            return;
        }
        let size = if lane == MemSize::S64 {
            Size::S64
        } else {
            Size::S32
        };
        self.asm.mov_xmm_from_gpr(size, d, r);
        if avx2 {
            self.asm.avx(broadcast, d, d);
            return;
        }
        match lane {
            MemSize::S8 => {
                self.asm.packed(PackedOp::Punpcklbw, d, d);
                self.asm.packed(PackedOp::Punpcklwd, d, d);
                self.asm.pshufd(d, d, 0);
            }
            MemSize::S16 => {
                self.asm.packed(PackedOp::Punpcklwd, d, d);
                self.asm.pshufd(d, d, 0);
            }
            MemSize::S32 => self.asm.pshufd(d, d, 0),
            _ => self.asm.packed(PackedOp::Punpcklqdq, d, d),
        }
    }

    /// `extract_lane`: SSE2 only (`pshufd`, `pextrw`, `movd`/`movq`).
    pub(super) fn emit_extract_lane(
        &mut self,
        lane: MemSize,
        signed: bool,
        index: u8,
        dst: Reg,
        src: Reg,
    ) -> bool {
        let (d, x) = (dst.hw(), src.hw());
        if !dst.is_gpr() {
            let order = match lane {
                MemSize::S64 => [0x44, 0xee][usize::from(index & 1)],
                _ => index & 3,
            };
            if order == 0 || order == 0x44 {
                if d != x {
                    self.asm.movaps(d, x);
                }
            } else {
                self.asm.pshufd(d, x, order);
            }
            return true;
        }
        match lane {
            MemSize::S8 | MemSize::S16 => {
                let (word, high_byte) = if lane == MemSize::S8 {
                    (index / 2, index & 1 == 1)
                } else {
                    (index, false)
                };
                self.asm.pextrw(d, x, word);
                if high_byte {
                    self.asm.shift_ri(Shift::Shr, Size::S32, d, 8);
                }
                let from = if lane == MemSize::S8 {
                    Size::S8
                } else {
                    Size::S16
                };
                if signed {
                    self.asm.movsx_rr(from, Size::S32, d, d);
                } else if lane == MemSize::S8 {
                    self.asm.alu_ri(Alu::And, Size::S32, d, 0xff);
                }
            }
            MemSize::S32 | MemSize::S64 => {
                let (size, order) = if lane == MemSize::S32 {
                    (Size::S32, index & 3)
                } else {
                    (Size::S64, [0x44, 0xee][usize::from(index & 1)])
                };
                let from = if order == 0 || order == 0x44 {
                    x
                } else {
                    self.asm.pshufd(XMM_SCRATCH, x, order);
                    XMM_SCRATCH
                };
                self.asm.mov_gpr_from_xmm(size, d, from);
            }
            MemSize::S128 => return false,
        }
        true
    }

    /// `replace_lane`: `pinsrw`, `movsd` and `movlhps` are SSE2;
    /// `pinsrb`/`pinsrd`/`pinsrq` and `insertps` need SSE4.1.
    pub(super) fn emit_replace_lane(
        &mut self,
        lane: MemSize,
        index: u8,
        dst: Reg,
        src: Reg,
    ) -> bool {
        let (d, r) = (dst.hw(), src.hw());
        if !src.is_gpr() {
            match lane {
                MemSize::S64 if index & 1 == 0 => self.asm.packed(PackedOp::Movsd, d, r),
                MemSize::S64 => self.asm.packed(PackedOp::Movlhps, d, r),
                MemSize::S32 if self.features.has_sse41 => {
                    self.asm.insertps(d, r, (index & 3) << 4)
                }
                _ => return false,
            }
            return true;
        }
        let bytes = match lane {
            MemSize::S8 => 1,
            MemSize::S16 => 2,
            MemSize::S32 => 4,
            MemSize::S64 => 8,
            MemSize::S128 => return false,
        };
        if bytes != 2 && !self.features.has_sse41 {
            return false;
        }
        self.asm.pinsr(bytes, d, r, index);
        true
    }

    /// `simd_unop`.
    pub(super) fn emit_simd_unop(&mut self, op: SimdUnOp, lane: MemSize, d: u8, r: u8) -> bool {
        match op {
            SimdUnOp::F64x2ConvertLowI32x4U => {
                // Pair each low u32 lane with 0x43300000 to make the double
                // 2^52 + x, then subtract 2^52.
                if d != r {
                    self.asm.movaps(d, r);
                }
                self.asm.mov_ri(Size::S32, SCRATCH, 0x4330_0000);
                self.asm.mov_xmm_from_gpr(Size::S32, XMM_SCRATCH, SCRATCH);
                self.asm.pshufd(XMM_SCRATCH, XMM_SCRATCH, 0);
                self.asm.unpcklps(d, XMM_SCRATCH);
                self.asm.mov_ri(Size::S64, SCRATCH, 0x4330_0000_0000_0000);
                self.asm.mov_xmm_from_gpr(Size::S64, XMM_SCRATCH, SCRATCH);
                self.asm.pshufd(XMM_SCRATCH, XMM_SCRATCH, 0x44);
                self.asm.subpd(d, XMM_SCRATCH);
            }
            SimdUnOp::Abs if lane == MemSize::S64 && self.avx512(false) => {
                self.asm.evex(EvexOp::Vpabsq, d, 0, r);
            }
            SimdUnOp::Abs => {
                // `(x ^ s) - s` with `s = 0 > x`, all ones in negative lanes.
                let Some(gt) = self.compare_op(true, lane) else {
                    return false;
                };
                let sub = match lane {
                    MemSize::S8 => PackedOp::Psubb,
                    MemSize::S16 => PackedOp::Psubw,
                    MemSize::S32 => PackedOp::Psubd,
                    _ => PackedOp::Psubq,
                };
                let s = XMM_SCRATCH2;
                self.asm.packed(PackedOp::Pxor, s, s);
                self.asm.packed(gt, s, r);
                self.packed3(PackedOp::Pxor, d, r, s);
                self.packed3(sub, d, d, s);
            }
            SimdUnOp::Popcnt if self.features.has_avx512vl && self.features.has_avx512bitalg => {
                self.asm.evex(EvexOp::Vpopcntb, d, 0, r);
            }
            SimdUnOp::Popcnt => {
                // SSE2 bit counting within each byte:
                // x -= (x >> 1) & 0x55; x = (x & 0x33) + ((x >> 2) & 0x33);
                // x = (x + (x >> 4)) & 0x0f. Shifts are 16-bit, so each step
                // masks off the bits shifted in from the neighbouring byte.
                let (t, mask) = (XMM_SCRATCH, XMM_SCRATCH2);
                self.splat_byte(mask, 0x55);
                self.shift3(PackedShift::Psrlw, t, r, 1);
                self.asm.packed(PackedOp::Pand, t, mask);
                self.packed3(PackedOp::Psubb, d, r, t);
                self.splat_byte(mask, 0x33);
                self.shift3(PackedShift::Psrlw, t, d, 2);
                self.asm.packed(PackedOp::Pand, t, mask);
                self.asm.packed(PackedOp::Pand, d, mask);
                self.asm.packed(PackedOp::Paddb, d, t);
                self.shift3(PackedShift::Psrlw, t, d, 4);
                self.asm.packed(PackedOp::Paddb, d, t);
                self.splat_byte(mask, 0x0f);
                self.asm.packed(PackedOp::Pand, d, mask);
            }
            _ => return self.simd_convert(op, lane, d, r),
        }
        true
    }

    /// `byte` in every byte of `reg`, through the general scratch register.
    fn splat_byte(&mut self, reg: u8, byte: u8) {
        let bits = u64::from(byte) * 0x0101_0101_0101_0101;
        self.asm.mov_ri(Size::S64, SCRATCH, bits as i64);
        self.asm.mov_xmm_from_gpr(Size::S64, reg, SCRATCH);
        self.asm.pshufd(reg, reg, 0x44);
    }

    /// `v128_const`.
    pub(super) fn emit_v128_const(&mut self, dst: Reg, bits: u128) {
        let d = dst.hw();
        if bits == 0 {
            self.asm.packed(PackedOp::Pxor, d, d);
            return;
        }
        self.load_constant(d, bits);
    }

    /// `simd_binop`.
    pub(super) fn emit_simd_binop(
        &mut self,
        op: SimdBinOp,
        lane: MemSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        use PackedOp::*;
        use SimdBinOp as B;
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        let packed = match (op, lane) {
            (B::And, _) => Pand,
            (B::Or, _) => Por,
            (B::Xor, _) => Pxor,
            (B::AndNot, _) => {
                // `pandn` computes `!dst & src`.
                self.packed3(Pandn, d, r, l);
                return true;
            }
            (B::Mul, MemSize::S64) if self.avx512(true) => {
                self.asm.evex(EvexOp::Vpmullq, d, l, r);
                return true;
            }
            (B::Mul, MemSize::S64) => {
                self.mul_i64x2(d, l, r);
                return true;
            }
            (B::Mul, MemSize::S32) if !self.features.has_sse41 => return false,
            (B::Add, MemSize::S8) => Paddb,
            (B::Add, MemSize::S16) => Paddw,
            (B::Add, MemSize::S32) => Paddd,
            (B::Add, MemSize::S64) => Paddq,
            (B::Sub, MemSize::S8) => Psubb,
            (B::Sub, MemSize::S16) => Psubw,
            (B::Sub, MemSize::S32) => Psubd,
            (B::Sub, MemSize::S64) => Psubq,
            (B::Mul, MemSize::S16) => Pmullw,
            (B::Mul, MemSize::S32) => Pmulld,
            (B::AddSatS, MemSize::S8) => Paddsb,
            (B::AddSatS, MemSize::S16) => Paddsw,
            (B::AddSatU, MemSize::S8) => Paddusb,
            (B::AddSatU, MemSize::S16) => Paddusw,
            (B::SubSatS, MemSize::S8) => Psubsb,
            (B::SubSatS, MemSize::S16) => Psubsw,
            (B::SubSatU, MemSize::S8) => Psubusb,
            (B::SubSatU, MemSize::S16) => Psubusw,
            (B::MinS, MemSize::S16) => Pminsw,
            (B::MinU, MemSize::S8) => Pminub,
            (B::MaxS, MemSize::S16) => Pmaxsw,
            (B::MaxU, MemSize::S8) => Pmaxub,
            (B::AvgrU, MemSize::S8) => Pavgb,
            (B::AvgrU, MemSize::S16) => Pavgw,
            (B::MinS | B::MinU | B::MaxS | B::MaxU, _) if !self.features.has_sse41 => return false,
            (B::MinS, MemSize::S8) => Pminsb,
            (B::MinS, MemSize::S32) => Pminsd,
            (B::MinU, MemSize::S16) => Pminuw,
            (B::MinU, MemSize::S32) => Pminud,
            (B::MaxS, MemSize::S8) => Pmaxsb,
            (B::MaxS, MemSize::S32) => Pmaxsd,
            (B::MaxU, MemSize::S16) => Pmaxuw,
            (B::MaxU, MemSize::S32) => Pmaxud,
            _ => return self.simd_binop_wide(op, lane, d, l, r),
        };
        self.packed3(packed, d, l, r);
        true
    }

    /// `i64x2.mul` without AVX-512's `vpmullq`: from 32-bit halves,
    /// `lo(a)*lo(b) + ((hi(a)*lo(b) + lo(a)*hi(b)) << 32)` per lane, with
    /// `pmuludq` (the 64-bit product of each lane's low unsigned halves).
    fn mul_i64x2(&mut self, d: u8, l: u8, r: u8) {
        let (s1, s2) = (XMM_SCRATCH, XMM_SCRATCH2);
        self.shift3(PackedShift::Psrlq, s1, l, 32);
        self.asm.packed(PackedOp::Pmuludq, s1, r);
        self.shift3(PackedShift::Psrlq, s2, r, 32);
        self.asm.packed(PackedOp::Pmuludq, s2, l);
        self.asm.packed(PackedOp::Paddq, s1, s2);
        self.asm.packed_shift_imm(PackedShift::Psllq, s1, 32);
        self.packed3(PackedOp::Pmuludq, s2, l, r);
        self.packed3(PackedOp::Paddq, d, s2, s1);
    }

    /// AVX-512F on xmm registers (AVX512VL), the condition of Cranelift's
    /// `vpabsq`, `vpsraq` and `vcvtudq2ps`; with `dq`, AVX512DQ instead of F
    /// (`vpmullq`).
    pub(super) fn avx512(&self, dq: bool) -> bool {
        let f = if dq {
            self.features.has_avx512dq
        } else {
            self.features.has_avx512f
        };
        self.features.has_avx512vl && f
    }

    /// `d = l op r` for a packed operation: the AVX form `vop d, l, r`
    /// with `has_avx`, else `op d, r` after `d = l` (any of them may be the
    /// same register; `l` must not be `XMM_SCRATCH` when `r` may be `d`,
    /// which is copied through it then).
    pub(super) fn packed3(&mut self, op: PackedOp, d: u8, l: u8, r: u8) {
        if self.features.has_avx && op.encoding().three {
            self.asm.packed_vex(op, d, l, r);
            return;
        }
        let mut r = r;
        if d != l {
            if r == d {
                self.asm.movaps(XMM_SCRATCH, r);
                r = XMM_SCRATCH;
            }
            self.asm.movaps(d, l);
        }
        self.asm.packed(op, d, r);
    }

    /// `d = s` shifted by `imm` bits: `vop d, s, imm` with `has_avx`, else
    /// a copy and the shift in place.
    pub(super) fn shift3(&mut self, op: PackedShift, d: u8, s: u8, imm: u8) {
        if self.features.has_avx {
            self.asm.packed_shift_imm_vex(op, d, s, imm);
        } else {
            self.copy_xmm(d, s);
            self.asm.packed_shift_imm(op, d, imm);
        }
    }

    /// `d = cmpps/cmppd(a, b, pred)`: `vcmpps d, a, b` with `has_avx`,
    /// else in place when `d` is `a`, after a copy when `d` is not `b`,
    /// and through `XMM_SCRATCH` otherwise (`a` must not be it then).
    pub(super) fn float_cmp3(&mut self, double: bool, pred: u8, d: u8, a: u8, b: u8) {
        if self.features.has_avx {
            self.asm.packed_float_cmp_vex(double, pred, d, a, b);
        } else if d == a {
            self.asm.packed_float_cmp(double, pred, d, b);
        } else if d != b {
            self.asm.movaps(d, a);
            self.asm.packed_float_cmp(double, pred, d, b);
        } else {
            self.asm.movaps(XMM_SCRATCH, a);
            self.asm.packed_float_cmp(double, pred, XMM_SCRATCH, b);
            self.asm.movaps(d, XMM_SCRATCH);
        }
    }

    /// All ones in `reg`.
    fn all_ones(&mut self, reg: u8) {
        self.asm.packed(PackedOp::Pcmpeqd, reg, reg);
    }

    /// `pcmpeq` or `pcmpgt` for `lane`, if the CPU features allow it.
    pub(super) fn compare_op(&self, greater: bool, lane: MemSize) -> Option<PackedOp> {
        use PackedOp::*;
        Some(match (greater, lane) {
            (false, MemSize::S8) => Pcmpeqb,
            (false, MemSize::S16) => Pcmpeqw,
            (false, MemSize::S32) => Pcmpeqd,
            (false, MemSize::S64) if self.features.has_sse41 => Pcmpeqq,
            (true, MemSize::S8) => Pcmpgtb,
            (true, MemSize::S16) => Pcmpgtw,
            (true, MemSize::S32) => Pcmpgtd,
            (true, MemSize::S64) if self.features.has_sse42 => Pcmpgtq,
            _ => return None,
        })
    }

    /// `simd_cmp`: SSE2 has only signed `>` and `==`; `>=` is an inverted
    /// swapped `>`, and unsigned orders come from saturating subtraction
    /// (8- and 16-bit lanes: `l >= r` exactly when `r -sat l == 0`) or from
    /// SSE4.1's unsigned 32-bit minimum and maximum.
    pub(super) fn emit_simd_cmp(
        &mut self,
        cmp: IntCmp,
        lane: MemSize,
        d: u8,
        l: u8,
        r: u8,
    ) -> bool {
        use PackedOp::*;
        let (s1, s2) = (XMM_SCRATCH, XMM_SCRATCH2);
        let eq = self.compare_op(false, lane);
        match (cmp, lane) {
            (IntCmp::Eq, _) | (IntCmp::GtS, _) => {
                let Some(op) = self.compare_op(cmp == IntCmp::GtS, lane) else {
                    return false;
                };
                self.packed3(op, d, l, r);
            }
            (IntCmp::GeS, _) => {
                let Some(gt) = self.compare_op(true, lane) else {
                    return false;
                };
                self.packed3(gt, s1, r, l);
                self.all_ones(s2);
                self.packed3(Pxor, d, s1, s2);
            }
            (IntCmp::GeU | IntCmp::GtU, MemSize::S8 | MemSize::S16) => {
                let (Some(eq), sub) = (
                    eq,
                    if lane == MemSize::S8 {
                        Psubusb
                    } else {
                        Psubusw
                    },
                ) else {
                    return false;
                };
                // `l <= r` where `l -sat r == 0`, `l >= r` where `r -sat l == 0`.
                let (a, b) = if cmp == IntCmp::GeU { (r, l) } else { (l, r) };
                self.packed3(sub, s1, a, b);
                self.asm.packed(Pxor, s2, s2);
                if cmp == IntCmp::GtU {
                    self.asm.packed(eq, s1, s2);
                    self.all_ones(s2);
                    self.packed3(Pxor, d, s1, s2);
                } else {
                    self.packed3(eq, d, s2, s1);
                }
            }
            (IntCmp::GeU | IntCmp::GtU, MemSize::S32) if self.features.has_sse41 => {
                // `l >= r` where `max(l, r) == l`; `l > r` where not `min(l, r) == l`.
                let op = if cmp == IntCmp::GeU { Pmaxud } else { Pminud };
                self.packed3(op, s1, l, r);
                if cmp == IntCmp::GtU {
                    self.asm.packed(Pcmpeqd, s1, l);
                    self.all_ones(s2);
                    self.packed3(Pxor, d, s1, s2);
                } else {
                    self.packed3(Pcmpeqd, d, l, s1);
                }
            }
            _ => return false,
        }
        true
    }

    /// `simd_float_binop`.
    pub(super) fn emit_simd_float_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        d: u8,
        l: u8,
        r: u8,
    ) -> bool {
        use PackedOp::*;
        let double = size == OperandSize::S64;
        let packed = match (op, double) {
            (FloatBinOp::Add, false) => Addps,
            (FloatBinOp::Add, true) => Addpd,
            (FloatBinOp::Sub, false) => Subps,
            (FloatBinOp::Sub, true) => Subpd,
            (FloatBinOp::Mul, false) => Mulps,
            (FloatBinOp::Mul, true) => Mulpd,
            (FloatBinOp::Div, false) => Divps,
            (FloatBinOp::Div, true) => Divpd,
            (FloatBinOp::Min | FloatBinOp::Max, _) => {
                self.lanes_min_max(op == FloatBinOp::Max, double, d, l, r);
                return true;
            }
            _ => return false,
        };
        self.packed3(packed, d, l, r);
        true
    }

    /// `simd_float_unop`: `sqrtps`/`sqrtpd`; negation and absolute value
    /// flip or clear the sign bits with a mask made by shifting all ones.
    pub(super) fn emit_simd_float_unop(
        &mut self,
        op: FloatUnOp,
        size: OperandSize,
        d: u8,
        s: u8,
    ) -> bool {
        let double = size == OperandSize::S64;
        let (shift, by, combine) = match (op, double) {
            (FloatUnOp::Sqrt, false) => {
                self.asm.packed(PackedOp::Sqrtps, d, s);
                return true;
            }
            (FloatUnOp::Sqrt, true) => {
                self.asm.packed(PackedOp::Sqrtpd, d, s);
                return true;
            }
            (FloatUnOp::Neg, false) => (PackedShift::Pslld, 31, PackedOp::Pxor),
            (FloatUnOp::Neg, true) => (PackedShift::Psllq, 63, PackedOp::Pxor),
            (FloatUnOp::Abs, false) => (PackedShift::Psrld, 1, PackedOp::Pand),
            (FloatUnOp::Abs, true) => (PackedShift::Psrlq, 1, PackedOp::Pand),
            _ => return self.simd_round(op, double, d, s),
        };
        self.all_ones(XMM_SCRATCH2);
        self.asm.packed_shift_imm(shift, XMM_SCRATCH2, by);
        self.packed3(combine, d, s, XMM_SCRATCH2);
        true
    }

    /// `simd_float_cmp`: `cmpps`/`cmppd`, with `>` and `>=` as swapped `<`
    /// and `<=`.
    pub(super) fn emit_simd_float_cmp(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        d: u8,
        l: u8,
        r: u8,
    ) -> bool {
        let double = size == OperandSize::S64;
        let (pred, a, b) = match cmp {
            FloatCmp::Eq => (0, l, r),
            FloatCmp::Gt => (1, r, l),
            FloatCmp::Ge => (2, r, l),
            _ => return false,
        };
        self.float_cmp3(double, pred, d, a, b);
        true
    }
}

impl SimdMasm for X64Masm {
    // x86_64's relaxed min/max are `minps`/`maxps` (pmin/pmax), as in Cranelift.
    const RELAXED_MIN_MAX_ARE_MIN_MAX: bool = false;

    fn splat(&mut self, lane: MemSize, dst: Reg, src: Reg) {
        self.emit_splat(lane, dst, src);
    }

    fn extract_lane(&mut self, lane: MemSize, signed: bool, index: u8, dst: Reg, src: Reg) -> bool {
        self.emit_extract_lane(lane, signed, index, dst, src)
    }

    fn replace_lane(&mut self, lane: MemSize, index: u8, dst: Reg, src: Reg) -> bool {
        self.emit_replace_lane(lane, index, dst, src)
    }

    fn simd_unop(&mut self, op: SimdUnOp, lane: MemSize, dst: Reg, src: Reg) -> bool {
        self.emit_simd_unop(op, lane, dst.hw(), src.hw())
    }

    fn v128_const(&mut self, dst: Reg, bits: u128) {
        self.emit_v128_const(dst, bits);
    }

    fn simd_binop(&mut self, op: SimdBinOp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool {
        self.emit_simd_binop(op, lane, dst, lhs, rhs)
    }

    fn simd_cmp(&mut self, cmp: IntCmp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool {
        self.emit_simd_cmp(cmp, lane, dst.hw(), lhs.hw(), rhs.hw())
    }

    fn simd_float_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        self.emit_simd_float_binop(op, size, dst.hw(), lhs.hw(), rhs.hw())
    }

    fn simd_float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool {
        self.emit_simd_float_unop(op, size, dst.hw(), src.hw())
    }

    fn simd_float_cmp(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        self.emit_simd_float_cmp(cmp, size, dst.hw(), lhs.hw(), rhs.hw())
    }
    fn simd_ternop(&mut self, op: SimdTernOp, lane: MemSize, dst: Reg, operands: [Reg; 3]) -> bool {
        self.emit_simd_ternop(op, lane, dst, operands)
    }

    fn simd_shift(
        &mut self,
        op: SimdShiftOp,
        lane: MemSize,
        dst: Reg,
        src: Reg,
        amount: RegImm,
    ) -> bool {
        self.emit_simd_shift(op, lane, dst, src, amount)
    }

    fn simd_reduce(&mut self, op: SimdReduceOp, lane: MemSize, dst: Reg, src: Reg) -> bool {
        self.emit_simd_reduce(op, lane, dst, src)
    }

    fn shuffle(&mut self, dst: Reg, lhs: Reg, rhs: Reg, lanes: [u8; 16]) -> bool {
        self.emit_shuffle(dst, lhs, rhs, lanes)
    }
}

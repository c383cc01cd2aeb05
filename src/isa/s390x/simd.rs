//! The s390x v128 operations, on the vector facility (z14's, plus the
//! vector-enhancements facility 2 of z15 where the settings allow it).
//!
//! A v128 lives in one vector register as a 128-bit big-endian number: the
//! register's leftmost byte is the v128's most significant, so wasm lane
//! `i` of `n` is the register's element `n - 1 - i` (see `element`). This
//! is the order a byte-reversing 16-byte load (`vlbr`, or its fallback)
//! gives from little-endian wasm memory, and the order Cranelift's s390x
//! backend uses for wasm. A float, as everywhere in this masm, is element 0
//! of its size, which for a v128 is its last lane.
//!
//! Scratch vector registers: v30, v31 and v5 (the masm's second float
//! scratch); none of them is allocatable or the core's float temp.

use super::{S390xMasm, PAIR_EVEN, SCRATCH, SCRATCH2};
use crate::masm::{
    FloatBinOp, FloatCmp, FloatUnOp, IntCmp, MemSize, OperandSize, Reg, RegImm, SimdBinOp,
    SimdMasm, SimdReduceOp, SimdShiftOp, SimdTernOp, SimdUnOp,
};
use kindling_isa_s390x::{Disp12, Mask, RegOp, VecRrOp, VecRrrOp, VecRrrrOp, VecShiftOp};

/// The vector scratch registers.
pub(super) const VS1: u8 = 30;
pub(super) const VS2: u8 = 31;
pub(super) const VS3: u8 = super::F_SCRATCH2;

/// The element-size code of lanes of `lane` (0 byte ... 4 quadword).
pub(super) fn esize(lane: MemSize) -> u8 {
    match lane {
        MemSize::S8 => 0,
        MemSize::S16 => 1,
        MemSize::S32 => 2,
        MemSize::S64 => 3,
        MemSize::S128 => 4,
    }
}

/// The register element holding wasm lane `index` of lanes of `lane`.
pub(super) fn element(lane: MemSize, index: u8) -> u16 {
    let lanes = 16 >> esize(lane);
    u16::from(lanes - 1 - index)
}

/// The float size of float lanes of `lane`.
fn float_of(lane: MemSize) -> u8 {
    if lane == MemSize::S64 {
        3
    } else {
        2
    }
}

/// A displacement known to fit (an element index or a shift count).
pub(super) fn small(value: u16) -> Disp12 {
    Disp12::new(i64::from(value)).expect("a small displacement")
}

impl S390xMasm {
    /// `op v1, v2, v3` with element size `m` (and no other mask).
    pub(super) fn vrrr(&mut self, op: VecRrrOp, v1: u8, v2: u8, v3: u8, m: u8) {
        self.asm.vec_rrr(op, v1, v2, v3, [m, 0, 0]);
    }

    /// `op v1, v2` with element size `m` (and no other mask).
    pub(super) fn vrr(&mut self, op: VecRrOp, v1: u8, v2: u8, m: u8) {
        self.asm.vec_rr(op, v1, v2, [m, 0, 0]);
    }

    /// `v = 0`.
    pub(super) fn vzero(&mut self, v: u8) {
        self.asm.vgbm(v, 0);
    }

    /// Every element (of size `m`) of `v1` shifted by `count` bits.
    pub(super) fn vshift_imm(&mut self, op: VecShiftOp, v1: u8, v3: u8, count: u16, m: u8) {
        self.asm.vec_shift(op, v1, v3, 0, small(count), m);
    }

    /// `i64x2.mul`, through general registers (the vector facility
    /// multiplies doublewords only from z17 on).
    fn mul_i64x2(&mut self, d: u8, l: u8, r: u8) {
        self.asm.vlgv(SCRATCH, l, 0, small(0), 3);
        self.asm.vlgv(PAIR_EVEN, r, 0, small(0), 3);
        self.asm.reg_op(RegOp::Msgr, SCRATCH, PAIR_EVEN);
        self.asm.vlgv(PAIR_EVEN, l, 0, small(1), 3);
        self.asm.vlgv(SCRATCH2, r, 0, small(1), 3);
        self.asm.reg_op(RegOp::Msgr, PAIR_EVEN, SCRATCH2);
        self.asm.vlvgp(d, SCRATCH, PAIR_EVEN);
    }

    /// `lhs op rhs` on lanes widened to twice `lane`, then packed back with
    /// signed saturation: the signed saturating `+` and `-`.
    fn widened_sat(&mut self, op: VecRrrOp, lane: MemSize, d: u8, l: u8, r: u8) {
        let (m, wide) = (esize(lane), esize(lane) + 1);
        self.vrr(VecRrOp::Vuph, VS1, l, m);
        self.vrr(VecRrOp::Vuph, VS2, r, m);
        self.vrrr(op, VS1, VS1, VS2, wide);
        self.vrr(VecRrOp::Vupl, VS2, l, m);
        self.vrr(VecRrOp::Vupl, VS3, r, m);
        self.vrrr(op, VS2, VS2, VS3, wide);
        self.asm.vec_rrr(VecRrrOp::Vpks, d, VS1, VS2, [wide, 0, 0]);
    }

    /// `i16x8.q15mulr_sat_s`: the products of the widened lanes, rounded,
    /// shifted and packed back with signed saturation.
    fn q15mulr(&mut self, d: u8, l: u8, r: u8) {
        self.vrr(VecRrOp::Vuph, VS1, l, 1);
        self.vrr(VecRrOp::Vuph, VS2, r, 1);
        self.vrrr(VecRrrOp::Vml, VS1, VS1, VS2, 2);
        self.vrr(VecRrOp::Vupl, VS2, l, 1);
        self.vrr(VecRrOp::Vupl, VS3, r, 1);
        self.vrrr(VecRrrOp::Vml, VS2, VS2, VS3, 2);
        self.asm.vrepi(VS3, 0x4000, 2);
        self.vrrr(VecRrrOp::Va, VS1, VS1, VS3, 2);
        self.vrrr(VecRrrOp::Va, VS2, VS2, VS3, 2);
        self.vshift_imm(VecShiftOp::Vesra, VS1, VS1, 15, 2);
        self.vshift_imm(VecShiftOp::Vesra, VS2, VS2, 15, 2);
        self.asm.vec_rrr(VecRrrOp::Vpks, d, VS1, VS2, [2, 0, 0]);
    }

    /// The sums of adjacent pairs of `s`'s lanes of size `m`, each twice as
    /// wide (signed or not): the even lanes' products with 1 plus the odd
    /// lanes'. `s` may be `d`, but neither VS1 nor VS2.
    pub(super) fn pairwise_add(&mut self, signed: bool, m: u8, d: u8, s: u8) {
        let (even, odd) = if signed {
            (VecRrrOp::Vme, VecRrrOp::Vmo)
        } else {
            (VecRrrOp::Vmle, VecRrrOp::Vmlo)
        };
        self.asm.vrepi(VS2, 1, m);
        self.vrrr(even, VS1, s, VS2, m);
        self.vrrr(odd, d, s, VS2, m);
        self.vrrr(VecRrrOp::Va, d, d, VS1, m + 1);
    }
}

impl SimdMasm for S390xMasm {
    const RELAXED_MIN_MAX_ARE_MIN_MAX: bool = true;

    fn splat(&mut self, lane: MemSize, dst: Reg, src: Reg) {
        let (d, m) = (dst.hw(), esize(lane));
        if src.is_gpr() {
            self.asm.vlvg(d, src.hw(), 0, small(0), m);
            self.asm.vrep(d, d, 0, m);
        } else {
            self.asm.vrep(d, src.hw(), 0, m);
        }
    }

    fn extract_lane(&mut self, lane: MemSize, signed: bool, index: u8, dst: Reg, src: Reg) -> bool {
        let (d, s, m, e) = (dst.hw(), src.hw(), esize(lane), element(lane, index));
        if dst.is_gpr() {
            self.asm.vlgv(d, s, 0, small(e), m);
            match lane {
                MemSize::S8 if signed => self.asm.reg_op(RegOp::Lbr, d, d),
                MemSize::S16 if signed => self.asm.reg_op(RegOp::Lhr, d, d),
                _ => {}
            }
        } else {
            self.asm.vrep(d, s, e, m);
        }
        true
    }

    fn replace_lane(&mut self, lane: MemSize, index: u8, dst: Reg, src: Reg) -> bool {
        let (d, s, m, e) = (dst.hw(), src.hw(), esize(lane), element(lane, index));
        if src.is_gpr() {
            self.asm.vlvg(d, s, 0, small(e), m);
        } else if lane == MemSize::S64 {
            // `vpdi` picks each doubleword from one operand.
            if e == 1 {
                self.asm.vec_rrr(VecRrrOp::Vpdi, d, d, s, [0, 0, 0]);
            } else {
                self.asm.vec_rrr(VecRrrOp::Vpdi, d, s, d, [1, 0, 0]);
            }
        } else {
            self.asm.vlgv(SCRATCH, s, 0, small(0), 2);
            self.asm.vlvg(d, SCRATCH, 0, small(e), 2);
        }
        true
    }

    fn v128_const(&mut self, dst: Reg, bits: u128) {
        self.vconst(dst.hw(), bits);
    }

    fn simd_unop(&mut self, op: SimdUnOp, lane: MemSize, dst: Reg, src: Reg) -> bool {
        let (d, s, m) = (dst.hw(), src.hw(), esize(lane));
        // The source lanes of the widening operations.
        let narrow = m.saturating_sub(1);
        use SimdUnOp::*;
        match op {
            Abs => self.vrr(VecRrOp::Vlp, d, s, m),
            Popcnt => self.vrr(VecRrOp::Vpopct, d, s, 0),
            // Wasm's low lanes are the register's right half.
            ExtendLowS => self.vrr(VecRrOp::Vupl, d, s, narrow),
            ExtendLowU => self.vrr(VecRrOp::Vupll, d, s, narrow),
            ExtendHighS => self.vrr(VecRrOp::Vuph, d, s, narrow),
            ExtendHighU => self.vrr(VecRrOp::Vuplh, d, s, narrow),
            ExtAddPairwiseS => self.pairwise_add(true, narrow, d, s),
            ExtAddPairwiseU => self.pairwise_add(false, narrow, d, s),
            F32x4ConvertI32x4S => self.f32x4_from_i32x4(true, d, s),
            F32x4ConvertI32x4U => self.f32x4_from_i32x4(false, d, s),
            F64x2ConvertLowI32x4S | F64x2ConvertLowI32x4U => {
                let signed = op == F64x2ConvertLowI32x4S;
                let (unpack, convert) = if signed {
                    (VecRrOp::Vupl, VecRrOp::Vcdg)
                } else {
                    (VecRrOp::Vupll, VecRrOp::Vcdlg)
                };
                self.vrr(unpack, d, s, 2);
                self.asm.vec_rr(convert, d, d, [3, 0, 4]);
            }
            I32x4TruncSatF32x4S | RelaxedTruncF32x4S => self.i32x4_from_f32x4(true, d, s),
            I32x4TruncSatF32x4U | RelaxedTruncF32x4U => self.i32x4_from_f32x4(false, d, s),
            I32x4TruncSatF64x2SZero | RelaxedTruncF64x2SZero => self.i32x4_from_f64x2(true, d, s),
            I32x4TruncSatF64x2UZero | RelaxedTruncF64x2UZero => self.i32x4_from_f64x2(false, d, s),
            F32x4DemoteF64x2Zero => {
                // `vledb` rounds into the left word of each doubleword.
                self.asm.vec_rr(VecRrOp::Vflr, VS1, s, [3, 0, 0]);
                self.vshift_imm(VecShiftOp::Vesrl, VS1, VS1, 32, 3);
                self.vzero(VS2);
                self.vrrr(VecRrrOp::Vpk, d, VS2, VS1, 3);
            }
            F64x2PromoteLowF32x4 => {
                // `vldeb` widens words 0 and 2: wasm lanes 1 and 0 there.
                self.vrrr(VecRrrOp::Vmrl, VS1, s, s, 2);
                self.asm.vec_rr(VecRrOp::Vfll, d, VS1, [2, 0, 0]);
            }
        }
        true
    }

    fn simd_binop(&mut self, op: SimdBinOp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool {
        let (d, l, r, m) = (dst.hw(), lhs.hw(), rhs.hw(), esize(lane));
        let narrow = m.saturating_sub(1);
        use SimdBinOp::*;
        match op {
            And => self.vrrr(VecRrrOp::Vn, d, l, r, 0),
            Or => self.vrrr(VecRrrOp::Vo, d, l, r, 0),
            Xor => self.vrrr(VecRrrOp::Vx, d, l, r, 0),
            AndNot => self.vrrr(VecRrrOp::Vnc, d, l, r, 0),
            Add => self.vrrr(VecRrrOp::Va, d, l, r, m),
            Sub => self.vrrr(VecRrrOp::Vs, d, l, r, m),
            Mul if lane == MemSize::S64 => self.mul_i64x2(d, l, r),
            Mul => self.vrrr(VecRrrOp::Vml, d, l, r, m),
            AddSatS => self.widened_sat(VecRrrOp::Va, lane, d, l, r),
            SubSatS => self.widened_sat(VecRrrOp::Vs, lane, d, l, r),
            AddSatU => {
                // l + min(r, !l) never carries out.
                self.vrrr(VecRrrOp::Vno, VS1, l, l, 0);
                self.vrrr(VecRrrOp::Vmnl, VS1, r, VS1, m);
                self.vrrr(VecRrrOp::Va, d, l, VS1, m);
            }
            SubSatU => {
                self.vrrr(VecRrrOp::Vmxl, VS1, l, r, m);
                self.vrrr(VecRrrOp::Vs, d, VS1, r, m);
            }
            MinS => self.vrrr(VecRrrOp::Vmn, d, l, r, m),
            MinU => self.vrrr(VecRrrOp::Vmnl, d, l, r, m),
            MaxS => self.vrrr(VecRrrOp::Vmx, d, l, r, m),
            MaxU => self.vrrr(VecRrrOp::Vmxl, d, l, r, m),
            AvgrU => self.vrrr(VecRrrOp::Vavgl, d, l, r, m),
            // The register's left half is wasm's high lanes: `rhs`'s.
            NarrowS => self.asm.vec_rrr(VecRrrOp::Vpks, d, r, l, [m + 1, 0, 0]),
            NarrowU => {
                // Negative lanes become 0 first: `vpkls` reads unsigned.
                self.vzero(VS1);
                self.vrrr(VecRrrOp::Vmx, VS2, r, VS1, m + 1);
                self.vrrr(VecRrrOp::Vmx, VS1, l, VS1, m + 1);
                self.asm
                    .vec_rrr(VecRrrOp::Vpkls, d, VS2, VS1, [m + 1, 0, 0]);
            }
            ExtMulLowS | ExtMulLowU | ExtMulHighS | ExtMulHighU => {
                // Each half's lanes doubled, so that the even lanes'
                // products are the half's, in order.
                let merge = if matches!(op, ExtMulLowS | ExtMulLowU) {
                    VecRrrOp::Vmrl
                } else {
                    VecRrrOp::Vmrh
                };
                let multiply = if matches!(op, ExtMulLowS | ExtMulHighS) {
                    VecRrrOp::Vme
                } else {
                    VecRrrOp::Vmle
                };
                self.vrrr(merge, VS1, l, l, narrow);
                self.vrrr(merge, VS2, r, r, narrow);
                self.vrrr(multiply, d, VS1, VS2, narrow);
            }
            DotI16x8S => {
                self.vrrr(VecRrrOp::Vme, VS1, l, r, 1);
                self.vrrr(VecRrrOp::Vmo, d, l, r, 1);
                self.vrrr(VecRrrOp::Va, d, d, VS1, 2);
            }
            RelaxedDotI8x16I7x16S => {
                self.vrrr(VecRrrOp::Vme, VS1, l, r, 0);
                self.vrrr(VecRrrOp::Vmo, d, l, r, 0);
                self.vrrr(VecRrrOp::Va, d, d, VS1, 1);
            }
            Q15MulrSatS | RelaxedQ15MulrS => self.q15mulr(d, l, r),
            Swizzle | RelaxedSwizzle => {
                // max(239, !index) maps wasm indices 0..15 to 31..16 (the
                // register bytes 15..0 of `lhs`, the second operand) and
                // every other index to 15 (a byte of the zero vector).
                self.asm.vrepi(VS1, 239, 0);
                self.vrrr(VecRrrOp::Vno, VS2, r, r, 0);
                self.vrrr(VecRrrOp::Vmxl, VS1, VS1, VS2, 0);
                self.vzero(VS2);
                self.asm.vec_rrrr(VecRrrrOp::Vperm, d, VS2, l, VS1, [0, 0]);
            }
            // Mode 3 is `rhs < lhs ? rhs : lhs` (and the like for max).
            FloatPMin => self
                .asm
                .vec_rrr(VecRrrOp::Vfmin, d, l, r, [float_of(lane), 0, 3]),
            FloatPMax => self
                .asm
                .vec_rrr(VecRrrOp::Vfmax, d, l, r, [float_of(lane), 0, 3]),
            // Wasm's min and max, as Cranelift makes the relaxed ones.
            RelaxedMin | RelaxedMax => {
                let op = if op == RelaxedMin {
                    FloatBinOp::Min
                } else {
                    FloatBinOp::Max
                };
                let size = if lane == MemSize::S64 {
                    OperandSize::S64
                } else {
                    OperandSize::S32
                };
                self.float_elements_binop(op, size, false, d, l, r);
            }
        }
        true
    }

    fn simd_ternop(&mut self, op: SimdTernOp, lane: MemSize, dst: Reg, operands: [Reg; 3]) -> bool {
        let d = dst.hw();
        let [a, b, c] = operands.map(|r| r.hw());
        match op {
            SimdTernOp::RelaxedMadd => {
                self.asm
                    .vec_rrrr(VecRrrrOp::Vfma, d, a, b, c, [0, float_of(lane)]);
            }
            SimdTernOp::RelaxedNmadd => {
                // (-a) * b + c, as Cranelift computes it (`vfnms` would
                // round -(a * b - c), whose zero has the other sign).
                self.asm
                    .vec_rr(VecRrOp::Vfpso, VS1, a, [float_of(lane), 0, 0]);
                self.asm
                    .vec_rrrr(VecRrrrOp::Vfma, d, VS1, b, c, [0, float_of(lane)]);
            }
            SimdTernOp::RelaxedLaneselect => {
                self.asm.vec_rrrr(VecRrrrOp::Vsel, d, a, b, c, [0, 0]);
            }
            SimdTernOp::RelaxedDotI8x16I7x16AddS => {
                // The 16-bit dot products in VS3 (which `pairwise_add`
                // may take as both source and result), then their pairs.
                self.vrrr(VecRrrOp::Vme, VS1, a, b, 0);
                self.vrrr(VecRrrOp::Vmo, VS3, a, b, 0);
                self.vrrr(VecRrrOp::Va, VS3, VS3, VS1, 1);
                self.pairwise_add(true, 1, VS3, VS3);
                self.vrrr(VecRrrOp::Va, d, VS3, c, 2);
            }
        }
        true
    }

    fn simd_shift(
        &mut self,
        op: SimdShiftOp,
        lane: MemSize,
        dst: Reg,
        src: Reg,
        amount: RegImm,
    ) -> bool {
        let op = match op {
            SimdShiftOp::Shl => VecShiftOp::Vesl,
            SimdShiftOp::ShrS => VecShiftOp::Vesra,
            SimdShiftOp::ShrU => VecShiftOp::Vesrl,
        };
        let (d, s, m) = (dst.hw(), src.hw(), esize(lane));
        match amount {
            // The count is the address `base + disp`, modulo the lane width.
            RegImm::Reg(r) => self.asm.vec_shift(op, d, s, r.hw(), small(0), m),
            RegImm::Imm(i) => self.vshift_imm(op, d, s, (i & 63) as u16, m),
        }
        true
    }

    fn simd_reduce(&mut self, op: SimdReduceOp, lane: MemSize, dst: Reg, src: Reg) -> bool {
        let (d, s) = (dst.hw(), src.hw());
        match op {
            SimdReduceOp::AnyTrue => {
                // Under its own bits as the mask, a v128 tests all zeros
                // (condition code 0) only when it is zero.
                self.asm.vec_rr(VecRrOp::Vtm, s, s, [0; 3]);
                self.set_on_cc(d, Mask::NE);
            }
            SimdReduceOp::AllTrue => {
                // Condition code 3: no lane equals zero.
                self.vzero(VS1);
                self.asm
                    .vec_rrr(VecRrrOp::Vceq, VS1, s, VS1, [esize(lane), 1, 0]);
                self.set_on_cc(d, Mask::new(1).expect("a mask"));
            }
            SimdReduceOp::Bitmask => self.bitmask(lane, d, s),
        }
        true
    }

    fn shuffle(&mut self, dst: Reg, lhs: Reg, rhs: Reg, lanes: [u8; 16]) -> bool {
        // `vperm` numbers the bytes of its two operands 0..31 from the left;
        // with `rhs` first, wasm's byte `k` of `lhs ++ rhs` is its byte
        // 31 - k. Wasm byte `i` of the control vector picks result byte `i`.
        let control = lanes
            .iter()
            .enumerate()
            .fold(0u128, |acc, (i, &k)| acc | u128::from(31 - k) << (8 * i));
        self.vconst(VS1, control);
        self.asm
            .vec_rrrr(VecRrrrOp::Vperm, dst.hw(), rhs.hw(), lhs.hw(), VS1, [0, 0]);
        true
    }

    fn simd_cmp(&mut self, cmp: IntCmp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool {
        let (d, l, r, m) = (dst.hw(), lhs.hw(), rhs.hw(), esize(lane));
        let (op, inverted) = match cmp {
            IntCmp::Eq => (VecRrrOp::Vceq, false),
            IntCmp::GtS => (VecRrrOp::Vch, false),
            IntCmp::GtU => (VecRrrOp::Vchl, false),
            IntCmp::GeS => (VecRrrOp::Vch, true),
            IntCmp::GeU => (VecRrrOp::Vchl, true),
            _ => return false,
        };
        if inverted {
            // a >= b is !(b > a).
            self.asm.vec_rrr(op, VS1, r, l, [m, 0, 0]);
            self.vrrr(VecRrrOp::Vno, d, VS1, VS1, 0);
        } else {
            self.asm.vec_rrr(op, d, l, r, [m, 0, 0]);
        }
        true
    }

    fn simd_float_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        self.float_elements_binop(op, size, false, dst.hw(), lhs.hw(), rhs.hw());
        true
    }

    fn simd_float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool {
        self.float_elements_unop(op, size, false, dst.hw(), src.hw());
        true
    }

    fn simd_float_cmp(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        let op = match cmp {
            FloatCmp::Eq => VecRrrOp::Vfce,
            FloatCmp::Gt => VecRrrOp::Vfch,
            FloatCmp::Ge => VecRrrOp::Vfche,
            _ => return false,
        };
        self.asm
            .vec_rrr(op, dst.hw(), lhs.hw(), rhs.hw(), [super::fsize(size), 0, 0]);
        true
    }
}

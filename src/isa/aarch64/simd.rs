//! The aarch64 masm's v128 operations, over NEON.

use super::{Aarch64Masm, SCRATCH, SCRATCH2, V_SCRATCH};
use crate::masm::{
    FloatBinOp, FloatCmp, FloatUnOp, IntCmp, MemSize, OperandSize, Reg, RegImm, SimdBinOp,
    SimdMasm, SimdReduceOp, SimdShiftOp, SimdTernOp, SimdUnOp,
};
use kindling_isa_aarch64::{
    Size, VecArith, VecFloat, VecFloatUnary, VecLanes, VecLogic, VecMisc, VecNarrow, VecWiden, ZR,
};

impl Aarch64Masm {
    /// `splat`: `dup` from a general register, or from lane 0 of a vector.
    pub(super) fn emit_splat(&mut self, lane: MemSize, dst: Reg, src: Reg) {
        if !src.is_gpr() {
            self.asm.dup_lane0(lane == MemSize::S64, dst.hw(), src.hw());
        } else if let Some(lanes) = vec_lanes(lane) {
            self.asm.dup_gpr(lanes, dst.hw(), src.hw());
        }
    }

    /// `extract_lane`: `umov`/`smov` to a general register, `mov` (scalar
    /// `dup`) to a float register.
    pub(super) fn emit_extract_lane(
        &mut self,
        lane: MemSize,
        signed: bool,
        index: u8,
        dst: Reg,
        src: Reg,
    ) -> bool {
        let Some(lanes) = vec_lanes(lane) else {
            return false;
        };
        let (d, s) = (dst.hw(), src.hw());
        if !dst.is_gpr() {
            self.asm.dup_scalar(lane == MemSize::S64, d, s, index);
        } else if !(signed && self.asm.smov_w(lanes, d, s, index)) {
            self.asm.umov(lanes, d, s, index);
        }
        true
    }

    /// `replace_lane`: `ins` from a general register or from lane 0 of a
    /// vector.
    pub(super) fn emit_replace_lane(
        &mut self,
        lane: MemSize,
        index: u8,
        dst: Reg,
        src: Reg,
    ) -> bool {
        let Some(lanes) = vec_lanes(lane) else {
            return false;
        };
        if src.is_gpr() {
            self.asm.ins_gpr(lanes, dst.hw(), index, src.hw());
        } else {
            self.asm.ins_elem(lanes, dst.hw(), index, src.hw());
        }
        true
    }

    /// `simd_unop`.
    pub(super) fn emit_simd_unop(
        &mut self,
        op: SimdUnOp,
        lane: MemSize,
        dst: Reg,
        src: Reg,
    ) -> bool {
        use SimdUnOp as U;
        use VecFloatUnary as F;
        let (d, s) = (dst.hw(), src.hw());
        let Some(lanes) = vec_lanes(lane) else {
            return false;
        };
        match op {
            U::Abs => self.asm.vec_abs(lanes, d, s),
            U::Popcnt => self.asm.cnt_16b(d, s),
            U::ExtendLowS | U::ExtendHighS | U::ExtendLowU | U::ExtendHighU => {
                let signed = matches!(op, U::ExtendLowS | U::ExtendHighS);
                let upper = matches!(op, U::ExtendHighS | U::ExtendHighU);
                let widen = if signed {
                    VecWiden::Sxtl
                } else {
                    VecWiden::Uxtl
                };
                return self.asm.vec_widen(widen, lanes, upper, d, s);
            }
            U::ExtAddPairwiseS => return self.asm.vec_misc(VecMisc::Saddlp, lanes, d, s),
            U::ExtAddPairwiseU => return self.asm.vec_misc(VecMisc::Uaddlp, lanes, d, s),
            U::F32x4ConvertI32x4S => self.asm.vec_float_unary(F::Scvtf, false, d, s),
            U::F32x4ConvertI32x4U => self.asm.vec_float_unary(F::Ucvtf, false, d, s),
            U::F64x2ConvertLowI32x4S | U::F64x2ConvertLowI32x4U => {
                let (widen, convert) = if op == U::F64x2ConvertLowI32x4S {
                    (VecWiden::Sxtl, F::Scvtf)
                } else {
                    (VecWiden::Uxtl, F::Ucvtf)
                };
                self.asm.vec_widen(widen, VecLanes::D2, false, d, s);
                self.asm.vec_float_unary(convert, true, d, d);
            }
            // `fcvtzs`/`fcvtzu` saturate and give 0 for NaN, as `trunc_sat`
            // does; the relaxed truncations are the same (as Cranelift's).
            U::I32x4TruncSatF32x4S | U::RelaxedTruncF32x4S => {
                self.asm.vec_float_unary(F::Fcvtzs, false, d, s);
            }
            U::I32x4TruncSatF32x4U | U::RelaxedTruncF32x4U => {
                self.asm.vec_float_unary(F::Fcvtzu, false, d, s);
            }
            // To 64-bit integers, then saturated to 32 bits into the low
            // half (the narrowing zeroes the high half).
            U::I32x4TruncSatF64x2SZero | U::RelaxedTruncF64x2SZero => {
                self.asm.vec_float_unary(F::Fcvtzs, true, d, s);
                self.asm
                    .vec_narrow(VecNarrow::Sqxtn, VecLanes::S4, false, d, d);
            }
            U::I32x4TruncSatF64x2UZero | U::RelaxedTruncF64x2UZero => {
                self.asm.vec_float_unary(F::Fcvtzu, true, d, s);
                self.asm
                    .vec_narrow(VecNarrow::Uqxtn, VecLanes::S4, false, d, d);
            }
            U::F32x4DemoteF64x2Zero => {
                self.asm
                    .vec_narrow(VecNarrow::Fcvtn, VecLanes::S4, false, d, s);
            }
            U::F64x2PromoteLowF32x4 => {
                self.asm
                    .vec_widen(VecWiden::Fcvtl, VecLanes::D2, false, d, s);
            }
        }
        true
    }

    /// `v128_const`.
    pub(super) fn emit_v128_const(&mut self, dst: Reg, bits: u128) {
        let d = dst.hw();
        if bits == 0 {
            self.asm.vec_logic(VecLogic::Eor, d, d, d);
            return;
        }
        let (lo, hi) = (bits as u64, (bits >> 64) as u64);
        // `fmov d, x` zeroes the high doubleword.
        self.asm.mov_imm(Size::S64, SCRATCH, lo);
        self.asm.fmov_from_gpr(Size::S64, d, SCRATCH);
        if hi != 0 {
            self.asm.mov_imm(Size::S64, SCRATCH, hi);
            self.asm.ins_d(d, 1, SCRATCH);
        }
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
        use SimdBinOp as B;
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        let logic = match op {
            B::And => Some(VecLogic::And),
            B::Or => Some(VecLogic::Orr),
            B::Xor => Some(VecLogic::Eor),
            B::AndNot => Some(VecLogic::Bic),
            _ => None,
        };
        if let Some(logic) = logic {
            self.asm.vec_logic(logic, d, l, r);
            return true;
        }
        let Some(lanes) = vec_lanes(lane) else {
            return false;
        };
        let arith = match op {
            B::Add => VecArith::Add,
            B::Sub => VecArith::Sub,
            B::Mul if lanes == VecLanes::D2 => {
                // NEON has no 64-bit lane multiply: one lane at a time in
                // the scratch registers, collected in the vector scratch.
                for lane in [1, 0] {
                    self.asm.umov_d(SCRATCH, l, lane);
                    self.asm.umov_d(SCRATCH2, r, lane);
                    self.asm.madd(Size::S64, SCRATCH, SCRATCH, SCRATCH2, ZR);
                    self.asm.ins_d(V_SCRATCH, lane, SCRATCH);
                }
                self.asm.mov_v16b(d, V_SCRATCH);
                return true;
            }
            B::Mul => VecArith::Mul,
            B::AddSatS => VecArith::Sqadd,
            B::AddSatU => VecArith::Uqadd,
            B::SubSatS => VecArith::Sqsub,
            B::SubSatU => VecArith::Uqsub,
            B::MinS => VecArith::Smin,
            B::MinU => VecArith::Umin,
            B::MaxS => VecArith::Smax,
            B::MaxU => VecArith::Umax,
            B::AvgrU => VecArith::Urhadd,
            // `sqrdmulh` saturates `0x8000 * 0x8000` to `0x7fff`, as
            // `q15mulr_sat_s` does; the relaxed one is the same.
            B::Q15MulrSatS | B::RelaxedQ15MulrS => VecArith::Sqrdmulh,
            _ => return self.emit_simd_reshaping_binop(op, lanes, d, l, r),
        };
        self.asm.vec_arith(arith, lanes, d, l, r)
    }

    /// `simd_cmp`.
    pub(super) fn emit_simd_cmp(
        &mut self,
        cmp: IntCmp,
        lane: MemSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        let Some(lanes) = vec_lanes(lane) else {
            return false;
        };
        let op = match cmp {
            IntCmp::Eq => VecArith::Cmeq,
            IntCmp::GtS => VecArith::Cmgt,
            IntCmp::GeS => VecArith::Cmge,
            IntCmp::GtU => VecArith::Cmhi,
            IntCmp::GeU => VecArith::Cmhs,
            _ => return false,
        };
        self.asm.vec_arith(op, lanes, dst.hw(), lhs.hw(), rhs.hw())
    }

    /// `simd_float_binop`.
    pub(super) fn emit_simd_float_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        let op = match op {
            FloatBinOp::Add => VecFloat::Fadd,
            FloatBinOp::Sub => VecFloat::Fsub,
            FloatBinOp::Mul => VecFloat::Fmul,
            FloatBinOp::Div => VecFloat::Fdiv,
            // NEON's `fmin`/`fmax` have wasm's NaN and signed-zero rules.
            FloatBinOp::Min => VecFloat::Fmin,
            FloatBinOp::Max => VecFloat::Fmax,
            _ => return false,
        };
        let double = size == OperandSize::S64;
        self.asm.vec_float(op, double, dst.hw(), lhs.hw(), rhs.hw());
        true
    }

    /// `simd_float_unop`: every one is a single NEON instruction.
    pub(super) fn emit_simd_float_unop(
        &mut self,
        op: FloatUnOp,
        size: OperandSize,
        dst: Reg,
        src: Reg,
    ) -> bool {
        let op = match op {
            FloatUnOp::Sqrt => VecFloatUnary::Fsqrt,
            FloatUnOp::Neg => VecFloatUnary::Fneg,
            FloatUnOp::Abs => VecFloatUnary::Fabs,
            FloatUnOp::Ceil => VecFloatUnary::Frintp,
            FloatUnOp::Floor => VecFloatUnary::Frintm,
            FloatUnOp::Trunc => VecFloatUnary::Frintz,
            FloatUnOp::Nearest => VecFloatUnary::Frintn,
        };
        let double = size == OperandSize::S64;
        self.asm.vec_float_unary(op, double, dst.hw(), src.hw());
        true
    }

    /// `simd_float_cmp`.
    pub(super) fn emit_simd_float_cmp(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        let op = match cmp {
            FloatCmp::Eq => VecFloat::Fcmeq,
            FloatCmp::Gt => VecFloat::Fcmgt,
            FloatCmp::Ge => VecFloat::Fcmge,
            _ => return false,
        };
        let double = size == OperandSize::S64;
        self.asm.vec_float(op, double, dst.hw(), lhs.hw(), rhs.hw());
        true
    }
}

/// The NEON arrangement of integer lanes of `lane`.
pub(super) fn vec_lanes(lane: MemSize) -> Option<VecLanes> {
    Some(match lane {
        MemSize::S8 => VecLanes::B16,
        MemSize::S16 => VecLanes::H8,
        MemSize::S32 => VecLanes::S4,
        MemSize::S64 => VecLanes::D2,
        MemSize::S128 => return None,
    })
}

impl SimdMasm for Aarch64Masm {
    // aarch64's relaxed min/max are `fmin`/`fmax`.
    const RELAXED_MIN_MAX_ARE_MIN_MAX: bool = true;

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
        self.emit_simd_unop(op, lane, dst, src)
    }

    fn v128_const(&mut self, dst: Reg, bits: u128) {
        self.emit_v128_const(dst, bits);
    }

    fn simd_binop(&mut self, op: SimdBinOp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool {
        self.emit_simd_binop(op, lane, dst, lhs, rhs)
    }

    fn simd_cmp(&mut self, cmp: IntCmp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool {
        self.emit_simd_cmp(cmp, lane, dst, lhs, rhs)
    }

    fn simd_float_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        self.emit_simd_float_binop(op, size, dst, lhs, rhs)
    }

    fn simd_float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool {
        self.emit_simd_float_unop(op, size, dst, src)
    }

    fn simd_float_cmp(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool {
        self.emit_simd_float_cmp(cmp, size, dst, lhs, rhs)
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

//! The riscv64 v128 operations, on the V extension.
//!
//! A v128 lives in one vector register: float register `n`'s v128 is in
//! `vn`, except register 0's, which is in v27 (v0 is the mask register, and
//! fs11, whose vector twin v27 is, holds no float value). Each operation
//! sets the vector length and element width it needs with `vsetivli`; the
//! masm remembers the last setting and emits it again only when it changes,
//! and forgets it at labels and calls. Nothing assumes VLEN is 128: every
//! operation sets a vector length of at most 16 bytes, loads and stores
//! move 16 bytes, and gathers zero out-of-range lanes themselves.

use super::{Riscv64Masm, F_SCRATCH, SCRATCH, SCRATCH2};
use crate::masm::{
    FloatBinOp, FloatCmp, FloatUnOp, IntCmp, MemSize, OperandSize, Reg, RegImm, SimdBinOp,
    SimdMasm, SimdReduceOp, SimdShiftOp, SimdTernOp, SimdUnOp,
};
use kindling_isa_riscv64::{
    AluOp, FSize, Imm12, ImmOp, Lmul, Rounding, Sew, ShiftImmOp, VReg, VSrc, VecOp, VecToScalar,
    VecUnary, ZERO,
};

/// The vector register holding float register 0's v128.
const V_OF_FPR0: VReg = 27;
/// The mask register.
const MASK: VReg = 0;
/// Vector scratch registers: v30 and v31 are an aligned pair (the source
/// of a narrowing); none of them is any float register's twin.
const VT: VReg = 31;
const VT2: VReg = 30;
const VT3: VReg = 9;
const VT4: VReg = 8;

/// The `vsetivli` setting the last vector instruction ran under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct VectorType {
    avl: u8,
    sew: Sew,
    lmul: Lmul,
    keep_tail: bool,
}

/// The vector register of the v128 in `r`.
pub(super) fn vreg(r: Reg) -> VReg {
    match r.hw() {
        0 => V_OF_FPR0,
        n => n,
    }
}

/// The lane count and element width of lanes of `lane`.
fn lanes(lane: MemSize) -> (u8, Sew) {
    match lane {
        MemSize::S8 => (16, Sew::E8),
        MemSize::S16 => (8, Sew::E16),
        MemSize::S32 => (4, Sew::E32),
        _ => (2, Sew::E64),
    }
}

/// The float lanes of `size`.
fn float_lanes(size: OperandSize) -> (u8, Sew) {
    match size {
        OperandSize::S32 => (4, Sew::E32),
        OperandSize::S64 => (2, Sew::E64),
    }
}

/// The element width half of `sew`.
fn half(sew: Sew) -> Sew {
    match sew {
        Sew::E64 => Sew::E32,
        Sew::E32 => Sew::E16,
        _ => Sew::E8,
    }
}

fn fsize(size: OperandSize) -> FSize {
    match size {
        OperandSize::S32 => FSize::S,
        OperandSize::S64 => FSize::D,
    }
}

impl Riscv64Masm {
    /// Sets `avl` elements of `sew` in one register, tail agnostic.
    pub(super) fn vset(&mut self, avl: u8, sew: Sew) {
        self.vset_with(avl, sew, Lmul::M1, false);
    }

    /// Sets a vector type, unless the last vector instruction ran under it.
    pub(super) fn vset_with(&mut self, avl: u8, sew: Sew, lmul: Lmul, keep_tail: bool) {
        let wanted = VectorType {
            avl,
            sew,
            lmul,
            keep_tail,
        };
        if self.vtype != Some(wanted) {
            self.asm.vsetivli(ZERO, avl, sew, lmul, keep_tail);
            self.vtype = Some(wanted);
        }
    }

    /// Forgets the vector type: after a label (a branch may arrive with
    /// another) and a call (which may change it).
    pub(super) fn forget_vector_type(&mut self) {
        self.vtype = None;
    }

    /// `op vd, vs2, vs1` on vectors.
    fn vv(&mut self, op: VecOp, vd: VReg, vs2: VReg, vs1: VReg) {
        self.asm.vec_op(op, vd, vs2, VSrc::V(vs1), false);
    }

    /// `op vd, vs2, imm` (or through `SCRATCH` when the immediate does not
    /// fit the 5-bit field: `unsigned` for shifts).
    fn vi(&mut self, op: VecOp, vd: VReg, vs2: VReg, imm: i64, unsigned: bool) {
        let fits = if unsigned {
            (0..32).contains(&imm)
        } else {
            (-16..16).contains(&imm)
        };
        if fits {
            self.asm.vec_op(op, vd, vs2, VSrc::I(imm as i8), false);
        } else {
            self.asm.mov_imm(SCRATCH, imm);
            self.asm.vec_op(op, vd, vs2, VSrc::X(SCRATCH), false);
        }
    }

    /// `vd = vs`, the whole register.
    fn vmove(&mut self, vd: VReg, vs: VReg) {
        self.vmove_whole(vd, vs);
    }

    /// `d` = all ones in each of the `(n, sew)` lanes where the compare
    /// `op` of `a` and `b` holds, zeros elsewhere.
    fn compare_lanes(&mut self, (n, sew): (u8, Sew), op: VecOp, d: VReg, a: VReg, b: VReg) {
        self.vset(n, sew);
        self.vv(op, MASK, a, b);
        self.asm.vmv_v(d, VSrc::I(0));
        self.asm.vmerge(d, d, VSrc::I(-1));
    }

    /// Puts the 128 bits `bits` in `vd`.
    pub(super) fn vconst(&mut self, vd: VReg, bits: u128) {
        let bytes = bits.to_le_bytes();
        // A constant repeated in lanes of some width is one splat.
        for (width, sew, count) in [(1, Sew::E8, 16), (2, Sew::E16, 8), (4, Sew::E32, 4)] {
            let lane = &bytes[..width];
            if bytes.chunks(width).all(|c| c == lane) {
                let mut value = [0u8; 8];
                value[..width].copy_from_slice(lane);
                let value = i64::from_le_bytes(value);
                // Sign-extended from the lane width, as vmv.v.x reads it.
                let shift = 64 - 8 * width as u32;
                let value = (value << shift) >> shift;
                self.vset(count, sew);
                return self.splat_value(vd, value);
            }
        }
        let (lo, hi) = (bits as u64 as i64, (bits >> 64) as u64 as i64);
        if lo == hi {
            self.vset(2, Sew::E64);
            return self.splat_value(vd, lo);
        }
        // Both lanes to the high half, then element 0 to the low half with
        // the tail (element 1) kept.
        self.vset_with(2, Sew::E64, Lmul::M1, true);
        self.splat_value(vd, hi);
        self.asm.mov_imm(SCRATCH, lo);
        self.asm.vmv_s(vd, VSrc::X(SCRATCH));
    }

    /// `vmv.v.i` or `vmv.v.x` of `value` under the current vector type.
    fn splat_value(&mut self, vd: VReg, value: i64) {
        if (-16..16).contains(&value) {
            self.asm.vmv_v(vd, VSrc::I(value as i8));
        } else {
            self.asm.mov_imm(SCRATCH, value);
            self.asm.vmv_v(vd, VSrc::X(SCRATCH));
        }
    }

    /// Loads 16 bytes at `address` (a register) into `vd`; returns the
    /// offset of the load.
    pub(super) fn vload16(&mut self, vd: VReg, address: u8) -> u32 {
        self.vset(16, Sew::E8);
        let at = self.asm.offset();
        self.asm.vle(Sew::E8, vd, address);
        at
    }

    /// Stores `vs`'s 16 bytes at `address` (a register); returns the offset
    /// of the store.
    pub(super) fn vstore16(&mut self, vs: VReg, address: u8) -> u32 {
        self.vset(16, Sew::E8);
        let at = self.asm.offset();
        self.asm.vse(Sew::E8, vs, address);
        at
    }

    /// Loads a 4- or 8-byte element at `address` into lane 0 of `vd`, the
    /// other lanes zero; returns the offset of the load.
    pub(super) fn vload_low(&mut self, size: MemSize, vd: VReg, address: u8) -> u32 {
        self.vset(2, Sew::E64);
        self.asm.vmv_v(vd, VSrc::I(0));
        let sew = if size == MemSize::S32 {
            Sew::E32
        } else {
            Sew::E64
        };
        self.vset_with(1, sew, Lmul::M1, true);
        let at = self.asm.offset();
        self.asm.vle(sew, vd, address);
        at
    }

    /// wasm `min`/`max` on float lanes: NaN where either lane is.
    fn vector_min_max(&mut self, max: bool, size: OperandSize, d: VReg, l: VReg, r: VReg) {
        let (n, sew) = float_lanes(size);
        self.vset(n, sew);
        let op = if max { VecOp::Vfmax } else { VecOp::Vfmin };
        self.vv(op, VT, l, r);
        self.vv(VecOp::Vmfne, MASK, l, l);
        self.vv(VecOp::Vmfne, VT4, r, r);
        self.vv(VecOp::Vmor, MASK, MASK, VT4);
        // Arithmetic on a NaN gives the canonical NaN.
        self.vv(VecOp::Vfadd, VT2, l, r);
        self.asm.vmerge(d, VT, VSrc::V(VT2));
    }

    /// Rounds float lanes to integral values: through integers where `|x|`
    /// is below 2^52 (2^23), with the sign kept; other lanes are integral
    /// already, or NaN (made canonical).
    fn vector_round(&mut self, op: FloatUnOp, size: OperandSize, d: VReg, s: VReg) {
        let (n, sew) = float_lanes(size);
        let limit = match size {
            OperandSize::S32 => 0x4b00_0000,
            OperandSize::S64 => 0x4330_0000_0000_0000,
        };
        self.asm.mov_imm(SCRATCH, limit);
        self.asm.fmv_from_int(fsize(size), F_SCRATCH, SCRATCH);
        self.vset(n, sew);
        self.vv(VecOp::Vfsgnjx, VT, s, s);
        self.asm
            .vec_op(VecOp::Vmflt, MASK, VT, VSrc::F(F_SCRATCH), false);
        // Through the dynamic rounding mode, for trunc too (see `trunc_sat`).
        let rounding = match op {
            FloatUnOp::Ceil => Rounding::Rup,
            FloatUnOp::Floor => Rounding::Rdn,
            FloatUnOp::Nearest => Rounding::Rne,
            _ => Rounding::Rtz,
        };
        self.asm.fsrmi(SCRATCH2, rounding);
        self.asm.vec_unary(VecUnary::VfcvtXFV, VT, s, false);
        self.asm.fsrm(SCRATCH2);
        self.asm.vec_unary(VecUnary::VfcvtFXV, VT, VT, false);
        self.vv(VecOp::Vfsgnj, VT, VT, s);
        self.vv(VecOp::Vfmin, VT2, s, s);
        self.asm.vmerge(d, VT2, VSrc::V(VT));
    }

    /// The signed or unsigned halves of each lane of `s` (at `sew`, `n`
    /// lanes), summed after multiplying by `t`'s halves when given:
    /// pairwise adds and dot products.
    fn pairwise(&mut self, n: u8, sew: Sew, signed: bool, d: VReg, s: VReg, t: Option<VReg>) {
        let shift = i64::from(sew.bits() / 2);
        let right = if signed { VecOp::Vsra } else { VecOp::Vsrl };
        self.vset(n, sew);
        // Even halves: shifted up and back; odd halves: shifted down.
        self.vi(VecOp::Vsll, VT, s, shift, true);
        self.vi(right, VT, VT, shift, true);
        self.vi(right, VT2, s, shift, true);
        if let Some(t) = t {
            self.vi(VecOp::Vsll, VT3, t, shift, true);
            self.vi(right, VT3, VT3, shift, true);
            self.vv(VecOp::Vmul, VT, VT, VT3);
            self.vi(right, VT3, t, shift, true);
            self.vv(VecOp::Vmul, VT2, VT2, VT3);
        }
        self.vv(VecOp::Vadd, d, VT, VT2);
    }

    /// Float lanes truncated to integers, NaN lanes zero (saturating, as
    /// RISC-V's conversions do).
    fn trunc_sat(&mut self, signed: bool, from64: bool, d: VReg, s: VReg) {
        // The dynamic rounding mode set to round-toward-zero, not the `rtz`
        // forms: qemu 7.2 asserts translating those after a `vsetivli`.
        let (to_int, narrow) = if signed {
            (VecUnary::VfcvtXFV, VecUnary::VfncvtXFW)
        } else {
            (VecUnary::VfcvtXuFV, VecUnary::VfncvtXuFW)
        };
        self.asm.fsrmi(SCRATCH2, Rounding::Rtz);
        if !from64 {
            self.vset(4, Sew::E32);
            self.asm.vec_unary(to_int, VT, s, false);
            self.asm.fsrm(SCRATCH2);
            self.vv(VecOp::Vmfne, MASK, s, s);
            self.asm.vmerge(d, VT, VSrc::I(0));
            return;
        }
        self.vset(2, Sew::E64);
        self.vv(VecOp::Vmfne, MASK, s, s);
        self.narrow_f64(narrow, d, s);
        self.asm.fsrm(SCRATCH2);
        self.vset_with(2, Sew::E32, Lmul::M1, true);
        self.asm.vmerge(d, d, VSrc::I(0));
    }

    /// Two f64 lanes narrowed by `op` into the low two 32-bit lanes of `d`,
    /// the upper two zero.
    fn narrow_f64(&mut self, op: VecUnary, d: VReg, s: VReg) {
        // A narrowing source is a register pair, v30 and v31 here, which
        // the destination may not overlap but at its start.
        self.vmove(VT2, s);
        self.vset(4, Sew::E32);
        self.asm.vmv_v(VT3, VSrc::I(0));
        self.vset_with(2, Sew::E32, Lmul::M1, true);
        self.asm.vec_unary(op, VT3, VT2, false);
        self.vmove(d, VT3);
    }

    /// `f64x2.promote_low_f32x4`, NaN payloads kept as x86_64 and aarch64
    /// keep them (RISC-V's conversion gives the canonical NaN): sign, then
    /// a quiet NaN with the f32 mantissa in the top of the f64's. wasm
    /// allows either, but wasmtime's `misc:simd/issue_3327_bnot_lowering`
    /// reads the promoted NaN's bits.
    fn promote_low(&mut self, d: VReg, s: VReg) {
        self.vset_with(2, Sew::E32, Lmul::Mf2, false);
        self.asm.vec_unary(VecUnary::VfwcvtFFV, VT, s, false);
        self.vv(VecOp::Vmfne, MASK, s, s);
        self.vset(2, Sew::E64);
        self.asm.vec_unary(VecUnary::VzextVf2, VT2, s, false);
        self.vi(VecOp::Vsll, VT3, VT2, 29, true);
        self.asm.mov_imm(SCRATCH, 0x000f_ffff_e000_0000);
        self.asm
            .vec_op(VecOp::Vand, VT3, VT3, VSrc::X(SCRATCH), false);
        self.asm.mov_imm(SCRATCH, 0x7ff8_0000_0000_0000);
        self.asm
            .vec_op(VecOp::Vor, VT3, VT3, VSrc::X(SCRATCH), false);
        self.vi(VecOp::Vsrl, VT2, VT2, 31, true);
        self.vi(VecOp::Vsll, VT2, VT2, 63, true);
        self.vv(VecOp::Vor, VT3, VT3, VT2);
        self.asm.vmerge(d, VT, VSrc::V(VT3));
    }

    /// The lanes of the low halves of `s` widened by `op` into `d`.
    fn widen_low(&mut self, op: VecUnary, n: u8, sew: Sew, d: VReg, s: VReg) {
        self.vset(n, sew);
        self.asm.vec_unary(op, VT, s, false);
        self.vmove(d, VT);
    }
}

impl SimdMasm for Riscv64Masm {
    // The relaxed min/max are wasm's min/max here, as in Cranelift.
    const RELAXED_MIN_MAX_ARE_MIN_MAX: bool = true;

    fn splat(&mut self, lane: MemSize, dst: Reg, src: Reg) {
        let (n, sew) = lanes(lane);
        self.vset(n, sew);
        let src = if src.is_gpr() {
            VSrc::X(src.hw())
        } else {
            VSrc::F(src.hw())
        };
        self.asm.vmv_v(vreg(dst), src);
    }

    fn extract_lane(&mut self, lane: MemSize, signed: bool, index: u8, dst: Reg, src: Reg) -> bool {
        let (n, sew) = lanes(lane);
        self.vset(n, sew);
        let from = if index == 0 {
            vreg(src)
        } else {
            self.asm.vec_op(
                VecOp::Vslidedown,
                VT,
                vreg(src),
                VSrc::I(index as i8),
                false,
            );
            VT
        };
        if !dst.is_gpr() {
            self.asm.vfmv_f_s(dst.hw(), from);
            return true;
        }
        let d = dst.hw();
        // vmv.x.s sign-extends the lane, which is also the i32 form.
        self.asm.vec_to_scalar(VecToScalar::VmvXS, d, from);
        match (signed, lane) {
            (false, MemSize::S8) => {
                self.asm
                    .alu_imm(ImmOp::Andi, d, d, Imm12::new(0xff).expect("0xff"))
            }
            (false, MemSize::S16) => {
                self.asm.shift_imm(ShiftImmOp::Slli, d, d, 48);
                self.asm.shift_imm(ShiftImmOp::Srli, d, d, 48);
            }
            _ => {}
        }
        true
    }

    fn replace_lane(&mut self, lane: MemSize, index: u8, dst: Reg, src: Reg) -> bool {
        let (_, sew) = lanes(lane);
        // Lanes past `index` are the tail, kept.
        self.vset_with(index + 1, sew, Lmul::M1, true);
        let value = if src.is_gpr() {
            VSrc::X(src.hw())
        } else {
            VSrc::F(src.hw())
        };
        let d = vreg(dst);
        if index == 0 {
            self.asm.vmv_s(d, value);
        } else {
            self.asm.vmv_s(VT, value);
            self.asm
                .vec_op(VecOp::Vslideup, d, VT, VSrc::I(index as i8), false);
        }
        true
    }

    fn v128_const(&mut self, dst: Reg, bits: u128) {
        self.vconst(vreg(dst), bits);
    }

    fn simd_unop(&mut self, op: SimdUnOp, lane: MemSize, dst: Reg, src: Reg) -> bool {
        use SimdUnOp::*;
        let (d, s) = (vreg(dst), vreg(src));
        let (n, sew) = lanes(lane);
        match op {
            Abs => {
                self.vset(n, sew);
                self.asm.vec_op(VecOp::Vrsub, VT, s, VSrc::I(0), false);
                self.vv(VecOp::Vmax, d, s, VT);
            }
            Popcnt => {
                self.vset(16, Sew::E8);
                for (shift, mask) in [(1, 0x55), (2, 0x33)] {
                    self.vi(
                        VecOp::Vsrl,
                        VT2,
                        if shift == 1 { s } else { VT },
                        shift,
                        true,
                    );
                    self.asm.mov_imm(SCRATCH, mask);
                    self.asm
                        .vec_op(VecOp::Vand, VT2, VT2, VSrc::X(SCRATCH), false);
                    if shift == 1 {
                        self.vv(VecOp::Vsub, VT, s, VT2);
                    } else {
                        self.asm
                            .vec_op(VecOp::Vand, VT, VT, VSrc::X(SCRATCH), false);
                        self.vv(VecOp::Vadd, VT, VT, VT2);
                    }
                }
                self.vi(VecOp::Vsrl, VT2, VT, 4, true);
                self.vv(VecOp::Vadd, VT, VT, VT2);
                self.vi(VecOp::Vand, d, VT, 15, false);
            }
            ExtendLowS | ExtendLowU | ExtendHighS | ExtendHighU => {
                let widen = if matches!(op, ExtendLowS | ExtendHighS) {
                    VecUnary::VsextVf2
                } else {
                    VecUnary::VzextVf2
                };
                // The high half is slid down to the low one first.
                let from = if matches!(op, ExtendHighS | ExtendHighU) {
                    self.vset(2 * n, half(sew));
                    self.vi(VecOp::Vslidedown, VT2, s, i64::from(n), true);
                    VT2
                } else {
                    s
                };
                self.widen_low(widen, n, sew, d, from);
            }
            ExtAddPairwiseS | ExtAddPairwiseU => {
                self.pairwise(n, sew, op == ExtAddPairwiseS, d, s, None)
            }
            F32x4ConvertI32x4S | F32x4ConvertI32x4U => {
                self.vset(4, Sew::E32);
                let op = if op == F32x4ConvertI32x4S {
                    VecUnary::VfcvtFXV
                } else {
                    VecUnary::VfcvtFXuV
                };
                self.asm.vec_unary(op, d, s, false);
            }
            F64x2ConvertLowI32x4S | F64x2ConvertLowI32x4U => {
                self.vset_with(2, Sew::E32, Lmul::Mf2, false);
                let op = if op == F64x2ConvertLowI32x4S {
                    VecUnary::VfwcvtFXV
                } else {
                    VecUnary::VfwcvtFXuV
                };
                self.asm.vec_unary(op, VT, s, false);
                self.vmove(d, VT);
            }
            I32x4TruncSatF32x4S | RelaxedTruncF32x4S => self.trunc_sat(true, false, d, s),
            I32x4TruncSatF32x4U | RelaxedTruncF32x4U => self.trunc_sat(false, false, d, s),
            I32x4TruncSatF64x2SZero | RelaxedTruncF64x2SZero => self.trunc_sat(true, true, d, s),
            I32x4TruncSatF64x2UZero | RelaxedTruncF64x2UZero => self.trunc_sat(false, true, d, s),
            F32x4DemoteF64x2Zero => self.narrow_f64(VecUnary::VfncvtFFW, d, s),
            F64x2PromoteLowF32x4 => self.promote_low(d, s),
        }
        true
    }

    fn simd_binop(&mut self, op: SimdBinOp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool {
        use SimdBinOp::*;
        let (d, l, r) = (vreg(dst), vreg(lhs), vreg(rhs));
        let (n, sew) = lanes(lane);
        let direct = match op {
            And => Some(VecOp::Vand),
            Or => Some(VecOp::Vor),
            Xor => Some(VecOp::Vxor),
            Add => Some(VecOp::Vadd),
            Sub => Some(VecOp::Vsub),
            Mul => Some(VecOp::Vmul),
            AddSatS => Some(VecOp::Vsadd),
            AddSatU => Some(VecOp::Vsaddu),
            SubSatS => Some(VecOp::Vssub),
            SubSatU => Some(VecOp::Vssubu),
            MinS => Some(VecOp::Vmin),
            MinU => Some(VecOp::Vminu),
            MaxS => Some(VecOp::Vmax),
            MaxU => Some(VecOp::Vmaxu),
            // Rounding to nearest, up (vxrm is 0).
            AvgrU => Some(VecOp::Vaaddu),
            // (a * b + 2^14) >> 15, saturating, also rounding by vxrm.
            Q15MulrSatS | RelaxedQ15MulrS => Some(VecOp::Vsmul),
            _ => None,
        };
        if let Some(vop) = direct {
            if matches!(op, And | Or | Xor) {
                self.vset(2, Sew::E64);
            } else {
                self.vset(n, sew);
            }
            self.vv(vop, d, l, r);
            return true;
        }
        match op {
            AndNot => {
                self.vset(2, Sew::E64);
                self.asm.vec_op(VecOp::Vxor, VT, r, VSrc::I(-1), false);
                self.vv(VecOp::Vand, d, l, VT);
            }
            NarrowS | NarrowU => {
                let wide = lanes_of_sew(2 * sew.bits());
                let (a, b) = if op == NarrowU {
                    // Negative lanes saturate to 0, not to the maximum.
                    self.vset(n / 2, wide);
                    self.asm.vec_op(VecOp::Vmax, VT2, l, VSrc::X(ZERO), false);
                    self.asm.vec_op(VecOp::Vmax, VT, r, VSrc::X(ZERO), false);
                    (VT2, VT)
                } else {
                    (l, r)
                };
                // Each half narrowed from one register (at half the LMUL),
                // then the high half slid in: right whatever VLEN is.
                self.vset_with(n / 2, sew, Lmul::Mf2, false);
                let narrow = if op == NarrowS {
                    VecOp::Vnclip
                } else {
                    VecOp::Vnclipu
                };
                self.asm.vec_op(narrow, VT3, a, VSrc::I(0), false);
                self.asm.vec_op(narrow, VT4, b, VSrc::I(0), false);
                self.vset(n, sew);
                self.vi(VecOp::Vslideup, VT3, VT4, i64::from(n / 2), true);
                self.vmove(d, VT3);
            }
            ExtMulLowS | ExtMulLowU | ExtMulHighS | ExtMulHighU => {
                let narrow = half(sew);
                let (a, b) = if matches!(op, ExtMulHighS | ExtMulHighU) {
                    self.vset(2 * n, narrow);
                    self.vi(VecOp::Vslidedown, VT2, l, i64::from(n), true);
                    self.vi(VecOp::Vslidedown, VT3, r, i64::from(n), true);
                    (VT2, VT3)
                } else {
                    (l, r)
                };
                self.vset_with(n, narrow, Lmul::Mf2, false);
                let mul = if matches!(op, ExtMulLowS | ExtMulHighS) {
                    VecOp::Vwmul
                } else {
                    VecOp::Vwmulu
                };
                self.vv(mul, VT, a, b);
                self.vmove(d, VT);
            }
            DotI16x8S => self.pairwise(4, Sew::E32, true, d, l, Some(r)),
            RelaxedDotI8x16I7x16S => self.pairwise(8, Sew::E16, true, d, l, Some(r)),
            Swizzle | RelaxedSwizzle => {
                self.vset(16, Sew::E8);
                self.vv(VecOp::Vrgather, VT, l, r);
                // Indices past 15 give 0 whatever VLEN is.
                self.asm.vec_op(VecOp::Vmsgtu, MASK, r, VSrc::I(15), false);
                self.asm.vmerge(d, VT, VSrc::I(0));
            }
            FloatPMin | FloatPMax => {
                let (n, sew) = lanes(lane);
                self.vset(n, sew);
                // pmin: r < l ? r : l; pmax: l < r ? r : l.
                if op == FloatPMin {
                    self.vv(VecOp::Vmflt, MASK, r, l);
                } else {
                    self.vv(VecOp::Vmflt, MASK, l, r);
                }
                self.asm.vmerge(d, l, VSrc::V(r));
            }
            RelaxedMin | RelaxedMax => {
                let size = if lane == MemSize::S32 {
                    OperandSize::S32
                } else {
                    OperandSize::S64
                };
                self.vector_min_max(op == RelaxedMax, size, d, l, r);
            }
            _ => return false,
        }
        true
    }

    fn simd_ternop(&mut self, op: SimdTernOp, lane: MemSize, dst: Reg, operands: [Reg; 3]) -> bool {
        let d = vreg(dst);
        let [a, b, c] = operands.map(vreg);
        let (n, sew) = lanes(lane);
        match op {
            SimdTernOp::RelaxedMadd | SimdTernOp::RelaxedNmadd => {
                self.vset(n, sew);
                self.vmove(VT, c);
                let fma = if op == SimdTernOp::RelaxedMadd {
                    VecOp::Vfmacc
                } else {
                    VecOp::Vfnmsac
                };
                self.vv(fma, VT, b, a);
                self.vmove(d, VT);
            }
            SimdTernOp::RelaxedLaneselect => {
                self.vset(2, Sew::E64);
                self.vv(VecOp::Vand, VT, a, c);
                self.asm.vec_op(VecOp::Vxor, VT2, c, VSrc::I(-1), false);
                self.vv(VecOp::Vand, VT2, b, VT2);
                self.vv(VecOp::Vor, d, VT, VT2);
            }
            SimdTernOp::RelaxedDotI8x16I7x16AddS => {
                // Byte pairs to i16 sums, then i16 pairs to i32 sums.
                self.pairwise(8, Sew::E16, true, VT4, a, Some(b));
                self.pairwise(4, Sew::E32, true, VT4, VT4, None);
                self.vv(VecOp::Vadd, d, VT4, c);
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
        let (n, sew) = lanes(lane);
        self.vset(n, sew);
        let vop = match op {
            SimdShiftOp::Shl => VecOp::Vsll,
            SimdShiftOp::ShrS => VecOp::Vsra,
            SimdShiftOp::ShrU => VecOp::Vsrl,
        };
        match amount {
            RegImm::Imm(i) => self.vi(vop, vreg(dst), vreg(src), i, true),
            RegImm::Reg(r) => self
                .asm
                .vec_op(vop, vreg(dst), vreg(src), VSrc::X(r.hw()), false),
        }
        true
    }

    fn simd_reduce(&mut self, op: SimdReduceOp, lane: MemSize, dst: Reg, src: Reg) -> bool {
        let (d, s) = (dst.hw(), vreg(src));
        let one = Imm12::new(1).expect("1");
        match op {
            SimdReduceOp::AnyTrue => {
                self.vset(16, Sew::E8);
                self.asm.vec_op(VecOp::Vmsne, MASK, s, VSrc::I(0), false);
                self.asm.vec_to_scalar(VecToScalar::VcpopM, d, MASK);
                self.asm.alu(AluOp::Sltu, d, ZERO, d);
            }
            SimdReduceOp::AllTrue => {
                let (n, sew) = lanes(lane);
                self.vset(n, sew);
                self.asm.vec_op(VecOp::Vmseq, MASK, s, VSrc::I(0), false);
                self.asm.vec_to_scalar(VecToScalar::VcpopM, d, MASK);
                self.asm.alu_imm(ImmOp::Sltiu, d, d, one);
            }
            SimdReduceOp::Bitmask => {
                let (n, sew) = lanes(lane);
                self.vset(n, sew);
                self.asm.vec_op(VecOp::Vmslt, MASK, s, VSrc::X(ZERO), false);
                self.vset(1, Sew::E64);
                self.asm.vec_to_scalar(VecToScalar::VmvXS, d, MASK);
                // Only the lanes' bits: the mask's tail is undefined.
                let unused = 64 - n;
                self.asm.shift_imm(ShiftImmOp::Slli, d, d, unused);
                self.asm.shift_imm(ShiftImmOp::Srli, d, d, unused);
            }
        }
        true
    }

    fn shuffle(&mut self, dst: Reg, lhs: Reg, rhs: Reg, lanes: [u8; 16]) -> bool {
        let (d, l, r) = (vreg(dst), vreg(lhs), vreg(rhs));
        // Each source gathers its own lanes; 0xff picks nothing.
        let pick = |from: u8| {
            let mut bytes = [0xffu8; 16];
            for (b, &lane) in bytes.iter_mut().zip(&lanes) {
                if (from..from + 16).contains(&lane) {
                    *b = lane - from;
                }
            }
            (u128::from_le_bytes(bytes), bytes != [0xff; 16])
        };
        let ((from_l, uses_l), (from_r, uses_r)) = (pick(0), pick(16));
        let mut parts = Vec::with_capacity(2);
        for (src, indices, uses, into) in [(l, from_l, uses_l, VT2), (r, from_r, uses_r, VT3)] {
            if uses {
                self.vconst(VT, indices);
                self.vset(16, Sew::E8);
                self.vv(VecOp::Vrgather, into, src, VT);
                self.asm.vec_op(VecOp::Vmsgtu, MASK, VT, VSrc::I(15), false);
                self.asm.vmerge(into, into, VSrc::I(0));
                parts.push(into);
            }
        }
        self.vset(16, Sew::E8);
        match parts[..] {
            [one] => self.vmove(d, one),
            [a, b] => self.vv(VecOp::Vor, d, a, b),
            _ => self.asm.vmv_v(d, VSrc::I(0)),
        }
        true
    }

    fn simd_cmp(&mut self, cmp: IntCmp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool {
        let (d, l, r) = (vreg(dst), vreg(lhs), vreg(rhs));
        let (op, a, b) = match cmp {
            IntCmp::Eq => (VecOp::Vmseq, l, r),
            IntCmp::GtS => (VecOp::Vmslt, r, l),
            IntCmp::GeS => (VecOp::Vmsle, r, l),
            IntCmp::GtU => (VecOp::Vmsltu, r, l),
            IntCmp::GeU => (VecOp::Vmsleu, r, l),
            _ => return false,
        };
        self.compare_lanes(lanes(lane), op, d, a, b);
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
        let (d, l, r) = (vreg(dst), vreg(lhs), vreg(rhs));
        let vop = match op {
            FloatBinOp::Add => VecOp::Vfadd,
            FloatBinOp::Sub => VecOp::Vfsub,
            FloatBinOp::Mul => VecOp::Vfmul,
            FloatBinOp::Div => VecOp::Vfdiv,
            FloatBinOp::Min | FloatBinOp::Max => {
                self.vector_min_max(op == FloatBinOp::Max, size, d, l, r);
                return true;
            }
            FloatBinOp::Copysign => return false,
        };
        let (n, sew) = float_lanes(size);
        self.vset(n, sew);
        self.vv(vop, d, l, r);
        true
    }

    fn simd_float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool {
        let (d, s) = (vreg(dst), vreg(src));
        let (n, sew) = float_lanes(size);
        match op {
            FloatUnOp::Sqrt => {
                self.vset(n, sew);
                self.asm.vec_unary(VecUnary::VfsqrtV, d, s, false);
            }
            FloatUnOp::Neg => {
                self.vset(n, sew);
                self.vv(VecOp::Vfsgnjn, d, s, s);
            }
            FloatUnOp::Abs => {
                self.vset(n, sew);
                self.vv(VecOp::Vfsgnjx, d, s, s);
            }
            _ => self.vector_round(op, size, d, s),
        }
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
        let (d, l, r) = (vreg(dst), vreg(lhs), vreg(rhs));
        let (op, a, b) = match cmp {
            FloatCmp::Eq => (VecOp::Vmfeq, l, r),
            FloatCmp::Gt => (VecOp::Vmflt, r, l),
            FloatCmp::Ge => (VecOp::Vmfle, r, l),
            _ => return false,
        };
        self.compare_lanes(float_lanes(size), op, d, a, b);
        true
    }
}

/// The element width of `bits`-bit lanes.
fn lanes_of_sew(bits: u32) -> Sew {
    match bits {
        8 => Sew::E8,
        16 => Sew::E16,
        32 => Sew::E32,
        _ => Sew::E64,
    }
}

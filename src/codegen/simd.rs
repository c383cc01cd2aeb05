//! v128 operators, each written once over the masm: constants, bitwise
//! operators, integer lane arithmetic and comparisons, and float lane
//! arithmetic and comparisons. Negation, `not`, `bitselect`, the swapped and
//! inverted comparisons and NaN canonicalization are composed from the
//! masm's operations, so an ISA implements only those.

use super::floats::{CANONICAL_NAN_32, CANONICAL_NAN_64};
use super::CodeGen;
use crate::masm::{
    FloatBinOp, FloatCmp, FloatUnOp, IntCmp, MacroAssembler, MemSize, OperandSize, Reg, SimdBinOp,
    SimdUnOp,
};
use crate::CompileFailure;
use wasmparser::ValType;

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Pops two v128 operands and applies `op` to them (`op(masm, lhs,
    /// rhs)` writes `lhs`), returning `lhs`; or an error naming `name` when
    /// the masm cannot do it with the configured CPU features.
    pub(super) fn simd_binary(
        &mut self,
        name: &str,
        op: impl FnOnce(&mut M, Reg, Reg) -> bool,
    ) -> Result<Reg, CompileFailure> {
        let rhs = self.pop_reg();
        let lhs = self.pop_reg();
        let done = op(&mut self.cx.masm, lhs, rhs);
        self.free_reg(rhs);
        if !done {
            self.free_reg(lhs);
            return Err(super::missing_feature::<M>(name));
        }
        Ok(lhs)
    }

    /// Pops one v128 operand and applies `op` to it in place, like
    /// [`Self::simd_binary`].
    pub(super) fn simd_unary(
        &mut self,
        name: &str,
        op: impl FnOnce(&mut M, Reg) -> bool,
    ) -> Result<Reg, CompileFailure> {
        let src = self.pop_reg();
        if !op(&mut self.cx.masm, src) {
            self.free_reg(src);
            return Err(super::missing_feature::<M>(name));
        }
        Ok(src)
    }

    /// A lane comparison from a base one (`cmp(masm, dst, a, b)`), with the
    /// operands swapped and the result inverted as asked, pushed.
    fn simd_compare(
        &mut self,
        name: &str,
        swap: bool,
        invert: bool,
        cmp: impl FnOnce(&mut M, Reg, Reg, Reg) -> bool,
    ) -> Result<(), CompileFailure> {
        let lhs = self.simd_binary(name, |masm, lhs, rhs| {
            let (a, b) = if swap { (rhs, lhs) } else { (lhs, rhs) };
            cmp(masm, lhs, a, b)
        })?;
        if invert {
            self.invert(lhs);
        }
        self.push_reg(ValType::V128, lhs);
        Ok(())
    }

    /// `v128.const`.
    pub(super) fn emit_v128_const(&mut self, bits: u128) {
        let dst = self.alloc_for(ValType::V128);
        self.cx.masm.v128_const(dst, bits);
        self.push_reg(ValType::V128, dst);
    }

    /// A two-operand v128 operator, or an error naming it (`name`) when the
    /// ISA cannot do it with the configured CPU features.
    pub(super) fn emit_simd_binop(
        &mut self,
        op: SimdBinOp,
        lane: MemSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let lhs = self.simd_binary(name, |masm, lhs, rhs| {
            masm.simd_binop(op, lane, lhs, lhs, rhs)
        })?;
        if matches!(op, SimdBinOp::RelaxedMin | SimdBinOp::RelaxedMax)
            && M::RELAXED_MIN_MAX_ARE_MIN_MAX
        {
            self.canonicalize_nan_lanes(super::simd_lanes::float_size(lane), lhs);
        }
        self.push_reg(ValType::V128, lhs);
        Ok(())
    }

    /// A one-operand v128 operator (lane-wise in lanes of `lane`), or an
    /// error naming it when the ISA cannot do it with its CPU features.
    pub(super) fn emit_simd_unop(
        &mut self,
        op: SimdUnOp,
        lane: MemSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let src = self.simd_unary(name, |masm, src| masm.simd_unop(op, lane, src, src))?;
        self.push_reg(ValType::V128, src);
        Ok(())
    }

    /// `*.splat`: the scalar on top of the stack in every lane.
    pub(super) fn emit_splat(&mut self, lane: MemSize, _name: &str) -> Result<(), CompileFailure> {
        let src = self.pop_reg();
        let dst = self.alloc_for(ValType::V128);
        self.cx.masm.splat(lane, dst, src);
        self.free_reg(src);
        self.push_reg(ValType::V128, dst);
        Ok(())
    }

    /// `*.extract_lane*`: lane `index` as a `ty` value.
    pub(super) fn emit_extract_lane(
        &mut self,
        lane: MemSize,
        signed: bool,
        index: u8,
        ty: ValType,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let src = self.pop_reg();
        let dst = self.alloc_for(ty);
        let done = self.cx.masm.extract_lane(lane, signed, index, dst, src);
        self.free_reg(src);
        if !done {
            self.free_reg(dst);
            return Err(super::missing_feature::<M>(name));
        }
        self.push_reg(ty, dst);
        Ok(())
    }

    /// `*.replace_lane`: the vector with lane `index` replaced.
    pub(super) fn emit_replace_lane(
        &mut self,
        lane: MemSize,
        index: u8,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let value = self.pop_reg();
        let vector = self.pop_reg();
        let done = self.cx.masm.replace_lane(lane, index, vector, value);
        self.free_reg(value);
        if !done {
            self.free_reg(vector);
            return Err(super::missing_feature::<M>(name));
        }
        self.push_reg(ValType::V128, vector);
        Ok(())
    }

    /// `iNxM.neg`: `0 - x`.
    pub(super) fn emit_simd_neg(
        &mut self,
        lane: MemSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let src = self.pop_reg();
        let dst = self.alloc_for(ValType::V128);
        self.cx.masm.v128_const(dst, 0);
        let done = self.cx.masm.simd_binop(SimdBinOp::Sub, lane, dst, dst, src);
        self.free_reg(src);
        if !done {
            self.free_reg(dst);
            return Err(super::missing_feature::<M>(name));
        }
        self.push_reg(ValType::V128, dst);
        Ok(())
    }

    /// `v128.not`: `x ^ !0`.
    pub(super) fn emit_v128_not(&mut self) {
        let src = self.pop_reg();
        self.invert(src);
        self.push_reg(ValType::V128, src);
    }

    /// `reg = !reg`.
    fn invert(&mut self, reg: Reg) {
        let ones = self.alloc_for(ValType::V128);
        self.cx.masm.v128_const(ones, u128::MAX);
        self.cx
            .masm
            .simd_binop(SimdBinOp::Xor, MemSize::S8, reg, reg, ones);
        self.free_reg(ones);
    }

    /// An integer lane comparison. The masm does `==`, `>` and `>=`; the
    /// others swap the operands or invert the result.
    pub(super) fn emit_simd_cmp(
        &mut self,
        cmp: IntCmp,
        lane: MemSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        use IntCmp::*;
        let (base, swap, invert) = match cmp {
            Eq => (Eq, false, false),
            Ne => (Eq, false, true),
            GtS | GeS | GtU | GeU => (cmp, false, false),
            LtS => (GtS, true, false),
            LeS => (GeS, true, false),
            LtU => (GtU, true, false),
            LeU => (GeU, true, false),
        };
        self.simd_compare(name, swap, invert, |masm, dst, a, b| {
            masm.simd_cmp(base, lane, dst, a, b)
        })
    }

    /// A float lane comparison, from the masm's `==`, `>` and `>=` like
    /// [`Self::emit_simd_cmp`]. NaN lanes compare false except under `ne`.
    pub(super) fn emit_simd_float_cmp(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        use FloatCmp::*;
        let (base, swap, invert) = match cmp {
            Eq | Gt | Ge => (cmp, false, false),
            Ne => (Eq, false, true),
            Lt => (Gt, true, false),
            Le => (Ge, true, false),
        };
        self.simd_compare(name, swap, invert, |masm, dst, a, b| {
            masm.simd_float_cmp(base, size, dst, a, b)
        })
    }

    /// A two-operand float lane operator (`add`, `sub`, `mul`, `div`, `min`,
    /// `max`), its NaN lanes canonicalized when the setting asks.
    pub(super) fn emit_simd_float_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let lhs = self.simd_binary(name, |masm, lhs, rhs| {
            masm.simd_float_binop(op, size, lhs, lhs, rhs)
        })?;
        self.canonicalize_nan_lanes(size, lhs);
        self.push_reg(ValType::V128, lhs);
        Ok(())
    }

    /// A one-operand float lane operator (`sqrt`, `neg`, `abs`, the
    /// roundings); the NaN lanes of `sqrt` and the roundings are
    /// canonicalized when the setting asks (the sign-bit operators keep
    /// their NaNs, as Cranelift's pass does).
    pub(super) fn emit_simd_float_unop(
        &mut self,
        op: FloatUnOp,
        size: OperandSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let src = self.simd_unary(name, |masm, src| masm.simd_float_unop(op, size, src, src))?;
        if !matches!(op, FloatUnOp::Neg | FloatUnOp::Abs) {
            self.canonicalize_nan_lanes(size, src);
        }
        self.push_reg(ValType::V128, src);
        Ok(())
    }

    /// Under `enable_nan_canonicalization`, every NaN lane of `reg` becomes
    /// the canonical NaN: `(x & ordered) | (canonical & !ordered)`, where
    /// `ordered = x == x` lane by lane.
    pub(super) fn canonicalize_nan_lanes(&mut self, size: OperandSize, reg: Reg) {
        if !self.env.flags.nan_canonicalization {
            return;
        }
        let ordered = self.alloc_for(ValType::V128);
        let canonical = self.alloc_for(ValType::V128);
        let splat = match size {
            OperandSize::S32 => {
                u128::from(CANONICAL_NAN_32) * 0x0000_0001_0000_0001_0000_0001_0000_0001
            }
            OperandSize::S64 => u128::from(CANONICAL_NAN_64) * ((1 << 64) | 1),
        };
        let masm = &mut self.cx.masm;
        masm.simd_float_cmp(FloatCmp::Eq, size, ordered, reg, reg);
        masm.v128_const(canonical, splat);
        masm.simd_binop(SimdBinOp::And, MemSize::S8, reg, reg, ordered);
        masm.simd_binop(
            SimdBinOp::AndNot,
            MemSize::S8,
            canonical,
            canonical,
            ordered,
        );
        masm.simd_binop(SimdBinOp::Or, MemSize::S8, reg, reg, canonical);
        self.free_reg(canonical);
        self.free_reg(ordered);
    }

    /// `v128.bitselect(a, b, mask)`: `(a & mask) | (b & !mask)`.
    pub(super) fn emit_v128_bitselect(&mut self) {
        let mask = self.pop_reg();
        let b = self.pop_reg();
        let a = self.pop_reg();
        let masm = &mut self.cx.masm;
        masm.simd_binop(SimdBinOp::And, MemSize::S8, a, a, mask);
        masm.simd_binop(SimdBinOp::AndNot, MemSize::S8, b, b, mask);
        masm.simd_binop(SimdBinOp::Or, MemSize::S8, a, a, b);
        self.free_reg(mask);
        self.free_reg(b);
        self.push_reg(ValType::V128, a);
    }
}

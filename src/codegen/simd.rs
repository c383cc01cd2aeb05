//! v128 operators, each written once over the masm: constants, bitwise
//! operators, and integer lane arithmetic. Negation, `not` and `bitselect`
//! are composed from the masm's two-operand operations, so an ISA implements
//! only those.

use super::CodeGen;
use crate::masm::{MacroAssembler, MemSize, SimdBinOp};
use crate::CompileFailure;
use wasmparser::ValType;

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
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
        let rhs = self.pop_reg();
        let lhs = self.pop_reg();
        let done = self.cx.masm.simd_binop(op, lane, lhs, lhs, rhs);
        self.free_reg(rhs);
        if !done {
            self.free_reg(lhs);
            return Err(missing_feature::<M>(name));
        }
        self.push_reg(ValType::V128, lhs);
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
            return Err(missing_feature::<M>(name));
        }
        self.push_reg(ValType::V128, dst);
        Ok(())
    }

    /// `v128.not`: `x ^ !0`.
    pub(super) fn emit_v128_not(&mut self) {
        let src = self.pop_reg();
        let ones = self.alloc_for(ValType::V128);
        self.cx.masm.v128_const(ones, u128::MAX);
        self.cx
            .masm
            .simd_binop(SimdBinOp::Xor, MemSize::S8, src, src, ones);
        self.free_reg(ones);
        self.push_reg(ValType::V128, src);
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

/// The error for a v128 operator this ISA cannot do with its CPU features.
fn missing_feature<M: MacroAssembler>(name: &str) -> CompileFailure {
    CompileFailure::Unsupported {
        op: format!("{name} without the needed CPU feature (SSE4.1 on x86_64)"),
        isa: M::ISA,
    }
}

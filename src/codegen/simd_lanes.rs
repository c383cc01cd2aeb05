//! v128 operators that cross or reshape lanes, each written once over the
//! masm: shifts, `any_true`/`all_true`/`bitmask`, `i8x16.shuffle`, the
//! three-operand relaxed operators, and the lane loads and stores (composed
//! from scalar heap accesses and lane moves).
//!
//! Relaxed operators follow Cranelift's choice on each ISA; the builder
//! refuses `Config::relaxed_simd_deterministic`.

use super::CodeGen;
use crate::masm::{
    IntBinOp, MacroAssembler, MemSize, OperandSize, RegImm, SimdReduceOp, SimdShiftOp, SimdTernOp,
    SimdUnOp,
};
use crate::CompileFailure;
use wasmparser::{MemArg, ValType};

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// A lane shift by the `i32` on top of the stack, taken modulo the lane
    /// width as wasm defines it.
    pub(super) fn emit_simd_shift(
        &mut self,
        op: SimdShiftOp,
        lane: MemSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let mask = i64::from(lane_bits(lane)) - 1;
        let amount = match self.pop_reg_or_imm() {
            RegImm::Imm(n) => RegImm::Imm(n & mask),
            RegImm::Reg(r) => {
                let masm = &mut self.cx.masm;
                masm.int_binop(IntBinOp::And, OperandSize::S32, r, r, RegImm::Imm(mask));
                RegImm::Reg(r)
            }
        };
        let src = self.pop_reg();
        let done = self.cx.masm.simd_shift(op, lane, src, src, amount);
        if let RegImm::Reg(r) = amount {
            self.free_reg(r);
        }
        if !done {
            self.free_reg(src);
            return Err(super::missing_feature::<M>(name));
        }
        self.push_reg(ValType::V128, src);
        Ok(())
    }

    /// `v128.any_true`, `*.all_true` and `*.bitmask`: an `i32`.
    pub(super) fn emit_simd_reduce(
        &mut self,
        op: SimdReduceOp,
        lane: MemSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let src = self.pop_reg();
        let dst = self.alloc_for(ValType::I32);
        let done = self.cx.masm.simd_reduce(op, lane, dst, src);
        self.free_reg(src);
        if !done {
            self.free_reg(dst);
            return Err(super::missing_feature::<M>(name));
        }
        self.push_reg(ValType::I32, dst);
        Ok(())
    }

    /// `i8x16.shuffle` with constant lane indices.
    pub(super) fn emit_shuffle(
        &mut self,
        lanes: [u8; 16],
        name: &str,
    ) -> Result<(), CompileFailure> {
        let lhs = self.simd_binary(name, |masm, lhs, rhs| masm.shuffle(lhs, lhs, rhs, lanes))?;
        self.push_reg(ValType::V128, lhs);
        Ok(())
    }

    /// A three-operand relaxed operator (`madd`, `nmadd`, `laneselect`,
    /// `dot_add`); `madd` and `nmadd` canonicalize NaN lanes when the
    /// setting asks, as Cranelift does for its `fma` and `fadd`.
    pub(super) fn emit_simd_ternop(
        &mut self,
        op: SimdTernOp,
        lane: MemSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let c = self.pop_reg();
        let b = self.pop_reg();
        let a = self.pop_reg();
        let done = self.cx.masm.simd_ternop(op, lane, a, [a, b, c]);
        self.free_reg(c);
        self.free_reg(b);
        if !done {
            self.free_reg(a);
            return Err(super::missing_feature::<M>(name));
        }
        if matches!(op, SimdTernOp::RelaxedMadd | SimdTernOp::RelaxedNmadd) {
            self.canonicalize_nan_lanes(float_size(lane), a);
        }
        self.push_reg(ValType::V128, a);
        Ok(())
    }

    /// `v128.loadN_splat`: one lane loaded and copied to every lane (through
    /// a general register for 8- and 16-bit lanes).
    pub(super) fn heap_load_splat(
        &mut self,
        memarg: MemArg,
        lane: MemSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        // 32- and 64-bit lanes are splatted from a float register's low
        // lane (see `SimdMasm::splat`).
        let ty = match lane {
            MemSize::S8 | MemSize::S16 => ValType::I32,
            MemSize::S32 => ValType::F32,
            _ => ValType::F64,
        };
        self.heap_load(memarg, ty, lane, false)?;
        self.emit_splat(lane, name)
    }

    /// `v128.loadNxM_{s,u}`: 64 bits loaded, then each lane extended to
    /// `lane` (the result's lane size).
    pub(super) fn heap_load_extend(
        &mut self,
        memarg: MemArg,
        lane: MemSize,
        signed: bool,
        name: &str,
    ) -> Result<(), CompileFailure> {
        self.heap_load(memarg, ValType::V128, MemSize::S64, false)?;
        let op = if signed {
            SimdUnOp::ExtendLowS
        } else {
            SimdUnOp::ExtendLowU
        };
        self.emit_simd_unop(op, lane, name)
    }

    /// `v128.loadN_lane`: the vector on top with lane `index` loaded.
    pub(super) fn heap_load_lane(
        &mut self,
        memarg: MemArg,
        lane: MemSize,
        index: u8,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let vector = self.pop_reg();
        let ty = scalar_type(lane);
        if let Err(e) = self.heap_load(memarg, ty, lane, false) {
            self.free_reg(vector);
            return Err(e);
        }
        let value = self.pop_reg();
        self.push_reg(ValType::V128, vector);
        self.push_reg(ty, value);
        self.emit_replace_lane(lane, index, name)
    }

    /// `v128.storeN_lane`: lane `index` of the vector on top stored.
    pub(super) fn heap_store_lane(
        &mut self,
        memarg: MemArg,
        lane: MemSize,
        index: u8,
        name: &str,
    ) -> Result<(), CompileFailure> {
        self.emit_extract_lane(lane, false, index, scalar_type(lane), name)?;
        self.heap_store(memarg, lane)
    }
}

/// The integer type a lane of `lane` moves through.
fn scalar_type(lane: MemSize) -> ValType {
    if lane == MemSize::S64 {
        ValType::I64
    } else {
        ValType::I32
    }
}

/// The width of a lane in bits.
fn lane_bits(lane: MemSize) -> u32 {
    match lane {
        MemSize::S8 => 8,
        MemSize::S16 => 16,
        MemSize::S32 => 32,
        MemSize::S64 => 64,
        MemSize::S128 => 128,
    }
}

/// The float size of float lanes of `lane`.
pub(super) fn float_size(lane: MemSize) -> OperandSize {
    if lane == MemSize::S64 {
        OperandSize::S64
    } else {
        OperandSize::S32
    }
}

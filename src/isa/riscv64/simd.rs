//! The riscv64 v128 operations: none yet. The core refuses every function
//! that touches a v128 (`MacroAssembler::simd_unavailable`), so nothing
//! reaches these; should anything, `finish` reports it instead of emitting
//! wrong code.

use super::Riscv64Masm;
use crate::masm::{
    FloatBinOp, FloatCmp, FloatUnOp, IntCmp, MemSize, OperandSize, Reg, RegImm, SimdBinOp,
    SimdMasm, SimdReduceOp, SimdShiftOp, SimdTernOp, SimdUnOp,
};

impl SimdMasm for Riscv64Masm {
    const RELAXED_MIN_MAX_ARE_MIN_MAX: bool = true;

    fn splat(&mut self, _lane: MemSize, _dst: Reg, _src: Reg) {
        self.refuse("a splat");
    }

    fn extract_lane(&mut self, _: MemSize, _: bool, _: u8, _: Reg, _: Reg) -> bool {
        false
    }

    fn replace_lane(&mut self, _: MemSize, _: u8, _: Reg, _: Reg) -> bool {
        false
    }

    fn v128_const(&mut self, _dst: Reg, _bits: u128) {
        self.refuse("a v128 constant");
    }

    fn simd_unop(&mut self, _: SimdUnOp, _: MemSize, _: Reg, _: Reg) -> bool {
        false
    }

    fn simd_binop(&mut self, _: SimdBinOp, _: MemSize, _: Reg, _: Reg, _: Reg) -> bool {
        false
    }

    fn simd_ternop(&mut self, _: SimdTernOp, _: MemSize, _: Reg, _: [Reg; 3]) -> bool {
        false
    }

    fn simd_shift(&mut self, _: SimdShiftOp, _: MemSize, _: Reg, _: Reg, _: RegImm) -> bool {
        false
    }

    fn simd_reduce(&mut self, _: SimdReduceOp, _: MemSize, _: Reg, _: Reg) -> bool {
        false
    }

    fn shuffle(&mut self, _: Reg, _: Reg, _: Reg, _: [u8; 16]) -> bool {
        false
    }

    fn simd_cmp(&mut self, _: IntCmp, _: MemSize, _: Reg, _: Reg, _: Reg) -> bool {
        false
    }

    fn simd_float_binop(&mut self, _: FloatBinOp, _: OperandSize, _: Reg, _: Reg, _: Reg) -> bool {
        false
    }

    fn simd_float_unop(&mut self, _: FloatUnOp, _: OperandSize, _: Reg, _: Reg) -> bool {
        false
    }

    fn simd_float_cmp(&mut self, _: FloatCmp, _: OperandSize, _: Reg, _: Reg, _: Reg) -> bool {
        false
    }
}

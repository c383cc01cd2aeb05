//! The s390x masm's v128 half: not written yet. `simd_unavailable` makes
//! the core refuse every function that touches a v128, so none of these
//! is reached through the core; each refuses, and `finish` reports it.

use super::S390xMasm;
use crate::masm::{
    FloatBinOp, FloatCmp, FloatUnOp, IntCmp, MemSize, OperandSize, Reg, RegImm, SimdBinOp,
    SimdMasm, SimdReduceOp, SimdShiftOp, SimdTernOp, SimdUnOp,
};

/// What every v128 method refuses.
const V128: &str = "v128 operations (its vector half is not written yet)";

impl SimdMasm for S390xMasm {
    const RELAXED_MIN_MAX_ARE_MIN_MAX: bool = true;

    fn splat(&mut self, _lane: MemSize, _dst: Reg, _src: Reg) {
        self.refuse(V128);
    }

    fn extract_lane(&mut self, _: MemSize, _: bool, _: u8, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }

    fn replace_lane(&mut self, _: MemSize, _: u8, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }

    fn v128_const(&mut self, _dst: Reg, _bits: u128) {
        self.refuse(V128);
    }

    fn simd_unop(&mut self, _: SimdUnOp, _: MemSize, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }

    fn simd_binop(&mut self, _: SimdBinOp, _: MemSize, _: Reg, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }

    fn simd_ternop(&mut self, _: SimdTernOp, _: MemSize, _: Reg, _: [Reg; 3]) -> bool {
        self.refuse(V128);
        false
    }

    fn simd_shift(&mut self, _: SimdShiftOp, _: MemSize, _: Reg, _: Reg, _: RegImm) -> bool {
        self.refuse(V128);
        false
    }

    fn simd_reduce(&mut self, _: SimdReduceOp, _: MemSize, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }

    fn shuffle(&mut self, _: Reg, _: Reg, _: Reg, _: [u8; 16]) -> bool {
        self.refuse(V128);
        false
    }

    fn simd_cmp(&mut self, _: IntCmp, _: MemSize, _: Reg, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }

    fn simd_float_binop(&mut self, _: FloatBinOp, _: OperandSize, _: Reg, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }

    fn simd_float_unop(&mut self, _: FloatUnOp, _: OperandSize, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }

    fn simd_float_cmp(&mut self, _: FloatCmp, _: OperandSize, _: Reg, _: Reg, _: Reg) -> bool {
        self.refuse(V128);
        false
    }
}

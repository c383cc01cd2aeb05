//! Float operators that need more than one masm call: comparisons into
//! integer registers, and the trapping and saturating truncations, whose
//! range checks are written once here for every ISA.

use super::visit::result_type;
use super::CodeGen;
use crate::masm::{
    FloatBinOp, FloatCmp, FloatUnOp, IntCmp, Loc, MacroAssembler, MemSize, OperandSize, RegImm,
};
use crate::CompileFailure;
use wasmparser::ValType;
use wasmtime_environ::Trap;

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    pub(super) fn float_binop(&mut self, op: FloatBinOp, size: OperandSize) {
        let rhs = self.pop_reg();
        let lhs = self.pop_reg();
        self.cx.masm.float_binop(op, size, lhs, lhs, rhs);
        self.free_reg(rhs);
        if op != FloatBinOp::Copysign {
            self.canonicalize_nan(size, lhs);
        }
        self.push_reg(float_type(size), lhs);
    }

    /// Under `enable_nan_canonicalization`, replaces a NaN in `reg` by the
    /// canonical quiet NaN with a zero payload (`0x7fc00000`,
    /// `0x7ff8000000000000`), as Cranelift's pass does after the same
    /// operators: arithmetic, `sqrt`, `min`/`max` and the roundings. Sign-bit
    /// operators (`neg`, `abs`, `copysign`) keep their NaN, and so do
    /// `promote` and `demote`, which Cranelift 0.99's pass leaves alone too
    /// (both ISAs quiet the NaN and keep the payload's top bits there).
    fn canonicalize_nan(&mut self, size: OperandSize, reg: crate::masm::Reg) {
        if !self.env.flags.nan_canonicalization {
            return;
        }
        let (msize, canonical) = match size {
            OperandSize::S32 => (MemSize::S32, i64::from(CANONICAL_NAN_32)),
            OperandSize::S64 => (MemSize::S64, CANONICAL_NAN_64 as i64),
        };
        let flag = self.alloc_gpr();
        let done = self.cx.masm.new_label();
        self.cx
            .masm
            .float_cmp_set(FloatCmp::Ne, size, flag, reg, reg);
        self.cx
            .masm
            .br_cmp(IntCmp::Eq, OperandSize::S32, flag, RegImm::Imm(0), done);
        self.cx.masm.mov(msize, Loc::Reg(reg), Loc::Imm(canonical));
        self.cx.masm.bind(done);
        self.free_reg(flag);
    }

    pub(super) fn float_compare(&mut self, cmp: FloatCmp, size: OperandSize) {
        let rhs = self.pop_reg();
        let lhs = self.pop_reg();
        let dst = self.alloc_gpr();
        self.cx.masm.float_cmp_set(cmp, size, dst, lhs, rhs);
        self.free_reg(lhs);
        self.free_reg(rhs);
        self.push_reg(ValType::I32, dst);
    }

    /// A trapping truncation: NaN traps as a bad conversion, values whose
    /// truncation does not fit trap as overflow, checked against exclusive
    /// bounds so the same code serves every ISA.
    pub(super) fn trunc_trapping(&mut self, signed: bool, fsize: OperandSize, isize: OperandSize) {
        let src = self.pop_reg();
        let flag = self.alloc_gpr();
        let nan = self.trap_label(Trap::BadConversionToInteger);
        self.cx
            .masm
            .float_cmp_set(FloatCmp::Ne, fsize, flag, src, src);
        self.cx
            .masm
            .br_cmp(IntCmp::Ne, OperandSize::S32, flag, RegImm::Imm(0), nan);
        let (lo, hi) = trunc_bounds(signed, fsize, isize);
        let bound = self.alloc_reg(true);
        let overflow = self.trap_label(Trap::IntegerOverflow);
        let size = if fsize == OperandSize::S32 {
            MemSize::S32
        } else {
            MemSize::S64
        };
        for (limit, cmp) in [(lo, FloatCmp::Gt), (hi, FloatCmp::Lt)] {
            self.cx.masm.mov(size, Loc::Reg(bound), Loc::Imm(limit));
            self.cx.masm.float_cmp_set(cmp, fsize, flag, src, bound);
            self.cx
                .masm
                .br_cmp(IntCmp::Eq, OperandSize::S32, flag, RegImm::Imm(0), overflow);
        }
        self.free_reg(bound);
        self.cx.masm.float_to_int(signed, fsize, isize, flag, src);
        self.free_reg(src);
        self.push_reg(result_type(isize), flag);
    }

    /// A one-operand float operator, or an error naming it when the ISA
    /// cannot do it with the configured CPU features.
    pub(super) fn float_unop(
        &mut self,
        op: FloatUnOp,
        size: OperandSize,
        name: &str,
    ) -> Result<(), CompileFailure> {
        let src = self.pop_reg();
        if !self.cx.masm.float_unop(op, size, src, src) {
            self.free_reg(src);
            return Err(super::missing_feature::<M>(name));
        }
        if !matches!(op, FloatUnOp::Neg | FloatUnOp::Abs) {
            self.canonicalize_nan(size, src);
        }
        self.push_reg(float_type(size), src);
        Ok(())
    }

    /// A saturating truncation: NaN gives 0, values below or above the
    /// integer range give its minimum or maximum.
    pub(super) fn trunc_saturating(
        &mut self,
        signed: bool,
        fsize: OperandSize,
        isize: OperandSize,
    ) {
        let src = self.pop_reg();
        let dst = self.alloc_gpr();
        let flag = self.alloc_gpr();
        let bound = self.alloc_reg(true);
        let done = self.cx.masm.new_label();
        let fits = self.cx.masm.new_label();
        let msize = if isize == OperandSize::S32 {
            MemSize::S32
        } else {
            MemSize::S64
        };
        let fmsize = if fsize == OperandSize::S32 {
            MemSize::S32
        } else {
            MemSize::S64
        };
        let (min, max) = match (signed, isize) {
            (true, OperandSize::S32) => (i32::MIN as i64, i32::MAX as i64),
            (true, OperandSize::S64) => (i64::MIN, i64::MAX),
            (false, OperandSize::S32) => (0, u32::MAX as i64),
            (false, OperandSize::S64) => (0, -1),
        };
        // NaN: 0.
        self.cx.masm.mov(msize, Loc::Reg(dst), Loc::Imm(0));
        self.cx
            .masm
            .float_cmp_set(FloatCmp::Ne, fsize, flag, src, src);
        self.cx
            .masm
            .br_cmp(IntCmp::Ne, OperandSize::S32, flag, RegImm::Imm(0), done);
        let (lo, hi) = trunc_bounds(signed, fsize, isize);
        // Too small: the minimum.
        self.cx.masm.mov(msize, Loc::Reg(dst), Loc::Imm(min));
        self.cx.masm.mov(fmsize, Loc::Reg(bound), Loc::Imm(lo));
        self.cx
            .masm
            .float_cmp_set(FloatCmp::Gt, fsize, flag, src, bound);
        self.cx
            .masm
            .br_cmp(IntCmp::Eq, OperandSize::S32, flag, RegImm::Imm(0), done);
        // Too large: the maximum.
        self.cx.masm.mov(msize, Loc::Reg(dst), Loc::Imm(max));
        self.cx.masm.mov(fmsize, Loc::Reg(bound), Loc::Imm(hi));
        self.cx
            .masm
            .float_cmp_set(FloatCmp::Lt, fsize, flag, src, bound);
        self.cx
            .masm
            .br_cmp(IntCmp::Ne, OperandSize::S32, flag, RegImm::Imm(0), fits);
        self.cx.masm.jmp(done);
        self.cx.masm.bind(fits);
        self.cx.masm.float_to_int(signed, fsize, isize, dst, src);
        self.cx.masm.bind(done);
        self.free_reg(bound);
        self.free_reg(flag);
        self.free_reg(src);
        self.push_reg(result_type(isize), dst);
    }
}

/// The canonical f32 NaN: quiet, positive, zero payload.
pub const CANONICAL_NAN_32: u32 = 0x7fc0_0000;
/// The canonical f64 NaN: quiet, positive, zero payload.
pub const CANONICAL_NAN_64: u64 = 0x7ff8_0000_0000_0000;

/// Exclusive bounds, as float bit patterns, of the inputs whose truncation
/// toward zero fits the integer type.
fn trunc_bounds(signed: bool, fsize: OperandSize, isize: OperandSize) -> (i64, i64) {
    let bits = |v: f64| match fsize {
        OperandSize::S32 => (v as f32).to_bits() as i64,
        OperandSize::S64 => v.to_bits() as i64,
    };
    let (lo, hi) = match (signed, isize, fsize) {
        (false, OperandSize::S32, _) => (-1.0, 4294967296.0),
        (false, OperandSize::S64, _) => (-1.0, 18446744073709551616.0),
        // The largest float below the minimum, which itself is exact.
        (true, OperandSize::S32, OperandSize::S32) => (-2147483904.0, 2147483648.0),
        (true, OperandSize::S32, OperandSize::S64) => (-2147483649.0, 2147483648.0),
        (true, OperandSize::S64, OperandSize::S32) => {
            (-9223373136366403584.0, 9223372036854775808.0)
        }
        (true, OperandSize::S64, OperandSize::S64) => {
            (-9223372036854777856.0, 9223372036854775808.0)
        }
    };
    (bits(lo), bits(hi))
}

/// The float type of a width.
fn float_type(size: OperandSize) -> ValType {
    match size {
        OperandSize::S32 => ValType::F32,
        OperandSize::S64 => ValType::F64,
    }
}

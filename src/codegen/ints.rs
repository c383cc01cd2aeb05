//! Integer operators that need more than one masm call: binary operators
//! with constant folding, latent comparisons, `eqz`, and division with its
//! divide-by-zero and overflow traps.

use super::stack::Val;
use super::visit::result_type;
use super::CodeGen;
use crate::masm::{DivOp, IntBinOp, IntCmp, MacroAssembler, OperandSize, RegImm};
use wasmparser::ValType;
use wasmtime_environ::Trap;

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    pub(super) fn int_binop(&mut self, op: IntBinOp, size: OperandSize) {
        let ty = result_type(size);
        let n = self.cx.stack.len();
        if let (Val::Const(a), Val::Const(b)) = (self.cx.stack[n - 2].val, self.cx.stack[n - 1].val)
        {
            self.pop_entry();
            self.pop_entry();
            self.push(ty, Val::Const(fold_binop(op, size, a, b)));
            return;
        }
        // Homed locals are read in place; the result goes to an owned
        // operand register when there is one.
        let rhs = self.pop_operand_or_imm();
        let lhs = self.pop_operand();
        // When a `local.set` of a homed local follows, the result goes
        // straight to the home (other reads of the local's old value are
        // computed first), and the set then finds it there.
        let target = self
            .result_local
            .take()
            .and_then(|i| Some((i, self.local_home(i)?)));
        if let Some((local, home)) = target {
            self.materialize_latent_local(local);
            self.cx.masm.int_binop(op, size, home, lhs, rhs);
            self.free_regimm(rhs);
            self.free_reg(lhs);
            self.push(ty, Val::Local(local));
            return;
        }
        let dst = match rhs {
            _ if !self.is_home(lhs) => lhs,
            RegImm::Reg(r) if !self.is_home(r) => r,
            _ => self.alloc_gpr(),
        };
        self.cx.masm.int_binop(op, size, dst, lhs, rhs);
        if let RegImm::Reg(r) = rhs {
            if r != dst {
                self.free_reg(r);
            }
        }
        if lhs != dst {
            self.free_reg(lhs);
        }
        self.push_reg(ty, dst);
    }

    pub(super) fn int_compare(&mut self, cmp: IntCmp, size: OperandSize) {
        // A compare of homed locals (or a homed local and an immediate) stays
        // latent on the homes themselves, which `local.set` then computes
        // first; any other compare owns its operands.
        let (rhs, lhs) = if self.is_home_operand(0, true) && self.is_home_operand(1, false) {
            (self.pop_operand_or_imm(), self.pop_operand())
        } else {
            (self.pop_reg_or_imm(), self.pop_reg())
        };
        self.push(
            ValType::I32,
            Val::Cmp {
                cmp,
                size,
                lhs,
                rhs,
            },
        );
    }

    pub(super) fn int_eqz(&mut self, size: OperandSize) {
        let lhs = self.pop_operand();
        self.push(
            ValType::I32,
            Val::Cmp {
                cmp: IntCmp::Eq,
                size,
                lhs,
                rhs: RegImm::Imm(0),
            },
        );
    }

    pub(super) fn int_division(&mut self, op: DivOp, size: OperandSize) {
        let divisor = match self.cx.stack.last().map(|e| e.val) {
            Some(Val::Const(c)) => Some(c),
            _ => None,
        };
        let rhs = self.pop_reg();
        let lhs = self.pop_reg();
        if divisor.is_none_or(|d| truncate(size, d) == 0) {
            let trap = self.trap_label(Trap::IntegerDivisionByZero);
            self.cx
                .masm
                .br_cmp(IntCmp::Eq, size, rhs, RegImm::Imm(0), trap);
        }
        if op == DivOp::DivS && divisor.is_none_or(|d| truncate(size, d) == -1) {
            let min = match size {
                OperandSize::S32 => i32::MIN as i64,
                OperandSize::S64 => i64::MIN,
            };
            let trap = self.trap_label(Trap::IntegerOverflow);
            let ok = self.cx.masm.new_label();
            self.cx
                .masm
                .br_cmp(IntCmp::Ne, size, rhs, RegImm::Imm(-1), ok);
            self.cx
                .masm
                .br_cmp(IntCmp::Eq, size, lhs, RegImm::Imm(min), trap);
            self.cx.masm.bind(ok);
        }
        self.cx.masm.int_div(op, size, lhs, lhs, rhs);
        self.free_reg(rhs);
        self.push_reg(result_type(size), lhs);
    }
}

/// The low `size` bits of `v`, sign-extended.
fn truncate(size: OperandSize, v: i64) -> i64 {
    match size {
        OperandSize::S32 => v as i32 as i64,
        OperandSize::S64 => v,
    }
}

/// Compile-time evaluation of a binary operator on two constants.
fn fold_binop(op: IntBinOp, size: OperandSize, a: i64, b: i64) -> i64 {
    match size {
        OperandSize::S32 => {
            let (a, b) = (a as i32, b as i32);
            let r = match op {
                IntBinOp::Add => a.wrapping_add(b),
                IntBinOp::Sub => a.wrapping_sub(b),
                IntBinOp::Mul => a.wrapping_mul(b),
                IntBinOp::And => a & b,
                IntBinOp::Or => a | b,
                IntBinOp::Xor => a ^ b,
                IntBinOp::Shl => a.wrapping_shl(b as u32),
                IntBinOp::ShrS => a.wrapping_shr(b as u32),
                IntBinOp::ShrU => (a as u32).wrapping_shr(b as u32) as i32,
                IntBinOp::Rotl => a.rotate_left(b as u32 & 31),
                IntBinOp::Rotr => a.rotate_right(b as u32 & 31),
            };
            r as i64
        }
        OperandSize::S64 => match op {
            IntBinOp::Add => a.wrapping_add(b),
            IntBinOp::Sub => a.wrapping_sub(b),
            IntBinOp::Mul => a.wrapping_mul(b),
            IntBinOp::And => a & b,
            IntBinOp::Or => a | b,
            IntBinOp::Xor => a ^ b,
            IntBinOp::Shl => a.wrapping_shl(b as u32),
            IntBinOp::ShrS => a.wrapping_shr(b as u32),
            IntBinOp::ShrU => (a as u64).wrapping_shr(b as u32) as i64,
            IntBinOp::Rotl => a.rotate_left(b as u32 & 63),
            IntBinOp::Rotr => a.rotate_right(b as u32 & 63),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_folding_wraps_like_wasm() {
        use IntBinOp::*;
        use OperandSize::*;
        assert_eq!(fold_binop(Add, S32, i32::MAX as i64, 1), i32::MIN as i64);
        assert_eq!(fold_binop(Shl, S32, 1, 33), 2);
        assert_eq!(fold_binop(ShrU, S32, -1, 28), 15);
        assert_eq!(fold_binop(ShrS, S64, -16, 2), -4);
        assert_eq!(fold_binop(Rotl, S32, 0x8000_0001u32 as i32 as i64, 1), 3);
        assert_eq!(fold_binop(Rotr, S64, 1, 1), i64::MIN);
        assert_eq!(fold_binop(Mul, S64, i64::MAX, 2), -2);
    }
}

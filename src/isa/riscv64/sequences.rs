//! The riscv64 operations that take a sequence of instructions: the
//! integer operations with immediate and 32-bit forms, shifts and rotates,
//! the bit counts without Zbb, comparisons into a register, and wasm's float
//! `min`/`max` and roundings.

use super::{canonical, imm12, Riscv64Masm, F_SCRATCH, F_SCRATCH2, SCRATCH, SCRATCH2};
use crate::masm::{IntBinOp, IntCmp, OperandSize, RegImm};
use kindling_isa_riscv64::{
    AluOp, AluWOp, BranchCond, FSize, FpBinOp, FpCmp, Imm12, ImmOp, IntKind, Rounding, ShiftImmOp,
    ZERO,
};

impl Riscv64Masm {
    /// `d = l op r` for the operations with an immediate form (`imm_op`)
    /// and a 32-bit register form that sign-extends (`w_op`, or the 64-bit
    /// form when its result is sign-extended anyway).
    pub(super) fn alu_op(
        &mut self,
        size: OperandSize,
        (op, w_op, imm_op): (AluOp, Option<AluWOp>, Option<ImmOp>),
        d: u8,
        l: u8,
        rhs: RegImm,
    ) {
        if let (RegImm::Imm(i), Some(imm_op)) = (rhs, imm_op) {
            if let Some(imm) = imm12(canonical(size, i)) {
                match (size, imm_op) {
                    (OperandSize::S32, ImmOp::Addi) => self.asm.addiw(d, l, imm),
                    _ => self.asm.alu_imm(imm_op, d, l, imm),
                }
                return;
            }
        }
        let r = self.rhs_reg(size, rhs);
        match (size, w_op) {
            (OperandSize::S32, Some(w)) => self.asm.alu_w(w, d, l, r),
            _ => self.asm.alu(op, d, l, r),
        }
    }

    pub(super) fn shift(&mut self, op: IntBinOp, size: OperandSize, d: u8, l: u8, rhs: RegImm) {
        let w = size == OperandSize::S32;
        let bits = size.bits();
        if let RegImm::Imm(i) = rhs {
            let amount = (i as u32 & (bits - 1)) as u8;
            let op = match (op, w) {
                (IntBinOp::Shl, false) => ShiftImmOp::Slli,
                (IntBinOp::Shl, true) => ShiftImmOp::Slliw,
                (IntBinOp::ShrS, false) => ShiftImmOp::Srai,
                (IntBinOp::ShrS, true) => ShiftImmOp::Sraiw,
                (IntBinOp::ShrU, false) => ShiftImmOp::Srli,
                _ => ShiftImmOp::Srliw,
            };
            return self.asm.shift_imm(op, d, l, amount);
        }
        let r = self.rhs_reg(size, rhs);
        match (op, w) {
            (IntBinOp::Shl, false) => self.asm.alu(AluOp::Sll, d, l, r),
            (IntBinOp::Shl, true) => self.asm.alu_w(AluWOp::Sllw, d, l, r),
            (IntBinOp::ShrS, false) => self.asm.alu(AluOp::Sra, d, l, r),
            (IntBinOp::ShrS, true) => self.asm.alu_w(AluWOp::Sraw, d, l, r),
            (IntBinOp::ShrU, false) => self.asm.alu(AluOp::Srl, d, l, r),
            _ => self.asm.alu_w(AluWOp::Srlw, d, l, r),
        }
    }

    /// Rotations: Zbb's `ror`/`rol`, or two shifts and an `or`.
    pub(super) fn rotate(&mut self, left: bool, size: OperandSize, d: u8, l: u8, rhs: RegImm) {
        let w = size == OperandSize::S32;
        let bits = size.bits();
        if let RegImm::Imm(i) = rhs {
            let amount = i as u32 & (bits - 1);
            let right = if left {
                (bits - amount) & (bits - 1)
            } else {
                amount
            };
            if right == 0 {
                return self.mv(d, l);
            }
            if self.features.has_zbb {
                let op = if w {
                    ShiftImmOp::Roriw
                } else {
                    ShiftImmOp::Rori
                };
                return self.asm.shift_imm(op, d, l, right as u8);
            }
            let (srl, sll) = if w {
                (ShiftImmOp::Srliw, ShiftImmOp::Slliw)
            } else {
                (ShiftImmOp::Srli, ShiftImmOp::Slli)
            };
            self.asm.shift_imm(srl, SCRATCH, l, right as u8);
            self.asm.shift_imm(sll, SCRATCH2, l, (bits - right) as u8);
            return self.asm.alu(AluOp::Or, d, SCRATCH, SCRATCH2);
        }
        let r = self.rhs_reg(size, rhs);
        if self.features.has_zbb {
            return match (left, w) {
                (true, false) => self.asm.alu(AluOp::Rol, d, l, r),
                (false, false) => self.asm.alu(AluOp::Ror, d, l, r),
                (true, true) => self.asm.alu_w(AluWOp::Rolw, d, l, r),
                (false, true) => self.asm.alu_w(AluWOp::Rorw, d, l, r),
            };
        }
        // The shifts read only the amount's low bits, so the other shift is
        // by the negated amount.
        self.asm.alu(AluOp::Sub, SCRATCH2, ZERO, r);
        if w {
            let (toward, away) = if left {
                (AluWOp::Sllw, AluWOp::Srlw)
            } else {
                (AluWOp::Srlw, AluWOp::Sllw)
            };
            self.asm.alu_w(away, SCRATCH2, l, SCRATCH2);
            self.asm.alu_w(toward, SCRATCH, l, r);
        } else {
            let (toward, away) = if left {
                (AluOp::Sll, AluOp::Srl)
            } else {
                (AluOp::Srl, AluOp::Sll)
            };
            self.asm.alu(away, SCRATCH2, l, SCRATCH2);
            self.asm.alu(toward, SCRATCH, l, r);
        }
        self.asm.alu(AluOp::Or, d, SCRATCH, SCRATCH2);
    }

    /// `d = popcount(SCRATCH)` (64 bits) without Zbb: the SWAR sum.
    pub(super) fn popcount_scratch(&mut self, d: u8) {
        let (t, u) = (SCRATCH, SCRATCH2);
        // t -= (t >> 1) & 0x55..; t = (t & 0x33..) + ((t >> 2) & 0x33..);
        // t = (t + (t >> 4)) & 0x0f..; d = (t * 0x01..) >> 56.
        self.asm.shift_imm(ShiftImmOp::Srli, u, t, 1);
        self.asm.mov_imm(d, 0x5555_5555_5555_5555);
        self.asm.alu(AluOp::And, u, u, d);
        self.asm.alu(AluOp::Sub, t, t, u);
        self.asm.mov_imm(d, 0x3333_3333_3333_3333);
        self.asm.shift_imm(ShiftImmOp::Srli, u, t, 2);
        self.asm.alu(AluOp::And, u, u, d);
        self.asm.alu(AluOp::And, t, t, d);
        self.asm.alu(AluOp::Add, t, t, u);
        self.asm.shift_imm(ShiftImmOp::Srli, u, t, 4);
        self.asm.alu(AluOp::Add, t, t, u);
        self.asm.mov_imm(d, 0x0f0f_0f0f_0f0f_0f0f);
        self.asm.alu(AluOp::And, t, t, d);
        self.asm.mov_imm(d, 0x0101_0101_0101_0101);
        self.asm.alu(AluOp::Mul, t, t, d);
        self.asm.shift_imm(ShiftImmOp::Srli, d, t, 56);
    }

    /// `d = clz(SCRATCH)` (64 bits) without Zbb, counting at most
    /// `steps`' sum plus one: a branch-free binary search.
    pub(super) fn clz_scratch(&mut self, d: u8, steps: &[u8]) {
        let (t, u) = (SCRATCH, SCRATCH2);
        self.mv(d, ZERO);
        for &step in steps {
            // u = (t >> (64 - step)) == 0 ? step : 0; d += u; t <<= u.
            self.asm.shift_imm(ShiftImmOp::Srli, u, t, 64 - step);
            self.asm
                .alu_imm(ImmOp::Sltiu, u, u, Imm12::new(1).expect("1"));
            self.asm
                .shift_imm(ShiftImmOp::Slli, u, u, step.trailing_zeros() as u8);
            self.asm.alu(AluOp::Add, d, d, u);
            self.asm.alu(AluOp::Sll, t, t, u);
        }
        // Only zero is still zero after the search: one more.
        self.asm
            .alu_imm(ImmOp::Sltiu, u, t, Imm12::new(1).expect("1"));
        self.asm.alu(AluOp::Add, d, d, u);
    }

    /// `rd = zero_extend(rs)` from 32 bits.
    pub(super) fn zero_extend_32(&mut self, rd: u8, rs: u8) {
        if self.features.has_zba {
            self.asm.alu_w(AluWOp::AddUw, rd, rs, ZERO);
        } else {
            self.asm.shift_imm(ShiftImmOp::Slli, rd, rs, 32);
            self.asm.shift_imm(ShiftImmOp::Srli, rd, rd, 32);
        }
    }

    /// `d = (l cmp r) ? 1 : 0`.
    pub(super) fn set_cmp(&mut self, cmp: IntCmp, size: OperandSize, d: u8, l: u8, rhs: RegImm) {
        if let RegImm::Imm(i) = rhs {
            let i = canonical(size, i);
            let one = Imm12::new(1).expect("1");
            match (cmp, imm12(i)) {
                (IntCmp::LtS, Some(imm)) => return self.asm.alu_imm(ImmOp::Slti, d, l, imm),
                (IntCmp::LtU, Some(imm)) => return self.asm.alu_imm(ImmOp::Sltiu, d, l, imm),
                (IntCmp::Eq | IntCmp::Ne, Some(imm)) => {
                    let x = if i == 0 {
                        l
                    } else {
                        self.asm.alu_imm(ImmOp::Xori, d, l, imm);
                        d
                    };
                    return if cmp == IntCmp::Eq {
                        self.asm.alu_imm(ImmOp::Sltiu, d, x, one)
                    } else {
                        self.asm.alu(AluOp::Sltu, d, ZERO, x)
                    };
                }
                _ => {}
            }
        }
        let r = self.rhs_reg(size, rhs);
        let one = Imm12::new(1).expect("1");
        match cmp {
            IntCmp::Eq | IntCmp::Ne => {
                self.asm.alu(AluOp::Xor, d, l, r);
                if cmp == IntCmp::Eq {
                    self.asm.alu_imm(ImmOp::Sltiu, d, d, one);
                } else {
                    self.asm.alu(AluOp::Sltu, d, ZERO, d);
                }
            }
            IntCmp::LtS => self.asm.alu(AluOp::Slt, d, l, r),
            IntCmp::LtU => self.asm.alu(AluOp::Sltu, d, l, r),
            IntCmp::GtS => self.asm.alu(AluOp::Slt, d, r, l),
            IntCmp::GtU => self.asm.alu(AluOp::Sltu, d, r, l),
            IntCmp::GeS | IntCmp::GeU | IntCmp::LeS | IntCmp::LeU => {
                let (op, a, b) = match cmp {
                    IntCmp::GeS => (AluOp::Slt, l, r),
                    IntCmp::GeU => (AluOp::Sltu, l, r),
                    IntCmp::LeS => (AluOp::Slt, r, l),
                    _ => (AluOp::Sltu, r, l),
                };
                self.asm.alu(op, d, a, b);
                self.asm.alu_imm(ImmOp::Xori, d, d, one);
            }
        }
    }

    /// wasm `min`/`max`: NaN when either operand is, and RISC-V's own
    /// `fmin`/`fmax` (which order -0 below +0) otherwise.
    pub(super) fn float_min_max(&mut self, max: bool, size: FSize, d: u8, l: u8, r: u8) {
        let (nan, done) = (self.asm.new_label(), self.asm.new_label());
        self.asm.fp_cmp(FpCmp::Feq, size, SCRATCH, l, l);
        self.asm.fp_cmp(FpCmp::Feq, size, SCRATCH2, r, r);
        self.asm.alu(AluOp::And, SCRATCH, SCRATCH, SCRATCH2);
        self.asm.branch(BranchCond::Eq, SCRATCH, ZERO, nan);
        let op = if max { FpBinOp::Fmax } else { FpBinOp::Fmin };
        self.asm.fp_binop(op, size, d, l, r);
        self.asm.j(done);
        self.asm.bind(nan);
        // Arithmetic on a NaN gives the canonical NaN.
        self.asm.fp_binop(FpBinOp::Fadd, size, d, l, r);
        self.asm.bind(done);
    }

    /// Rounds `s` to an integral value with `rounding`: through an integer
    /// when `|s|` is below 2^52 (2^23 for f32), keeping the sign (so -0.5
    /// rounds up to -0); larger values are integral already, and NaN becomes
    /// the canonical NaN.
    pub(super) fn round(&mut self, rounding: Rounding, size: FSize, d: u8, s: u8) {
        let (big, done) = (self.asm.new_label(), self.asm.new_label());
        let (limit, kind) = match size {
            FSize::S => (0x4b00_0000, IntKind::W),
            FSize::D => (0x4330_0000_0000_0000, IntKind::L),
        };
        self.asm.fp_binop(FpBinOp::Fsgnjx, size, F_SCRATCH, s, s);
        self.asm.mov_imm(SCRATCH, limit);
        self.asm.fmv_from_int(size, F_SCRATCH2, SCRATCH);
        self.asm
            .fp_cmp(FpCmp::Flt, size, SCRATCH, F_SCRATCH, F_SCRATCH2);
        self.asm.branch(BranchCond::Eq, SCRATCH, ZERO, big);
        self.asm.fcvt_to_int(kind, size, SCRATCH, s, rounding);
        self.asm.fcvt_from_int(kind, size, F_SCRATCH, SCRATCH);
        self.asm.fp_binop(FpBinOp::Fsgnj, size, d, F_SCRATCH, s);
        self.asm.j(done);
        self.asm.bind(big);
        self.asm.fp_binop(FpBinOp::Fmin, size, d, s, s);
        self.asm.bind(done);
    }
}

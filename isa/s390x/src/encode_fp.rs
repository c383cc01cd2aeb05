//! The floating-point instructions (binary floating point on the
//! floating-point registers f0..f15, which are the leftmost doublewords of
//! the vector registers v0..v15).

use crate::ops::RegCode;
use crate::{Assembler, Disp20, FpMemOp, FpRegOp, FpRoundOp, FpToIntOp, IntToFpOp, Reg};

/// Two registers in one byte.
fn regs(r1: Reg, r2: Reg) -> u8 {
    (r1 & 15) << 4 | (r2 & 15)
}

impl Assembler {
    /// An RRF instruction: a two-byte opcode, a field pair, two registers.
    fn rrf_fp(&mut self, op: u16, third: u8, r1: Reg, r2: Reg) {
        let [hi, lo] = op.to_be_bytes();
        self.buf.put(&[hi, lo, third, regs(r1, r2)]);
    }

    /// `op f1, f2` (RR or RRE).
    pub fn fp_reg_op(&mut self, op: FpRegOp, f1: Reg, f2: Reg) {
        match op.code() {
            RegCode::Rr(code) => self.buf.put(&[code, regs(f1, f2)]),
            RegCode::Rre(code) => self.rrf_fp(code, 0, f1, f2),
        }
    }

    /// `cpsdr f1, f3, f2`: `f2`'s magnitude with `f3`'s sign (RRF-b).
    pub fn cpsdr(&mut self, f1: Reg, f3: Reg, f2: Reg) {
        self.rrf_fp(0xb372, (f3 & 15) << 4, f1, f2);
    }

    /// `op f1, m3, f2, m4`: rounds `f2` under mode `m3` (RRF-e; `m4` 4
    /// suppresses the inexact exception).
    pub fn fp_round(&mut self, op: FpRoundOp, f1: Reg, m3: u8, f2: Reg, m4: u8) {
        self.rrf_fp(op.code(), (m3 & 15) << 4 | (m4 & 15), f1, f2);
    }

    /// `op f1, m3, r2, 0`: converts general register `r2` under mode `m3`.
    pub fn int_to_fp(&mut self, op: IntToFpOp, f1: Reg, m3: u8, r2: Reg) {
        self.rrf_fp(op.code(), (m3 & 15) << 4, f1, r2);
    }

    /// `op r1, m3, f2, 0`: converts `f2` to general register `r1` under
    /// mode `m3`.
    pub fn fp_to_int(&mut self, op: FpToIntOp, r1: Reg, m3: u8, f2: Reg) {
        self.rrf_fp(op.code(), (m3 & 15) << 4, r1, f2);
    }

    /// `ldgr f1, r2`: the bits of `r2` into `f1`.
    pub fn ldgr(&mut self, f1: Reg, r2: Reg) {
        self.rrf_fp(0xb3c1, 0, f1, r2);
    }

    /// `lgdr r1, f2`: the bits of `f2` into `r1`.
    pub fn lgdr(&mut self, r1: Reg, f2: Reg) {
        self.rrf_fp(0xb3cd, 0, r1, f2);
    }

    /// `op f1, disp(index, base)` (RXY-a, first byte 0xed).
    pub fn fp_mem(&mut self, op: FpMemOp, f1: Reg, index: Reg, base: Reg, disp: Disp20) {
        let d = disp.get() as u32;
        let b = (base & 15) << 4 | ((d >> 8) & 15) as u8;
        self.buf.put(&[
            0xed,
            regs(f1, index),
            b,
            d as u8,
            (d >> 12) as u8,
            op.code(),
        ]);
    }
}

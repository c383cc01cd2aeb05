//! The F and D instructions, one 32-bit word each. Rounding arithmetic uses
//! a static round-to-nearest-even, never the dynamic mode in `fcsr`.

use crate::encode::{i_type, r_type, s_type};
use crate::{Assembler, FReg, FSize, FpBinOp, FpCmp, Imm12, IntKind, Reg, Rounding};

const OP_FP: u32 = 0x53;
const LOAD_FP: u32 = 0x07;
const STORE_FP: u32 = 0x27;
const SYSTEM: u32 = 0x73;
/// The `frm` CSR, the dynamic rounding mode.
const FRM: i64 = 2;

/// The `fmt` field: 0 for single, 1 for double.
fn fmt(size: FSize) -> u32 {
    match size {
        FSize::S => 0,
        FSize::D => 1,
    }
}

fn rm(rounding: Rounding) -> u32 {
    match rounding {
        Rounding::Rne => 0,
        Rounding::Rtz => 1,
        Rounding::Rdn => 2,
        Rounding::Rup => 3,
    }
}

fn int_kind(kind: IntKind) -> u8 {
    match kind {
        IntKind::W => 0,
        IntKind::Wu => 1,
        IntKind::L => 2,
        IntKind::Lu => 3,
    }
}

/// The width field of a float load or store.
fn width(size: FSize) -> u32 {
    match size {
        FSize::S => 2,
        FSize::D => 3,
    }
}

impl Assembler {
    /// `op.{s,d} rd, rs1, rs2`.
    pub fn fp_binop(&mut self, op: FpBinOp, size: FSize, rd: FReg, rs1: FReg, rs2: FReg) {
        let rne = rm(Rounding::Rne);
        let (funct5, funct3) = match op {
            FpBinOp::Fadd => (0x00, rne),
            FpBinOp::Fsub => (0x04, rne),
            FpBinOp::Fmul => (0x08, rne),
            FpBinOp::Fdiv => (0x0c, rne),
            FpBinOp::Fsgnj => (0x10, 0),
            FpBinOp::Fsgnjn => (0x10, 1),
            FpBinOp::Fsgnjx => (0x10, 2),
            FpBinOp::Fmin => (0x14, 0),
            FpBinOp::Fmax => (0x14, 1),
        };
        self.word(r_type(funct5 | fmt(size), rs2, rs1, funct3, rd, OP_FP));
    }

    /// `fsqrt.{s,d} rd, rs1`.
    pub fn fsqrt(&mut self, size: FSize, rd: FReg, rs1: FReg) {
        let funct7 = 0x2c | fmt(size);
        self.word(r_type(funct7, 0, rs1, rm(Rounding::Rne), rd, OP_FP));
    }

    /// `op.{s,d} rd, rs1, rs2`: 1 in the integer register `rd` when the
    /// comparison holds, 0 otherwise (and on NaN).
    pub fn fp_cmp(&mut self, op: FpCmp, size: FSize, rd: Reg, rs1: FReg, rs2: FReg) {
        let funct3 = match op {
            FpCmp::Fle => 0,
            FpCmp::Flt => 1,
            FpCmp::Feq => 2,
        };
        self.word(r_type(0x50 | fmt(size), rs2, rs1, funct3, rd, OP_FP));
    }

    /// `fcvt.<kind>.{s,d} rd, rs1, rounding`: a float to an integer
    /// register, saturating (NaN gives the largest value).
    pub fn fcvt_to_int(
        &mut self,
        kind: IntKind,
        size: FSize,
        rd: Reg,
        rs1: FReg,
        rounding: Rounding,
    ) {
        let funct7 = 0x60 | fmt(size);
        self.word(r_type(funct7, int_kind(kind), rs1, rm(rounding), rd, OP_FP));
    }

    /// `fcvt.{s,d}.<kind> rd, rs1`: an integer register to a float,
    /// rounding to nearest even.
    pub fn fcvt_from_int(&mut self, kind: IntKind, size: FSize, rd: FReg, rs1: Reg) {
        let funct7 = 0x68 | fmt(size);
        let rne = rm(Rounding::Rne);
        self.word(r_type(funct7, int_kind(kind), rs1, rne, rd, OP_FP));
    }

    /// `fcvt.s.d` (to `FSize::S`) or `fcvt.d.s` (to `FSize::D`).
    pub fn fcvt_resize(&mut self, to: FSize, rd: FReg, rs1: FReg) {
        let (funct7, rs2) = match to {
            FSize::S => (0x20, 1),
            FSize::D => (0x21, 0),
        };
        self.word(r_type(funct7, rs2, rs1, rm(Rounding::Rne), rd, OP_FP));
    }

    /// `fmv.x.w` or `fmv.x.d`: a float register's bits to an integer
    /// register (`fmv.x.w` sign-extends the 32 bits).
    pub fn fmv_to_int(&mut self, size: FSize, rd: Reg, rs1: FReg) {
        self.word(r_type(0x70 | fmt(size), 0, rs1, 0, rd, OP_FP));
    }

    /// `fmv.w.x` or `fmv.d.x`: an integer register's low bits to a float
    /// register.
    pub fn fmv_from_int(&mut self, size: FSize, rd: FReg, rs1: Reg) {
        self.word(r_type(0x78 | fmt(size), 0, rs1, 0, rd, OP_FP));
    }

    /// `fsrmi rd, rounding`: sets the dynamic rounding mode, the old one
    /// into `rd`.
    pub fn fsrmi(&mut self, rd: Reg, rounding: Rounding) {
        self.word(i_type(FRM, rm(rounding) as u8, 5, rd, SYSTEM));
    }

    /// `fsrm rs`: sets the dynamic rounding mode from `rs`.
    pub fn fsrm(&mut self, rs: Reg) {
        self.word(i_type(FRM, rs, 1, 0, SYSTEM));
    }

    /// `flw` or `fld rd, offset(base)`.
    pub fn fp_load(&mut self, size: FSize, rd: FReg, base: Reg, offset: Imm12) {
        self.word(i_type(offset.get(), base, width(size), rd, LOAD_FP));
    }

    /// `fsw` or `fsd src, offset(base)`.
    pub fn fp_store(&mut self, size: FSize, src: FReg, base: Reg, offset: Imm12) {
        self.word(s_type(offset.get(), src, base, width(size), STORE_FP));
    }
}

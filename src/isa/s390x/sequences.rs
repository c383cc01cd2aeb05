//! The s390x masm's multi-instruction operations: integer operations by
//! register and immediate, bit counts, division, conversions and the
//! byte-reversing wasm-memory accesses.

use super::{canonical, disp12, disp20, S390xMasm, PAIR_EVEN, SCRATCH, SCRATCH2};
use crate::masm::{DivOp, IntBinOp, Mem, MemSize, OperandSize, Reg};
use kindling_isa_s390x::{
    DistinctOp, FpToIntOp, Imm16Op, Imm32Op, IntToFpOp, Mask, MemOp, PairOp, RegOp, RsyOp, VecMemOp,
};

impl S390xMasm {
    /// `d = l op r` for a register `r`.
    pub(super) fn int_binop_reg(&mut self, op: IntBinOp, size: OperandSize, d: u8, l: u8, r: u8) {
        let w = size == OperandSize::S64;
        let pick = |wide: DistinctOp, narrow: DistinctOp| if w { wide } else { narrow };
        let distinct = match op {
            IntBinOp::Add => pick(DistinctOp::Agrk, DistinctOp::Ark),
            IntBinOp::Sub => pick(DistinctOp::Sgrk, DistinctOp::Srk),
            IntBinOp::Mul => pick(DistinctOp::Msgrkc, DistinctOp::Msrkc),
            IntBinOp::And => pick(DistinctOp::Ngrk, DistinctOp::Nrk),
            IntBinOp::Or => pick(DistinctOp::Ogrk, DistinctOp::Ork),
            IntBinOp::Xor => pick(DistinctOp::Xgrk, DistinctOp::Xrk),
            IntBinOp::Shl | IntBinOp::ShrS | IntBinOp::ShrU => {
                // The shifts use the low six bits of the amount's address;
                // a 32-bit one must count modulo 32.
                let amount = if w {
                    r
                } else {
                    self.asm.risbg(SCRATCH, r, 59, 63, 0, true);
                    SCRATCH
                };
                self.asm.rsy(shift_op(op, w), d, l, amount, disp20(0));
                return;
            }
            IntBinOp::Rotl => {
                self.asm.rsy(rotate_op(w), d, l, r, disp20(0));
                return;
            }
            IntBinOp::Rotr => {
                // Right by n is left by -n, modulo the width either way.
                self.asm.reg_op(RegOp::Lcr, SCRATCH, r);
                self.asm.rsy(rotate_op(w), d, l, SCRATCH, disp20(0));
                return;
            }
        };
        self.asm.distinct(distinct, d, l, r);
    }

    /// `d = l op imm` (`imm` as the operation of `size` sees it).
    pub(super) fn int_binop_imm(
        &mut self,
        op: IntBinOp,
        size: OperandSize,
        d: u8,
        l: u8,
        imm: i64,
    ) {
        let w = size == OperandSize::S64;
        let bits = if w { 63 } else { 31 };
        match op {
            IntBinOp::Add => self.add_imm(d, l, imm),
            IntBinOp::Sub => self.add_imm(d, l, canonical(size, imm.wrapping_neg())),
            IntBinOp::Mul => match (i16::try_from(imm), i32::try_from(imm)) {
                (Ok(i), _) => {
                    self.lgr(d, l);
                    let op = if w { Imm16Op::Mghi } else { Imm16Op::Mhi };
                    self.asm.imm16(op, d, i as u16);
                }
                (_, Ok(i)) => {
                    self.lgr(d, l);
                    let op = if w { Imm32Op::Msgfi } else { Imm32Op::Msfi };
                    self.asm.imm32(op, d, i as u32);
                }
                _ => {
                    self.asm.mov_imm(SCRATCH, imm);
                    self.asm.distinct(DistinctOp::Msgrkc, d, l, SCRATCH);
                }
            },
            IntBinOp::And | IntBinOp::Or | IntBinOp::Xor => {
                self.lgr(d, l);
                let (lo, hi) = (imm as u32, (imm as u64 >> 32) as u32);
                // Each half is one instruction, left out where it changes
                // nothing; a 32-bit operation has no high half.
                let (low_op, high_op, identity) = match op {
                    IntBinOp::And => (Imm32Op::Nilf, Imm32Op::Nihf, u32::MAX),
                    IntBinOp::Or => (Imm32Op::Oilf, Imm32Op::Oihf, 0),
                    _ => (Imm32Op::Xilf, Imm32Op::Xihf, 0),
                };
                if lo != identity {
                    self.asm.imm32(low_op, d, lo);
                }
                if w && hi != identity {
                    self.asm.imm32(high_op, d, hi);
                }
            }
            IntBinOp::Shl | IntBinOp::ShrS | IntBinOp::ShrU => {
                let amount = i64::from((imm & bits) as u8);
                self.asm.rsy(shift_op(op, w), d, l, 0, disp20(amount));
            }
            IntBinOp::Rotl | IntBinOp::Rotr => {
                let left = if op == IntBinOp::Rotl {
                    imm & bits
                } else {
                    (bits + 1 - (imm & bits)) & bits
                };
                self.asm.rsy(rotate_op(w), d, l, 0, disp20(left));
            }
        }
    }

    /// `d = clz(s)`: `flogr` counts in r0 (64 for zero).
    pub(super) fn clz(&mut self, size: OperandSize, d: u8, s: u8) {
        if size == OperandSize::S64 {
            self.asm.pair_op(PairOp::Flogr, PAIR_EVEN, s);
        } else {
            self.asm.reg_op(RegOp::Llgfr, SCRATCH2, s);
            self.asm.pair_op(PairOp::Flogr, PAIR_EVEN, SCRATCH2);
            self.asm.imm16(Imm16Op::Ahi, PAIR_EVEN, (-32i16) as u16);
        }
        self.lgr(d, PAIR_EVEN);
    }

    /// `d = ctz(s)`: 63 less the leading zeros of the lowest set bit.
    pub(super) fn ctz(&mut self, size: OperandSize, d: u8, s: u8) {
        let x = if size == OperandSize::S64 {
            s
        } else {
            // Bit 32 set: a zero counts 32.
            self.asm.reg_op(RegOp::Llgfr, SCRATCH, s);
            self.asm.imm32(Imm32Op::Oihf, SCRATCH, 1);
            SCRATCH
        };
        self.asm.reg_op(RegOp::Lcgr, SCRATCH2, x);
        self.asm.reg_op(RegOp::Ngr, SCRATCH2, x);
        // Condition code 0 when the operand is zero (64-bit only).
        self.asm.pair_op(PairOp::Flogr, PAIR_EVEN, SCRATCH2);
        if size == OperandSize::S64 {
            self.asm.load_imm_on_cond(true, PAIR_EVEN, -1, Mask::EQ);
        }
        self.asm.imm16(Imm16Op::Lghi, d, 63);
        self.asm.reg_op(RegOp::Sgr, d, PAIR_EVEN);
    }

    /// `d = popcnt(s)`: `popcnt` counts each byte; a multiply sums them
    /// into the top byte.
    pub(super) fn popcnt(&mut self, size: OperandSize, d: u8, s: u8) {
        if size == OperandSize::S64 {
            self.asm.popcnt(SCRATCH, s);
            self.asm.mov_imm(SCRATCH2, 0x0101_0101_0101_0101);
            self.asm.reg_op(RegOp::Msgr, SCRATCH, SCRATCH2);
            self.asm.rsy(RsyOp::Srlg, d, SCRATCH, 0, disp20(56));
        } else {
            self.asm.reg_op(RegOp::Llgfr, SCRATCH, s);
            self.asm.popcnt(SCRATCH, SCRATCH);
            self.asm.imm32(Imm32Op::Msfi, SCRATCH, 0x0101_0101);
            self.asm.rsy(RsyOp::Srlk, d, SCRATCH, 0, disp20(24));
        }
    }

    /// `d = l op r` for the divisions: the dividend in r1 (with r0 its high
    /// half for the unsigned ones), the quotient left in r1 and the
    /// remainder in r0.
    pub(super) fn divide(&mut self, op: DivOp, size: OperandSize, d: u8, l: u8, r: u8) {
        let signed = matches!(op, DivOp::DivS | DivOp::RemS);
        let wide = size == OperandSize::S64;
        if !signed {
            self.asm.imm16(Imm16Op::Lghi, PAIR_EVEN, 0);
        }
        let load = match (signed, wide) {
            (true, false) => RegOp::Lgfr,
            (false, false) => RegOp::Llgfr,
            (_, true) => RegOp::Lgr,
        };
        self.asm.reg_op(load, SCRATCH, l);
        if op == DivOp::RemS && wide {
            // MIN % -1 would raise the divide exception: divide 0 instead,
            // as x % -1 is 0 for every x. (A 64-bit dividend never
            // overflows a 32-bit division.)
            self.asm.imm16(Imm16Op::Cghi, r, (-1i16) as u16);
            self.asm.load_imm_on_cond(true, SCRATCH, 0, Mask::EQ);
        }
        let divide = match (signed, wide) {
            (true, true) => PairOp::Dsgr,
            (true, false) => PairOp::Dsgfr,
            (false, true) => PairOp::Dlgr,
            (false, false) => PairOp::Dlr,
        };
        self.asm.pair_op(divide, PAIR_EVEN, r);
        let result = match op {
            DivOp::DivS | DivOp::DivU => SCRATCH,
            DivOp::RemS | DivOp::RemU => PAIR_EVEN,
        };
        self.lgr(d, result);
    }

    /// `v = float(r)`, in the current (nearest-even) rounding mode.
    pub(super) fn convert_from_int(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        v: u8,
        r: u8,
    ) {
        use OperandSize::{S32, S64};
        let op = match (signed, int_size, float_size) {
            (true, S32, S32) => IntToFpOp::Cefbra,
            (true, S32, S64) => IntToFpOp::Cdfbra,
            (true, S64, S32) => IntToFpOp::Cegbra,
            (true, S64, S64) => IntToFpOp::Cdgbra,
            (false, S32, S32) => IntToFpOp::Celfbr,
            (false, S32, S64) => IntToFpOp::Cdlfbr,
            (false, S64, S32) => IntToFpOp::Celgbr,
            (false, S64, S64) => IntToFpOp::Cdlgbr,
        };
        let f = Self::fpr_dst(v);
        self.asm.int_to_fp(op, f, 0, r);
        self.fpr_done(v);
    }

    /// `r = trunc(v)`, rounding toward zero (mode 5); the core has already
    /// trapped on what does not fit.
    pub(super) fn convert_to_int(
        &mut self,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        r: u8,
        v: u8,
    ) {
        use OperandSize::{S32, S64};
        let op = match (signed, float_size, int_size) {
            (true, S32, S32) => FpToIntOp::Cfebra,
            (true, S64, S32) => FpToIntOp::Cfdbra,
            (true, S32, S64) => FpToIntOp::Cgebra,
            (true, S64, S64) => FpToIntOp::Cgdbra,
            (false, S32, S32) => FpToIntOp::Clfebr,
            (false, S64, S32) => FpToIntOp::Clfdbr,
            (false, S32, S64) => FpToIntOp::Clgebr,
            (false, S64, S64) => FpToIntOp::Clgdbr,
        };
        let f = self.fpr_src(v);
        self.asm.fp_to_int(op, r, 5, f);
    }

    /// `m`, or its address in `SCRATCH2` when `m.offset + extra` would not
    /// be an `i32`: a memory operand whose next `extra` bytes are
    /// addressable by offset.
    fn with_room(&mut self, m: Mem, extra: i32) -> Mem {
        if m.offset.checked_add(extra).is_some() {
            m
        } else {
            self.add_imm(SCRATCH2, m.base.hw(), i64::from(m.offset));
            crate::codegen::mem(Reg::gpr(SCRATCH2), 0)
        }
    }

    /// A wasm-memory load into a general register, byte-reversed.
    pub(super) fn heap_load_int(
        &mut self,
        size: MemSize,
        sign_extend_to: Option<OperandSize>,
        d: u8,
        m: Mem,
    ) -> u32 {
        let signed = sign_extend_to.is_some();
        match size {
            MemSize::S8 => self.mem_op(if signed { MemOp::Lgb } else { MemOp::Llgc }, d, m),
            MemSize::S16 => {
                let at = self.mem_op(MemOp::Lrvh, d, m);
                let op = if signed { RegOp::Lghr } else { RegOp::Llghr };
                self.asm.reg_op(op, d, d);
                at
            }
            MemSize::S32 => {
                let at = self.mem_op(MemOp::Lrv, d, m);
                match sign_extend_to {
                    None => self.asm.reg_op(RegOp::Llgfr, d, d),
                    Some(OperandSize::S64) => self.asm.reg_op(RegOp::Lgfr, d, d),
                    Some(OperandSize::S32) => {}
                }
                at
            }
            MemSize::S64 | MemSize::S128 => self.mem_op(MemOp::Lrvg, d, m),
        }
    }

    /// A wasm-memory load of a float (element 0) or a whole v128 into `v`,
    /// byte-reversed: the vector-enhancements-2 loads, or general
    /// registers without them.
    pub(super) fn heap_load_float(&mut self, size: MemSize, v: u8, m: Mem) -> u32 {
        let ext2 = self.features.has_vxrs_ext2;
        match size {
            MemSize::S32 | MemSize::S64 if ext2 => {
                let op = if size == MemSize::S32 {
                    VecMemOp::Vlebrf
                } else {
                    VecMemOp::Vlebrg
                };
                self.vec_mem(op, v, m, 0)
            }
            MemSize::S32 | MemSize::S64 => {
                let op = if size == MemSize::S32 {
                    MemOp::Lrv
                } else {
                    MemOp::Lrvg
                };
                let at = self.mem_op(op, SCRATCH, m);
                self.gpr_to_float(size, v, SCRATCH);
                at
            }
            _ if ext2 => self.vec_mem(VecMemOp::Vlbr, v, m, 4),
            _ => {
                // The high doubleword is bytes 8..16 reversed; loaded first,
                // it is the access that faults on a guard page.
                let m = self.with_room(m, 8);
                let high = Mem {
                    offset: m.offset + 8,
                    ..m
                };
                let at = self.mem_op(MemOp::Lrvg, SCRATCH, high);
                self.mem_op(MemOp::Lrvg, PAIR_EVEN, m);
                self.asm.vlvgp(v, SCRATCH, PAIR_EVEN);
                at
            }
        }
    }

    /// A wasm-memory store of the float (element 0) or whole v128 in `v`,
    /// byte-reversed.
    pub(super) fn heap_store_float(&mut self, size: MemSize, m: Mem, v: u8) -> u32 {
        let ext2 = self.features.has_vxrs_ext2;
        match size {
            MemSize::S32 | MemSize::S64 if ext2 => {
                let op = if size == MemSize::S32 {
                    VecMemOp::Vstebrf
                } else {
                    VecMemOp::Vstebrg
                };
                self.vec_mem(op, v, m, 0)
            }
            MemSize::S32 | MemSize::S64 => {
                let op = if size == MemSize::S32 {
                    MemOp::Strv
                } else {
                    MemOp::Strvg
                };
                self.float_to_gpr(size, SCRATCH, v);
                self.mem_op(op, SCRATCH, m)
            }
            _ if ext2 => self.vec_mem(VecMemOp::Vstbr, v, m, 4),
            _ => {
                // The high half first: if the store faults, nothing of it
                // has been written.
                let m = self.with_room(m, 8);
                let high = Mem {
                    offset: m.offset + 8,
                    ..m
                };
                self.asm.vlgv(SCRATCH, v, 0, disp12(0), 3);
                self.asm.vlgv(PAIR_EVEN, v, 0, disp12(1), 3);
                let at = self.mem_op(MemOp::Strvg, SCRATCH, high);
                self.mem_op(MemOp::Strvg, PAIR_EVEN, m);
                at
            }
        }
    }

    /// Loads `size` bytes (4, 8 or 16) of wasm memory into the low lanes
    /// of `v` and zeroes the others. Wasm lane 0 is the rightmost element.
    pub(super) fn heap_load_low_lanes(&mut self, size: MemSize, v: u8, m: Mem) -> u32 {
        if size == MemSize::S128 {
            return self.heap_load_float(size, v, m);
        }
        let single = size == MemSize::S32;
        if self.features.has_vxrs_ext2 {
            self.asm.vgbm(v, 0);
            let (op, element) = if single {
                (VecMemOp::Vlebrf, 3)
            } else {
                (VecMemOp::Vlebrg, 1)
            };
            return self.vec_mem(op, v, m, element);
        }
        let at = if single {
            let at = self.mem_op(MemOp::Lrv, SCRATCH, m);
            self.asm.reg_op(RegOp::Llgfr, SCRATCH, SCRATCH);
            at
        } else {
            self.mem_op(MemOp::Lrvg, SCRATCH, m)
        };
        self.asm.imm16(Imm16Op::Lghi, PAIR_EVEN, 0);
        self.asm.vlvgp(v, PAIR_EVEN, SCRATCH);
        at
    }
}

/// The shift of `op` (64-bit when `wide`).
fn shift_op(op: IntBinOp, wide: bool) -> RsyOp {
    match (op, wide) {
        (IntBinOp::Shl, true) => RsyOp::Sllg,
        (IntBinOp::Shl, false) => RsyOp::Sllk,
        (IntBinOp::ShrS, true) => RsyOp::Srag,
        (IntBinOp::ShrS, false) => RsyOp::Srak,
        (_, true) => RsyOp::Srlg,
        (_, false) => RsyOp::Srlk,
    }
}

/// The left rotate (64-bit when `wide`).
fn rotate_op(wide: bool) -> RsyOp {
    if wide {
        RsyOp::Rllg
    } else {
        RsyOp::Rll
    }
}

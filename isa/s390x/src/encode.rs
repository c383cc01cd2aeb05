//! The instruction-emitting methods, one instruction each (two for
//! constants, and for a backward branch out of the short fields' reach).

use crate::fixup::{rel16_reaches, Fixup};
use crate::ops::RegCode;
use crate::{
    Assembler, CmpBranchOp, CmpImmBranchOp, CmpTrapImmOp, CondRegOp, Disp12, Disp20, DistinctOp,
    Imm16Op, Imm32Op, Label, Mask, MemOp, PairOp, Reg, RegOp, RsyOp,
};

/// Two registers in one byte.
fn regs(r1: Reg, r2: Reg) -> u8 {
    (r1 & 15) << 4 | (r2 & 15)
}

/// The base-and-displacement bytes of an RXY or RSY instruction: the base,
/// the low 12 bits (bytes 2 and 3) and the high 8 bits (byte 4).
fn long_disp(base: Reg, disp: Disp20) -> [u8; 3] {
    let d = disp.get() as u32;
    [
        (base & 15) << 4 | ((d >> 8) & 15) as u8,
        d as u8,
        (d >> 12) as u8,
    ]
}

/// The base-and-displacement bytes of an RX, RS or SIL instruction.
fn short_disp(base: Reg, disp: Disp12) -> [u8; 2] {
    let d = disp.get();
    [(base & 15) << 4 | (d >> 8) as u8, d as u8]
}

impl Assembler {
    fn put(&mut self, bytes: &[u8]) {
        self.buf.put(bytes);
    }

    /// An RRE instruction: a two-byte opcode, a zero byte, two registers.
    fn rre(&mut self, op: u16, r1: Reg, r2: Reg) {
        let [hi, lo] = op.to_be_bytes();
        self.put(&[hi, lo, 0, regs(r1, r2)]);
    }

    /// An RRF instruction: a two-byte opcode, a third field pair, two
    /// registers.
    fn rrf(&mut self, op: u16, third: u8, r1: Reg, r2: Reg) {
        let [hi, lo] = op.to_be_bytes();
        self.put(&[hi, lo, third, regs(r1, r2)]);
    }

    /// `op r1, r2` (RR or RRE).
    pub fn reg_op(&mut self, op: RegOp, r1: Reg, r2: Reg) {
        match op.code() {
            RegCode::Rr(code) => self.put(&[code, regs(r1, r2)]),
            RegCode::Rre(code) => self.rre(code, r1, r2),
        }
    }

    /// `op r1, r2` with `r1` the even register of a pair (RRE).
    pub fn pair_op(&mut self, op: PairOp, r1: Reg, r2: Reg) {
        self.rre(op.code(), r1, r2);
    }

    /// `op r1, r2, r3`: `r1 = r2 op r3` (RRF-a).
    pub fn distinct(&mut self, op: DistinctOp, r1: Reg, r2: Reg, r3: Reg) {
        self.rrf(op.code(), (r3 & 15) << 4, r1, r2);
    }

    /// `op r1, r2, mask` (RRF-c): a load if the condition code matches
    /// `mask`, or a compare that traps if its result matches it.
    pub fn cond_reg(&mut self, op: CondRegOp, mask: Mask, r1: Reg, r2: Reg) {
        self.rrf(op.code(), mask.bits() << 4, r1, r2);
    }

    /// `popcnt r1, r2`: the number of ones in each byte of `r2` (RRF-c,
    /// mask 0).
    pub fn popcnt(&mut self, r1: Reg, r2: Reg) {
        self.rrf(0xb9e1, 0, r1, r2);
    }

    /// `op r1, r3, disp(base)` (RSY-a).
    pub fn rsy(&mut self, op: RsyOp, r1: Reg, r3: Reg, base: Reg, disp: Disp20) {
        let [b, dl, dh] = long_disp(base, disp);
        self.put(&[0xeb, regs(r1, r3), b, dl, dh, op.code()]);
    }

    /// `op r1, disp(index, base)` (RXY-a).
    pub fn mem(&mut self, op: MemOp, r1: Reg, index: Reg, base: Reg, disp: Disp20) {
        let [b, dl, dh] = long_disp(base, disp);
        self.put(&[0xe3, regs(r1, index), b, dl, dh, op.code()]);
    }

    /// `la r1, disp(index, base)`: `r1 = base + index + disp` (RX-a).
    pub fn la(&mut self, r1: Reg, index: Reg, base: Reg, disp: Disp12) {
        let [b, d] = short_disp(base, disp);
        self.put(&[0x41, regs(r1, index), b, d]);
    }

    /// `op r1, imm` with a 16-bit immediate (RI-a), given as its bits.
    pub fn imm16(&mut self, op: Imm16Op, r1: Reg, imm: u16) {
        let [hi, lo] = imm.to_be_bytes();
        self.put(&[0xa7, (r1 & 15) << 4 | op.code(), hi, lo]);
    }

    /// `op r1, imm` with a 32-bit immediate (RIL-a), given as its bits.
    pub fn imm32(&mut self, op: Imm32Op, r1: Reg, imm: u32) {
        let (first, nibble) = op.code();
        let i = imm.to_be_bytes();
        self.put(&[first, (r1 & 15) << 4 | nibble, i[0], i[1], i[2], i[3]]);
    }

    /// `lochi r1, imm, mask` (32-bit) or `locghi` (`wide`): `r1 = imm` if
    /// the condition code matches `mask` (RIE-g).
    pub fn load_imm_on_cond(&mut self, wide: bool, r1: Reg, imm: i16, mask: Mask) {
        let [hi, lo] = imm.to_be_bytes();
        let op = if wide { 0x46 } else { 0x42 };
        self.put(&[0xec, regs(r1, mask.bits()), hi, lo, 0, op]);
    }

    /// `risbg r1, r2, start, end, rotate` (RIE-f): rotates `r2` left by
    /// `rotate` and inserts bits `start..=end` of it into `r1`, zeroing the
    /// other bits of `r1` when `zero_rest`.
    pub fn risbg(&mut self, r1: Reg, r2: Reg, start: u8, end: u8, rotate: u8, zero_rest: bool) {
        let end = end & 63 | if zero_rest { 0x80 } else { 0 };
        self.put(&[0xec, regs(r1, r2), start & 63, end, rotate & 63, 0x55]);
    }

    /// `mvhi disp(base), imm` (32-bit) or `mvghi` (`wide`): stores a
    /// sign-extended 16-bit immediate (SIL).
    pub fn store_imm(&mut self, wide: bool, base: Reg, disp: Disp12, imm: i16) {
        let [b, d] = short_disp(base, disp);
        let [hi, lo] = imm.to_be_bytes();
        self.put(&[0xe5, if wide { 0x48 } else { 0x4c }, b, d, hi, lo]);
    }

    /// `brc mask, label`; `brcl` for a backward label out of its reach.
    pub fn brc(&mut self, mask: Mask, label: Label) {
        if self.far_back(label) {
            return self.brcl(mask, label);
        }
        self.buf.reference(label, Fixup::Rel16);
        self.put(&[0xa7, mask.bits() << 4 | 4, 0, 0]);
        if mask == Mask::ALWAYS {
            self.buf.barrier();
        }
    }

    /// `brcl mask, label` (±4 GiB).
    pub fn brcl(&mut self, mask: Mask, label: Label) {
        self.buf.reference(label, Fixup::Rel32);
        self.put(&[0xc0, mask.bits() << 4 | 4, 0, 0, 0, 0]);
        if mask == Mask::ALWAYS {
            self.buf.barrier();
        }
    }

    /// `op r1, r2, mask, label`: compares and branches if the result
    /// matches `mask` (RIE-b); the compare and a `brcl` for a backward
    /// label out of reach.
    pub fn cmp_branch(&mut self, op: CmpBranchOp, r1: Reg, r2: Reg, mask: Mask, label: Label) {
        if self.far_back(label) {
            self.reg_op(op.compare(), r1, r2);
            return self.brcl(mask, label);
        }
        self.buf.reference(label, Fixup::Rel16);
        self.put(&[0xec, regs(r1, r2), 0, 0, mask.bits() << 4, op.code()]);
    }

    /// `op r1, imm, mask, label` with an 8-bit immediate, given as its bits
    /// (RIE-c); the compare and a `brcl` for a backward label out of reach.
    pub fn cmp_imm_branch(
        &mut self,
        op: CmpImmBranchOp,
        r1: Reg,
        imm: u8,
        mask: Mask,
        label: Label,
    ) {
        if self.far_back(label) {
            match op {
                CmpImmBranchOp::Cij => self.imm16(Imm16Op::Chi, r1, imm as i8 as u16),
                CmpImmBranchOp::Cgij => self.imm16(Imm16Op::Cghi, r1, imm as i8 as u16),
                CmpImmBranchOp::Clij => self.imm32(Imm32Op::Clfi, r1, u32::from(imm)),
                CmpImmBranchOp::Clgij => self.imm32(Imm32Op::Clgfi, r1, u32::from(imm)),
            }
            return self.brcl(mask, label);
        }
        self.buf.reference(label, Fixup::Rel16);
        self.put(&[0xec, regs(r1, mask.bits()), 0, 0, imm, op.code()]);
    }

    /// `op r1, imm, mask`: compares with a 16-bit immediate, given as its
    /// bits, and traps if the result matches `mask` (RIE-a).
    pub fn cmp_trap_imm(&mut self, op: CmpTrapImmOp, r1: Reg, imm: u16, mask: Mask) {
        let [hi, lo] = imm.to_be_bytes();
        self.put(&[0xec, (r1 & 15) << 4, hi, lo, mask.bits() << 4, op.code()]);
    }

    /// `larl r1, label`: the label's address.
    pub fn larl(&mut self, r1: Reg, label: Label) {
        self.buf.reference(label, Fixup::Rel32);
        self.put(&[0xc0, (r1 & 15) << 4, 0, 0, 0, 0]);
    }

    /// `brasl r1, label`: a call.
    pub fn brasl(&mut self, r1: Reg, label: Label) {
        self.buf.reference(label, Fixup::Rel32);
        self.brasl_reloc(r1);
    }

    /// `brasl r1, 0`, for a call relocation: returns the instruction's
    /// offset; its halfword displacement is bytes 2..6.
    pub fn brasl_reloc(&mut self, r1: Reg) -> u32 {
        let at = self.offset();
        self.put(&[0xc0, (r1 & 15) << 4 | 5, 0, 0, 0, 0]);
        at
    }

    /// `basr r1, r2`: a call to the address in `r2`.
    pub fn basr(&mut self, r1: Reg, r2: Reg) {
        self.put(&[0x0d, regs(r1, r2)]);
    }

    /// `bcr mask, r2`: a branch to the address in `r2` (`br r2` when
    /// `mask` is always).
    pub fn bcr(&mut self, mask: Mask, r2: Reg) {
        self.put(&[0x07, regs(mask.bits(), r2)]);
        if mask == Mask::ALWAYS && r2 != 0 {
            self.buf.barrier();
        }
    }

    /// `bcr 14, 0`: a serialising no-op (a full memory fence).
    pub fn fence(&mut self) {
        self.put(&[0x07, 0xe0]);
    }

    /// The two zero bytes of an invalid operation: raises SIGILL, with the
    /// PSW two bytes further on.
    pub fn trap(&mut self) {
        self.put(&[0, 0]);
    }

    /// Materialises `value` in `r1`: one instruction for a signed 32-bit or
    /// unsigned 32-bit value or one with a zero low word, two otherwise.
    pub fn mov_imm(&mut self, r1: Reg, value: i64) {
        let (hi, lo) = ((value as u64 >> 32) as u32, value as u32);
        if let Ok(v) = i16::try_from(value) {
            self.imm16(Imm16Op::Lghi, r1, v as u16);
        } else if i32::try_from(value).is_ok() {
            self.imm32(Imm32Op::Lgfi, r1, lo);
        } else if hi == 0 {
            self.imm32(Imm32Op::Llilf, r1, lo);
        } else {
            self.imm32(Imm32Op::Llihf, r1, hi);
            if lo != 0 {
                self.imm32(Imm32Op::Iilf, r1, lo);
            }
        }
    }

    /// Overwrites the 32-bit immediate of the RIL instruction at `at` (its
    /// bytes 2..6): how a frame reservation emitted before its size was
    /// known is completed.
    pub fn patch_imm32(&mut self, at: u32, imm: u32) {
        self.buf.patch(at + 2, &imm.to_be_bytes());
    }

    /// Whether `label` is bound behind, out of a 16-bit field's reach.
    fn far_back(&self, label: Label) -> bool {
        self.buf
            .bound(label)
            .is_some_and(|at| !rel16_reaches(self.offset(), at))
    }
}

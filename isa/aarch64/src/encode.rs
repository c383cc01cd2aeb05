//! The instruction forms: one method per A64 instruction (or alias) kindling
//! uses, each writing one word (`mov_imm` writes up to four).

use crate::{
    AddSub, Assembler, Cond, Extend, Fixup, FpBinOp, FpUnOp, Imm12, Label, Logic, LogicalImm,
    MemOp, Reg, Shift, Size, ZR,
};

pub(crate) fn rd(r: Reg) -> u32 {
    u32::from(r & 31)
}
pub(crate) fn rn(r: Reg) -> u32 {
    u32::from(r & 31) << 5
}
pub(crate) fn rm(r: Reg) -> u32 {
    u32::from(r & 31) << 16
}

impl Assembler {
    // ----- moves and constants -----

    /// `mov rd, rm` between general registers (`orr rd, zr, rm`; not for sp).
    pub fn mov_rr(&mut self, size: Size, dst: Reg, src: Reg) {
        self.word(0x2a00_0000 | size.sf() | rm(src) | rn(ZR) | rd(dst));
    }

    /// `mov rd, sp` or `mov sp, rn` (`add rd, rn, #0`, where 31 is sp).
    pub fn mov_sp(&mut self, dst: Reg, src: Reg) {
        self.word(0x9100_0000 | rn(src) | rd(dst));
    }

    /// `movz rd, #imm16, lsl #(16 * halfword)`.
    pub fn movz(&mut self, size: Size, dst: Reg, imm16: u16, halfword: u8) {
        self.word(0x5280_0000 | size.sf() | wide_fields(size, imm16, halfword) | rd(dst));
    }

    /// `movn rd, #imm16, lsl #(16 * halfword)`: the complement.
    pub fn movn(&mut self, size: Size, dst: Reg, imm16: u16, halfword: u8) {
        self.word(0x1280_0000 | size.sf() | wide_fields(size, imm16, halfword) | rd(dst));
    }

    /// `movk rd, #imm16, lsl #(16 * halfword)`: replaces one halfword.
    pub fn movk(&mut self, size: Size, dst: Reg, imm16: u16, halfword: u8) {
        self.word(0x7280_0000 | size.sf() | wide_fields(size, imm16, halfword) | rd(dst));
    }

    /// Materialises `value` (its low `size` bits) in `dst` with the fewest
    /// instructions: one `movz`, `movn` or `orr` with a bitmask, or a
    /// `movz`/`movn` followed by `movk`s.
    pub fn mov_imm(&mut self, size: Size, dst: Reg, value: u64) {
        let halfwords = (size.bits() / 16) as u8;
        let value = value & (u64::MAX >> (64 - size.bits()));
        let half = |i: u8| (value >> (16 * u32::from(i))) as u16;
        let zeros = (0..halfwords).filter(|&i| half(i) == 0).count();
        let ones = (0..halfwords).filter(|&i| half(i) == 0xffff).count();
        if zeros + 1 >= halfwords as usize || value == 0 {
            let at = (0..halfwords).find(|&i| half(i) != 0).unwrap_or(0);
            return self.movz(size, dst, half(at), at);
        }
        if ones + 1 >= halfwords as usize {
            let at = (0..halfwords).find(|&i| half(i) != 0xffff).unwrap_or(0);
            return self.movn(size, dst, !half(at), at);
        }
        if let Some(imm) = LogicalImm::new(value, size) {
            return self.logic_imm(Logic::Orr, size, dst, ZR, imm);
        }
        let (fill, first) = if ones > zeros {
            let at = (0..halfwords).find(|&i| half(i) != 0xffff).unwrap_or(0);
            self.movn(size, dst, !half(at), at);
            (0xffff, at)
        } else {
            let at = (0..halfwords).find(|&i| half(i) != 0).unwrap_or(0);
            self.movz(size, dst, half(at), at);
            (0, at)
        };
        for i in (first + 1)..halfwords {
            if half(i) != fill {
                self.movk(size, dst, half(i), i);
            }
        }
    }

    // ----- integer arithmetic -----

    /// `op rd, rn, rm` (shifted-register form, no shift; 31 is the zero register).
    pub fn add_sub_rrr(&mut self, op: AddSub, size: Size, dst: Reg, a: Reg, b: Reg) {
        self.word(0x0b00_0000 | add_sub_bits(op) | size.sf() | rm(b) | rn(a) | rd(dst));
    }

    /// `op rd, rn, #imm` (31 is sp for `rn`, and for `rd` unless `op` sets flags).
    pub fn add_sub_imm(&mut self, op: AddSub, size: Size, dst: Reg, a: Reg, imm: Imm12) {
        self.word(0x1100_0000 | add_sub_bits(op) | size.sf() | imm.fields() | rn(a) | rd(dst));
    }

    /// `op sp, sp, xm` with `xm` zero-extended (`uxtx`): sp arithmetic by a register.
    pub fn add_sub_sp_reg(&mut self, op: AddSub, src: Reg) {
        self.word(0x8b20_6000 | add_sub_bits(op) | rm(src) | rn(31) | rd(31));
    }

    /// `op rd, rn, rm` for the bitwise group.
    pub fn logic_rrr(&mut self, op: Logic, size: Size, dst: Reg, a: Reg, b: Reg) {
        self.word(0x0a00_0000 | logic_bits(op) | size.sf() | rm(b) | rn(a) | rd(dst));
    }

    /// `op rd, rn, #bitmask`.
    pub fn logic_imm(&mut self, op: Logic, size: Size, dst: Reg, a: Reg, imm: LogicalImm) {
        self.word(0x1200_0000 | logic_bits(op) | size.sf() | imm.fields() | rn(a) | rd(dst));
    }

    /// `madd rd, rn, rm, ra`: rd = ra + rn * rm (`mul` when ra is zr).
    pub fn madd(&mut self, size: Size, dst: Reg, a: Reg, b: Reg, addend: Reg) {
        self.word(0x1b00_0000 | size.sf() | rm(b) | (u32::from(addend) << 10) | rn(a) | rd(dst));
    }

    /// `msub rd, rn, rm, ra`: rd = ra - rn * rm.
    pub fn msub(&mut self, size: Size, dst: Reg, a: Reg, b: Reg, minuend: Reg) {
        self.word(0x1b00_8000 | size.sf() | rm(b) | (u32::from(minuend) << 10) | rn(a) | rd(dst));
    }

    /// `sdiv`/`udiv rd, rn, rm` (division by zero gives zero; no trap).
    pub fn div(&mut self, signed: bool, size: Size, dst: Reg, a: Reg, b: Reg) {
        let op = if signed { 0x0c00 } else { 0x0800 };
        self.word(0x1ac0_0000 | op | size.sf() | rm(b) | rn(a) | rd(dst));
    }

    /// `lslv`/`lsrv`/`asrv`/`rorv rd, rn, rm` (the amount is taken modulo the width).
    pub fn shift_rrr(&mut self, op: Shift, size: Size, dst: Reg, a: Reg, amount: Reg) {
        let bits = match op {
            Shift::Lsl => 0x2000,
            Shift::Lsr => 0x2400,
            Shift::Asr => 0x2800,
            Shift::Ror => 0x2c00,
        };
        self.word(0x1ac0_0000 | bits | size.sf() | rm(amount) | rn(a) | rd(dst));
    }

    /// A shift or rotate by a constant (taken modulo the width):
    /// `ubfm`/`sbfm`/`extr` under their `lsl`/`lsr`/`asr`/`ror` aliases.
    pub fn shift_imm(&mut self, op: Shift, size: Size, dst: Reg, a: Reg, amount: u8) {
        let width = size.bits();
        let s = u32::from(amount) % width;
        let n = if size == Size::S64 { 1 << 22 } else { 0 };
        let word = match op {
            Shift::Lsl => 0x5300_0000 | (((width - s) % width) << 16) | ((width - 1 - s) << 10),
            Shift::Lsr => 0x5300_0000 | (s << 16) | ((width - 1) << 10),
            Shift::Asr => 0x1300_0000 | (s << 16) | ((width - 1) << 10),
            Shift::Ror => 0x1380_0000 | rm(a) | (s << 10),
        };
        self.word(word | size.sf() | n | rn(a) | rd(dst));
    }

    /// `clz rd, rn`.
    pub fn clz(&mut self, size: Size, dst: Reg, src: Reg) {
        self.word(0x5ac0_1000 | size.sf() | rn(src) | rd(dst));
    }

    /// `rbit rd, rn` (bit reversal; `rbit` + `clz` counts trailing zeros).
    pub fn rbit(&mut self, size: Size, dst: Reg, src: Reg) {
        self.word(0x5ac0_0000 | size.sf() | rn(src) | rd(dst));
    }

    /// A sign or zero extension of `src`'s low bits into a `size` register.
    pub fn extend(&mut self, op: Extend, size: Size, dst: Reg, src: Reg) {
        let (signed, top) = match op {
            Extend::Sxtb => (true, 7),
            Extend::Sxth => (true, 15),
            Extend::Sxtw => (true, 31),
            Extend::Uxtb => (false, 7),
            Extend::Uxth => (false, 15),
        };
        // Zero extensions always write a w register (clearing the top half).
        let size = if signed { size } else { Size::S32 };
        let n = if size == Size::S64 { 1 << 22 } else { 0 };
        let base = if signed { 0x1300_0000 } else { 0x5300_0000 };
        self.word(base | size.sf() | n | (top << 10) | rn(src) | rd(dst));
    }

    /// `csel rd, rn, rm, cond`: rd = cond ? rn : rm.
    pub fn csel(&mut self, size: Size, dst: Reg, if_true: Reg, if_false: Reg, cond: Cond) {
        let c = u32::from(cond as u8) << 12;
        self.word(0x1a80_0000 | size.sf() | rm(if_false) | c | rn(if_true) | rd(dst));
    }

    /// `cset rd, cond`: rd = cond ? 1 : 0 (`csinc rd, zr, zr, !cond`).
    pub fn cset(&mut self, size: Size, dst: Reg, cond: Cond) {
        let c = u32::from(cond.invert() as u8) << 12;
        self.word(0x1a80_0400 | size.sf() | rm(ZR) | c | rn(ZR) | rd(dst));
    }

    // ----- memory -----

    /// A load or store at `[base, #offset]`; `false` (and nothing emitted)
    /// when the offset fits neither immediate form ([`MemOp::offset_fits`]).
    pub fn mem_imm(&mut self, op: MemOp, reg: Reg, base: Reg, offset: i64) -> bool {
        let scale = op.scale();
        let unsigned = mem_bits(op);
        if offset >= 0 && offset % (1 << scale) == 0 && (offset >> scale) < 4096 {
            let imm = ((offset >> scale) as u32) << 10;
            self.word(unsigned | imm | rn(base) | rd(reg));
            true
        } else if (-256..=255).contains(&offset) {
            // The unscaled form (ldur/stur): bit 24 clear, imm9 at 12..21.
            let imm = ((offset as u32) & 0x1ff) << 12;
            self.word((unsigned & !(1 << 24)) | imm | rn(base) | rd(reg));
            true
        } else {
            false
        }
    }

    /// A load or store at `[base, index]` (the index register unscaled).
    pub fn mem_reg(&mut self, op: MemOp, reg: Reg, base: Reg, index: Reg) {
        let bits = (mem_bits(op) & !(1 << 24)) | (1 << 21) | (0b011 << 13) | (0b10 << 10);
        self.word(bits | rm(index) | rn(base) | rd(reg));
    }

    /// A load or store at `[base, index, uxtw]`: the 32-bit `index`
    /// zero-extended, unscaled.
    pub fn mem_reg_uxtw(&mut self, op: MemOp, reg: Reg, base: Reg, index: Reg) {
        let bits = (mem_bits(op) & !(1 << 24)) | (1 << 21) | (0b010 << 13) | (0b10 << 10);
        self.word(bits | rm(index) | rn(base) | rd(reg));
    }

    /// `add dst, a, index, uxtw` (64-bit; `a` and `dst` may be sp): `a` plus
    /// the 32-bit `index` zero-extended.
    pub fn add_uxtw(&mut self, dst: Reg, a: Reg, index: Reg) {
        self.word(0x8b20_0000 | rm(index) | (0b010 << 13) | rn(a) | rd(dst));
    }

    /// `cmp sp, reg` (64-bit; `subs xzr, sp, reg, uxtx`, the form that
    /// reads sp directly).
    pub fn cmp_sp(&mut self, reg: Reg) {
        self.word(0xeb20_63ff | rm(reg));
    }

    /// `stp rt, rt2, [rn, #offset]!` (64-bit; offset a multiple of 8 in -512..=504).
    pub fn stp_pre(&mut self, a: Reg, b: Reg, base: Reg, offset: i16) {
        self.word(0xa980_0000 | pair_fields(offset) | (u32::from(b) << 10) | rn(base) | rd(a));
    }

    /// `ldp rt, rt2, [rn], #offset` (64-bit; offset a multiple of 8 in -512..=504).
    pub fn ldp_post(&mut self, a: Reg, b: Reg, base: Reg, offset: i16) {
        self.word(0xa8c0_0000 | pair_fields(offset) | (u32::from(b) << 10) | rn(base) | rd(a));
    }

    // ----- control flow -----

    /// `b label`.
    pub fn b(&mut self, label: Label) {
        self.reference(label, Fixup::Imm26, 0x1400_0000);
        self.island_if_due();
    }

    /// `b.cond label`; for a label bound behind out of its ±1 MiB reach,
    /// the inverted condition over a `b label`.
    pub fn b_cond(&mut self, cond: Cond, label: Label) {
        if self.imm19_far_back(label) {
            let skip = self.new_label();
            self.b_cond(cond.invert(), skip);
            self.b(label);
            return self.bind(skip);
        }
        self.reference(label, Fixup::Imm19, 0x5400_0000 | u32::from(cond as u8));
    }

    /// `cbz`/`cbnz rt, label`: branch if `reg` is (not) zero; for a label
    /// bound behind out of reach, the opposite test over a `b label`.
    pub fn cbz(&mut self, nonzero: bool, size: Size, reg: Reg, label: Label) {
        if self.imm19_far_back(label) {
            let skip = self.new_label();
            self.cbz(!nonzero, size, reg, skip);
            self.b(label);
            return self.bind(skip);
        }
        let op = if nonzero { 0x3500_0000 } else { 0x3400_0000 };
        self.reference(label, Fixup::Imm19, op | size.sf() | rd(reg));
    }

    /// Whether `label` is bound behind, out of a 19-bit field's reach.
    fn imm19_far_back(&self, label: Label) -> bool {
        self.buf
            .bound(label)
            .is_some_and(|at| i64::from(self.offset()) - i64::from(at) > 1 << 20)
    }

    /// `adr rd, label`: the label's address.
    pub fn adr(&mut self, dst: Reg, label: Label) {
        self.reference(label, Fixup::Adr, 0x1000_0000 | rd(dst));
    }

    /// `bl` with a zero displacement; returns its offset, for an
    /// `R_AARCH64_CALL26` relocation.
    pub fn bl_reloc(&mut self) -> u32 {
        let at = self.offset();
        self.word(0x9400_0000);
        at
    }

    /// `b` with a zero displacement; returns its offset, for an
    /// `R_AARCH64_JUMP26` relocation.
    pub fn b_reloc(&mut self) -> u32 {
        let at = self.offset();
        self.word(0x1400_0000);
        at
    }

    /// `br rn`.
    pub fn br(&mut self, target: Reg) {
        self.word(0xd61f_0000 | rn(target));
        self.island_if_due();
    }

    /// `blr rn`.
    pub fn blr(&mut self, target: Reg) {
        self.word(0xd63f_0000 | rn(target));
    }

    /// `ret` (through x30).
    pub fn ret(&mut self) {
        self.word(0xd65f_03c0);
        self.island_if_due();
    }

    /// `csdb`, the consumption-of-speculative-data barrier that follows a
    /// Spectre-guarding `csel`.
    pub fn csdb(&mut self) {
        self.word(0xd503_229f);
    }

    /// `nop`.
    pub fn nop(&mut self) {
        self.word(0xd503_201f);
    }

    /// `udf #imm16`, a permanently undefined instruction; returns its offset.
    pub fn udf(&mut self, imm16: u16) -> u32 {
        let at = self.offset();
        self.word(u32::from(imm16));
        at
    }

    // ----- floating point -----

    /// A scalar floating-point operation with two sources.
    pub fn fp_binop(&mut self, op: FpBinOp, size: Size, dst: Reg, a: Reg, b: Reg) {
        let bits = match op {
            FpBinOp::Mul => 0x0800,
            FpBinOp::Div => 0x1800,
            FpBinOp::Add => 0x2800,
            FpBinOp::Sub => 0x3800,
            FpBinOp::Max => 0x4800,
            FpBinOp::Min => 0x5800,
        };
        self.word(0x1e20_0000 | bits | size.ftype() | rm(b) | rn(a) | rd(dst));
    }

    /// A scalar floating-point operation with one source.
    pub fn fp_unop(&mut self, op: FpUnOp, size: Size, dst: Reg, src: Reg) {
        let bits = match op {
            FpUnOp::Mov => 0x0000_4000,
            FpUnOp::Abs => 0x0000_c000,
            FpUnOp::Neg => 0x0001_4000,
            FpUnOp::Sqrt => 0x0001_c000,
            FpUnOp::RoundNearest => 0x0004_4000,
            FpUnOp::Ceil => 0x0004_c000,
            FpUnOp::Floor => 0x0005_4000,
            FpUnOp::Trunc => 0x0005_c000,
        };
        self.word(0x1e20_0000 | bits | size.ftype() | rn(src) | rd(dst));
    }

    /// `fcmp rn, rm`.
    pub fn fcmp(&mut self, size: Size, a: Reg, b: Reg) {
        self.word(0x1e20_2000 | size.ftype() | rm(b) | rn(a));
    }

    /// `fcvt` between f32 and f64: to `to`'s width from the other.
    pub fn fcvt(&mut self, to: Size, dst: Reg, src: Reg) {
        let word = match to {
            Size::S64 => 0x1e22_c000,
            Size::S32 => 0x1e62_4000,
        };
        self.word(word | rn(src) | rd(dst));
    }

    /// `scvtf`/`ucvtf fd, rn`: integer to float.
    pub fn int_to_float(&mut self, signed: bool, int: Size, float: Size, dst: Reg, src: Reg) {
        let op = if signed { 0x1e22_0000 } else { 0x1e23_0000 };
        self.word(op | int.sf() | float.ftype() | rn(src) | rd(dst));
    }

    /// `fcvtzs`/`fcvtzu rd, fn`: float to integer, rounding toward zero and
    /// saturating (NaN gives zero).
    pub fn float_to_int(&mut self, signed: bool, float: Size, int: Size, dst: Reg, src: Reg) {
        let op = if signed { 0x1e38_0000 } else { 0x1e39_0000 };
        self.word(op | int.sf() | float.ftype() | rn(src) | rd(dst));
    }

    /// `fmov rd, fn`: raw bits from a float register (`w` from `s`, `x` from `d`).
    pub fn fmov_to_gpr(&mut self, size: Size, dst: Reg, src: Reg) {
        let word = match size {
            Size::S32 => 0x1e26_0000,
            Size::S64 => 0x9e66_0000,
        };
        self.word(word | rn(src) | rd(dst));
    }

    /// `fmov fd, rn`: raw bits into a float register (`s` from `w`, `d` from `x`).
    pub fn fmov_from_gpr(&mut self, size: Size, dst: Reg, src: Reg) {
        let word = match size {
            Size::S32 => 0x1e27_0000,
            Size::S64 => 0x9e67_0000,
        };
        self.word(word | rn(src) | rd(dst));
    }

    /// `cnt vd.8b, vn.8b`: per-byte population count.
    pub fn cnt_8b(&mut self, dst: Reg, src: Reg) {
        self.word(0x0e20_5800 | rn(src) | rd(dst));
    }

    /// `addv bd, vn.8b`: the sum of eight bytes.
    pub fn addv_8b(&mut self, dst: Reg, src: Reg) {
        self.word(0x0e31_b800 | rn(src) | rd(dst));
    }

    /// `mov vd.16b, vn.16b`: a 128-bit register copy (`orr` with itself).
    pub fn mov_v16b(&mut self, dst: Reg, src: Reg) {
        self.word(0x4ea0_1c00 | rm(src) | rn(src) | rd(dst));
    }

    /// `dup vd.4s, vn.s[0]` (`wide` false) or `dup vd.2d, vn.d[0]`: splats
    /// the low lane.
    pub fn dup_lane0(&mut self, wide: bool, dst: Reg, src: Reg) {
        let imm5 = if wide { 0b01000 } else { 0b00100 };
        self.word(0x4e00_0400 | (imm5 << 16) | rn(src) | rd(dst));
    }

    /// `uxtl vd.2d, vn.2s`: zero-extends the two low 32-bit lanes.
    pub fn uxtl_2d(&mut self, dst: Reg, src: Reg) {
        self.word(0x2f20_a400 | rn(src) | rd(dst));
    }

    /// `ucvtf vd.2d, vn.2d`: unsigned 64-bit lanes to f64.
    pub fn ucvtf_2d(&mut self, dst: Reg, src: Reg) {
        self.word(0x6e61_d800 | rn(src) | rd(dst));
    }
}

fn add_sub_bits(op: AddSub) -> u32 {
    match op {
        AddSub::Add => 0,
        AddSub::Adds => 0x2000_0000,
        AddSub::Sub => 0x4000_0000,
        AddSub::Subs => 0x6000_0000,
    }
}

fn logic_bits(op: Logic) -> u32 {
    match op {
        Logic::And => 0,
        Logic::Orr => 0x2000_0000,
        Logic::Eor => 0x4000_0000,
        Logic::Ands => 0x6000_0000,
    }
}

/// The `hw:imm16` fields of a wide move (a 32-bit move has two halfwords).
fn wide_fields(size: Size, imm16: u16, halfword: u8) -> u32 {
    let hw = u32::from(halfword) % (size.bits() / 16);
    (hw << 21) | (u32::from(imm16) << 5)
}

/// The unsigned-offset encoding of `op`, without offset and registers.
fn mem_bits(op: MemOp) -> u32 {
    use MemOp::*;
    match op {
        Ldr64 => 0xf940_0000,
        Str64 => 0xf900_0000,
        Ldr32 => 0xb940_0000,
        Str32 => 0xb900_0000,
        Ldrh => 0x7940_0000,
        Strh => 0x7900_0000,
        Ldrb => 0x3940_0000,
        Strb => 0x3900_0000,
        Ldrsb64 => 0x3980_0000,
        Ldrsb32 => 0x39c0_0000,
        Ldrsh64 => 0x7980_0000,
        Ldrsh32 => 0x79c0_0000,
        Ldrsw => 0xb980_0000,
        LdrD => 0xfd40_0000,
        StrD => 0xfd00_0000,
        LdrS => 0xbd40_0000,
        StrS => 0xbd00_0000,
        LdrQ => 0x3dc0_0000,
        StrQ => 0x3d80_0000,
    }
}

/// The `imm7` field of a 64-bit pair access.
fn pair_fields(offset: i16) -> u32 {
    (((offset / 8) as u32) & 0x7f) << 15
}

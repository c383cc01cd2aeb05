//! Advanced SIMD (NEON) instructions on whole 128-bit registers: the
//! three-same arithmetic and logic group, and moves of 64-bit lanes to and
//! from general registers.

use crate::encode::{rd, rm, rn};
use crate::{Assembler, Reg};

/// The lane arrangement of a 128-bit vector operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecLanes {
    /// 16 bytes (`.16b`).
    B16,
    /// 8 halfwords (`.8h`).
    H8,
    /// 4 words (`.4s`).
    S4,
    /// 2 doublewords (`.2d`).
    D2,
}

impl VecLanes {
    /// Every arrangement.
    pub const ALL: [VecLanes; 4] = [VecLanes::B16, VecLanes::H8, VecLanes::S4, VecLanes::D2];

    /// The `size` field.
    pub(crate) fn size(self) -> u32 {
        match self {
            VecLanes::B16 => 0,
            VecLanes::H8 => 1,
            VecLanes::S4 => 2,
            VecLanes::D2 => 3,
        }
    }

    /// The arrangement's suffix, as in `v0.16b`.
    pub fn suffix(self) -> &'static str {
        match self {
            VecLanes::B16 => "16b",
            VecLanes::H8 => "8h",
            VecLanes::S4 => "4s",
            VecLanes::D2 => "2d",
        }
    }
}

/// Lane-wise integer operations of the three-same group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecArith {
    /// `add`
    Add,
    /// `sub`
    Sub,
    /// `mul` (not for `.2d`)
    Mul,
    /// `sqadd`: signed saturating add
    Sqadd,
    /// `uqadd`: unsigned saturating add
    Uqadd,
    /// `sqsub`: signed saturating subtract
    Sqsub,
    /// `uqsub`: unsigned saturating subtract
    Uqsub,
    /// `cmeq`: all ones where equal
    Cmeq,
    /// `cmgt`: all ones where signed greater
    Cmgt,
    /// `cmge`: all ones where signed greater or equal
    Cmge,
    /// `cmhi`: all ones where unsigned greater
    Cmhi,
    /// `cmhs`: all ones where unsigned greater or equal
    Cmhs,
    /// `smax` (not for `.2d`)
    Smax,
    /// `smin` (not for `.2d`)
    Smin,
    /// `umax` (not for `.2d`)
    Umax,
    /// `umin` (not for `.2d`)
    Umin,
    /// `urhadd`: unsigned rounding average (not for `.2d`)
    Urhadd,
    /// `sshl`: shift left by the signed low byte of each `b` lane (right
    /// when negative, arithmetic)
    Sshl,
    /// `ushl`: as `sshl`, with logical right shifts
    Ushl,
    /// `sqrdmulh`: signed saturating rounding doubling multiply, high half
    /// (`.8h` and `.4s` only)
    Sqrdmulh,
    /// `addp`: sums of adjacent lanes, `a`'s then `b`'s
    Addp,
    /// `umaxp`: unsigned maximums of adjacent lanes (not for `.2d`)
    Umaxp,
    /// `uminp`: unsigned minimums of adjacent lanes (not for `.2d`)
    Uminp,
}

impl VecArith {
    /// Every operation.
    pub const ALL: [VecArith; 23] = [
        VecArith::Add,
        VecArith::Sub,
        VecArith::Mul,
        VecArith::Sqadd,
        VecArith::Uqadd,
        VecArith::Sqsub,
        VecArith::Uqsub,
        VecArith::Cmeq,
        VecArith::Cmgt,
        VecArith::Cmge,
        VecArith::Cmhi,
        VecArith::Cmhs,
        VecArith::Smax,
        VecArith::Smin,
        VecArith::Umax,
        VecArith::Umin,
        VecArith::Urhadd,
        VecArith::Sshl,
        VecArith::Ushl,
        VecArith::Sqrdmulh,
        VecArith::Addp,
        VecArith::Umaxp,
        VecArith::Uminp,
    ];

    /// `(U, opcode)` of the three-same encoding.
    fn bits(self) -> (u32, u32) {
        match self {
            VecArith::Add => (0, 0b10000),
            VecArith::Sub => (1, 0b10000),
            VecArith::Mul => (0, 0b10011),
            VecArith::Sqadd => (0, 0b00001),
            VecArith::Uqadd => (1, 0b00001),
            VecArith::Sqsub => (0, 0b00101),
            VecArith::Uqsub => (1, 0b00101),
            VecArith::Cmeq => (1, 0b10001),
            VecArith::Cmgt => (0, 0b00110),
            VecArith::Cmge => (0, 0b00111),
            VecArith::Cmhi => (1, 0b00110),
            VecArith::Cmhs => (1, 0b00111),
            VecArith::Smax => (0, 0b01100),
            VecArith::Smin => (0, 0b01101),
            VecArith::Umax => (1, 0b01100),
            VecArith::Umin => (1, 0b01101),
            VecArith::Urhadd => (1, 0b00010),
            VecArith::Sshl => (0, 0b01000),
            VecArith::Ushl => (1, 0b01000),
            VecArith::Sqrdmulh => (1, 0b10110),
            VecArith::Addp => (0, 0b10111),
            VecArith::Umaxp => (1, 0b10100),
            VecArith::Uminp => (1, 0b10101),
        }
    }

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecArith::Add => "add",
            VecArith::Sub => "sub",
            VecArith::Mul => "mul",
            VecArith::Sqadd => "sqadd",
            VecArith::Uqadd => "uqadd",
            VecArith::Sqsub => "sqsub",
            VecArith::Uqsub => "uqsub",
            VecArith::Cmeq => "cmeq",
            VecArith::Cmgt => "cmgt",
            VecArith::Cmge => "cmge",
            VecArith::Cmhi => "cmhi",
            VecArith::Cmhs => "cmhs",
            VecArith::Smax => "smax",
            VecArith::Smin => "smin",
            VecArith::Umax => "umax",
            VecArith::Umin => "umin",
            VecArith::Urhadd => "urhadd",
            VecArith::Sshl => "sshl",
            VecArith::Ushl => "ushl",
            VecArith::Sqrdmulh => "sqrdmulh",
            VecArith::Addp => "addp",
            VecArith::Umaxp => "umaxp",
            VecArith::Uminp => "uminp",
        }
    }

    /// Whether the instruction exists for `lanes` (`mul`, the minimums,
    /// maximums and `urhadd` have no `.2d`, `sqrdmulh` only `.8h` and
    /// `.4s`).
    pub fn supports(self, lanes: VecLanes) -> bool {
        use VecArith::*;
        match self {
            Mul | Smax | Smin | Umax | Umin | Urhadd | Umaxp | Uminp => lanes != VecLanes::D2,
            Sqrdmulh => matches!(lanes, VecLanes::H8 | VecLanes::S4),
            _ => true,
        }
    }
}

/// Bitwise operations on all 128 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecLogic {
    /// `and`
    And,
    /// `bic`: `a & !b`
    Bic,
    /// `orr`
    Orr,
    /// `eor`
    Eor,
    /// `bsl`: `a` where `dst`'s bits are set, else `b`
    Bsl,
    /// `bit`: `a`'s bits into `dst` where `b`'s are set
    Bit,
    /// `bif`: `a`'s bits into `dst` where `b`'s are clear
    Bif,
}

impl VecLogic {
    /// Every operation.
    pub const ALL: [VecLogic; 7] = [
        VecLogic::And,
        VecLogic::Bic,
        VecLogic::Orr,
        VecLogic::Eor,
        VecLogic::Bsl,
        VecLogic::Bit,
        VecLogic::Bif,
    ];

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecLogic::And => "and",
            VecLogic::Bic => "bic",
            VecLogic::Orr => "orr",
            VecLogic::Eor => "eor",
            VecLogic::Bsl => "bsl",
            VecLogic::Bit => "bit",
            VecLogic::Bif => "bif",
        }
    }
}

/// Lane-wise float operations of the three-same group, on `.4s` or `.2d`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecFloat {
    /// `fadd`
    Fadd,
    /// `fsub`
    Fsub,
    /// `fmul`
    Fmul,
    /// `fdiv`
    Fdiv,
    /// `fcmeq`: all ones where equal (false on NaN)
    Fcmeq,
    /// `fcmge`: all ones where greater or equal (false on NaN)
    Fcmge,
    /// `fcmgt`: all ones where greater (false on NaN)
    Fcmgt,
    /// `fmin`: the lesser, NaN if either is, `-0` below `+0`
    Fmin,
    /// `fmax`: the greater, NaN if either is, `+0` above `-0`
    Fmax,
    /// `fmla`: `dst + a * b`, fused
    Fmla,
    /// `fmls`: `dst - a * b`, fused
    Fmls,
}

impl VecFloat {
    /// Every operation.
    pub const ALL: [VecFloat; 11] = [
        VecFloat::Fadd,
        VecFloat::Fsub,
        VecFloat::Fmul,
        VecFloat::Fdiv,
        VecFloat::Fcmeq,
        VecFloat::Fcmge,
        VecFloat::Fcmgt,
        VecFloat::Fmin,
        VecFloat::Fmax,
        VecFloat::Fmla,
        VecFloat::Fmls,
    ];

    /// `(U, bit 23, opcode)` of the three-same encoding.
    fn bits(self) -> (u32, u32, u32) {
        match self {
            VecFloat::Fadd => (0, 0, 0b11010),
            VecFloat::Fsub => (0, 1, 0b11010),
            VecFloat::Fmul => (1, 0, 0b11011),
            VecFloat::Fdiv => (1, 0, 0b11111),
            VecFloat::Fcmeq => (0, 0, 0b11100),
            VecFloat::Fcmge => (1, 0, 0b11100),
            VecFloat::Fcmgt => (1, 1, 0b11100),
            VecFloat::Fmin => (0, 1, 0b11110),
            VecFloat::Fmax => (0, 0, 0b11110),
            VecFloat::Fmla => (0, 0, 0b11001),
            VecFloat::Fmls => (0, 1, 0b11001),
        }
    }

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecFloat::Fadd => "fadd",
            VecFloat::Fsub => "fsub",
            VecFloat::Fmul => "fmul",
            VecFloat::Fdiv => "fdiv",
            VecFloat::Fcmeq => "fcmeq",
            VecFloat::Fcmge => "fcmge",
            VecFloat::Fcmgt => "fcmgt",
            VecFloat::Fmin => "fmin",
            VecFloat::Fmax => "fmax",
            VecFloat::Fmla => "fmla",
            VecFloat::Fmls => "fmls",
        }
    }
}

/// Lane-wise one-operand float operations (two-register miscellaneous),
/// conversions between float and integer lanes of one width included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecFloatUnary {
    /// `fsqrt`
    Fsqrt,
    /// `fneg`
    Fneg,
    /// `fabs`
    Fabs,
    /// `frintn`: round to nearest, ties to even
    Frintn,
    /// `frintp`: round towards +infinity
    Frintp,
    /// `frintm`: round towards -infinity
    Frintm,
    /// `frintz`: round towards zero
    Frintz,
    /// `fcvtzs`: to signed integer lanes, towards zero, saturating (NaN to 0)
    Fcvtzs,
    /// `fcvtzu`: to unsigned integer lanes, towards zero, saturating (NaN to 0)
    Fcvtzu,
    /// `scvtf`: from signed integer lanes
    Scvtf,
    /// `ucvtf`: from unsigned integer lanes
    Ucvtf,
}

impl VecFloatUnary {
    /// Every operation.
    pub const ALL: [VecFloatUnary; 11] = [
        VecFloatUnary::Fsqrt,
        VecFloatUnary::Fneg,
        VecFloatUnary::Fabs,
        VecFloatUnary::Frintn,
        VecFloatUnary::Frintp,
        VecFloatUnary::Frintm,
        VecFloatUnary::Frintz,
        VecFloatUnary::Fcvtzs,
        VecFloatUnary::Fcvtzu,
        VecFloatUnary::Scvtf,
        VecFloatUnary::Ucvtf,
    ];

    /// `(U, bit 23, opcode)` of the two-register miscellaneous encoding.
    fn bits(self) -> (u32, u32, u32) {
        match self {
            VecFloatUnary::Fsqrt => (1, 1, 0b11111),
            VecFloatUnary::Fneg => (1, 1, 0b01111),
            VecFloatUnary::Fabs => (0, 1, 0b01111),
            VecFloatUnary::Frintn => (0, 0, 0b11000),
            VecFloatUnary::Frintp => (0, 1, 0b11000),
            VecFloatUnary::Frintm => (0, 0, 0b11001),
            VecFloatUnary::Frintz => (0, 1, 0b11001),
            VecFloatUnary::Fcvtzs => (0, 1, 0b11011),
            VecFloatUnary::Fcvtzu => (1, 1, 0b11011),
            VecFloatUnary::Scvtf => (0, 0, 0b11101),
            VecFloatUnary::Ucvtf => (1, 0, 0b11101),
        }
    }

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecFloatUnary::Fsqrt => "fsqrt",
            VecFloatUnary::Fneg => "fneg",
            VecFloatUnary::Fabs => "fabs",
            VecFloatUnary::Frintn => "frintn",
            VecFloatUnary::Frintp => "frintp",
            VecFloatUnary::Frintm => "frintm",
            VecFloatUnary::Frintz => "frintz",
            VecFloatUnary::Fcvtzs => "fcvtzs",
            VecFloatUnary::Fcvtzu => "fcvtzu",
            VecFloatUnary::Scvtf => "scvtf",
            VecFloatUnary::Ucvtf => "ucvtf",
        }
    }
}

/// The three-same group: `0 1 U 01110 size 1 Rm opcode 1 Rn Rd`.
pub(crate) fn three_same(u: u32, size: u32, opcode: u32, dst: Reg, a: Reg, b: Reg) -> u32 {
    0x4e20_0400 | (u << 29) | (size << 22) | rm(b) | (opcode << 11) | rn(a) | rd(dst)
}

/// The `imm5` field naming lane `index` (taken modulo the lane count) of
/// arrangement `lanes`.
fn imm5(lanes: VecLanes, index: u8) -> u32 {
    let i = u32::from(index);
    match lanes {
        VecLanes::B16 => ((i & 15) << 1) | 1,
        VecLanes::H8 => ((i & 7) << 2) | 2,
        VecLanes::S4 => ((i & 3) << 3) | 4,
        VecLanes::D2 => ((i & 1) << 4) | 8,
    }
}

/// The two-register miscellaneous group: `0 1 U 01110 size 10000 opcode 10 Rn Rd`.
pub(crate) fn two_reg_misc(u: u32, size: u32, opcode: u32, dst: Reg, src: Reg) -> u32 {
    0x4e20_0800 | (u << 29) | (size << 22) | (opcode << 12) | rn(src) | rd(dst)
}

impl Assembler {
    /// `op vd.T, vn.T, vm.T` for arrangement `lanes`. Returns false, emitting
    /// nothing, when the instruction does not exist for `lanes`.
    pub fn vec_arith(&mut self, op: VecArith, lanes: VecLanes, dst: Reg, a: Reg, b: Reg) -> bool {
        if !op.supports(lanes) {
            return false;
        }
        let (u, opcode) = op.bits();
        self.word(three_same(u, lanes.size(), opcode, dst, a, b));
        true
    }

    /// `op vd.16b, vn.16b, vm.16b`.
    pub fn vec_logic(&mut self, op: VecLogic, dst: Reg, a: Reg, b: Reg) {
        let (u, size) = match op {
            VecLogic::And => (0, 0),
            VecLogic::Bic => (0, 1),
            VecLogic::Orr => (0, 2),
            VecLogic::Eor => (1, 0),
            VecLogic::Bsl => (1, 1),
            VecLogic::Bit => (1, 2),
            VecLogic::Bif => (1, 3),
        };
        self.word(three_same(u, size, 0b00011, dst, a, b));
    }

    /// `op vd.T, vn.T, vm.T` on floats: `.2d` when `double`, else `.4s`.
    pub fn vec_float(&mut self, op: VecFloat, double: bool, dst: Reg, a: Reg, b: Reg) {
        let (u, high, opcode) = op.bits();
        let size = (high << 1) | u32::from(double);
        self.word(three_same(u, size, opcode, dst, a, b));
    }

    /// `op vd.T, vn.T` on floats: `.2d` when `double`, else `.4s`.
    pub fn vec_float_unary(&mut self, op: VecFloatUnary, double: bool, dst: Reg, src: Reg) {
        let (u, high, opcode) = op.bits();
        let size = (high << 1) | u32::from(double);
        self.word(two_reg_misc(u, size, opcode, dst, src));
    }

    /// `abs vd.T, vn.T`: lane-wise integer absolute value.
    pub fn vec_abs(&mut self, lanes: VecLanes, dst: Reg, src: Reg) {
        self.word(two_reg_misc(0, lanes.size(), 0b01011, dst, src));
    }

    /// `cnt vd.16b, vn.16b`: per-byte population count.
    pub fn cnt_16b(&mut self, dst: Reg, src: Reg) {
        self.word(two_reg_misc(0, 0, 0b00101, dst, src));
    }

    /// `mvn vd.16b, vn.16b`: every bit inverted.
    pub fn vec_not(&mut self, dst: Reg, src: Reg) {
        self.word(two_reg_misc(1, 0, 0b00101, dst, src));
    }

    /// `dup vd.T, wn` (`xn` for `.2d`): a general register in every lane.
    pub fn dup_gpr(&mut self, lanes: VecLanes, dst: Reg, src: Reg) {
        self.word(0x4e00_0c00 | (imm5(lanes, 0) << 16) | rn(src) | rd(dst));
    }

    /// `umov wd, vn.T[index]` (`xd` for `.2d`): one lane, zero-extended.
    pub fn umov(&mut self, lanes: VecLanes, dst: Reg, src: Reg, index: u8) {
        let q = u32::from(lanes == VecLanes::D2) << 30;
        self.word(0x0e00_3c00 | q | (imm5(lanes, index) << 16) | rn(src) | rd(dst));
    }

    /// `smov wd, vn.T[index]` for byte or halfword lanes: one lane,
    /// sign-extended to 32 bits. Returns false for other lanes.
    pub fn smov_w(&mut self, lanes: VecLanes, dst: Reg, src: Reg, index: u8) -> bool {
        if !matches!(lanes, VecLanes::B16 | VecLanes::H8) {
            return false;
        }
        self.word(0x0e00_2c00 | (imm5(lanes, index) << 16) | rn(src) | rd(dst));
        true
    }

    /// `mov sd, vn.s[index]` or `mov dd, vn.d[index]` (`dup`, scalar): one
    /// float lane into the low lane of `dst`.
    pub fn dup_scalar(&mut self, double: bool, dst: Reg, src: Reg, index: u8) {
        let lanes = if double { VecLanes::D2 } else { VecLanes::S4 };
        self.word(0x5e00_0400 | (imm5(lanes, index) << 16) | rn(src) | rd(dst));
    }

    /// `mov vd.T[index], wn` (`xn` for `.2d`; `ins`): writes one lane.
    pub fn ins_gpr(&mut self, lanes: VecLanes, dst: Reg, index: u8, src: Reg) {
        self.word(0x4e00_1c00 | (imm5(lanes, index) << 16) | rn(src) | rd(dst));
    }

    /// `mov vd.T[index], vn.T[0]` (`ins`, element): writes one lane from the
    /// low lane of another vector register.
    pub fn ins_elem(&mut self, lanes: VecLanes, dst: Reg, index: u8, src: Reg) {
        self.word(0x6e00_0400 | (imm5(lanes, index) << 16) | rn(src) | rd(dst));
    }

    /// `mov vd.d[lane], xn` (`ins`): writes one 64-bit lane.
    pub fn ins_d(&mut self, dst: Reg, lane: u8, src: Reg) {
        self.word(0x4e08_1c00 | (u32::from(lane & 1) << 20) | rn(src) | rd(dst));
    }

    /// `mov xd, vn.d[lane]` (`umov`): reads one 64-bit lane.
    pub fn umov_d(&mut self, dst: Reg, src: Reg, lane: u8) {
        self.word(0x4e08_3c00 | (u32::from(lane & 1) << 20) | rn(src) | rd(dst));
    }
}

//! How the forms spell the instructions they intend, as llvm-mc source: the
//! register and operand names the form table's spellings use, and the
//! spellings too long (or with too many cases) to write in the table.
//! Where A64 has two encodings of one spelling (scaled and unscaled
//! offsets, aliases), the spelling leaves the choice to llvm-mc, so a
//! different choice by the assembler shows up as a mismatch.

use super::draw::{ExtendForm, LogicImmForm, MemImmForm, MemRegForm, VecArithForm};
use crate::{AddSub, Cond, Extend, FpBinOp, FpUnOp, Logic, MemOp, Reg, Shift, Size, VecLanes};

/// Whether `op` moves a floating-point/vector register.
pub(super) fn is_vector(op: MemOp) -> bool {
    use MemOp::*;
    matches!(op, LdrD | LdrS | LdrQ | StrD | StrS | StrQ)
}

/// The general-register width that holds one lane of `lanes`.
pub(super) fn lane_gpr_size(lanes: VecLanes) -> Size {
    if lanes == VecLanes::D2 {
        Size::S64
    } else {
        Size::S32
    }
}

/// Lane `index` of `lanes` (taken within its lane count): `s[3]`.
pub(super) fn lane_element(lanes: VecLanes, index: u8) -> String {
    let (e, i) = match lanes {
        VecLanes::B16 => ("b", index & 15),
        VecLanes::H8 => ("h", index & 7),
        VecLanes::S4 => ("s", index & 3),
        VecLanes::D2 => ("d", index & 1),
    };
    format!("{e}[{i}]")
}

/// The arrangement of a float vector of f64 lanes (`double`) or f32 ones.
pub(super) fn float_lanes(double: bool) -> &'static str {
    if double {
        "2d"
    } else {
        "4s"
    }
}

/// A general register at `size`; 31 is the zero register.
pub(super) fn gp(size: Size, r: Reg) -> String {
    match (size, r) {
        (Size::S64, 31) => "xzr".into(),
        (Size::S32, 31) => "wzr".into(),
        (Size::S64, r) => format!("x{r}"),
        (Size::S32, r) => format!("w{r}"),
    }
}

/// A 64-bit general register; 31 is the zero register.
pub(super) fn x(r: Reg) -> String {
    gp(Size::S64, r)
}

/// A general register at `size`; 31 is the stack pointer.
pub(super) fn gp_sp(size: Size, r: Reg) -> String {
    match (size, r) {
        (Size::S64, 31) => "sp".into(),
        (Size::S32, 31) => "wsp".into(),
        _ => gp(size, r),
    }
}

/// A scalar float register of `size`.
pub(super) fn fp(size: Size, r: Reg) -> String {
    match size {
        Size::S32 => format!("s{r}"),
        Size::S64 => format!("d{r}"),
    }
}

/// A condition's name.
pub(super) fn cc(c: Cond) -> &'static str {
    [
        "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le",
    ][c as usize]
}

/// The offset of a branch's label as llvm-mc disassembles it: a label
/// bound before the branch is the branch itself (0), one bound after it the
/// next instruction (4).
pub(super) fn label_at(backward: bool) -> u32 {
    if backward {
        0
    } else {
        4
    }
}

/// `mov` to or from sp.
pub(super) fn mov_sp(to_sp: bool, reg: Reg) -> String {
    if to_sp {
        format!("mov sp, {}", x(reg))
    } else {
        format!("mov {}, sp", x(reg))
    }
}

/// A wide move: `m rd, #imm16, lsl #shift` (32-bit moves have two halfwords).
pub(super) fn wide_move(m: &str, size: Size, dst: Reg, imm16: u16, halfword: u8) -> String {
    let shift = 16 * (u32::from(halfword) % (size.bits() / 16));
    format!("{m} {}, #{imm16}, lsl #{shift}", gp(size, dst))
}

/// The mnemonic of an add/sub operation.
pub(super) fn add_sub(op: AddSub) -> &'static str {
    match op {
        AddSub::Add => "add",
        AddSub::Adds => "adds",
        AddSub::Sub => "sub",
        AddSub::Subs => "subs",
    }
}

/// `add_sub_imm`: register 31 is sp, but zr as the destination of the
/// flag-setting forms.
pub(super) fn add_sub_imm(op: AddSub, size: Size, dst: Reg, a: Reg, imm: u64) -> String {
    let flags = matches!(op, AddSub::Adds | AddSub::Subs);
    let d = if flags {
        gp(size, dst)
    } else {
        gp_sp(size, dst)
    };
    format!("{} {d}, {}, #{imm}", add_sub(op), gp_sp(size, a))
}

/// The mnemonic of a bitwise operation.
pub(super) fn logic(op: Logic) -> &'static str {
    match op {
        Logic::And => "and",
        Logic::Orr => "orr",
        Logic::Eor => "eor",
        Logic::Ands => "ands",
    }
}

/// `op d, a, b` with three general registers at `size`.
pub(super) fn rrr(m: &str, size: Size, dst: Reg, a: Reg, b: Reg) -> String {
    format!("{m} {}, {}, {}", gp(size, dst), gp(size, a), gp(size, b))
}

/// `op d, a, b, c` with four general registers at `size`.
pub(super) fn rrrr(m: &str, size: Size, dst: Reg, a: Reg, b: Reg, c: Reg) -> String {
    let [d, a, b, c] = [dst, a, b, c].map(|r| gp(size, r));
    format!("{m} {d}, {a}, {b}, {c}")
}

/// The mnemonic of a shift by a register.
pub(super) fn shift_rrr(op: Shift) -> &'static str {
    match op {
        Shift::Lsl => "lslv",
        Shift::Lsr => "lsrv",
        Shift::Asr => "asrv",
        Shift::Ror => "rorv",
    }
}

/// A shift by a constant, taken modulo the width.
pub(super) fn shift_imm(op: Shift, size: Size, dst: Reg, a: Reg, amount: u8) -> String {
    let m = match op {
        Shift::Lsl => "lsl",
        Shift::Lsr => "lsr",
        Shift::Asr => "asr",
        Shift::Ror => "ror",
    };
    let s = u32::from(amount) % size.bits();
    format!("{m} {}, {}, #{s}", gp(size, dst), gp(size, a))
}

/// The mnemonic of a scalar float operation.
pub(super) fn fp_binop(op: FpBinOp) -> &'static str {
    match op {
        FpBinOp::Add => "fadd",
        FpBinOp::Sub => "fsub",
        FpBinOp::Mul => "fmul",
        FpBinOp::Div => "fdiv",
        FpBinOp::Max => "fmax",
        FpBinOp::Min => "fmin",
    }
}

/// The mnemonic of a scalar float unary operation.
pub(super) fn fp_unop(op: FpUnOp) -> &'static str {
    match op {
        FpUnOp::Mov => "fmov",
        FpUnOp::Abs => "fabs",
        FpUnOp::Neg => "fneg",
        FpUnOp::Sqrt => "fsqrt",
        FpUnOp::RoundNearest => "frintn",
        FpUnOp::Ceil => "frintp",
        FpUnOp::Floor => "frintm",
        FpUnOp::Trunc => "frintz",
    }
}

/// `fcvt` to `to` from the other precision.
pub(super) fn fcvt(to: Size, dst: Reg, src: Reg) -> String {
    let from = if to == Size::S64 {
        Size::S32
    } else {
        Size::S64
    };
    format!("fcvt {}, {}", fp(to, dst), fp(from, src))
}

/// `dup` of lane 0: of a `.2d` vector (`wide`) or a `.4s` one.
pub(super) fn dup_lane0(wide: bool, dst: Reg, src: Reg) -> String {
    if wide {
        format!("dup v{dst}.2d, v{src}.d[0]")
    } else {
        format!("dup v{dst}.4s, v{src}.s[0]")
    }
}

/// `mov` of a lane of a `.2d` (`double`) or `.4s` vector to a scalar.
pub(super) fn dup_scalar(double: bool, dst: Reg, src: Reg, index: u8) -> String {
    let (e, i) = if double {
        ("d", index & 1)
    } else {
        ("s", index & 3)
    };
    format!("mov {e}{dst}, v{src}.{e}[{i}]")
}

/// The mnemonic and register of a load or store.
fn mem_operands(op: MemOp, reg: Reg) -> (&'static str, String) {
    use MemOp::*;
    let w = || gp(Size::S32, reg);
    match op {
        Ldr64 => ("ldr", x(reg)),
        Ldr32 => ("ldr", w()),
        Ldrh => ("ldrh", w()),
        Ldrb => ("ldrb", w()),
        Ldrsb64 => ("ldrsb", x(reg)),
        Ldrsb32 => ("ldrsb", w()),
        Ldrsh64 => ("ldrsh", x(reg)),
        Ldrsh32 => ("ldrsh", w()),
        Ldrsw => ("ldrsw", x(reg)),
        Str64 => ("str", x(reg)),
        Str32 => ("str", w()),
        Strh => ("strh", w()),
        Strb => ("strb", w()),
        LdrD => ("ldr", format!("d{reg}")),
        LdrS => ("ldr", format!("s{reg}")),
        LdrQ => ("ldr", format!("q{reg}")),
        StrD => ("str", format!("d{reg}")),
        StrS => ("str", format!("s{reg}")),
        StrQ => ("str", format!("q{reg}")),
    }
}

impl LogicImmForm {
    /// The instruction: register 31 is sp as the destination of
    /// `and`/`orr`/`eor`, zr elsewhere.
    pub(super) fn spell(self) -> String {
        let LogicImmForm {
            op,
            size,
            dst,
            a,
            imm,
        } = self;
        let d = if op == Logic::Ands {
            gp(size, dst)
        } else {
            gp_sp(size, dst)
        };
        format!(
            "{} {d}, {}, #{:#x}",
            logic(op),
            gp(size, a),
            imm.value(size)
        )
    }
}

impl ExtendForm {
    /// The instruction: `sxtw` writes an x register and the zero extensions
    /// a w register, whatever the size.
    pub(super) fn spell(self) -> String {
        let ExtendForm { op, size, dst, src } = self;
        let w = gp(Size::S32, src);
        match op {
            Extend::Sxtb => format!("sxtb {}, {w}", gp(size, dst)),
            Extend::Sxth => format!("sxth {}, {w}", gp(size, dst)),
            Extend::Sxtw => format!("sxtw {}, {w}", x(dst)),
            Extend::Uxtb => format!("uxtb {}, {w}", gp(Size::S32, dst)),
            Extend::Uxth => format!("uxth {}, {w}", gp(Size::S32, dst)),
        }
    }
}

impl MemImmForm {
    /// The instruction.
    pub(super) fn spell(self) -> String {
        let (m, r) = mem_operands(self.op, self.reg);
        let base = gp_sp(Size::S64, self.base);
        format!("{m} {r}, [{base}, #{}]", self.offset)
    }
}

impl MemRegForm {
    /// The instruction.
    pub(super) fn spell(self) -> String {
        let (m, r) = mem_operands(self.op, self.reg);
        let base = gp_sp(Size::S64, self.base);
        format!("{m} {r}, [{base}, {}]", x(self.index))
    }

    /// The instruction with its index zero-extended from 32 bits.
    pub(super) fn spell_uxtw(self) -> String {
        let (m, r) = mem_operands(self.op, self.reg);
        let base = gp_sp(Size::S64, self.base);
        format!("{m} {r}, [{base}, {}, uxtw]", gp(Size::S32, self.index))
    }
}

impl VecArithForm {
    /// The instruction.
    pub(super) fn spell(self) -> String {
        let VecArithForm {
            op,
            lanes,
            dst,
            a,
            b,
        } = self;
        let t = lanes.suffix();
        format!("{} v{dst}.{t}, v{a}.{t}, v{b}.{t}", op.mnemonic())
    }
}

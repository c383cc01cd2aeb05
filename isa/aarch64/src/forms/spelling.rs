//! How each [`Form`] spells the instruction it intends, as llvm-mc source.
//! Where A64 has two encodings of one spelling (scaled and unscaled
//! offsets, aliases), the spelling leaves the choice to llvm-mc, so a
//! different choice by the assembler shows up as a mismatch.

use super::{Form, Intended};
use crate::{AddSub, Cond, Extend, FpBinOp, FpUnOp, Logic, MemOp, Reg, Shift, Size, VecLanes};

/// Whether `op` moves a floating-point/vector register.
pub(super) fn is_vector(op: MemOp) -> bool {
    use MemOp::*;
    matches!(op, LdrD | LdrS | LdrQ | StrD | StrS | StrQ)
}

/// The general-register width that holds one lane of `lanes`.
fn lane_gpr_size(lanes: VecLanes) -> Size {
    if lanes == VecLanes::D2 {
        Size::S64
    } else {
        Size::S32
    }
}

/// The element suffix of `lanes` and `index` within its lane count.
fn element(lanes: VecLanes, index: u8) -> (&'static str, u8) {
    match lanes {
        VecLanes::B16 => ("b", index & 15),
        VecLanes::H8 => ("h", index & 7),
        VecLanes::S4 => ("s", index & 3),
        VecLanes::D2 => ("d", index & 1),
    }
}

/// A general register at `size`; 31 is the zero register.
fn gp(size: Size, r: Reg) -> String {
    match (size, r) {
        (Size::S64, 31) => "xzr".into(),
        (Size::S32, 31) => "wzr".into(),
        (Size::S64, r) => format!("x{r}"),
        (Size::S32, r) => format!("w{r}"),
    }
}

/// A general register at `size`; 31 is the stack pointer.
fn gp_sp(size: Size, r: Reg) -> String {
    match (size, r) {
        (Size::S64, 31) => "sp".into(),
        (Size::S32, 31) => "wsp".into(),
        _ => gp(size, r),
    }
}

/// A scalar float register of `size`.
fn fp(size: Size, r: Reg) -> String {
    match size {
        Size::S32 => format!("s{r}"),
        Size::S64 => format!("d{r}"),
    }
}

fn cond(c: Cond) -> &'static str {
    [
        "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le",
    ][c as usize]
}

/// The mnemonic and register of a load or store.
fn mem_operands(op: MemOp, reg: Reg) -> (&'static str, String) {
    use MemOp::*;
    let x = || gp(Size::S64, reg);
    let w = || gp(Size::S32, reg);
    match op {
        Ldr64 => ("ldr", x()),
        Ldr32 => ("ldr", w()),
        Ldrh => ("ldrh", w()),
        Ldrb => ("ldrb", w()),
        Ldrsb64 => ("ldrsb", x()),
        Ldrsb32 => ("ldrsb", w()),
        Ldrsh64 => ("ldrsh", x()),
        Ldrsh32 => ("ldrsh", w()),
        Ldrsw => ("ldrsw", x()),
        Str64 => ("str", x()),
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

impl Form {
    /// The instruction this form intends.
    pub fn intended(&self) -> Intended {
        use Intended::{Decoded, Source};
        let x = |r: Reg| gp(Size::S64, r);
        // A label bound before the branch is the branch itself (0); one
        // bound after it is the next instruction (4).
        let to = |backward: bool| if backward { 0 } else { 4 };
        Source(match *self {
            Form::MovRr { size, dst, src } => format!("mov {}, {}", gp(size, dst), gp(size, src)),
            Form::MovSp { to_sp: true, reg } => format!("mov sp, {}", x(reg)),
            Form::MovSp { to_sp: false, reg } => format!("mov {}, sp", x(reg)),
            Form::Movz {
                size,
                dst,
                imm16,
                halfword,
            } => wide("movz", size, dst, imm16, halfword),
            Form::Movn {
                size,
                dst,
                imm16,
                halfword,
            } => wide("movn", size, dst, imm16, halfword),
            Form::Movk {
                size,
                dst,
                imm16,
                halfword,
            } => wide("movk", size, dst, imm16, halfword),
            Form::AddSubRrr {
                op,
                size,
                dst,
                a,
                b,
            } => {
                format!(
                    "{} {}, {}, {}",
                    add_sub(op),
                    gp(size, dst),
                    gp(size, a),
                    gp(size, b)
                )
            }
            Form::AddSubImm {
                op,
                size,
                dst,
                a,
                imm,
            } => {
                let flags = matches!(op, AddSub::Adds | AddSub::Subs);
                let d = if flags {
                    gp(size, dst)
                } else {
                    gp_sp(size, dst)
                };
                format!("{} {d}, {}, #{}", add_sub(op), gp_sp(size, a), imm.value())
            }
            Form::AddSubSpReg { op, src } => format!("{} sp, sp, {}, uxtx", add_sub(op), x(src)),
            Form::LogicRrr {
                op,
                size,
                dst,
                a,
                b,
            } => {
                format!(
                    "{} {}, {}, {}",
                    logic(op),
                    gp(size, dst),
                    gp(size, a),
                    gp(size, b)
                )
            }
            Form::LogicImm {
                op,
                size,
                dst,
                a,
                imm,
            } => {
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
            Form::Madd { size, dst, a, b, c } => {
                let [d, a, b, c] = [dst, a, b, c].map(|r| gp(size, r));
                format!("madd {d}, {a}, {b}, {c}")
            }
            Form::Msub { size, dst, a, b, c } => {
                let [d, a, b, c] = [dst, a, b, c].map(|r| gp(size, r));
                format!("msub {d}, {a}, {b}, {c}")
            }
            Form::Div {
                signed,
                size,
                dst,
                a,
                b,
            } => {
                let m = if signed { "sdiv" } else { "udiv" };
                format!("{m} {}, {}, {}", gp(size, dst), gp(size, a), gp(size, b))
            }
            Form::ShiftRrr {
                op,
                size,
                dst,
                a,
                amount,
            } => {
                let m = match op {
                    Shift::Lsl => "lslv",
                    Shift::Lsr => "lsrv",
                    Shift::Asr => "asrv",
                    Shift::Ror => "rorv",
                };
                format!(
                    "{m} {}, {}, {}",
                    gp(size, dst),
                    gp(size, a),
                    gp(size, amount)
                )
            }
            Form::ShiftImm {
                op,
                size,
                dst,
                a,
                amount,
            } => {
                let m = match op {
                    Shift::Lsl => "lsl",
                    Shift::Lsr => "lsr",
                    Shift::Asr => "asr",
                    Shift::Ror => "ror",
                };
                let s = u32::from(amount) % size.bits();
                format!("{m} {}, {}, #{s}", gp(size, dst), gp(size, a))
            }
            Form::Clz { size, dst, src } => format!("clz {}, {}", gp(size, dst), gp(size, src)),
            Form::Rbit { size, dst, src } => format!("rbit {}, {}", gp(size, dst), gp(size, src)),
            Form::Extend { op, size, dst, src } => {
                let w = gp(Size::S32, src);
                match op {
                    Extend::Sxtb => format!("sxtb {}, {w}", gp(size, dst)),
                    Extend::Sxth => format!("sxth {}, {w}", gp(size, dst)),
                    Extend::Sxtw => format!("sxtw {}, {w}", x(dst)),
                    Extend::Uxtb => format!("uxtb {}, {w}", gp(Size::S32, dst)),
                    Extend::Uxth => format!("uxth {}, {w}", gp(Size::S32, dst)),
                }
            }
            Form::Csel {
                size,
                dst,
                t,
                f,
                cond: c,
            } => {
                format!(
                    "csel {}, {}, {}, {}",
                    gp(size, dst),
                    gp(size, t),
                    gp(size, f),
                    cond(c)
                )
            }
            Form::Cset { size, dst, cond: c } => format!("cset {}, {}", gp(size, dst), cond(c)),
            Form::MemImm {
                op,
                reg,
                base,
                offset,
            } => {
                let (m, r) = mem_operands(op, reg);
                format!("{m} {r}, [{}, #{offset}]", gp_sp(Size::S64, base))
            }
            Form::MemReg {
                op,
                reg,
                base,
                index,
            } => {
                let (m, r) = mem_operands(op, reg);
                format!("{m} {r}, [{}, {}]", gp_sp(Size::S64, base), x(index))
            }
            Form::StpPre { a, b, base, offset } => {
                format!(
                    "stp {}, {}, [{}, #{offset}]!",
                    x(a),
                    x(b),
                    gp_sp(Size::S64, base)
                )
            }
            Form::LdpPost { a, b, base, offset } => {
                format!(
                    "ldp {}, {}, [{}], #{offset}",
                    x(a),
                    x(b),
                    gp_sp(Size::S64, base)
                )
            }
            Form::B { backward } => return Decoded(format!("b #{}", to(backward))),
            Form::BCond { cond: c, backward } => {
                return Decoded(format!("b.{} #{}", cond(c), to(backward)))
            }
            Form::Cbz {
                nonzero,
                size,
                reg,
                backward,
            } => {
                let m = if nonzero { "cbnz" } else { "cbz" };
                return Decoded(format!("{m} {}, #{}", gp(size, reg), to(backward)));
            }
            Form::Adr { dst, backward } => {
                return Decoded(format!("adr {}, #{}", x(dst), to(backward)))
            }
            Form::BlReloc => return Decoded("bl #0".into()),
            Form::BReloc => return Decoded("b #0".into()),
            Form::Br { target } => format!("br {}", x(target)),
            Form::Blr { target } => format!("blr {}", x(target)),
            Form::Ret => "ret".into(),
            Form::Udf { imm16 } => format!("udf #{imm16}"),
            Form::FpBinop {
                op,
                size,
                dst,
                a,
                b,
            } => {
                let m = match op {
                    FpBinOp::Add => "fadd",
                    FpBinOp::Sub => "fsub",
                    FpBinOp::Mul => "fmul",
                    FpBinOp::Div => "fdiv",
                    FpBinOp::Max => "fmax",
                    FpBinOp::Min => "fmin",
                };
                format!("{m} {}, {}, {}", fp(size, dst), fp(size, a), fp(size, b))
            }
            Form::FpUnop { op, size, dst, src } => {
                let m = match op {
                    FpUnOp::Mov => "fmov",
                    FpUnOp::Abs => "fabs",
                    FpUnOp::Neg => "fneg",
                    FpUnOp::Sqrt => "fsqrt",
                    FpUnOp::RoundNearest => "frintn",
                    FpUnOp::Ceil => "frintp",
                    FpUnOp::Floor => "frintm",
                    FpUnOp::Trunc => "frintz",
                };
                format!("{m} {}, {}", fp(size, dst), fp(size, src))
            }
            Form::Fcmp { size, a, b } => format!("fcmp {}, {}", fp(size, a), fp(size, b)),
            Form::Fcvt { to, dst, src } => {
                let from = if to == Size::S64 {
                    Size::S32
                } else {
                    Size::S64
                };
                format!("fcvt {}, {}", fp(to, dst), fp(from, src))
            }
            Form::IntToFloat {
                signed,
                int,
                float,
                dst,
                src,
            } => {
                let m = if signed { "scvtf" } else { "ucvtf" };
                format!("{m} {}, {}", fp(float, dst), gp(int, src))
            }
            Form::FloatToInt {
                signed,
                float,
                int,
                dst,
                src,
            } => {
                let m = if signed { "fcvtzs" } else { "fcvtzu" };
                format!("{m} {}, {}", gp(int, dst), fp(float, src))
            }
            Form::FmovToGpr { size, dst, src } => {
                format!("fmov {}, {}", gp(size, dst), fp(size, src))
            }
            Form::FmovFromGpr { size, dst, src } => {
                format!("fmov {}, {}", fp(size, dst), gp(size, src))
            }
            Form::Cnt8b { dst, src } => format!("cnt v{dst}.8b, v{src}.8b"),
            Form::Addv8b { dst, src } => format!("addv b{dst}, v{src}.8b"),
            Form::MovV16b { dst, src } => format!("mov v{dst}.16b, v{src}.16b"),
            Form::DupLane0 {
                wide: true,
                dst,
                src,
            } => format!("dup v{dst}.2d, v{src}.d[0]"),
            Form::DupLane0 {
                wide: false,
                dst,
                src,
            } => format!("dup v{dst}.4s, v{src}.s[0]"),
            Form::Uxtl2d { dst, src } => format!("uxtl v{dst}.2d, v{src}.2s"),
            Form::Ucvtf2d { dst, src } => format!("ucvtf v{dst}.2d, v{src}.2d"),
            Form::VecArith {
                op,
                lanes,
                dst,
                a,
                b,
            } => {
                let t = lanes.suffix();
                format!("{} v{dst}.{t}, v{a}.{t}, v{b}.{t}", op.mnemonic())
            }
            Form::VecLogic { op, dst, a, b } => {
                format!("{} v{dst}.16b, v{a}.16b, v{b}.16b", op.mnemonic())
            }
            Form::VecFloat {
                op,
                double,
                dst,
                a,
                b,
            } => {
                let t = if double { "2d" } else { "4s" };
                format!("{} v{dst}.{t}, v{a}.{t}, v{b}.{t}", op.mnemonic())
            }
            Form::VecFloatUnary {
                op,
                double,
                dst,
                src,
            } => {
                let t = if double { "2d" } else { "4s" };
                format!("{} v{dst}.{t}, v{src}.{t}", op.mnemonic())
            }
            Form::VecNot { dst, src } => format!("mvn v{dst}.16b, v{src}.16b"),
            Form::VecAbs { lanes, dst, src } => {
                let t = lanes.suffix();
                format!("abs v{dst}.{t}, v{src}.{t}")
            }
            Form::Cnt16b { dst, src } => format!("cnt v{dst}.16b, v{src}.16b"),
            Form::DupGpr { lanes, dst, src } => {
                let size = lane_gpr_size(lanes);
                format!("dup v{dst}.{}, {}", lanes.suffix(), gp(size, src))
            }
            Form::Umov {
                lanes,
                dst,
                src,
                index,
            } => {
                let size = lane_gpr_size(lanes);
                let (e, i) = element(lanes, index);
                format!("umov {}, v{src}.{e}[{i}]", gp(size, dst))
            }
            Form::SmovW {
                lanes,
                dst,
                src,
                index,
            } => {
                let (e, i) = element(lanes, index);
                format!("smov {}, v{src}.{e}[{i}]", gp(Size::S32, dst))
            }
            Form::DupScalar {
                double,
                dst,
                src,
                index,
            } => {
                let (e, i) = if double {
                    ("d", index & 1)
                } else {
                    ("s", index & 3)
                };
                format!("mov {e}{dst}, v{src}.{e}[{i}]")
            }
            Form::InsGpr {
                lanes,
                dst,
                index,
                src,
            } => {
                let size = lane_gpr_size(lanes);
                let (e, i) = element(lanes, index);
                format!("mov v{dst}.{e}[{i}], {}", gp(size, src))
            }
            Form::InsElem {
                lanes,
                dst,
                index,
                src,
            } => {
                let (e, i) = element(lanes, index);
                format!("mov v{dst}.{e}[{i}], v{src}.{e}[0]")
            }
            Form::InsD { dst, lane, src } => {
                format!("mov v{dst}.d[{lane}], {}", gp(Size::S64, src))
            }
            Form::UmovD { dst, src, lane } => {
                format!("mov {}, v{src}.d[{lane}]", gp(Size::S64, dst))
            }
            Form::Csdb => "csdb".into(),
            Form::Nop => "nop".into(),
            Form::Neon(ref f) => return f.intended(),
        })
    }
}

/// A wide move: `m rd, #imm16, lsl #shift` (32-bit moves have two halfwords).
fn wide(m: &str, size: Size, dst: Reg, imm16: u16, halfword: u8) -> String {
    let shift = 16 * (u32::from(halfword) % (size.bits() / 16));
    format!("{m} {}, #{imm16}, lsl #{shift}", gp(size, dst))
}

fn add_sub(op: AddSub) -> &'static str {
    match op {
        AddSub::Add => "add",
        AddSub::Adds => "adds",
        AddSub::Sub => "sub",
        AddSub::Subs => "subs",
    }
}

fn logic(op: Logic) -> &'static str {
    match op {
        Logic::And => "and",
        Logic::Orr => "orr",
        Logic::Eor => "eor",
        Logic::Ands => "ands",
    }
}

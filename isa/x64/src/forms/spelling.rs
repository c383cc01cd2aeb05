//! How llvm-mc spells what each [`Form`] intends.

use super::{Form, Intended};
use crate::{Alu, BitCount, Cond, Gpr, Shift, Size, SseOp};

impl Form {
    /// The instructions this form intends, given the `len` bytes it emitted
    /// (which places the labels of branches and jump tables).
    pub fn intended(&self, len: usize) -> Vec<Intended> {
        use Intended::{Decoded, Source};
        let one = |s: String| vec![Source(s)];
        match *self {
            Form::MovRr { size, dst, src } => {
                one(format!("mov {}, {}", r(size, dst), r(size, src)))
            }
            Form::MovRi { size, dst, imm } => one(mov_ri_spelling(size, dst, imm)),
            Form::Load {
                size,
                dst,
                base,
                disp,
            } => one(format!("mov {}, {}", r(size, dst), mem(size, base, disp))),
            Form::LoadZx {
                from: from @ (Size::S8 | Size::S16),
                dst,
                base,
                disp,
            } => one(format!(
                "movzx {}, {}",
                r(Size::S32, dst),
                mem(from, base, disp)
            )),
            Form::LoadZx {
                from,
                dst,
                base,
                disp,
            } => one(format!("mov {}, {}", r(from, dst), mem(from, base, disp))),
            Form::Store {
                size,
                base,
                disp,
                src,
            } => one(format!("mov {}, {}", mem(size, base, disp), r(size, src))),
            Form::StoreImm {
                size,
                base,
                disp,
                imm,
            } => one(format!("mov {}, {imm}", mem(size, base, disp))),
            Form::Lea { dst, base, disp } => {
                one(format!("lea {}, {}", r(Size::S64, dst), addr(base, disp)))
            }
            Form::Push { src } => one(format!("push {}", r(Size::S64, src))),
            Form::Pop { dst } => one(format!("pop {}", r(Size::S64, dst))),
            Form::MovXmmFromGpr { size, dst, src } => {
                one(format!("{} xmm{dst}, {}", movd_or_q(size), r(size, src)))
            }
            Form::MovGprFromXmm { size, dst, src } => {
                one(format!("{} {}, xmm{src}", movd_or_q(size), r(size, dst)))
            }
            Form::LoadXmm128Rip { dst } => one(format!("movdqu xmm{dst}, xmmword ptr [rip]")),
            Form::LoadXmm128 { dst, base, disp } => {
                one(format!("movdqu xmm{dst}, xmmword ptr {}", addr(base, disp)))
            }
            Form::StoreXmm128 { base, disp, src } => {
                one(format!("movdqu xmmword ptr {}, xmm{src}", addr(base, disp)))
            }
            Form::Pshufd { dst, src, order } => one(format!("pshufd xmm{dst}, xmm{src}, {order}")),
            Form::Unpcklps { dst, src } => one(format!("unpcklps xmm{dst}, xmm{src}")),
            Form::Subpd { dst, src } => one(format!("subpd xmm{dst}, xmm{src}")),
            Form::Packed { op, dst, src } => one(format!("{} xmm{dst}, xmm{src}", op.mnemonic())),
            Form::PackedShiftImm { op, dst, imm } => {
                one(format!("{} xmm{dst}, {imm}", op.mnemonic()))
            }
            Form::PackedImm { op, dst, src, imm } => {
                one(format!("{} xmm{dst}, xmm{src}, {imm}", op.mnemonic()))
            }
            Form::MoveMask { op, dst, src } => {
                one(format!("{} {}, xmm{src}", op.mnemonic(), r(Size::S32, dst)))
            }
            Form::Fma { op, dst, b, c } => {
                one(format!("{} xmm{dst}, xmm{b}, xmm{c}", op.mnemonic()))
            }
            Form::Pextrw { dst, src, index } => {
                one(format!("pextrw {}, xmm{src}, {index}", r(Size::S32, dst)))
            }
            Form::Pinsr {
                lane_bytes,
                dst,
                src,
                index,
            } => one(match lane_bytes {
                1 => format!("pinsrb xmm{dst}, {}, {index}", r(Size::S32, src)),
                2 => format!("pinsrw xmm{dst}, {}, {index}", r(Size::S32, src)),
                4 => format!("pinsrd xmm{dst}, {}, {index}", r(Size::S32, src)),
                _ => format!("pinsrq xmm{dst}, {}, {index}", r(Size::S64, src)),
            }),
            Form::Insertps { dst, src, imm } => one(format!("insertps xmm{dst}, xmm{src}, {imm}")),
            Form::PackedFloatCmp {
                double,
                pred,
                dst,
                src,
            } => one(format!(
                "cmpp{} xmm{dst}, xmm{src}, {pred}",
                if double { "d" } else { "s" }
            )),
            Form::Movaps { dst, src } => one(format!("movaps xmm{dst}, xmm{src}")),
            Form::LoadXmm {
                size,
                dst,
                base,
                disp,
            } => one(format!(
                "movs{} xmm{dst}, {}",
                sd(size),
                mem(size, base, disp)
            )),
            Form::StoreXmm {
                size,
                base,
                disp,
                src,
            } => one(format!(
                "movs{} {}, xmm{src}",
                sd(size),
                mem(size, base, disp)
            )),
            Form::LoadSx {
                from,
                to,
                dst,
                base,
                disp,
            } => one(match from {
                Size::S8 | Size::S16 => format!("movsx {}, {}", r(to, dst), mem(from, base, disp)),
                _ => format!(
                    "movsxd {}, {}",
                    r(Size::S64, dst),
                    mem(Size::S32, base, disp)
                ),
            }),
            Form::SseArith { op, size, dst, src } => {
                one(format!("{} xmm{dst}, xmm{src}", sse_mnemonic(op, size)))
            }
            Form::Round {
                size,
                dst,
                src,
                mode,
            } => one(format!("rounds{} xmm{dst}, xmm{src}, {mode}", sd(size))),
            Form::CvtIntToFloat {
                int_size,
                float_size,
                dst,
                src,
            } => one(format!(
                "cvtsi2s{} xmm{dst}, {}",
                sd(float_size),
                r(int_size, src)
            )),
            Form::CvtFloatToInt {
                float_size,
                int_size,
                dst,
                src,
            } => one(format!(
                "cvtts{}2si {}, xmm{src}",
                sd(float_size),
                r(int_size, dst)
            )),
            Form::AluRr { op, size, dst, src } => one(format!(
                "{} {}, {}",
                alu_mnemonic(op),
                r(size, dst),
                r(size, src)
            )),
            Form::AluRi { op, size, dst, imm } => {
                one(format!("{} {}, {imm}", alu_mnemonic(op), r(size, dst)))
            }
            Form::AddMemImm { base, disp, imm } => {
                one(format!("add {}, {imm}", mem(Size::S64, base, disp)))
            }
            Form::CmpMr { base, disp, src } => one(format!(
                "cmp {}, {}",
                mem(Size::S64, base, disp),
                r(Size::S64, src)
            )),
            Form::TestRr { size, a, b } => one(format!("test {}, {}", r(size, a), r(size, b))),
            Form::ImulRr { size, dst, src } => {
                one(format!("imul {}, {}", r(size, dst), r(size, src)))
            }
            Form::ImulRri {
                size,
                dst,
                src,
                imm,
            } => one(format!("imul {}, {}, {imm}", r(size, dst), r(size, src))),
            Form::Neg { size, dst } => one(format!("neg {}", r(size, dst))),
            Form::ShiftCl { op, size, dst } => {
                one(format!("{} {}, cl", shift_mnemonic(op), r(size, dst)))
            }
            Form::ShiftRi { op, size, dst, imm } => {
                let text = format!("{} {}, {imm}", shift_mnemonic(op), r(size, dst));
                // llvm-mc would assemble a shift by 1 as the shorter
                // `D1 /r` form, which it prints without the count.
                if imm == 1 {
                    vec![Decoded(text)]
                } else {
                    vec![Source(text)]
                }
            }
            Form::SignExtendRaxIntoRdx { size } => {
                one(if size == Size::S64 { "cqo" } else { "cdq" }.to_string())
            }
            Form::Div { signed, size, src } => one(format!(
                "{} {}",
                if signed { "idiv" } else { "div" },
                r(size, src)
            )),
            Form::BitCount { op, size, dst, src } => one(format!(
                "{} {}, {}",
                bit_count_mnemonic(op),
                r(size, dst),
                r(size, src)
            )),
            Form::SetccZx { cond, dst } => vec![
                Source(format!("set{} {}", cc(cond), r(Size::S8, dst))),
                Source(format!("movzx {}, {}", r(Size::S32, dst), r(Size::S8, dst))),
            ],
            Form::Cmov {
                cond,
                size,
                dst,
                src,
            } => one(format!(
                "cmov{} {}, {}",
                cc(cond),
                r(size, dst),
                r(size, src)
            )),
            Form::MovsxRr { from, to, dst, src } => one(match from {
                Size::S8 | Size::S16 => format!("movsx {}, {}", r(to, dst), r(from, src)),
                _ => format!("movsxd {}, {}", r(Size::S64, dst), r(Size::S32, src)),
            }),
            Form::Jmp { backward } => {
                vec![Decoded(format!(
                    "jmp {}",
                    if backward { -(len as i64) } else { 0 }
                ))]
            }
            Form::Jcc { cond, backward } => vec![Decoded(format!(
                "j{} {}",
                cc(cond),
                if backward { -(len as i64) } else { 0 }
            ))],
            Form::JmpR { src } => one(format!("jmp {}", r(Size::S64, src))),
            Form::CallRel32 => vec![Decoded("call 0".into())],
            Form::JmpRel32Reloc => vec![Decoded("jmp 0".into())],
            Form::CallR { src } => one(format!("call {}", r(Size::S64, src))),
            Form::Ret { pop: 0 } => one("ret".into()),
            Form::Ret { pop } => one(format!("ret {}", pop as i16)),
            Form::Ud2 => one("ud2".into()),
            Form::SubRspPatchable { imm } => one(format!("sub rsp, {}", imm as i32)),
            Form::JumpTable {
                index,
                tmp,
                targets,
            } => {
                // lea tmp, [rip + table] is 7 bytes; the table's 5-byte
                // entries end the sequence.
                let table = len - 5 * targets as usize;
                let mut v = vec![
                    Decoded(format!("lea {}, [rip + {}]", r(Size::S64, tmp), table - 7)),
                    Source(format!("lea {0}, [{0} + 4*{0}]", r(Size::S64, index))),
                    Source(format!(
                        "add {}, {}",
                        r(Size::S64, tmp),
                        r(Size::S64, index)
                    )),
                    Source(format!("jmp {}", r(Size::S64, tmp))),
                ];
                for i in 0..targets as usize {
                    v.push(Decoded(format!("jmp {}", 5 * (targets as usize - 1 - i))));
                }
                v
            }
            Form::Vex(ref f) => one(f.spelling()),
        }
    }
}

const NAMES64: [&str; 16] = [
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15",
];
pub(super) const NAMES32: [&str; 16] = [
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d",
    "r13d", "r14d", "r15d",
];
const NAMES16: [&str; 16] = [
    "ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w",
    "r14w", "r15w",
];
const NAMES8: [&str; 16] = [
    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b",
    "r13b", "r14b", "r15b",
];

/// The name of general-purpose register `reg` at width `size`.
fn r(size: Size, reg: Gpr) -> &'static str {
    let names = match size {
        Size::S8 => &NAMES8,
        Size::S16 => &NAMES16,
        Size::S32 => &NAMES32,
        Size::S64 => &NAMES64,
    };
    names[reg as usize & 15]
}

/// `[base + disp]`.
fn addr(base: Gpr, disp: i32) -> String {
    let sign = if disp < 0 { '-' } else { '+' };
    format!("[{} {sign} {}]", r(Size::S64, base), disp.unsigned_abs())
}

/// `<width> ptr [base + disp]`.
fn mem(size: Size, base: Gpr, disp: i32) -> String {
    let width = match size {
        Size::S8 => "byte",
        Size::S16 => "word",
        Size::S32 => "dword",
        Size::S64 => "qword",
    };
    format!("{width} ptr {}", addr(base, disp))
}

fn sd(size: Size) -> &'static str {
    if size == Size::S64 {
        "d"
    } else {
        "s"
    }
}

fn movd_or_q(size: Size) -> &'static str {
    if size == Size::S64 {
        "movq"
    } else {
        "movd"
    }
}

/// What `mov_ri` emits for `imm`: the shortest of `xor`, `mov r32`,
/// sign-extended `mov r64, imm32` and `movabs`.
fn mov_ri_spelling(size: Size, dst: Gpr, imm: i64) -> String {
    let low = if size != Size::S64 || (imm as u64) <= u64::from(u32::MAX) {
        Some(imm as u32)
    } else {
        None
    };
    match low {
        Some(0) => format!("xor {0}, {0}", r(Size::S32, dst)),
        Some(v) => format!("mov {}, {}", r(Size::S32, dst), v as i32),
        None if imm as i32 as i64 == imm => format!("mov {}, {imm}", r(Size::S64, dst)),
        None => format!("movabs {}, {imm}", r(Size::S64, dst)),
    }
}

fn cc(cond: Cond) -> &'static str {
    [
        "o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g",
    ][cond as usize]
}

fn alu_mnemonic(op: Alu) -> &'static str {
    match op {
        Alu::Add => "add",
        Alu::Sub => "sub",
        Alu::And => "and",
        Alu::Or => "or",
        Alu::Xor => "xor",
        Alu::Cmp => "cmp",
    }
}

fn shift_mnemonic(op: Shift) -> &'static str {
    match op {
        Shift::Shl => "shl",
        Shift::Shr => "shr",
        Shift::Sar => "sar",
        Shift::Rol => "rol",
        Shift::Ror => "ror",
    }
}

fn bit_count_mnemonic(op: BitCount) -> &'static str {
    match op {
        BitCount::Lzcnt => "lzcnt",
        BitCount::Tzcnt => "tzcnt",
        BitCount::Popcnt => "popcnt",
        BitCount::Bsr => "bsr",
        BitCount::Bsf => "bsf",
    }
}

fn sse_mnemonic(op: SseOp, size: Size) -> String {
    let s = sd(size);
    match op {
        SseOp::Add => format!("adds{s}"),
        SseOp::Sub => format!("subs{s}"),
        SseOp::Mul => format!("muls{s}"),
        SseOp::Div => format!("divs{s}"),
        SseOp::Sqrt => format!("sqrts{s}"),
        SseOp::Ucomi => format!("ucomis{s}"),
        SseOp::Xorp => "xorps".into(),
        SseOp::Andp => "andps".into(),
        SseOp::Orp => "orps".into(),
        SseOp::Andnp => "andnps".into(),
        SseOp::Min => format!("mins{s}"),
        SseOp::Max => format!("maxs{s}"),
        SseOp::Convert if size == Size::S64 => "cvtss2sd".into(),
        SseOp::Convert => "cvtsd2ss".into(),
    }
}

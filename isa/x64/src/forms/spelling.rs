//! How llvm-mc spells what each form intends: register and memory operand
//! names, mnemonics, and the spellings of the forms whose operands choose
//! between instructions, which the form tables call.

use super::Intended;
use super::{JumpTableRegs, PinsrLane};
use crate::{Alu, BitCount, Cond, Gpr, Shift, Size, SseOp};
use Intended::{Decoded, Source};

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
pub(super) fn r(size: Size, reg: Gpr) -> &'static str {
    let names = match size {
        Size::S8 => &NAMES8,
        Size::S16 => &NAMES16,
        Size::S32 => &NAMES32,
        Size::S64 => &NAMES64,
    };
    names[reg as usize & 15]
}

/// `[base + disp]`.
pub(super) fn addr(base: Gpr, disp: i32) -> String {
    let sign = if disp < 0 { '-' } else { '+' };
    format!("[{} {sign} {}]", r(Size::S64, base), disp.unsigned_abs())
}

/// `<width> ptr [base + disp]`.
pub(super) fn mem(size: Size, base: Gpr, disp: i32) -> String {
    let width = match size {
        Size::S8 => "byte",
        Size::S16 => "word",
        Size::S32 => "dword",
        Size::S64 => "qword",
    };
    format!("{width} ptr {}", addr(base, disp))
}

/// The `s` or `d` suffix of a scalar float operation of `size`.
pub(super) fn sd(size: Size) -> &'static str {
    if size == Size::S64 {
        "d"
    } else {
        "s"
    }
}

/// The move between an xmm and a general register of `size`.
pub(super) fn movd_or_q(size: Size) -> &'static str {
    if size == Size::S64 {
        "movq"
    } else {
        "movd"
    }
}

/// What `mov_ri` emits for `imm`: the shortest of `xor`, `mov r32`,
/// sign-extended `mov r64, imm32` and `movabs`.
pub(super) fn mov_ri(size: Size, dst: Gpr, imm: i64) -> String {
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

/// The condition suffix of `jcc`, `setcc` and `cmovcc`.
pub(super) fn cc(cond: Cond) -> &'static str {
    [
        "o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g",
    ][cond as usize]
}

/// The mnemonic of an `alu_rr`/`alu_ri` operation.
pub(super) fn alu_mnemonic(op: Alu) -> &'static str {
    match op {
        Alu::Add => "add",
        Alu::Sub => "sub",
        Alu::And => "and",
        Alu::Or => "or",
        Alu::Xor => "xor",
        Alu::Cmp => "cmp",
    }
}

/// The mnemonic of a shift or rotate.
pub(super) fn shift_mnemonic(op: Shift) -> &'static str {
    match op {
        Shift::Shl => "shl",
        Shift::Shr => "shr",
        Shift::Sar => "sar",
        Shift::Rol => "rol",
        Shift::Ror => "ror",
    }
}

/// The mnemonic of a bit count or scan.
pub(super) fn bit_count_mnemonic(op: BitCount) -> &'static str {
    match op {
        BitCount::Lzcnt => "lzcnt",
        BitCount::Tzcnt => "tzcnt",
        BitCount::Popcnt => "popcnt",
        BitCount::Bsr => "bsr",
        BitCount::Bsf => "bsf",
    }
}

/// The mnemonic of a scalar (or bitwise `ps`) SSE operation on `size`
/// floats.
pub(super) fn sse_mnemonic(op: SseOp, size: Size) -> String {
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

/// The `s` or `d` of a packed float comparison (`cmpps`, `cmppd`).
pub(super) fn ps_or_pd(double: bool) -> &'static str {
    if double {
        "d"
    } else {
        "s"
    }
}

/// `load_zx`: `movzx` from a byte or word, a plain `mov` otherwise.
pub(super) fn load_zx(from: Size, dst: Gpr, base: Gpr, disp: i32) -> String {
    match from {
        Size::S8 | Size::S16 => format!("movzx {}, {}", r(Size::S32, dst), mem(from, base, disp)),
        _ => format!("mov {}, {}", r(from, dst), mem(from, base, disp)),
    }
}

/// `load_sx`: `movsx` from a byte or word, `movsxd` from a doubleword.
pub(super) fn load_sx(from: Size, to: Size, dst: Gpr, base: Gpr, disp: i32) -> String {
    match from {
        Size::S8 | Size::S16 => format!("movsx {}, {}", r(to, dst), mem(from, base, disp)),
        _ => format!(
            "movsxd {}, {}",
            r(Size::S64, dst),
            mem(Size::S32, base, disp)
        ),
    }
}

/// `movsx_rr`: `movsx` from a byte or word, `movsxd` from a doubleword.
pub(super) fn movsx_rr(from: Size, to: Size, dst: Gpr, src: Gpr) -> String {
    match from {
        Size::S8 | Size::S16 => format!("movsx {}, {}", r(to, dst), r(from, src)),
        _ => format!("movsxd {}, {}", r(Size::S64, dst), r(Size::S32, src)),
    }
}

/// `pinsrb`, `pinsrw`, `pinsrd` or `pinsrq`, by the lane's width.
pub(super) fn pinsr(lane: PinsrLane, dst: u8, src: Gpr) -> String {
    let index = lane.index;
    match lane.bytes {
        1 => format!("pinsrb xmm{dst}, {}, {index}", r(Size::S32, src)),
        2 => format!("pinsrw xmm{dst}, {}, {index}", r(Size::S32, src)),
        4 => format!("pinsrd xmm{dst}, {}, {index}", r(Size::S32, src)),
        _ => format!("pinsrq xmm{dst}, {}, {index}", r(Size::S64, src)),
    }
}

/// `shift_ri`. llvm-mc would assemble a shift by 1 as the shorter `D1 /r`
/// form, which it prints without the count, so that one is spelled as
/// decoded.
pub(super) fn shift_ri(op: Shift, size: Size, dst: Gpr, imm: u8) -> Intended {
    let text = format!("{} {}, {imm}", shift_mnemonic(op), r(size, dst));
    if imm == 1 {
        Decoded(text)
    } else {
        Source(text)
    }
}

/// `sign_extend_rax_into_rdx`: `cqo` or `cdq`.
pub(super) fn sign_extend_rax_into_rdx(size: Size) -> &'static str {
    if size == Size::S64 {
        "cqo"
    } else {
        "cdq"
    }
}

/// `setcc_zx`: the `setcc` and the `movzx` that widens it.
pub(super) fn setcc_zx(cond: Cond, dst: Gpr) -> Vec<Intended> {
    vec![
        Source(format!("set{} {}", cc(cond), r(Size::S8, dst))),
        Source(format!("movzx {}, {}", r(Size::S32, dst), r(Size::S8, dst))),
    ]
}

/// A `len`-byte branch to a label bound right after it, or before it
/// (`backward`), as llvm-mc decodes it.
pub(super) fn branch(mnemonic: &str, backward: bool, len: usize) -> Intended {
    Decoded(format!(
        "{mnemonic} {}",
        if backward { -(len as i64) } else { 0 }
    ))
}

/// `ret`, or `ret pop` when `pop` is nonzero.
pub(super) fn ret(pop: u16) -> String {
    match pop {
        0 => "ret".into(),
        _ => format!("ret {}", pop as i16),
    }
}

/// `jump_table` with `targets` labels all bound right after the
/// `len`-byte sequence.
pub(super) fn jump_table(regs: JumpTableRegs, targets: u8, len: usize) -> Vec<Intended> {
    let JumpTableRegs { index, tmp } = regs;
    // lea tmp, [rip + table] is 7 bytes; the table's 5-byte entries end
    // the sequence.
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

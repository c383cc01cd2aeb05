//! An x86_64 instruction encoder with labels and fixups.
//!
//! This crate knows nothing about WebAssembly. It encodes the instruction forms
//! kindling's x86_64 `MacroAssembler` needs, through `dynasm!` (always with an
//! explicit `.arch x64`) over a `dynasmrt::VecAssembler`, which writes bytes
//! straight into a `Vec<u8>` and resolves label fixups in one linear pass.
//!
//! Registers are plain hardware encodings (`0` = rax/xmm0 … `15` = r15/xmm15).

// `dynasm!` expands dynamic register operands into `.into()` conversions.
#![allow(clippy::useless_conversion)]

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};

pub use dynasmrt::DynamicLabel as Label;
pub use sse::{PackedOp, PackedShift};
pub use sse_imm::{FmaOp, MoveMaskOp, PackedImmOp};
pub use vex::{AvxOp, Encoding, EvexOp, Map, Prefix};

mod sse;
mod sse_imm;
mod vex;

/// A general-purpose register, by hardware encoding (rax = 0 … r15 = 15).
pub type Gpr = u8;

/// The stack pointer's encoding.
pub const RSP: Gpr = 4;
/// The frame pointer's encoding.
pub const RBP: Gpr = 5;

/// Operand width of an integer instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// 8-bit.
    S8,
    /// 16-bit.
    S16,
    /// 32-bit.
    S32,
    /// 64-bit.
    S64,
}

/// Two-operand ALU instructions that share the `op r/m, r` and `op r/m, imm` encodings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alu {
    /// `add`
    Add,
    /// `sub`
    Sub,
    /// `and`
    And,
    /// `or`
    Or,
    /// `xor`
    Xor,
    /// `cmp`
    Cmp,
}

/// Shift and rotate instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// `shl`
    Shl,
    /// `shr` (logical)
    Shr,
    /// `sar` (arithmetic)
    Sar,
    /// `rol`
    Rol,
    /// `ror`
    Ror,
}

/// Scalar SSE instructions of the form `op xmm, xmm`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SseOp {
    /// `addss`/`addsd`
    Add,
    /// `subss`/`subsd`
    Sub,
    /// `mulss`/`mulsd`
    Mul,
    /// `divss`/`divsd`
    Div,
    /// `sqrtss`/`sqrtsd`
    Sqrt,
    /// `ucomiss`/`ucomisd`
    Ucomi,
    /// `xorps`
    Xorp,
    /// `andps`
    Andp,
    /// `orps`
    Orp,
    /// `andnps` (dst = !dst & src)
    Andnp,
    /// `minss`/`minsd`
    Min,
    /// `maxss`/`maxsd`
    Max,
    /// `cvtsd2ss` (size `S32`, to f32) or `cvtss2sd` (size `S64`, to f64)
    Convert,
}

/// Bit-counting instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BitCount {
    /// `lzcnt` (needs LZCNT/ABM)
    Lzcnt,
    /// `tzcnt` (needs BMI1)
    Tzcnt,
    /// `popcnt` (needs POPCNT)
    Popcnt,
    /// `bsr` (baseline; undefined destination for a zero source)
    Bsr,
    /// `bsf` (baseline; undefined destination for a zero source)
    Bsf,
}

/// Condition codes, with their hardware encodings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    /// overflow
    O = 0,
    /// no overflow
    No = 1,
    /// below (unsigned <)
    B = 2,
    /// above or equal (unsigned >=)
    Ae = 3,
    /// equal
    E = 4,
    /// not equal
    Ne = 5,
    /// below or equal (unsigned <=)
    Be = 6,
    /// above (unsigned >)
    A = 7,
    /// sign
    S = 8,
    /// no sign
    Ns = 9,
    /// parity
    P = 10,
    /// no parity
    Np = 11,
    /// less (signed <)
    L = 12,
    /// greater or equal (signed >=)
    Ge = 13,
    /// less or equal (signed <=)
    Le = 14,
    /// greater (signed >)
    G = 15,
}

impl Cond {
    /// The condition that holds exactly when `self` does not.
    pub fn invert(self) -> Cond {
        let code = self as u8 ^ 1;
        ALL_CONDS[code as usize]
    }
}

const ALL_CONDS: [Cond; 16] = [
    Cond::O,
    Cond::No,
    Cond::B,
    Cond::Ae,
    Cond::E,
    Cond::Ne,
    Cond::Be,
    Cond::A,
    Cond::S,
    Cond::Ns,
    Cond::P,
    Cond::Np,
    Cond::L,
    Cond::Ge,
    Cond::Le,
    Cond::G,
];

/// Errors from finishing a function's code.
#[derive(Debug)]
pub struct AsmError(pub String);

impl std::fmt::Display for AsmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "x86_64 assembler: {}", self.0)
    }
}

impl std::error::Error for AsmError {}

/// The x86_64 assembler: an instruction encoder over a reusable byte buffer.
pub struct Assembler {
    ops: VecAssembler<X64Relocation>,
}

impl Default for Assembler {
    fn default() -> Self {
        Self::new()
    }
}

impl Assembler {
    /// Creates an empty assembler.
    pub fn new() -> Self {
        Assembler {
            ops: VecAssembler::new(0),
        }
    }

    /// The current code offset in bytes.
    pub fn offset(&self) -> u32 {
        self.ops.offset().0 as u32
    }

    /// Creates a new, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.ops.new_dynamic_label()
    }

    /// Binds `label` to the current offset.
    pub fn bind(&mut self, label: Label) {
        dynasm!(self.ops ; .arch x64 ; =>label);
    }

    /// Resolves all label fixups and moves the finished bytes into `out`,
    /// keeping this assembler's buffers for the next function.
    pub fn finish_into(&mut self, out: &mut Vec<u8>) -> Result<(), AsmError> {
        out.clear();
        let bytes = self
            .ops
            .drain()
            .map_err(|e| AsmError(format!("unresolved label fixup: {e}")))?;
        out.extend(bytes);
        Ok(())
    }

    /// Discards any unfinished code (after a failed compilation), keeping the
    /// buffers when there is nothing to discard.
    pub fn clear(&mut self) {
        if self.offset() != 0 {
            self.ops = VecAssembler::new(0);
        }
    }

    /// Overwrites the little-endian `u32` at `offset` (for patching immediates).
    pub fn patch_u32(&mut self, offset: u32, value: u32) {
        let mut m = self.ops.alter();
        m.goto(dynasmrt::AssemblyOffset(offset as usize));
        m.extend(value.to_le_bytes().iter().copied());
    }

    /// Appends raw bytes.
    pub fn bytes(&mut self, bytes: &[u8]) {
        self.ops.extend(bytes.iter().copied());
    }

    /// Pads with `nop`s (0x90) to an `align`-byte boundary.
    pub fn align(&mut self, align: u32) {
        while !self.offset().is_multiple_of(align) {
            self.ops.push(0x90);
        }
    }

    // ----- moves -----

    /// `mov dst, src` (32 or 64 bits; a 32-bit move zero-extends).
    pub fn mov_rr(&mut self, size: Size, dst: Gpr, src: Gpr) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; mov Rq(dst), Rq(src)),
            _ => dynasm!(self.ops ; .arch x64 ; mov Rd(dst), Rd(src)),
        }
    }

    /// Materialises `imm` in `dst` with the shortest encoding.
    pub fn mov_ri(&mut self, size: Size, dst: Gpr, imm: i64) {
        match size {
            Size::S64 if imm == 0 || imm as u64 <= u32::MAX as u64 => {
                let v = imm as u32 as i32;
                if v == 0 {
                    dynasm!(self.ops ; .arch x64 ; xor Rd(dst), Rd(dst));
                } else {
                    dynasm!(self.ops ; .arch x64 ; mov Rd(dst), DWORD v);
                }
            }
            Size::S64 if imm as i32 as i64 == imm => {
                dynasm!(self.ops ; .arch x64 ; mov Rq(dst), DWORD imm as i32)
            }
            Size::S64 => dynasm!(self.ops ; .arch x64 ; mov Rq(dst), QWORD imm),
            _ => {
                let v = imm as i32;
                if v == 0 {
                    dynasm!(self.ops ; .arch x64 ; xor Rd(dst), Rd(dst));
                } else {
                    dynasm!(self.ops ; .arch x64 ; mov Rd(dst), DWORD v);
                }
            }
        }
    }

    /// `mov dst, [base + disp]` (32 or 64 bits).
    pub fn load(&mut self, size: Size, dst: Gpr, base: Gpr, disp: i32) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; mov Rq(dst), QWORD [Rq(base) + disp]),
            _ => dynasm!(self.ops ; .arch x64 ; mov Rd(dst), DWORD [Rq(base) + disp]),
        }
    }

    /// Zero-extending load of 8 or 16 bits: `movzx dst, byte/word [base + disp]`.
    pub fn load_zx(&mut self, from: Size, dst: Gpr, base: Gpr, disp: i32) {
        match from {
            Size::S8 => dynasm!(self.ops ; .arch x64 ; movzx Rd(dst), BYTE [Rq(base) + disp]),
            Size::S16 => dynasm!(self.ops ; .arch x64 ; movzx Rd(dst), WORD [Rq(base) + disp]),
            _ => self.load(from, dst, base, disp),
        }
    }

    /// `mov [base + disp], src` (8 to 64 bits).
    pub fn store(&mut self, size: Size, base: Gpr, disp: i32, src: Gpr) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(base) + disp], Rq(src)),
            Size::S32 => dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(base) + disp], Rd(src)),
            Size::S16 => dynasm!(self.ops ; .arch x64 ; mov WORD [Rq(base) + disp], Rw(src)),
            Size::S8 => dynasm!(self.ops ; .arch x64 ; mov BYTE [Rq(base) + disp], Rb(src)),
        }
    }

    /// `mov [base + disp], imm32` (a 64-bit store sign-extends the immediate).
    pub fn store_imm(&mut self, size: Size, base: Gpr, disp: i32, imm: i32) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(base) + disp], DWORD imm),
            _ => dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(base) + disp], DWORD imm),
        }
    }

    /// `lea dst, [base + disp]`.
    pub fn lea(&mut self, dst: Gpr, base: Gpr, disp: i32) {
        dynasm!(self.ops ; .arch x64 ; lea Rq(dst), [Rq(base) + disp]);
    }

    /// `push src`.
    pub fn push(&mut self, src: Gpr) {
        dynasm!(self.ops ; .arch x64 ; push Rq(src));
    }

    /// `pop dst`.
    pub fn pop(&mut self, dst: Gpr) {
        dynasm!(self.ops ; .arch x64 ; pop Rq(dst));
    }

    // ----- SSE moves -----

    /// `movd xmm, r32` (`S32`) or `movq xmm, r64` (`S64`).
    pub fn mov_xmm_from_gpr(&mut self, size: Size, dst: u8, src: Gpr) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; movq Rx(dst), Rq(src)),
            _ => dynasm!(self.ops ; .arch x64 ; movd Rx(dst), Rd(src)),
        }
    }

    /// `movd r32, xmm` (`S32`) or `movq r64, xmm` (`S64`).
    pub fn mov_gpr_from_xmm(&mut self, size: Size, dst: Gpr, src: u8) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; movq Rq(dst), Rx(src)),
            _ => dynasm!(self.ops ; .arch x64 ; movd Rd(dst), Rx(src)),
        }
    }

    /// `movdqu xmm, [base + disp]` (128-bit load).
    pub fn load_xmm128(&mut self, dst: u8, base: Gpr, disp: i32) {
        dynasm!(self.ops ; .arch x64 ; movdqu Rx(dst), [Rq(base) + disp]);
    }

    /// `movdqu [base + disp], xmm` (128-bit store).
    pub fn store_xmm128(&mut self, base: Gpr, disp: i32, src: u8) {
        dynasm!(self.ops ; .arch x64 ; movdqu [Rq(base) + disp], Rx(src));
    }

    /// `pshufd dst, src, order`.
    pub fn pshufd(&mut self, dst: u8, src: u8, order: u8) {
        let order = order as i8;
        dynasm!(self.ops ; .arch x64 ; pshufd Rx(dst), Rx(src), BYTE order);
    }

    /// `unpcklps dst, src` (interleave the low 32-bit lanes).
    pub fn unpcklps(&mut self, dst: u8, src: u8) {
        dynasm!(self.ops ; .arch x64 ; unpcklps Rx(dst), Rx(src));
    }

    /// `subpd dst, src`.
    pub fn subpd(&mut self, dst: u8, src: u8) {
        dynasm!(self.ops ; .arch x64 ; subpd Rx(dst), Rx(src));
    }

    /// `movaps dst, src` (register copy).
    pub fn movaps(&mut self, dst: u8, src: u8) {
        dynasm!(self.ops ; .arch x64 ; movaps Rx(dst), Rx(src));
    }

    /// `movss xmm, [base + disp]` (`S32`) or `movsd` (`S64`).
    pub fn load_xmm(&mut self, size: Size, dst: u8, base: Gpr, disp: i32) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; movsd Rx(dst), QWORD [Rq(base) + disp]),
            _ => dynasm!(self.ops ; .arch x64 ; movss Rx(dst), DWORD [Rq(base) + disp]),
        }
    }

    /// `movss [base + disp], xmm` (`S32`) or `movsd` (`S64`).
    pub fn store_xmm(&mut self, size: Size, base: Gpr, disp: i32, src: u8) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; movsd QWORD [Rq(base) + disp], Rx(src)),
            _ => dynasm!(self.ops ; .arch x64 ; movss DWORD [Rq(base) + disp], Rx(src)),
        }
    }

    /// Sign-extending load: `movsx`/`movsxd dst, [base + disp]` from 8, 16 or
    /// 32 bits into a 32- or 64-bit destination.
    pub fn load_sx(&mut self, from: Size, to: Size, dst: Gpr, base: Gpr, disp: i32) {
        match (from, to) {
            (Size::S8, Size::S64) => {
                dynasm!(self.ops ; .arch x64 ; movsx Rq(dst), BYTE [Rq(base) + disp])
            }
            (Size::S8, _) => dynasm!(self.ops ; .arch x64 ; movsx Rd(dst), BYTE [Rq(base) + disp]),
            (Size::S16, Size::S64) => {
                dynasm!(self.ops ; .arch x64 ; movsx Rq(dst), WORD [Rq(base) + disp])
            }
            (Size::S16, _) => dynasm!(self.ops ; .arch x64 ; movsx Rd(dst), WORD [Rq(base) + disp]),
            (_, _) => dynasm!(self.ops ; .arch x64 ; movsxd Rq(dst), DWORD [Rq(base) + disp]),
        }
    }

    /// Scalar SSE arithmetic `op dst, src` on f32 (`S32`) or f64 (`S64`).
    pub fn sse_arith(&mut self, op: SseOp, size: Size, dst: u8, src: u8) {
        let double = size == Size::S64;
        match (op, double) {
            (SseOp::Add, false) => dynasm!(self.ops ; .arch x64 ; addss Rx(dst), Rx(src)),
            (SseOp::Add, true) => dynasm!(self.ops ; .arch x64 ; addsd Rx(dst), Rx(src)),
            (SseOp::Sub, false) => dynasm!(self.ops ; .arch x64 ; subss Rx(dst), Rx(src)),
            (SseOp::Sub, true) => dynasm!(self.ops ; .arch x64 ; subsd Rx(dst), Rx(src)),
            (SseOp::Mul, false) => dynasm!(self.ops ; .arch x64 ; mulss Rx(dst), Rx(src)),
            (SseOp::Mul, true) => dynasm!(self.ops ; .arch x64 ; mulsd Rx(dst), Rx(src)),
            (SseOp::Div, false) => dynasm!(self.ops ; .arch x64 ; divss Rx(dst), Rx(src)),
            (SseOp::Div, true) => dynasm!(self.ops ; .arch x64 ; divsd Rx(dst), Rx(src)),
            (SseOp::Sqrt, false) => dynasm!(self.ops ; .arch x64 ; sqrtss Rx(dst), Rx(src)),
            (SseOp::Sqrt, true) => dynasm!(self.ops ; .arch x64 ; sqrtsd Rx(dst), Rx(src)),
            (SseOp::Ucomi, false) => dynasm!(self.ops ; .arch x64 ; ucomiss Rx(dst), Rx(src)),
            (SseOp::Ucomi, true) => dynasm!(self.ops ; .arch x64 ; ucomisd Rx(dst), Rx(src)),
            (SseOp::Xorp, _) => dynasm!(self.ops ; .arch x64 ; xorps Rx(dst), Rx(src)),
            (SseOp::Andp, _) => dynasm!(self.ops ; .arch x64 ; andps Rx(dst), Rx(src)),
            (SseOp::Orp, _) => dynasm!(self.ops ; .arch x64 ; orps Rx(dst), Rx(src)),
            (SseOp::Andnp, _) => dynasm!(self.ops ; .arch x64 ; andnps Rx(dst), Rx(src)),
            (SseOp::Min, false) => dynasm!(self.ops ; .arch x64 ; minss Rx(dst), Rx(src)),
            (SseOp::Min, true) => dynasm!(self.ops ; .arch x64 ; minsd Rx(dst), Rx(src)),
            (SseOp::Max, false) => dynasm!(self.ops ; .arch x64 ; maxss Rx(dst), Rx(src)),
            (SseOp::Max, true) => dynasm!(self.ops ; .arch x64 ; maxsd Rx(dst), Rx(src)),
            (SseOp::Convert, false) => dynasm!(self.ops ; .arch x64 ; cvtsd2ss Rx(dst), Rx(src)),
            (SseOp::Convert, true) => dynasm!(self.ops ; .arch x64 ; cvtss2sd Rx(dst), Rx(src)),
        }
    }

    /// SSE4.1 `roundss`/`roundsd dst, src, mode` (0 nearest, 1 floor, 2 ceil, 3 trunc).
    pub fn round(&mut self, size: Size, dst: u8, src: u8, mode: u8) {
        let mode = mode as i8;
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; roundsd Rx(dst), Rx(src), BYTE mode),
            _ => dynasm!(self.ops ; .arch x64 ; roundss Rx(dst), Rx(src), BYTE mode),
        }
    }

    /// `cvtsi2ss`/`cvtsi2sd dst, src` from a signed 32- or 64-bit integer.
    pub fn cvt_int_to_float(&mut self, int_size: Size, float_size: Size, dst: u8, src: Gpr) {
        match (int_size == Size::S64, float_size == Size::S64) {
            (false, false) => dynasm!(self.ops ; .arch x64 ; cvtsi2ss Rx(dst), Rd(src)),
            (false, true) => dynasm!(self.ops ; .arch x64 ; cvtsi2sd Rx(dst), Rd(src)),
            (true, false) => dynasm!(self.ops ; .arch x64 ; cvtsi2ss Rx(dst), Rq(src)),
            (true, true) => dynasm!(self.ops ; .arch x64 ; cvtsi2sd Rx(dst), Rq(src)),
        }
    }

    /// `cvttss2si`/`cvttsd2si dst, src` into a 32- or 64-bit register.
    pub fn cvt_float_to_int(&mut self, float_size: Size, int_size: Size, dst: Gpr, src: u8) {
        match (float_size == Size::S64, int_size == Size::S64) {
            (false, false) => dynasm!(self.ops ; .arch x64 ; cvttss2si Rd(dst), Rx(src)),
            (false, true) => dynasm!(self.ops ; .arch x64 ; cvttss2si Rq(dst), Rx(src)),
            (true, false) => dynasm!(self.ops ; .arch x64 ; cvttsd2si Rd(dst), Rx(src)),
            (true, true) => dynasm!(self.ops ; .arch x64 ; cvttsd2si Rq(dst), Rx(src)),
        }
    }

    // ----- integer arithmetic -----

    /// `op dst, src` for the shared ALU group.
    pub fn alu_rr(&mut self, op: Alu, size: Size, dst: Gpr, src: Gpr) {
        let wide = size == Size::S64;
        match (op, wide) {
            (Alu::Add, true) => dynasm!(self.ops ; .arch x64 ; add Rq(dst), Rq(src)),
            (Alu::Add, false) => dynasm!(self.ops ; .arch x64 ; add Rd(dst), Rd(src)),
            (Alu::Sub, true) => dynasm!(self.ops ; .arch x64 ; sub Rq(dst), Rq(src)),
            (Alu::Sub, false) => dynasm!(self.ops ; .arch x64 ; sub Rd(dst), Rd(src)),
            (Alu::And, true) => dynasm!(self.ops ; .arch x64 ; and Rq(dst), Rq(src)),
            (Alu::And, false) => dynasm!(self.ops ; .arch x64 ; and Rd(dst), Rd(src)),
            (Alu::Or, true) => dynasm!(self.ops ; .arch x64 ; or Rq(dst), Rq(src)),
            (Alu::Or, false) => dynasm!(self.ops ; .arch x64 ; or Rd(dst), Rd(src)),
            (Alu::Xor, true) => dynasm!(self.ops ; .arch x64 ; xor Rq(dst), Rq(src)),
            (Alu::Xor, false) => dynasm!(self.ops ; .arch x64 ; xor Rd(dst), Rd(src)),
            (Alu::Cmp, true) => dynasm!(self.ops ; .arch x64 ; cmp Rq(dst), Rq(src)),
            (Alu::Cmp, false) => dynasm!(self.ops ; .arch x64 ; cmp Rd(dst), Rd(src)),
        }
    }

    /// `op dst, imm32` for the shared ALU group (64-bit forms sign-extend).
    pub fn alu_ri(&mut self, op: Alu, size: Size, dst: Gpr, imm: i32) {
        let wide = size == Size::S64;
        match (op, wide) {
            (Alu::Add, true) => dynasm!(self.ops ; .arch x64 ; add Rq(dst), DWORD imm),
            (Alu::Add, false) => dynasm!(self.ops ; .arch x64 ; add Rd(dst), DWORD imm),
            (Alu::Sub, true) => dynasm!(self.ops ; .arch x64 ; sub Rq(dst), DWORD imm),
            (Alu::Sub, false) => dynasm!(self.ops ; .arch x64 ; sub Rd(dst), DWORD imm),
            (Alu::And, true) => dynasm!(self.ops ; .arch x64 ; and Rq(dst), DWORD imm),
            (Alu::And, false) => dynasm!(self.ops ; .arch x64 ; and Rd(dst), DWORD imm),
            (Alu::Or, true) => dynasm!(self.ops ; .arch x64 ; or Rq(dst), DWORD imm),
            (Alu::Or, false) => dynasm!(self.ops ; .arch x64 ; or Rd(dst), DWORD imm),
            (Alu::Xor, true) => dynasm!(self.ops ; .arch x64 ; xor Rq(dst), DWORD imm),
            (Alu::Xor, false) => dynasm!(self.ops ; .arch x64 ; xor Rd(dst), DWORD imm),
            (Alu::Cmp, true) => dynasm!(self.ops ; .arch x64 ; cmp Rq(dst), DWORD imm),
            (Alu::Cmp, false) => dynasm!(self.ops ; .arch x64 ; cmp Rd(dst), DWORD imm),
        }
    }

    /// `add qword [base + disp], imm32` (sign-extended).
    pub fn add_mem_imm(&mut self, base: Gpr, disp: i32, imm: i32) {
        dynasm!(self.ops ; .arch x64 ; add QWORD [Rq(base) + disp], DWORD imm);
    }

    /// `cmp qword [base + disp], src` (64-bit compare against memory).
    pub fn cmp_mr(&mut self, base: Gpr, disp: i32, src: Gpr) {
        dynasm!(self.ops ; .arch x64 ; cmp QWORD [Rq(base) + disp], Rq(src));
    }

    /// `test a, b`.
    pub fn test_rr(&mut self, size: Size, a: Gpr, b: Gpr) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; test Rq(a), Rq(b)),
            _ => dynasm!(self.ops ; .arch x64 ; test Rd(a), Rd(b)),
        }
    }

    /// `imul dst, src`.
    pub fn imul_rr(&mut self, size: Size, dst: Gpr, src: Gpr) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; imul Rq(dst), Rq(src)),
            _ => dynasm!(self.ops ; .arch x64 ; imul Rd(dst), Rd(src)),
        }
    }

    /// `imul dst, src, imm32`.
    pub fn imul_rri(&mut self, size: Size, dst: Gpr, src: Gpr, imm: i32) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; imul Rq(dst), Rq(src), DWORD imm),
            _ => dynasm!(self.ops ; .arch x64 ; imul Rd(dst), Rd(src), DWORD imm),
        }
    }

    /// `neg dst`.
    pub fn neg(&mut self, size: Size, dst: Gpr) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; neg Rq(dst)),
            _ => dynasm!(self.ops ; .arch x64 ; neg Rd(dst)),
        }
    }

    /// `shift dst, cl`.
    pub fn shift_cl(&mut self, op: Shift, size: Size, dst: Gpr) {
        let wide = size == Size::S64;
        match (op, wide) {
            (Shift::Shl, true) => dynasm!(self.ops ; .arch x64 ; shl Rq(dst), cl),
            (Shift::Shl, false) => dynasm!(self.ops ; .arch x64 ; shl Rd(dst), cl),
            (Shift::Shr, true) => dynasm!(self.ops ; .arch x64 ; shr Rq(dst), cl),
            (Shift::Shr, false) => dynasm!(self.ops ; .arch x64 ; shr Rd(dst), cl),
            (Shift::Sar, true) => dynasm!(self.ops ; .arch x64 ; sar Rq(dst), cl),
            (Shift::Sar, false) => dynasm!(self.ops ; .arch x64 ; sar Rd(dst), cl),
            (Shift::Rol, true) => dynasm!(self.ops ; .arch x64 ; rol Rq(dst), cl),
            (Shift::Rol, false) => dynasm!(self.ops ; .arch x64 ; rol Rd(dst), cl),
            (Shift::Ror, true) => dynasm!(self.ops ; .arch x64 ; ror Rq(dst), cl),
            (Shift::Ror, false) => dynasm!(self.ops ; .arch x64 ; ror Rd(dst), cl),
        }
    }

    /// `shift dst, imm8`.
    pub fn shift_ri(&mut self, op: Shift, size: Size, dst: Gpr, imm: u8) {
        let wide = size == Size::S64;
        let imm = imm as i8;
        match (op, wide) {
            (Shift::Shl, true) => dynasm!(self.ops ; .arch x64 ; shl Rq(dst), BYTE imm),
            (Shift::Shl, false) => dynasm!(self.ops ; .arch x64 ; shl Rd(dst), BYTE imm),
            (Shift::Shr, true) => dynasm!(self.ops ; .arch x64 ; shr Rq(dst), BYTE imm),
            (Shift::Shr, false) => dynasm!(self.ops ; .arch x64 ; shr Rd(dst), BYTE imm),
            (Shift::Sar, true) => dynasm!(self.ops ; .arch x64 ; sar Rq(dst), BYTE imm),
            (Shift::Sar, false) => dynasm!(self.ops ; .arch x64 ; sar Rd(dst), BYTE imm),
            (Shift::Rol, true) => dynasm!(self.ops ; .arch x64 ; rol Rq(dst), BYTE imm),
            (Shift::Rol, false) => dynasm!(self.ops ; .arch x64 ; rol Rd(dst), BYTE imm),
            (Shift::Ror, true) => dynasm!(self.ops ; .arch x64 ; ror Rq(dst), BYTE imm),
            (Shift::Ror, false) => dynasm!(self.ops ; .arch x64 ; ror Rd(dst), BYTE imm),
        }
    }

    /// Sign-extends rax into rdx: `cdq` (32-bit) or `cqo` (64-bit).
    pub fn sign_extend_rax_into_rdx(&mut self, size: Size) {
        match size {
            Size::S64 => dynasm!(self.ops ; .arch x64 ; cqo),
            _ => dynasm!(self.ops ; .arch x64 ; cdq),
        }
    }

    /// `idiv src` (signed) or `div src` (unsigned) of rdx:rax.
    pub fn div(&mut self, signed: bool, size: Size, src: Gpr) {
        match (signed, size == Size::S64) {
            (true, true) => dynasm!(self.ops ; .arch x64 ; idiv Rq(src)),
            (true, false) => dynasm!(self.ops ; .arch x64 ; idiv Rd(src)),
            (false, true) => dynasm!(self.ops ; .arch x64 ; div Rq(src)),
            (false, false) => dynasm!(self.ops ; .arch x64 ; div Rd(src)),
        }
    }

    /// A bit-counting instruction `op dst, src`.
    pub fn bit_count(&mut self, op: BitCount, size: Size, dst: Gpr, src: Gpr) {
        let wide = size == Size::S64;
        match (op, wide) {
            (BitCount::Lzcnt, true) => dynasm!(self.ops ; .arch x64 ; lzcnt Rq(dst), Rq(src)),
            (BitCount::Lzcnt, false) => dynasm!(self.ops ; .arch x64 ; lzcnt Rd(dst), Rd(src)),
            (BitCount::Tzcnt, true) => dynasm!(self.ops ; .arch x64 ; tzcnt Rq(dst), Rq(src)),
            (BitCount::Tzcnt, false) => dynasm!(self.ops ; .arch x64 ; tzcnt Rd(dst), Rd(src)),
            (BitCount::Popcnt, true) => dynasm!(self.ops ; .arch x64 ; popcnt Rq(dst), Rq(src)),
            (BitCount::Popcnt, false) => dynasm!(self.ops ; .arch x64 ; popcnt Rd(dst), Rd(src)),
            (BitCount::Bsr, true) => dynasm!(self.ops ; .arch x64 ; bsr Rq(dst), Rq(src)),
            (BitCount::Bsr, false) => dynasm!(self.ops ; .arch x64 ; bsr Rd(dst), Rd(src)),
            (BitCount::Bsf, true) => dynasm!(self.ops ; .arch x64 ; bsf Rq(dst), Rq(src)),
            (BitCount::Bsf, false) => dynasm!(self.ops ; .arch x64 ; bsf Rd(dst), Rd(src)),
        }
    }

    /// `setcc dst8` followed by `movzx dst32, dst8`: dst = cond ? 1 : 0.
    pub fn setcc_zx(&mut self, cond: Cond, dst: Gpr) {
        let cc = cond as u8;
        // setcc r/m8: 0F 90+cc /0. A REX prefix selects sil/dil/spl/bpl and r8b-r15b.
        if dst >= 4 {
            let rex = 0x40 | if dst >= 8 { 1 } else { 0 };
            self.bytes(&[rex]);
        }
        self.bytes(&[0x0f, 0x90 | cc, 0xc0 | (dst & 7)]);
        dynasm!(self.ops ; .arch x64 ; movzx Rd(dst), Rb(dst));
    }

    /// `cmovcc dst, src`.
    pub fn cmov(&mut self, cond: Cond, size: Size, dst: Gpr, src: Gpr) {
        // cmovcc r, r/m: [REX] 0F 40+cc /r
        let rex_w = if size == Size::S64 { 0x48 } else { 0x40 };
        let rex = rex_w | ((dst >> 3) << 2) | (src >> 3);
        if rex != 0x40 {
            self.bytes(&[rex]);
        }
        self.bytes(&[0x0f, 0x40 | cond as u8, 0xc0 | ((dst & 7) << 3) | (src & 7)]);
    }

    /// `movsx dst, src` from an 8-, 16- or 32-bit source into a 32- or 64-bit destination.
    pub fn movsx_rr(&mut self, from: Size, to: Size, dst: Gpr, src: Gpr) {
        match (from, to) {
            (Size::S8, Size::S64) => dynasm!(self.ops ; .arch x64 ; movsx Rq(dst), Rb(src)),
            (Size::S8, _) => dynasm!(self.ops ; .arch x64 ; movsx Rd(dst), Rb(src)),
            (Size::S16, Size::S64) => dynasm!(self.ops ; .arch x64 ; movsx Rq(dst), Rw(src)),
            (Size::S16, _) => dynasm!(self.ops ; .arch x64 ; movsx Rd(dst), Rw(src)),
            (_, _) => dynasm!(self.ops ; .arch x64 ; movsxd Rq(dst), Rd(src)),
        }
    }

    // ----- control flow -----

    /// `jmp label` (rel32).
    pub fn jmp(&mut self, label: Label) {
        dynasm!(self.ops ; .arch x64 ; jmp =>label);
    }

    /// `jcc label` (rel32).
    pub fn jcc(&mut self, cond: Cond, label: Label) {
        match cond {
            Cond::O => dynasm!(self.ops ; .arch x64 ; jo =>label),
            Cond::No => dynasm!(self.ops ; .arch x64 ; jno =>label),
            Cond::B => dynasm!(self.ops ; .arch x64 ; jb =>label),
            Cond::Ae => dynasm!(self.ops ; .arch x64 ; jae =>label),
            Cond::E => dynasm!(self.ops ; .arch x64 ; je =>label),
            Cond::Ne => dynasm!(self.ops ; .arch x64 ; jne =>label),
            Cond::Be => dynasm!(self.ops ; .arch x64 ; jbe =>label),
            Cond::A => dynasm!(self.ops ; .arch x64 ; ja =>label),
            Cond::S => dynasm!(self.ops ; .arch x64 ; js =>label),
            Cond::Ns => dynasm!(self.ops ; .arch x64 ; jns =>label),
            Cond::P => dynasm!(self.ops ; .arch x64 ; jp =>label),
            Cond::Np => dynasm!(self.ops ; .arch x64 ; jnp =>label),
            Cond::L => dynasm!(self.ops ; .arch x64 ; jl =>label),
            Cond::Ge => dynasm!(self.ops ; .arch x64 ; jge =>label),
            Cond::Le => dynasm!(self.ops ; .arch x64 ; jle =>label),
            Cond::G => dynasm!(self.ops ; .arch x64 ; jg =>label),
        }
    }

    /// `jmp src` (indirect through a register).
    pub fn jmp_r(&mut self, src: Gpr) {
        dynasm!(self.ops ; .arch x64 ; jmp Rq(src));
    }

    /// `call rel32` with a zero displacement; returns the offset of the
    /// 4-byte displacement field, for a relocation.
    pub fn call_rel32(&mut self) -> u32 {
        self.bytes(&[0xe8, 0, 0, 0, 0]);
        self.offset() - 4
    }

    /// `jmp rel32` with a zero displacement; returns the offset of the
    /// 4-byte displacement field, for a relocation.
    pub fn jmp_rel32_reloc(&mut self) -> u32 {
        self.bytes(&[0xe9, 0, 0, 0, 0]);
        self.offset() - 4
    }

    /// `call src` (indirect through a register).
    pub fn call_r(&mut self, src: Gpr) {
        dynasm!(self.ops ; .arch x64 ; call Rq(src));
    }

    /// `ret`, or `ret pop` when `pop` is nonzero: returns and then frees
    /// `pop` bytes of stack arguments.
    pub fn ret(&mut self, pop: u16) {
        if pop == 0 {
            dynasm!(self.ops ; .arch x64 ; ret);
        } else {
            let pop = pop as i16;
            dynasm!(self.ops ; .arch x64 ; ret pop);
        }
    }

    /// `ud2`; returns its offset.
    pub fn ud2(&mut self) -> u32 {
        let at = self.offset();
        dynasm!(self.ops ; .arch x64 ; ud2);
        at
    }

    /// `sub rsp, imm32` with a placeholder immediate; returns the immediate's
    /// offset for [`Assembler::patch_u32`].
    pub fn sub_rsp_patchable(&mut self) -> u32 {
        // REX.W 81 /5 id
        self.bytes(&[0x48, 0x81, 0xec, 0, 0, 0, 0]);
        self.offset() - 4
    }

    /// A jump through a table: `index` (a zero-extended 32-bit value, already
    /// known to be in range) selects one of `targets`. Clobbers `tmp`.
    pub fn jump_table(&mut self, index: Gpr, tmp: Gpr, targets: &[Label]) {
        let table = self.new_label();
        // Each table entry is a 5-byte `jmp rel32`.
        dynasm!(self.ops
            ; .arch x64
            ; lea Rq(tmp), [=>table]
            ; lea Rq(index), [Rq(index) + Rq(index) * 4]
            ; add Rq(tmp), Rq(index)
            ; jmp Rq(tmp)
            ; =>table
        );
        for &t in targets {
            self.jmp_rel32(t);
        }
    }

    /// `jmp rel32` with a forced 32-bit displacement.
    fn jmp_rel32(&mut self, label: Label) {
        dynasm!(self.ops ; .arch x64 ; jmp DWORD =>label);
    }
}

#[cfg(any(test, feature = "forms"))]
pub mod forms;

#[cfg(test)]
mod tests;

//! An x86_64 instruction encoder with labels and fixups.
//!
//! This crate knows nothing about WebAssembly. It encodes the instruction forms
//! kindling's x86_64 `MacroAssembler` needs into a byte buffer with labels,
//! which writes bytes straight into a `Vec<u8>` (`buffer.rs`) and resolves label fixups in
//! one linear pass. The hot general-purpose and memory forms have their own
//! short ModRM encoder (`modrm.rs`: REX, SIB and displacement only as long as
//! needed), the packed forms a table-driven one (`vex.rs`: legacy, VEX and
//! EVEX); the rest go through `dynasm!`, always with an explicit `.arch x64`.
//!
//! Registers are plain hardware encodings (`0` = rax/xmm0 … `15` = r15/xmm15).

// `dynasm!` expands dynamic register operands into `.into()` conversions.
#![allow(clippy::useless_conversion)]

use buffer::CodeBuffer;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};

pub use dynasmrt::DynamicLabel as Label;
pub use sse::{PackedOp, PackedShift};
pub use sse_imm::{FmaOp, MoveMaskOp, PackedImmOp};
pub use vex::{AvxOp, Encoding, EvexOp, Map, Prefix};

mod buffer;
mod modrm;
mod sse;
mod sse_imm;
mod vex;

use modrm::{Op, Rm};

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
    ops: CodeBuffer,
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
            ops: CodeBuffer::default(),
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
        let bytes = self.ops.drain().map_err(|e| {
            AsmError(format!(
                "finishing the function (a label fixup or a patch): {e}"
            ))
        })?;
        out.extend(bytes);
        Ok(())
    }

    /// Discards any unfinished code (after a failed compilation), keeping the
    /// buffers when there is nothing to discard.
    pub fn clear(&mut self) {
        if self.offset() != 0 {
            self.ops = CodeBuffer::default();
        }
    }

    /// Overwrites the little-endian `u32` at `offset` (for patching immediates).
    pub fn patch_u32(&mut self, offset: u32, value: u32) {
        self.ops.overwrite(offset as usize, &value.to_le_bytes());
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
        let w = size == Size::S64;
        self.modrm_op(op(w, &[0x89]), src, Rm::Reg(dst));
    }

    /// Materialises `imm` in `dst` with the shortest encoding.
    pub fn mov_ri(&mut self, size: Size, dst: Gpr, imm: i64) {
        // A 32-bit write zero-extends: `xor r32, r32` for 0, `mov r32,
        // imm32` for what fits in 32 unsigned bits, then `mov r/m64,
        // simm32`, then `movabs`.
        let low = if size == Size::S64 {
            u32::try_from(imm).ok()
        } else {
            Some(imm as u32)
        };
        match low {
            Some(0) => self.modrm_op(op(false, &[0x31]), dst, Rm::Reg(dst)),
            Some(v) => {
                self.plus_reg_op(false, 0xb8, dst);
                self.push_u32(v);
            }
            None if imm as i32 as i64 == imm => {
                self.modrm_op(op(true, &[0xc7]), 0, Rm::Reg(dst));
                self.push_u32(imm as u32);
            }
            None => {
                self.plus_reg_op(true, 0xb8, dst);
                self.push_u32(imm as u32);
                self.push_u32((imm >> 32) as u32);
            }
        }
    }

    /// `mov dst, [base + disp]` (32 or 64 bits).
    pub fn load(&mut self, size: Size, dst: Gpr, base: Gpr, disp: i32) {
        let w = size == Size::S64;
        self.modrm_op(op(w, &[0x8b]), dst, Rm::Mem(base, disp));
    }

    /// Zero-extending load of 8 or 16 bits: `movzx dst, byte/word [base + disp]`.
    pub fn load_zx(&mut self, from: Size, dst: Gpr, base: Gpr, disp: i32) {
        match from {
            Size::S8 => self.modrm_op(op(false, &[0x0f, 0xb6]), dst, Rm::Mem(base, disp)),
            Size::S16 => self.modrm_op(op(false, &[0x0f, 0xb7]), dst, Rm::Mem(base, disp)),
            _ => self.load(from, dst, base, disp),
        }
    }

    /// `mov [base + disp], src` (8 to 64 bits).
    pub fn store(&mut self, size: Size, base: Gpr, disp: i32, src: Gpr) {
        let encoding = match size {
            Size::S64 => op(true, &[0x89]),
            Size::S32 => op(false, &[0x89]),
            Size::S16 => Op {
                prefix: Some(0x66),
                ..op(false, &[0x89])
            },
            Size::S8 => Op {
                byte_regs: true,
                ..op(false, &[0x88])
            },
        };
        self.modrm_op(encoding, src, Rm::Mem(base, disp));
    }

    /// `mov [base + disp], imm32` (a 64-bit store sign-extends the immediate).
    pub fn store_imm(&mut self, size: Size, base: Gpr, disp: i32, imm: i32) {
        let w = size == Size::S64;
        self.modrm_op(op(w, &[0xc7]), 0, Rm::Mem(base, disp));
        self.push_u32(imm as u32);
    }

    /// `lea dst, [base + disp]`.
    pub fn lea(&mut self, dst: Gpr, base: Gpr, disp: i32) {
        self.modrm_op(op(true, &[0x8d]), dst, Rm::Mem(base, disp));
    }

    /// `push src`.
    pub fn push(&mut self, src: Gpr) {
        self.plus_reg_op(false, 0x50, src);
    }

    /// `pop dst`.
    pub fn pop(&mut self, dst: Gpr) {
        self.plus_reg_op(false, 0x58, dst);
    }

    // ----- SSE moves -----

    /// `movd xmm, r32` (`S32`) or `movq xmm, r64` (`S64`).
    pub fn mov_xmm_from_gpr(&mut self, size: Size, dst: u8, src: Gpr) {
        let encoding = with_prefix(Some(0x66), size == Size::S64, &[0x0f, 0x6e]);
        self.modrm_op(encoding, dst, Rm::Reg(src));
    }

    /// `movd r32, xmm` (`S32`) or `movq r64, xmm` (`S64`).
    pub fn mov_gpr_from_xmm(&mut self, size: Size, dst: Gpr, src: u8) {
        let encoding = with_prefix(Some(0x66), size == Size::S64, &[0x0f, 0x7e]);
        self.modrm_op(encoding, src, Rm::Reg(dst));
    }

    /// `movdqu xmm, [base + disp]` (128-bit load).
    pub fn load_xmm128(&mut self, dst: u8, base: Gpr, disp: i32) {
        self.modrm_op(sse(0xf3, &[0x0f, 0x6f]), dst, Rm::Mem(base, disp));
    }

    /// `movdqu xmm, [rip + label]`: a 128-bit load from a constant placed
    /// in the code with [`Assembler::data_u128`].
    pub fn load_xmm128_rip(&mut self, dst: u8, label: Label) {
        dynasm!(self.ops ; .arch x64 ; movdqu Rx(dst), [=>label]);
    }

    /// Pads to a 16-byte boundary, binds `label` there and places `bits`
    /// (little-endian) after it.
    pub fn data_u128(&mut self, label: Label, bits: u128) {
        dynasm!(self.ops ; .arch x64 ; .align 16 ; =>label);
        self.bytes(&bits.to_le_bytes());
    }

    /// `movdqu [base + disp], xmm` (128-bit store).
    pub fn store_xmm128(&mut self, base: Gpr, disp: i32, src: u8) {
        self.modrm_op(sse(0xf3, &[0x0f, 0x7f]), src, Rm::Mem(base, disp));
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
        self.modrm_op(op(false, &[0x0f, 0x28]), dst, Rm::Reg(src));
    }

    /// `movss xmm, [base + disp]` (`S32`) or `movsd` (`S64`).
    pub fn load_xmm(&mut self, size: Size, dst: u8, base: Gpr, disp: i32) {
        let prefix = if size == Size::S64 { 0xf2 } else { 0xf3 };
        self.modrm_op(sse(prefix, &[0x0f, 0x10]), dst, Rm::Mem(base, disp));
    }

    /// `movss [base + disp], xmm` (`S32`) or `movsd` (`S64`).
    pub fn store_xmm(&mut self, size: Size, base: Gpr, disp: i32, src: u8) {
        let prefix = if size == Size::S64 { 0xf2 } else { 0xf3 };
        self.modrm_op(sse(prefix, &[0x0f, 0x11]), src, Rm::Mem(base, disp));
    }

    /// Sign-extending load: `movsx`/`movsxd dst, [base + disp]` from 8, 16 or
    /// 32 bits into a 32- or 64-bit destination.
    pub fn load_sx(&mut self, from: Size, to: Size, dst: Gpr, base: Gpr, disp: i32) {
        let w = to == Size::S64;
        let encoding = match from {
            Size::S8 => op(w, &[0x0f, 0xbe]),
            Size::S16 => op(w, &[0x0f, 0xbf]),
            _ => op(true, &[0x63]),
        };
        self.modrm_op(encoding, dst, Rm::Mem(base, disp));
    }

    /// Scalar SSE arithmetic `op dst, src` on f32 (`S32`) or f64 (`S64`).
    pub fn sse_arith(&mut self, sse_op: SseOp, size: Size, dst: u8, src: u8) {
        let double = size == Size::S64;
        let scalar = Some(if double { 0xf2 } else { 0xf3 });
        let (prefix, opcode): (Option<u8>, &[u8]) = match sse_op {
            SseOp::Add => (scalar, &[0x0f, 0x58]),
            SseOp::Sub => (scalar, &[0x0f, 0x5c]),
            SseOp::Mul => (scalar, &[0x0f, 0x59]),
            SseOp::Div => (scalar, &[0x0f, 0x5e]),
            SseOp::Sqrt => (scalar, &[0x0f, 0x51]),
            SseOp::Min => (scalar, &[0x0f, 0x5d]),
            SseOp::Max => (scalar, &[0x0f, 0x5f]),
            SseOp::Ucomi => (double.then_some(0x66), &[0x0f, 0x2e]),
            SseOp::Xorp => (None, &[0x0f, 0x57]),
            SseOp::Andp => (None, &[0x0f, 0x54]),
            SseOp::Orp => (None, &[0x0f, 0x56]),
            SseOp::Andnp => (None, &[0x0f, 0x55]),
            // cvtsd2ss (to f32) is F2, cvtss2sd (to f64) F3.
            SseOp::Convert => (Some(if double { 0xf3 } else { 0xf2 }), &[0x0f, 0x5a]),
        };
        self.modrm_op(with_prefix(prefix, false, opcode), dst, Rm::Reg(src));
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
        let prefix = if float_size == Size::S64 { 0xf2 } else { 0xf3 };
        let encoding = with_prefix(Some(prefix), int_size == Size::S64, &[0x0f, 0x2a]);
        self.modrm_op(encoding, dst, Rm::Reg(src));
    }

    /// `cvttss2si`/`cvttsd2si dst, src` into a 32- or 64-bit register.
    pub fn cvt_float_to_int(&mut self, float_size: Size, int_size: Size, dst: Gpr, src: u8) {
        let prefix = if float_size == Size::S64 { 0xf2 } else { 0xf3 };
        let encoding = with_prefix(Some(prefix), int_size == Size::S64, &[0x0f, 0x2c]);
        self.modrm_op(encoding, dst, Rm::Reg(src));
    }

    // ----- integer arithmetic -----

    /// `op dst, src` for the shared ALU group.
    pub fn alu_rr(&mut self, alu: Alu, size: Size, dst: Gpr, src: Gpr) {
        let w = size == Size::S64;
        self.modrm_op(op(w, &[alu.rm_r_opcode()]), src, Rm::Reg(dst));
    }

    /// `op dst, imm32` for the shared ALU group (64-bit forms sign-extend).
    pub fn alu_ri(&mut self, alu: Alu, size: Size, dst: Gpr, imm: i32) {
        let w = size == Size::S64;
        self.alu_imm(alu, w, Rm::Reg(dst), imm);
    }

    /// `op r/m, imm`: the sign-extended imm8 form when it fits.
    fn alu_imm(&mut self, alu: Alu, w: bool, rm: Rm, imm: i32) {
        let ext = alu.imm_extension();
        if imm as i8 as i32 == imm {
            self.modrm_op(op(w, &[0x83]), ext, rm);
            self.ops.push(imm as i8 as u8);
        } else {
            self.modrm_op(op(w, &[0x81]), ext, rm);
            self.push_u32(imm as u32);
        }
    }

    /// `add qword [base + disp], imm32` (sign-extended).
    pub fn add_mem_imm(&mut self, base: Gpr, disp: i32, imm: i32) {
        self.alu_imm(Alu::Add, true, Rm::Mem(base, disp), imm);
    }

    /// `cmp qword [base + disp], src` (64-bit compare against memory).
    pub fn cmp_mr(&mut self, base: Gpr, disp: i32, src: Gpr) {
        self.modrm_op(op(true, &[0x39]), src, Rm::Mem(base, disp));
    }

    /// `test a, b`.
    pub fn test_rr(&mut self, size: Size, a: Gpr, b: Gpr) {
        self.modrm_op(op(size == Size::S64, &[0x85]), b, Rm::Reg(a));
    }

    /// `imul dst, src`.
    pub fn imul_rr(&mut self, size: Size, dst: Gpr, src: Gpr) {
        let w = size == Size::S64;
        self.modrm_op(op(w, &[0x0f, 0xaf]), dst, Rm::Reg(src));
    }

    /// `imul dst, src, imm32`.
    pub fn imul_rri(&mut self, size: Size, dst: Gpr, src: Gpr, imm: i32) {
        let w = size == Size::S64;
        if imm as i8 as i32 == imm {
            self.modrm_op(op(w, &[0x6b]), dst, Rm::Reg(src));
            self.ops.push(imm as i8 as u8);
        } else {
            self.modrm_op(op(w, &[0x69]), dst, Rm::Reg(src));
            self.push_u32(imm as u32);
        }
    }

    /// `neg dst`.
    pub fn neg(&mut self, size: Size, dst: Gpr) {
        self.modrm_op(op(size == Size::S64, &[0xf7]), 3, Rm::Reg(dst));
    }

    /// `shift dst, cl`.
    pub fn shift_cl(&mut self, shift: Shift, size: Size, dst: Gpr) {
        let w = size == Size::S64;
        self.modrm_op(op(w, &[0xd3]), op_shift(shift), Rm::Reg(dst));
    }

    /// `shift dst, imm8`.
    pub fn shift_ri(&mut self, shift: Shift, size: Size, dst: Gpr, imm: u8) {
        let w = size == Size::S64;
        self.modrm_op(op(w, &[0xc1]), op_shift(shift), Rm::Reg(dst));
        self.ops.push(imm);
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
        let ext = if signed { 7 } else { 6 };
        self.modrm_op(op(size == Size::S64, &[0xf7]), ext, Rm::Reg(src));
    }

    /// A bit-counting instruction `op dst, src`.
    pub fn bit_count(&mut self, count: BitCount, size: Size, dst: Gpr, src: Gpr) {
        let (prefix, opcode): (Option<u8>, &[u8]) = match count {
            BitCount::Lzcnt => (Some(0xf3), &[0x0f, 0xbd]),
            BitCount::Tzcnt => (Some(0xf3), &[0x0f, 0xbc]),
            BitCount::Popcnt => (Some(0xf3), &[0x0f, 0xb8]),
            BitCount::Bsr => (None, &[0x0f, 0xbd]),
            BitCount::Bsf => (None, &[0x0f, 0xbc]),
        };
        let encoding = Op {
            prefix,
            ..op(size == Size::S64, opcode)
        };
        self.modrm_op(encoding, dst, Rm::Reg(src));
    }

    /// `setcc dst8` followed by `movzx dst32, dst8`: dst = cond ? 1 : 0.
    pub fn setcc_zx(&mut self, cond: Cond, dst: Gpr) {
        let cc = cond as u8;
        // setcc r/m8: 0F 90+cc /0 (a REX selects sil/dil/spl/bpl).
        let opcode = [0x0f, 0x90 | cc];
        let setcc = Op {
            byte_regs: true,
            ..op(false, &opcode)
        };
        self.modrm_op(setcc, 0, Rm::Reg(dst));
        let movzx = Op {
            byte_regs: true,
            ..op(false, &[0x0f, 0xb6])
        };
        self.modrm_op(movzx, dst, Rm::Reg(dst));
    }

    /// `cmovcc dst, src`.
    pub fn cmov(&mut self, cond: Cond, size: Size, dst: Gpr, src: Gpr) {
        // cmovcc r, r/m: [REX] 0F 40+cc /r
        let opcode = [0x0f, 0x40 | cond as u8];
        let cmov = op(size == Size::S64, &opcode);
        self.modrm_op(cmov, dst, Rm::Reg(src));
    }

    /// `movsx dst, src` from an 8-, 16- or 32-bit source into a 32- or 64-bit destination.
    pub fn movsx_rr(&mut self, from: Size, to: Size, dst: Gpr, src: Gpr) {
        let w = to == Size::S64;
        let encoding = match from {
            Size::S8 => Op {
                byte_regs: true,
                ..op(w, &[0x0f, 0xbe])
            },
            Size::S16 => op(w, &[0x0f, 0xbf]),
            _ => op(true, &[0x63]),
        };
        self.modrm_op(encoding, dst, Rm::Reg(src));
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

impl Alu {
    /// The `op r/m, r` opcode.
    fn rm_r_opcode(self) -> u8 {
        match self {
            Alu::Add => 0x01,
            Alu::Or => 0x09,
            Alu::And => 0x21,
            Alu::Sub => 0x29,
            Alu::Xor => 0x31,
            Alu::Cmp => 0x39,
        }
    }

    /// The ModRM extension of the `op r/m, imm` forms (`81`/`83`).
    fn imm_extension(self) -> u8 {
        match self {
            Alu::Add => 0,
            Alu::Or => 1,
            Alu::And => 4,
            Alu::Sub => 5,
            Alu::Xor => 6,
            Alu::Cmp => 7,
        }
    }
}

/// An unprefixed integer instruction, 64-bit when `w`.
fn op(w: bool, opcode: &[u8]) -> Op<'_> {
    Op {
        w,
        opcode,
        ..Op::default()
    }
}

/// An instruction with an optional legacy or mandatory `prefix`.
fn with_prefix(prefix: Option<u8>, w: bool, opcode: &[u8]) -> Op<'_> {
    Op {
        prefix,
        ..op(w, opcode)
    }
}

/// The ModRM extension of a shift or rotate (`C1`/`D3`).
fn op_shift(shift: Shift) -> u8 {
    match shift {
        Shift::Rol => 0,
        Shift::Ror => 1,
        Shift::Shl => 4,
        Shift::Shr => 5,
        Shift::Sar => 7,
    }
}

/// An SSE instruction with mandatory `prefix`.
fn sse(prefix: u8, opcode: &[u8]) -> Op<'_> {
    with_prefix(Some(prefix), false, opcode)
}

//! Every instruction form the [`Assembler`] emits, as data, for checking
//! encodings against an independent decoder.
//!
//! A [`Form`] is one call of an instruction-emitting assembler method with
//! its operands. It emits itself and spells the instructions it intends in
//! llvm-mc's Intel syntax. [`check_with_llvm_mc`] assembles those spellings
//! and disassembles the emitted bytes with llvm-mc, and the two must agree,
//! form by form. The encoding test draws forms of every kind with
//! pseudo-random operands; the `encode_x64` fuzz target draws them from the
//! fuzzer's bytes.

use crate::{
    Alu, Assembler, BitCount, Cond, FmaOp, Gpr, MoveMaskOp, PackedImmOp, PackedOp, PackedShift,
    Shift, Size, SseOp,
};

mod draw;
mod llvm_mc;
mod spelling;
mod vex;

use draw::Draw;
pub use vex::VexForm;

pub use kindling_isa_check::{find_llvm_mc, Intended};
#[cfg(test)]
pub(crate) use llvm_mc::check_bytes;
pub use llvm_mc::check_with_llvm_mc;

/// One call of an instruction-emitting [`Assembler`] method, with operands.
#[allow(missing_docs)] // the fields are the method's parameters
#[derive(Clone, Debug)]
pub enum Form {
    MovRr {
        size: Size,
        dst: Gpr,
        src: Gpr,
    },
    MovRi {
        size: Size,
        dst: Gpr,
        imm: i64,
    },
    Load {
        size: Size,
        dst: Gpr,
        base: Gpr,
        disp: i32,
    },
    LoadZx {
        from: Size,
        dst: Gpr,
        base: Gpr,
        disp: i32,
    },
    Store {
        size: Size,
        base: Gpr,
        disp: i32,
        src: Gpr,
    },
    StoreImm {
        size: Size,
        base: Gpr,
        disp: i32,
        imm: i32,
    },
    Lea {
        dst: Gpr,
        base: Gpr,
        disp: i32,
    },
    Push {
        src: Gpr,
    },
    Pop {
        dst: Gpr,
    },
    MovXmmFromGpr {
        size: Size,
        dst: u8,
        src: Gpr,
    },
    MovGprFromXmm {
        size: Size,
        dst: Gpr,
        src: u8,
    },
    LoadXmm128 {
        dst: u8,
        base: Gpr,
        disp: i32,
    },
    StoreXmm128 {
        base: Gpr,
        disp: i32,
        src: u8,
    },
    Pshufd {
        dst: u8,
        src: u8,
        order: u8,
    },
    Unpcklps {
        dst: u8,
        src: u8,
    },
    Subpd {
        dst: u8,
        src: u8,
    },
    Packed {
        op: PackedOp,
        dst: u8,
        src: u8,
    },
    PackedShiftImm {
        op: PackedShift,
        dst: u8,
        imm: u8,
    },
    PackedImm {
        op: PackedImmOp,
        dst: u8,
        src: u8,
        imm: u8,
    },
    MoveMask {
        op: MoveMaskOp,
        dst: Gpr,
        src: u8,
    },
    Fma {
        op: FmaOp,
        dst: u8,
        b: u8,
        c: u8,
    },
    /// `movdqu xmm, [rip + label]`, the label bound right after it.
    LoadXmm128Rip {
        dst: u8,
    },
    PackedFloatCmp {
        double: bool,
        pred: u8,
        dst: u8,
        src: u8,
    },
    Pextrw {
        dst: Gpr,
        src: u8,
        index: u8,
    },
    Pinsr {
        lane_bytes: u8,
        dst: u8,
        src: Gpr,
        index: u8,
    },
    Insertps {
        dst: u8,
        src: u8,
        imm: u8,
    },
    Movaps {
        dst: u8,
        src: u8,
    },
    LoadXmm {
        size: Size,
        dst: u8,
        base: Gpr,
        disp: i32,
    },
    StoreXmm {
        size: Size,
        base: Gpr,
        disp: i32,
        src: u8,
    },
    LoadSx {
        from: Size,
        to: Size,
        dst: Gpr,
        base: Gpr,
        disp: i32,
    },
    SseArith {
        op: SseOp,
        size: Size,
        dst: u8,
        src: u8,
    },
    Round {
        size: Size,
        dst: u8,
        src: u8,
        mode: u8,
    },
    CvtIntToFloat {
        int_size: Size,
        float_size: Size,
        dst: u8,
        src: Gpr,
    },
    CvtFloatToInt {
        float_size: Size,
        int_size: Size,
        dst: Gpr,
        src: u8,
    },
    AluRr {
        op: Alu,
        size: Size,
        dst: Gpr,
        src: Gpr,
    },
    AluRi {
        op: Alu,
        size: Size,
        dst: Gpr,
        imm: i32,
    },
    AddMemImm {
        base: Gpr,
        disp: i32,
        imm: i32,
    },
    CmpMr {
        base: Gpr,
        disp: i32,
        src: Gpr,
    },
    TestRr {
        size: Size,
        a: Gpr,
        b: Gpr,
    },
    ImulRr {
        size: Size,
        dst: Gpr,
        src: Gpr,
    },
    ImulRri {
        size: Size,
        dst: Gpr,
        src: Gpr,
        imm: i32,
    },
    Neg {
        size: Size,
        dst: Gpr,
    },
    ShiftCl {
        op: Shift,
        size: Size,
        dst: Gpr,
    },
    ShiftRi {
        op: Shift,
        size: Size,
        dst: Gpr,
        imm: u8,
    },
    SignExtendRaxIntoRdx {
        size: Size,
    },
    Div {
        signed: bool,
        size: Size,
        src: Gpr,
    },
    BitCount {
        op: BitCount,
        size: Size,
        dst: Gpr,
        src: Gpr,
    },
    SetccZx {
        cond: Cond,
        dst: Gpr,
    },
    Cmov {
        cond: Cond,
        size: Size,
        dst: Gpr,
        src: Gpr,
    },
    MovsxRr {
        from: Size,
        to: Size,
        dst: Gpr,
        src: Gpr,
    },
    /// `jmp label`, with the label bound before (`backward`) or after it.
    Jmp {
        backward: bool,
    },
    /// `jcc label`, with the label bound before (`backward`) or after it.
    Jcc {
        cond: Cond,
        backward: bool,
    },
    JmpR {
        src: Gpr,
    },
    CallRel32,
    JmpRel32Reloc,
    CallR {
        src: Gpr,
    },
    /// `ret`, popping `pop` bytes when nonzero.
    Ret {
        pop: u16,
    },
    Ud2,
    /// `sub_rsp_patchable`, then `patch_u32` with `imm`.
    SubRspPatchable {
        imm: u32,
    },
    /// `jump_table` with `targets` labels, all bound right after the table.
    JumpTable {
        index: Gpr,
        tmp: Gpr,
        targets: u8,
    },
    /// A VEX- or EVEX-encoded form (`forms/vex.rs`).
    Vex(VexForm),
}

/// The number of [`Form`] variants (kinds), for [`Form::of_kind`].
/// The form kinds before the VEX and EVEX ones.
const BASE_KINDS: u64 = 60;

pub const KINDS: u64 = BASE_KINDS + vex::KINDS;

/// The instruction-emitting [`Assembler`] methods the forms cover, each by
/// name. The methods not listed (`new`, `offset`, `new_label`, `bind`,
/// `finish_into`, `clear`, `patch_u32`, `bytes`, `align`) emit no
/// instruction of their own.
pub const METHODS: &[&str] = &[
    "mov_rr",
    "mov_ri",
    "load",
    "load_zx",
    "store",
    "store_imm",
    "lea",
    "push",
    "pop",
    "mov_xmm_from_gpr",
    "mov_gpr_from_xmm",
    "load_xmm128",
    "load_xmm128_rip",
    "store_xmm128",
    "pshufd",
    "unpcklps",
    "subpd",
    "packed",
    "packed_shift_imm",
    "packed_imm",
    "move_mask",
    "fma",
    "packed_float_cmp",
    "pextrw",
    "pinsr",
    "insertps",
    "movaps",
    "load_xmm",
    "store_xmm",
    "load_sx",
    "sse_arith",
    "round",
    "cvt_int_to_float",
    "cvt_float_to_int",
    "alu_rr",
    "alu_ri",
    "add_mem_imm",
    "cmp_mr",
    "test_rr",
    "imul_rr",
    "imul_rri",
    "neg",
    "shift_cl",
    "shift_ri",
    "sign_extend_rax_into_rdx",
    "div",
    "bit_count",
    "setcc_zx",
    "cmov",
    "movsx_rr",
    "jmp",
    "jcc",
    "jmp_r",
    "call_rel32",
    "jmp_rel32_reloc",
    "call_r",
    "ret",
    "ud2",
    "sub_rsp_patchable",
    "jump_table",
    "packed_vex",
    "packed_shift_imm_vex",
    "packed_imm_vex",
    "packed_float_cmp_vex",
    "avx",
    "evex",
    "vpsraq_imm",
];

const ALUS: [Alu; 6] = [Alu::Add, Alu::Sub, Alu::And, Alu::Or, Alu::Xor, Alu::Cmp];
const SHIFTS: [Shift; 5] = [Shift::Shl, Shift::Shr, Shift::Sar, Shift::Rol, Shift::Ror];
const SSE_OPS: [SseOp; 13] = [
    SseOp::Add,
    SseOp::Sub,
    SseOp::Mul,
    SseOp::Div,
    SseOp::Sqrt,
    SseOp::Ucomi,
    SseOp::Xorp,
    SseOp::Andp,
    SseOp::Orp,
    SseOp::Andnp,
    SseOp::Min,
    SseOp::Max,
    SseOp::Convert,
];
const BIT_COUNTS: [BitCount; 5] = [
    BitCount::Lzcnt,
    BitCount::Tzcnt,
    BitCount::Popcnt,
    BitCount::Bsr,
    BitCount::Bsf,
];

/// Operands drawn from a source of raw numbers.
impl Form {
    /// A form of any kind, with operands from `next`.
    pub fn generate(next: &mut dyn FnMut() -> u64) -> Form {
        let kind = next() % KINDS;
        Form::of_kind(kind, next)
    }

    /// The form of kind `kind` (`0..KINDS`, taken modulo), with operands
    /// from `next`.
    pub fn of_kind(kind: u64, next: &mut dyn FnMut() -> u64) -> Form {
        let mut d = Draw(next);
        let d = &mut d;
        match kind % KINDS {
            k if k >= BASE_KINDS => Form::Vex(VexForm::of_kind(k - BASE_KINDS, d)),
            0 => Form::MovRr {
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            1 => Form::MovRi {
                size: d.wide(),
                dst: d.reg(),
                imm: d.imm64(),
            },
            2 => Form::Load {
                size: d.wide(),
                dst: d.reg(),
                base: d.reg(),
                disp: d.imm32(),
            },
            3 => Form::LoadZx {
                from: d.any_size(),
                dst: d.reg(),
                base: d.reg(),
                disp: d.imm32(),
            },
            4 => Form::Store {
                size: d.any_size(),
                base: d.reg(),
                disp: d.imm32(),
                src: d.reg(),
            },
            5 => Form::StoreImm {
                size: d.wide(),
                base: d.reg(),
                disp: d.imm32(),
                imm: d.imm32(),
            },
            6 => Form::Lea {
                dst: d.reg(),
                base: d.reg(),
                disp: d.imm32(),
            },
            7 => Form::Push { src: d.reg() },
            8 => Form::Pop { dst: d.reg() },
            9 => Form::MovXmmFromGpr {
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            10 => Form::MovGprFromXmm {
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            11 => Form::LoadXmm128 {
                dst: d.reg(),
                base: d.reg(),
                disp: d.imm32(),
            },
            12 => Form::StoreXmm128 {
                base: d.reg(),
                disp: d.imm32(),
                src: d.reg(),
            },
            13 => Form::Pshufd {
                dst: d.reg(),
                src: d.reg(),
                order: d.below(256) as u8,
            },
            14 => Form::Unpcklps {
                dst: d.reg(),
                src: d.reg(),
            },
            15 => Form::Subpd {
                dst: d.reg(),
                src: d.reg(),
            },
            16 => Form::Movaps {
                dst: d.reg(),
                src: d.reg(),
            },
            17 => Form::LoadXmm {
                size: d.wide(),
                dst: d.reg(),
                base: d.reg(),
                disp: d.imm32(),
            },
            18 => Form::StoreXmm {
                size: d.wide(),
                base: d.reg(),
                disp: d.imm32(),
                src: d.reg(),
            },
            19 => Form::LoadSx {
                from: d.narrow(),
                to: d.wide(),
                dst: d.reg(),
                base: d.reg(),
                disp: d.imm32(),
            },
            20 => Form::SseArith {
                op: SSE_OPS[d.below(SSE_OPS.len() as u64) as usize],
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            21 => Form::Round {
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
                mode: d.below(16) as u8,
            },
            22 => Form::CvtIntToFloat {
                int_size: d.wide(),
                float_size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            23 => Form::CvtFloatToInt {
                float_size: d.wide(),
                int_size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            24 => Form::AluRr {
                op: ALUS[d.below(6) as usize],
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            25 => Form::AluRi {
                op: ALUS[d.below(6) as usize],
                size: d.wide(),
                dst: d.reg(),
                imm: d.imm32(),
            },
            26 => Form::AddMemImm {
                base: d.reg(),
                disp: d.imm32(),
                imm: d.imm32(),
            },
            27 => Form::CmpMr {
                base: d.reg(),
                disp: d.imm32(),
                src: d.reg(),
            },
            28 => Form::TestRr {
                size: d.wide(),
                a: d.reg(),
                b: d.reg(),
            },
            29 => Form::ImulRr {
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            30 => Form::ImulRri {
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
                imm: d.imm32(),
            },
            31 => Form::Neg {
                size: d.wide(),
                dst: d.reg(),
            },
            32 => Form::ShiftCl {
                op: SHIFTS[d.below(5) as usize],
                size: d.wide(),
                dst: d.reg(),
            },
            33 => Form::ShiftRi {
                op: SHIFTS[d.below(5) as usize],
                size: d.wide(),
                dst: d.reg(),
                imm: d.below(64) as u8,
            },
            34 => Form::SignExtendRaxIntoRdx { size: d.wide() },
            35 => Form::Div {
                signed: d.flag(),
                size: d.wide(),
                src: d.reg(),
            },
            36 => Form::BitCount {
                op: BIT_COUNTS[d.below(5) as usize],
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            37 => Form::SetccZx {
                cond: d.cond(),
                dst: d.reg(),
            },
            38 => Form::Cmov {
                cond: d.cond(),
                size: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            39 => Form::MovsxRr {
                from: d.narrow(),
                to: d.wide(),
                dst: d.reg(),
                src: d.reg(),
            },
            40 => Form::Jmp { backward: d.flag() },
            41 => Form::Jcc {
                cond: d.cond(),
                backward: d.flag(),
            },
            42 => Form::JmpR { src: d.reg() },
            43 => Form::CallRel32,
            44 => Form::JmpRel32Reloc,
            45 => Form::CallR { src: d.reg() },
            46 => Form::Ret {
                pop: if d.flag() { 0 } else { d.below(1 << 16) as u16 },
            },
            47 => Form::Ud2,
            48 => Form::SubRspPatchable {
                imm: (d.0)() as u32,
            },
            49 => Form::Packed {
                op: PackedOp::ALL[d.below(PackedOp::ALL.len() as u64) as usize],
                dst: d.reg(),
                src: d.reg(),
            },
            50 => Form::PackedShiftImm {
                op: PackedShift::ALL[d.below(PackedShift::ALL.len() as u64) as usize],
                dst: d.reg(),
                imm: d.below(64) as u8,
            },
            51 => Form::PackedFloatCmp {
                double: d.flag(),
                pred: d.below(8) as u8,
                dst: d.reg(),
                src: d.reg(),
            },
            52 => Form::Pextrw {
                dst: d.reg(),
                src: d.reg(),
                index: d.below(8) as u8,
            },
            53 => {
                let lane_bytes = [1, 2, 4, 8][d.below(4) as usize];
                Form::Pinsr {
                    lane_bytes,
                    dst: d.reg(),
                    src: d.reg(),
                    index: d.below(16 / u64::from(lane_bytes)) as u8,
                }
            }
            54 => Form::Insertps {
                dst: d.reg(),
                src: d.reg(),
                imm: d.below(256) as u8,
            },
            55 => Form::PackedImm {
                op: PackedImmOp::ALL[d.below(PackedImmOp::ALL.len() as u64) as usize],
                dst: d.reg(),
                src: d.reg(),
                imm: d.below(256) as u8,
            },
            56 => Form::MoveMask {
                op: MoveMaskOp::ALL[d.below(MoveMaskOp::ALL.len() as u64) as usize],
                dst: d.reg(),
                src: d.reg(),
            },
            57 => Form::Fma {
                op: FmaOp::ALL[d.below(FmaOp::ALL.len() as u64) as usize],
                dst: d.reg(),
                b: d.reg(),
                c: d.reg(),
            },
            58 => Form::LoadXmm128Rip { dst: d.reg() },
            _ => {
                // The index register is scaled, so it cannot be rsp, and
                // the two registers must differ.
                let index =
                    [0u8, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15][d.below(15) as usize];
                let tmp = (index + 1 + d.below(15) as u8) % 16;
                Form::JumpTable {
                    index,
                    tmp,
                    targets: 1 + d.below(4) as u8,
                }
            }
        }
    }

    /// The name of the [`Assembler`] method this form calls.
    pub fn method(&self) -> &'static str {
        match self {
            Form::MovRr { .. } => "mov_rr",
            Form::MovRi { .. } => "mov_ri",
            Form::Load { .. } => "load",
            Form::LoadZx { .. } => "load_zx",
            Form::Store { .. } => "store",
            Form::StoreImm { .. } => "store_imm",
            Form::Lea { .. } => "lea",
            Form::Push { .. } => "push",
            Form::Pop { .. } => "pop",
            Form::MovXmmFromGpr { .. } => "mov_xmm_from_gpr",
            Form::MovGprFromXmm { .. } => "mov_gpr_from_xmm",
            Form::LoadXmm128 { .. } => "load_xmm128",
            Form::StoreXmm128 { .. } => "store_xmm128",
            Form::Pshufd { .. } => "pshufd",
            Form::Unpcklps { .. } => "unpcklps",
            Form::Subpd { .. } => "subpd",
            Form::Packed { .. } => "packed",
            Form::PackedShiftImm { .. } => "packed_shift_imm",
            Form::PackedImm { .. } => "packed_imm",
            Form::MoveMask { .. } => "move_mask",
            Form::Fma { .. } => "fma",
            Form::LoadXmm128Rip { .. } => "load_xmm128_rip",
            Form::PackedFloatCmp { .. } => "packed_float_cmp",
            Form::Pextrw { .. } => "pextrw",
            Form::Pinsr { .. } => "pinsr",
            Form::Insertps { .. } => "insertps",
            Form::Movaps { .. } => "movaps",
            Form::LoadXmm { .. } => "load_xmm",
            Form::StoreXmm { .. } => "store_xmm",
            Form::LoadSx { .. } => "load_sx",
            Form::SseArith { .. } => "sse_arith",
            Form::Round { .. } => "round",
            Form::CvtIntToFloat { .. } => "cvt_int_to_float",
            Form::CvtFloatToInt { .. } => "cvt_float_to_int",
            Form::AluRr { .. } => "alu_rr",
            Form::AluRi { .. } => "alu_ri",
            Form::AddMemImm { .. } => "add_mem_imm",
            Form::CmpMr { .. } => "cmp_mr",
            Form::TestRr { .. } => "test_rr",
            Form::ImulRr { .. } => "imul_rr",
            Form::ImulRri { .. } => "imul_rri",
            Form::Neg { .. } => "neg",
            Form::ShiftCl { .. } => "shift_cl",
            Form::ShiftRi { .. } => "shift_ri",
            Form::SignExtendRaxIntoRdx { .. } => "sign_extend_rax_into_rdx",
            Form::Div { .. } => "div",
            Form::BitCount { .. } => "bit_count",
            Form::SetccZx { .. } => "setcc_zx",
            Form::Cmov { .. } => "cmov",
            Form::MovsxRr { .. } => "movsx_rr",
            Form::Jmp { .. } => "jmp",
            Form::Jcc { .. } => "jcc",
            Form::JmpR { .. } => "jmp_r",
            Form::CallRel32 => "call_rel32",
            Form::JmpRel32Reloc => "jmp_rel32_reloc",
            Form::CallR { .. } => "call_r",
            Form::Ret { .. } => "ret",
            Form::Ud2 => "ud2",
            Form::Vex(f) => f.method(),
            Form::SubRspPatchable { .. } => "sub_rsp_patchable",
            Form::JumpTable { .. } => "jump_table",
        }
    }

    /// Emits this form into `a`.
    pub fn emit(&self, a: &mut Assembler) {
        match *self {
            Form::MovRr { size, dst, src } => a.mov_rr(size, dst, src),
            Form::MovRi { size, dst, imm } => a.mov_ri(size, dst, imm),
            Form::Load {
                size,
                dst,
                base,
                disp,
            } => a.load(size, dst, base, disp),
            Form::LoadZx {
                from,
                dst,
                base,
                disp,
            } => a.load_zx(from, dst, base, disp),
            Form::Store {
                size,
                base,
                disp,
                src,
            } => a.store(size, base, disp, src),
            Form::StoreImm {
                size,
                base,
                disp,
                imm,
            } => a.store_imm(size, base, disp, imm),
            Form::Lea { dst, base, disp } => a.lea(dst, base, disp),
            Form::Push { src } => a.push(src),
            Form::Pop { dst } => a.pop(dst),
            Form::MovXmmFromGpr { size, dst, src } => a.mov_xmm_from_gpr(size, dst, src),
            Form::MovGprFromXmm { size, dst, src } => a.mov_gpr_from_xmm(size, dst, src),
            Form::LoadXmm128 { dst, base, disp } => a.load_xmm128(dst, base, disp),
            Form::StoreXmm128 { base, disp, src } => a.store_xmm128(base, disp, src),
            Form::Pshufd { dst, src, order } => a.pshufd(dst, src, order),
            Form::Unpcklps { dst, src } => a.unpcklps(dst, src),
            Form::Subpd { dst, src } => a.subpd(dst, src),
            Form::Packed { op, dst, src } => a.packed(op, dst, src),
            Form::PackedShiftImm { op, dst, imm } => a.packed_shift_imm(op, dst, imm),
            Form::PackedImm { op, dst, src, imm } => a.packed_imm(op, dst, src, imm),
            Form::MoveMask { op, dst, src } => a.move_mask(op, dst, src),
            Form::Fma { op, dst, b, c } => a.fma(op, dst, b, c),
            Form::LoadXmm128Rip { dst } => {
                let l = a.new_label();
                a.load_xmm128_rip(dst, l);
                a.bind(l);
            }
            Form::PackedFloatCmp {
                double,
                pred,
                dst,
                src,
            } => a.packed_float_cmp(double, pred, dst, src),
            Form::Pextrw { dst, src, index } => a.pextrw(dst, src, index),
            Form::Pinsr {
                lane_bytes,
                dst,
                src,
                index,
            } => a.pinsr(lane_bytes, dst, src, index),
            Form::Insertps { dst, src, imm } => a.insertps(dst, src, imm),
            Form::Movaps { dst, src } => a.movaps(dst, src),
            Form::LoadXmm {
                size,
                dst,
                base,
                disp,
            } => a.load_xmm(size, dst, base, disp),
            Form::StoreXmm {
                size,
                base,
                disp,
                src,
            } => a.store_xmm(size, base, disp, src),
            Form::LoadSx {
                from,
                to,
                dst,
                base,
                disp,
            } => a.load_sx(from, to, dst, base, disp),
            Form::SseArith { op, size, dst, src } => a.sse_arith(op, size, dst, src),
            Form::Round {
                size,
                dst,
                src,
                mode,
            } => a.round(size, dst, src, mode),
            Form::CvtIntToFloat {
                int_size,
                float_size,
                dst,
                src,
            } => a.cvt_int_to_float(int_size, float_size, dst, src),
            Form::CvtFloatToInt {
                float_size,
                int_size,
                dst,
                src,
            } => a.cvt_float_to_int(float_size, int_size, dst, src),
            Form::AluRr { op, size, dst, src } => a.alu_rr(op, size, dst, src),
            Form::AluRi { op, size, dst, imm } => a.alu_ri(op, size, dst, imm),
            Form::AddMemImm { base, disp, imm } => a.add_mem_imm(base, disp, imm),
            Form::CmpMr { base, disp, src } => a.cmp_mr(base, disp, src),
            Form::TestRr { size, a: x, b } => a.test_rr(size, x, b),
            Form::ImulRr { size, dst, src } => a.imul_rr(size, dst, src),
            Form::ImulRri {
                size,
                dst,
                src,
                imm,
            } => a.imul_rri(size, dst, src, imm),
            Form::Neg { size, dst } => a.neg(size, dst),
            Form::ShiftCl { op, size, dst } => a.shift_cl(op, size, dst),
            Form::ShiftRi { op, size, dst, imm } => a.shift_ri(op, size, dst, imm),
            Form::SignExtendRaxIntoRdx { size } => a.sign_extend_rax_into_rdx(size),
            Form::Div { signed, size, src } => a.div(signed, size, src),
            Form::BitCount { op, size, dst, src } => a.bit_count(op, size, dst, src),
            Form::SetccZx { cond, dst } => a.setcc_zx(cond, dst),
            Form::Cmov {
                cond,
                size,
                dst,
                src,
            } => a.cmov(cond, size, dst, src),
            Form::MovsxRr { from, to, dst, src } => a.movsx_rr(from, to, dst, src),
            Form::Jmp { backward } => {
                let l = a.new_label();
                if backward {
                    a.bind(l);
                    a.jmp(l);
                } else {
                    a.jmp(l);
                    a.bind(l);
                }
            }
            Form::Jcc { cond, backward } => {
                let l = a.new_label();
                if backward {
                    a.bind(l);
                    a.jcc(cond, l);
                } else {
                    a.jcc(cond, l);
                    a.bind(l);
                }
            }
            Form::JmpR { src } => a.jmp_r(src),
            Form::CallRel32 => {
                a.call_rel32();
            }
            Form::JmpRel32Reloc => {
                a.jmp_rel32_reloc();
            }
            Form::CallR { src } => a.call_r(src),
            Form::Ret { pop } => a.ret(pop),
            Form::Ud2 => {
                a.ud2();
            }
            Form::SubRspPatchable { imm } => {
                let at = a.sub_rsp_patchable();
                a.patch_u32(at, imm);
            }
            Form::JumpTable {
                index,
                tmp,
                targets,
            } => {
                let l = a.new_label();
                let labels = vec![l; targets as usize];
                a.jump_table(index, tmp, &labels);
                a.bind(l);
            }
            Form::Vex(ref f) => f.emit(a),
        }
    }
}

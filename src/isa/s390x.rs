//! The s390x `MacroAssembler`, over the `kindling-isa-s390x` encoder.
//!
//! s390x is big-endian; wasm memory and wasmtime's `ValRaw` arrays are
//! little-endian, so every heap access byte-reverses (`lrv`, `strv`...),
//! while frame slots, globals, tables and the runtime's structures are
//! native. A 32-bit operation reads and writes the low half of a 64-bit
//! register, and an `i32` promises only those 32 bits.
//!
//! The frame follows the ELF ABI as wasmtime walks it: the caller leaves
//! 160 bytes at its SP for us to save registers in, and "the frame
//! pointer" of a frame, for wasmtime, is its SP at entry, which holds the
//! caller's back chain, with our return address at +112. So the prologue
//! stores r11–r15 into that area, points r11 (our frame pointer) at it,
//! reserves the frame and writes the back chain (r11) at the new SP.
//! Incoming stack arguments start at FP + 160; outgoing ones at SP + 160.
//!
//! Register roles:
//! * allocatable: r2–r9; v0–v4, v6 and v16–v29;
//! * r13 holds the vmctx, r12 memory 0's base (both restored by every
//!   epilogue, as the prologue saves them); r10 is the core's temp;
//! * r1 and r14 (free once the prologue saved it) are this masm's scratch
//!   registers, r1 with r0 the even/odd pair that divides and `flogr` need
//!   (r0 is never an address: as a base or index it means "none"); v7 and
//!   v5 are its float scratch, v7 also the core's float temp; v30 and v31
//!   its vector scratch;
//! * v8–v15 (whose f8–f15 halves are callee-saved natively) are never
//!   used, so entry trampolines need not save them.
//!
//! Floats live in the vector registers, an f64 in doubleword element 0 (the
//! floating-point register view of v0–v15) and an f32 in word element 0;
//! arithmetic uses the single-element vector forms (`wfadb`...), which
//! reach all 32 registers, and the conversions that exist only for f0–f15
//! go through v7.

mod features;
mod sequences;
mod simd;
mod simd_sequences;

use crate::abi::Abi;
use crate::masm::masm_plumbing;
use crate::masm::{
    DivOp, ExtendOp, FloatBinOp, FloatCmp, FloatUnOp, IntBinOp, IntCmp, IntUnOp, Label,
    MacroAssembler, MasmState, Mem, MemSize, OperandSize, Reg, RegImm, RegisterRoles, StackCheck,
    TailCallArgs, UnwindStep,
};
use crate::settings::{CpuFeature, IsaFeatures};
use crate::unwind::DwarfRegs;
pub use features::S390xFeatures;
use kindling_isa_s390x::{
    Assembler, CmpBranchOp, CmpImmBranchOp, Disp12, Disp20, FpMemOp, Imm16Op, Imm32Op, Mask, MemOp,
    RegOp, RsyOp, VecMemOp, VecRrOp, VecRrrOp, VecRrrrOp, RA, SP,
};
use wasmtime_environ::Trap;

/// The masm's scratch register (r1): values, wide offsets as an index.
const SCRATCH: u8 = 1;
/// The second scratch register (r14, saved by the prologue).
const SCRATCH2: u8 = 14;
/// The even register of the r0:r1 pair (never an address).
const PAIR_EVEN: u8 = 0;
/// The core's temp (r10).
const CORE_TEMP: u8 = 10;
/// The frame pointer (r11): the SP at entry.
const FP: u8 = 11;
/// The register holding memory 0's base (r12).
const HEAP_BASE: u8 = 12;
/// The vmctx register (r13).
const VMCTX: u8 = 13;
/// The masm's float scratch registers (v7, v5: floating-point registers,
/// which the conversions need).
const F_SCRATCH: u8 = 7;
const F_SCRATCH2: u8 = 5;
/// The register save area the caller leaves at its SP.
const SAVE_AREA: i32 = 160;
/// Where the prologue stores r11–r15 in that area (r6 is at 48).
const SAVED_GPRS_AT: i32 = 88;

static ALLOCATABLE: [Reg; 8] = Reg::gprs([2, 3, 4, 5, 6, 7, 8, 9]);

static ALLOCATABLE_FPRS: [Reg; 20] = Reg::fprs([
    0, 1, 2, 3, 4, 6, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
]);

/// The native callee-saved registers the prologue does not save itself
/// (r11–r15 are in every frame's `stmg`; f8–f15 are never used).
static CALLEE_SAVED: [Reg; 5] = Reg::gprs([6, 7, 8, 9, 10]);

static ABI: Abi = Abi {
    int_args: &Reg::gprs([2, 3, 4, 5, 6]),
    float_args: &Reg::fprs([0, 2, 4, 6]),
    int_ret: Reg::gpr(2),
    float_ret: Reg::fpr(0),
    v128_regs: Some((&Reg::fprs([24, 25, 26, 27, 28, 29, 30, 31]), Reg::fpr(24))),
    callee_saved: &CALLEE_SAVED,
    local_gprs: &Reg::gprs([7, 8, 9]),
    local_fprs: &Reg::fprs([16, 17, 18, 19, 20, 21, 22, 23]),
    stack_slot_size: 8,
    outgoing_args_offset: SAVE_AREA as u32,
    narrow_args_at_slot_end: true,
    // wasmtime marks its builtins' 32-bit arguments `uext`, which the
    // s390x ABI leaves to the caller.
    extends_u32_args: true,
};

/// The DWARF numbers of the vector registers: f0–f15 interleaved as the
/// ELF ABI numbers them (f0, f2, f4, f6, f1, ...), then v16–v31 likewise.
static DWARF_FPRS: [u16; 32] = [
    16, 20, 17, 21, 18, 22, 19, 23, 24, 28, 25, 29, 26, 30, 27, 31, 68, 72, 69, 73, 70, 74, 71, 75,
    76, 80, 77, 81, 78, 82, 79, 83,
];

/// More code than the core emits between two safe points: one operator's
/// worth (a call with 1,000 arguments takes about 12 KiB). Well under the
/// 16-bit branches' 64 KiB reach.
const MAX_UNIT_BYTES: u32 = 16 << 10;

/// The s390x macro assembler.
pub struct S390xMasm {
    asm: Assembler,
    state: MasmState<kindling_isa_s390x::Label>,
    features: S390xFeatures,
    /// What this masm was asked for and cannot emit, reported by `finish`.
    refused: Option<&'static str>,
    /// The stack check's way out (see `checked_prologue`), emitted by
    /// `finish`: its label, and the stack-overflow trap it goes on to.
    overflow_exit: Option<(kindling_isa_s390x::Label, kindling_isa_s390x::Label)>,
}

/// The element-size mask of a float operation (2 word, 3 doubleword).
fn fsize(size: OperandSize) -> u8 {
    match size {
        OperandSize::S32 => 2,
        OperandSize::S64 => 3,
    }
}

/// An immediate as a 32-bit operation sees it.
fn canonical(size: OperandSize, imm: i64) -> i64 {
    match size {
        OperandSize::S32 => imm as i32 as i64,
        OperandSize::S64 => imm,
    }
}

/// The branch mask of `cmp` after a compare of its operands in order.
fn mask_of(cmp: IntCmp) -> Mask {
    match cmp {
        IntCmp::Eq => Mask::EQ,
        IntCmp::Ne => Mask::NE,
        IntCmp::LtS | IntCmp::LtU => Mask::LT,
        IntCmp::GtS | IntCmp::GtU => Mask::GT,
        IntCmp::LeS | IntCmp::LeU => Mask::LE,
        IntCmp::GeS | IntCmp::GeU => Mask::GE,
    }
}

/// Whether `cmp` compares as unsigned numbers.
fn unsigned(cmp: IntCmp) -> bool {
    matches!(cmp, IntCmp::LtU | IntCmp::GtU | IntCmp::LeU | IntCmp::GeU)
}

fn disp20(value: i64) -> Disp20 {
    Disp20::new(value).expect("a 20-bit displacement")
}

fn disp12(value: i64) -> Disp12 {
    Disp12::new(value).expect("a 12-bit displacement")
}

impl S390xMasm {
    fn label(&self, l: Label) -> kindling_isa_s390x::Label {
        self.state.label(l)
    }

    /// Notes a request this masm cannot honour; `finish` reports it.
    fn refuse(&mut self, what: &'static str) {
        self.refused.get_or_insert(what);
    }

    /// `rd = rs` (64-bit).
    fn lgr(&mut self, rd: u8, rs: u8) {
        if rd != rs {
            self.asm.reg_op(RegOp::Lgr, rd, rs);
        }
    }

    /// `vd = vs`, the whole vector register.
    fn vlr(&mut self, vd: u8, vs: u8) {
        if vd != vs {
            self.asm.vec_rr(VecRrOp::Vlr, vd, vs, [0; 3]);
        }
    }

    /// `m` as a long-displacement operand `(index, base, disp)`, with the
    /// offset in `SCRATCH2` as the index when it is wider than 20 bits.
    fn rxy(&mut self, m: Mem) -> (u8, u8, Disp20) {
        match Disp20::new(i64::from(m.offset)) {
            Some(d) => (0, m.base.hw(), d),
            None => {
                self.asm.mov_imm(SCRATCH2, i64::from(m.offset));
                (SCRATCH2, m.base.hw(), disp20(0))
            }
        }
    }

    /// `m` as a vector operand `(index, base, disp)`: the displacement is
    /// unsigned and 12 bits wide, so other offsets go in `SCRATCH2`.
    fn vrx(&mut self, m: Mem) -> (u8, u8, Disp12) {
        match Disp12::new(i64::from(m.offset)) {
            Some(d) => (0, m.base.hw(), d),
            None => {
                self.asm.mov_imm(SCRATCH2, i64::from(m.offset));
                (SCRATCH2, m.base.hw(), disp12(0))
            }
        }
    }

    /// `op r, m` (RXY). Returns the offset of the access.
    fn mem_op(&mut self, op: MemOp, r: u8, m: Mem) -> u32 {
        let (x, b, d) = self.rxy(m);
        let at = self.asm.offset();
        self.asm.mem(op, r, x, b, d);
        at
    }

    /// `op v, m, m3` (VRX). Returns the offset of the access.
    fn vec_mem(&mut self, op: VecMemOp, v: u8, m: Mem, m3: u8) -> u32 {
        let (x, b, d) = self.vrx(m);
        let at = self.asm.offset();
        self.asm.vec_mem(op, v, x, b, d, m3);
        at
    }

    /// Loads or stores a float of `size` (4 or 8 bytes) natively: the
    /// floating-point forms for v0–v15, the element forms for the others.
    fn float_access(&mut self, load: bool, size: MemSize, v: u8, m: Mem) {
        let single = size == MemSize::S32;
        if v < 16 {
            let op = match (load, single) {
                (true, true) => FpMemOp::Ley,
                (true, false) => FpMemOp::Ldy,
                (false, true) => FpMemOp::Stey,
                (false, false) => FpMemOp::Stdy,
            };
            let (x, b, d) = self.rxy(m);
            self.asm.fp_mem(op, v, x, b, d);
        } else {
            let op = match (load, single) {
                (true, true) => VecMemOp::Vlef,
                (true, false) => VecMemOp::Vleg,
                (false, true) => VecMemOp::Vstef,
                (false, false) => VecMemOp::Vsteg,
            };
            self.vec_mem(op, v, m, 0);
        }
    }

    /// `rd = rs + imm` (64-bit).
    fn add_imm(&mut self, rd: u8, rs: u8, imm: i64) {
        match Disp20::new(imm) {
            Some(d) if rs != 0 => self.asm.mem(MemOp::Lay, rd, 0, rs, d),
            _ => match i32::try_from(imm) {
                Ok(i) => {
                    self.lgr(rd, rs);
                    self.asm.imm32(Imm32Op::Agfi, rd, i as u32);
                }
                Err(_) => {
                    self.asm.mov_imm(SCRATCH, imm);
                    self.asm
                        .distinct(kindling_isa_s390x::DistinctOp::Agrk, rd, rs, SCRATCH);
                }
            },
        }
    }

    /// Compares `lhs` with `rhs` as `cmp` needs (signed or not, `size`).
    fn compare(&mut self, cmp: IntCmp, size: OperandSize, lhs: u8, rhs: RegImm) {
        let (w, u) = (size == OperandSize::S64, unsigned(cmp));
        match rhs {
            RegImm::Reg(r) => {
                let op = match (w, u) {
                    (false, false) => RegOp::Cr,
                    (false, true) => RegOp::Clr,
                    (true, false) => RegOp::Cgr,
                    (true, true) => RegOp::Clgr,
                };
                self.asm.reg_op(op, lhs, r.hw());
            }
            RegImm::Imm(i) => {
                let i = canonical(size, i);
                match (w, u) {
                    (_, false) if i16::try_from(i).is_ok() => {
                        let op = if w { Imm16Op::Cghi } else { Imm16Op::Chi };
                        self.asm.imm16(op, lhs, i as u16);
                    }
                    (false, false) => self.asm.imm32(Imm32Op::Cfi, lhs, i as u32),
                    (true, false) if i32::try_from(i).is_ok() => {
                        self.asm.imm32(Imm32Op::Cgfi, lhs, i as u32)
                    }
                    (false, true) => self.asm.imm32(Imm32Op::Clfi, lhs, i as u32),
                    (true, true) if u32::try_from(i).is_ok() => {
                        self.asm.imm32(Imm32Op::Clgfi, lhs, i as u32)
                    }
                    (true, _) => {
                        self.asm.mov_imm(SCRATCH, i);
                        let op = if u { RegOp::Clgr } else { RegOp::Cgr };
                        self.asm.reg_op(op, lhs, SCRATCH);
                    }
                }
            }
        }
    }

    /// The floating-point register holding the float in `v`: itself, or a
    /// copy in `F_SCRATCH` for v16–v31.
    fn fpr_src(&mut self, v: u8) -> u8 {
        if v < 16 {
            v
        } else {
            self.vlr(F_SCRATCH, v);
            F_SCRATCH
        }
    }

    /// The floating-point register to compute a float for `v` in: itself,
    /// or `F_SCRATCH`, which `fpr_done` then copies to `v`.
    fn fpr_dst(v: u8) -> u8 {
        if v < 16 {
            v
        } else {
            F_SCRATCH
        }
    }

    /// Completes a result computed in `fpr_dst(v)`.
    fn fpr_done(&mut self, v: u8) {
        if v >= 16 {
            self.vlr(v, F_SCRATCH);
        }
    }

    /// `d = l op r` on the float elements of `size`: element 0 only when
    /// `single` (a scalar float), else every element (v128 lanes).
    pub(super) fn float_elements_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        single: bool,
        d: u8,
        l: u8,
        r: u8,
    ) {
        let (s, m5) = (fsize(size), if single { 8 } else { 0 });
        let (vop, m6) = match op {
            FloatBinOp::Add => (VecRrrOp::Vfa, 0),
            FloatBinOp::Sub => (VecRrrOp::Vfs, 0),
            FloatBinOp::Mul => (VecRrrOp::Vfm, 0),
            FloatBinOp::Div => (VecRrrOp::Vfd, 0),
            // Mode 1 is Java's min and max, which are wasm's: NaN if either
            // is, and -0 below +0.
            FloatBinOp::Min => (VecRrrOp::Vfmin, 1),
            FloatBinOp::Max => (VecRrrOp::Vfmax, 1),
            FloatBinOp::Copysign => {
                // The sign bit from r, the rest from l.
                let mask = F_SCRATCH2;
                self.asm.vgm(mask, 0, 0, s);
                return self.asm.vec_rrrr(VecRrrrOp::Vsel, d, r, l, mask, [0, 0]);
            }
        };
        self.asm.vec_rrr(vop, d, l, r, [s, m5, m6]);
    }

    /// `d = op r` on the float elements of `size`, as `float_elements_binop`.
    pub(super) fn float_elements_unop(
        &mut self,
        op: FloatUnOp,
        size: OperandSize,
        single: bool,
        d: u8,
        r: u8,
    ) {
        let (s, m4) = (fsize(size), if single { 8 } else { 0 });
        // `vfi` modes: 4 to nearest even, 5 toward zero, 6 up, 7 down; the
        // 4 in its m4 suppresses the inexact exception.
        let round =
            |masm: &mut Self, mode: u8| masm.asm.vec_rr(VecRrOp::Vfi, d, r, [s, m4 | 4, mode]);
        match op {
            FloatUnOp::Neg => self.asm.vec_rr(VecRrOp::Vfpso, d, r, [s, m4, 0]),
            FloatUnOp::Abs => self.asm.vec_rr(VecRrOp::Vfpso, d, r, [s, m4, 2]),
            FloatUnOp::Sqrt => self.asm.vec_rr(VecRrOp::Vfsq, d, r, [s, m4, 0]),
            FloatUnOp::Ceil => round(self, 6),
            FloatUnOp::Floor => round(self, 7),
            FloatUnOp::Trunc => round(self, 5),
            FloatUnOp::Nearest => round(self, 4),
        }
    }

    /// `r = the bits of the float in v` (`size` 4 or 8 bytes).
    fn float_to_gpr(&mut self, size: MemSize, r: u8, v: u8) {
        let m4 = if size == MemSize::S32 { 2 } else { 3 };
        self.asm.vlgv(r, v, 0, disp12(0), m4);
    }

    /// `v = a float with the bits of r` (`size` 4 or 8 bytes).
    fn gpr_to_float(&mut self, size: MemSize, v: u8, r: u8) {
        let m4 = if size == MemSize::S32 { 2 } else { 3 };
        self.asm.vlvg(v, r, 0, disp12(0), m4);
    }
}

impl MacroAssembler for S390xMasm {
    const ISA: &'static str = "s390x";
    const MISSING_FEATURE_HINT: &'static str = "vector code the s390x backend does not emit yet";
    const CPU_FEATURES: &'static [CpuFeature] = S390xFeatures::TABLE;
    const DWARF: DwarfRegs = DwarfRegs {
        sp: SP as u16,
        fp: FP as u16,
        ra: RA as u16,
        code_alignment: 1,
        entry_cfa_offset: SAVE_AREA,
        entry_ra_offset: None,
        gpr_numbers: &[],
        fpr_base: 16,
        fpr_numbers: &DWARF_FPRS,
    };

    fn new(features: &IsaFeatures) -> Self {
        S390xMasm {
            asm: Assembler::new(),
            state: MasmState::default(),
            features: S390xFeatures::from_set(features),
            refused: None,
            overflow_exit: None,
        }
    }

    fn reset(&mut self) {
        self.asm.clear();
        self.state.reset();
        self.refused = None;
        self.overflow_exit = None;
    }

    masm_plumbing!(kindling_isa_s390x::Label);

    const ROLES: RegisterRoles = RegisterRoles {
        allocatable_gprs: &ALLOCATABLE,
        allocatable_fprs: &ALLOCATABLE_FPRS,
        vmctx: Reg::gpr(VMCTX),
        heap_base: Reg::gpr(HEAP_BASE),
        fp: Reg::gpr(FP),
        sp: Reg::gpr(SP),
        core_temp: Reg::gpr(CORE_TEMP),
        float_temp: Reg::fpr(F_SCRATCH),
    };
    fn abi() -> &'static Abi {
        &ABI
    }

    fn safe_point(&mut self) {
        self.asm.island_point(MAX_UNIT_BYTES);
    }

    fn incoming_args_offset() -> i32 {
        SAVE_AREA
    }

    fn frame_record() -> (i32, i32) {
        // The caller's back chain at our entry SP, our return address in
        // r14's slot of the save area.
        (0, SAVED_GPRS_AT + 8 * (i32::from(RA) - i32::from(FP)))
    }

    fn prologue(&mut self) {
        self.save_and_set_fp();
        self.state.frame_size_patch = Some(self.asm.offset());
        self.asm.imm32(Imm32Op::Agfi, SP, 0);
        self.store_back_chain();
    }

    fn checked_prologue(&mut self, check: StackCheck) {
        // The check comes before the frame is reserved, so that nothing
        // below the limit is touched; its way out (in `finish`) gives the
        // trap a frame of its own.
        self.save_and_set_fp();
        self.lgr(SCRATCH2, SP);
        self.state.frame_size_patch = Some(self.asm.offset());
        self.asm.imm32(Imm32Op::Agfi, SCRATCH2, 0);
        self.mem_op(MemOp::Lg, SCRATCH, check.runtime_limits);
        let limit = crate::codegen::mem(Reg::gpr(SCRATCH), check.stack_limit_offset);
        self.mem_op(MemOp::Lg, SCRATCH, limit);
        let exit = self.asm.new_label();
        self.overflow_exit = Some((exit, self.label(check.trap)));
        self.asm
            .cmp_branch(CmpBranchOp::Clgrj, SCRATCH2, SCRATCH, Mask::LT, exit);
        self.lgr(SP, SCRATCH2);
        self.store_back_chain();
    }

    fn patch_frame_size(&mut self, bytes: u32) {
        let Some(at) = self.state.frame_size_patch else {
            return;
        };
        match i32::try_from(bytes) {
            Ok(b) => self.asm.patch_imm32(at, b.wrapping_neg() as u32),
            Err(_) => self.refuse("a frame of 2 GiB or more"),
        }
    }

    fn epilogue(&mut self, pop: u32) {
        // r11–r15 as they were at entry: the caller's SP, its r11–r13 and
        // our return address.
        self.asm
            .rsy(RsyOp::Lmg, FP, SP, FP, disp20(i64::from(SAVED_GPRS_AT)));
        if pop != 0 {
            self.add_imm(SP, SP, i64::from(pop));
        }
        self.asm.bcr(Mask::ALWAYS, RA);
    }

    fn move_reg(&mut self, size: MemSize, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw(), src.hw());
        match (dst.is_gpr(), src.is_gpr()) {
            (true, true) => self.lgr(d, s),
            (false, true) => self.gpr_to_float(size, d, s),
            (true, false) => self.float_to_gpr(size, d, s),
            (false, false) => self.vlr(d, s),
        }
    }

    fn move_imm(&mut self, size: MemSize, dst: Reg, imm: i64) {
        let imm = if size == MemSize::S64 || size == MemSize::S128 {
            imm
        } else {
            imm as i32 as i64
        };
        if dst.is_gpr() {
            self.asm.mov_imm(dst.hw(), imm);
        } else if imm == 0 {
            self.asm.vgbm(dst.hw(), 0);
        } else if size == MemSize::S128 {
            self.refuse("a v128 constant");
        } else {
            self.asm.mov_imm(SCRATCH, imm);
            self.gpr_to_float(size, dst.hw(), SCRATCH);
        }
    }

    fn load(&mut self, size: MemSize, dst: Reg, src: Mem) {
        let d = dst.hw();
        if !dst.is_gpr() {
            if size == MemSize::S128 {
                self.vec_mem(VecMemOp::Vl, d, src, 0);
            } else {
                self.float_access(true, size, d, src);
            }
            return;
        }
        let op = match size {
            MemSize::S8 => MemOp::Llgc,
            MemSize::S16 => MemOp::Llgh,
            MemSize::S32 => MemOp::Llgf,
            _ => MemOp::Lg,
        };
        self.mem_op(op, d, src);
    }

    fn store(&mut self, size: MemSize, dst: Mem, src: Reg) {
        let s = src.hw();
        if !src.is_gpr() {
            if size == MemSize::S128 {
                self.vec_mem(VecMemOp::Vst, s, dst, 0);
            } else {
                self.float_access(false, size, s, dst);
            }
            return;
        }
        let op = match size {
            MemSize::S8 => MemOp::Stcy,
            MemSize::S16 => MemOp::Sthy,
            MemSize::S32 => MemOp::Sty,
            _ => MemOp::Stg,
        };
        self.mem_op(op, s, dst);
    }

    fn store_imm(&mut self, size: MemSize, dst: Mem, imm: i64) {
        let wide = match size {
            MemSize::S128 => {
                // A v128 in memory is its register's bytes: the high
                // doubleword (the sign) first.
                self.store_imm(MemSize::S64, dst, imm >> 63);
                let low = Mem {
                    base: dst.base,
                    offset: dst.offset + 8,
                };
                return self.store_imm(MemSize::S64, low, imm);
            }
            MemSize::S64 => true,
            MemSize::S32 => false,
            MemSize::S8 | MemSize::S16 => {
                self.asm.mov_imm(SCRATCH, imm);
                return self.store(size, dst, Reg::gpr(SCRATCH));
            }
        };
        let imm = if wide { imm } else { imm as i32 as i64 };
        match (Disp12::new(i64::from(dst.offset)), i16::try_from(imm)) {
            (Some(d), Ok(i)) => self.asm.store_imm(wide, dst.base.hw(), d, i),
            _ => {
                self.asm.mov_imm(SCRATCH, imm);
                self.store(size, dst, Reg::gpr(SCRATCH));
            }
        }
    }

    fn load_address(&mut self, dst: Reg, src: Mem) {
        if dst.is_gpr() {
            self.add_imm(dst.hw(), src.base.hw(), i64::from(src.offset));
        } else {
            self.add_imm(SCRATCH, src.base.hw(), i64::from(src.offset));
            self.gpr_to_float(MemSize::S64, dst.hw(), SCRATCH);
        }
    }

    fn move_scratch(size: MemSize) -> Reg {
        if size == MemSize::S128 {
            Reg::fpr(F_SCRATCH)
        } else {
            Reg::gpr(SCRATCH)
        }
    }

    fn add_to_mem(&mut self, dst: Mem, imm: i32) {
        self.mem_op(MemOp::Lg, SCRATCH, dst);
        self.asm.imm32(Imm32Op::Agfi, SCRATCH, imm as u32);
        self.mem_op(MemOp::Stg, SCRATCH, dst);
    }

    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        let (d, l) = (dst.hw(), lhs.hw());
        match rhs {
            RegImm::Reg(r) => self.int_binop_reg(op, size, d, l, r.hw()),
            RegImm::Imm(i) => self.int_binop_imm(op, size, d, l, canonical(size, i)),
        }
    }

    fn int_unop(&mut self, op: IntUnOp, size: OperandSize, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw(), src.hw());
        match op {
            IntUnOp::Clz => self.clz(size, d, s),
            IntUnOp::Ctz => self.ctz(size, d, s),
            IntUnOp::Popcnt => self.popcnt(size, d, s),
        }
    }

    fn int_div(&mut self, op: DivOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        self.divide(op, size, dst.hw(), lhs.hw(), rhs.hw());
    }

    fn extend(&mut self, op: ExtendOp, dst: Reg, src: Reg) {
        let rop = match op {
            ExtendOp::S8To32 | ExtendOp::S8To64 => RegOp::Lgbr,
            ExtendOp::S16To32 | ExtendOp::S16To64 => RegOp::Lghr,
            ExtendOp::S32To64 => RegOp::Lgfr,
            ExtendOp::U32To64 => RegOp::Llgfr,
        };
        self.asm.reg_op(rop, dst.hw(), src.hw());
    }

    fn cmp_set(&mut self, cmp: IntCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        self.compare(cmp, size, lhs.hw(), rhs);
        // `lghi` leaves the condition code alone.
        self.asm.imm16(Imm16Op::Lghi, dst.hw(), 0);
        self.asm.load_imm_on_cond(true, dst.hw(), 1, mask_of(cmp));
    }

    fn zero_if(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, dst: Reg) {
        self.compare(cmp, size, lhs.hw(), rhs);
        self.asm.load_imm_on_cond(true, dst.hw(), 0, mask_of(cmp));
    }

    fn select(&mut self, _size: OperandSize, dst: Reg, cond: Reg, if_true: Reg) {
        if dst.is_gpr() {
            self.asm.imm16(Imm16Op::Chi, cond.hw(), 0);
            self.asm.cond_reg(
                kindling_isa_s390x::CondRegOp::Locgr,
                Mask::NE,
                dst.hw(),
                if_true.hw(),
            );
        } else {
            self.select_v128(dst, cond, if_true);
        }
    }

    fn select_v128(&mut self, dst: Reg, cond: Reg, if_true: Reg) {
        let keep = self.asm.new_label();
        self.asm
            .cmp_imm_branch(CmpImmBranchOp::Cij, cond.hw(), 0, Mask::EQ, keep);
        self.vlr(dst.hw(), if_true.hw());
        self.asm.bind(keep);
    }

    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        self.float_elements_binop(op, size, true, dst.hw(), lhs.hw(), rhs.hw());
    }

    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool {
        self.float_elements_unop(op, size, true, dst.hw(), src.hw());
        true
    }

    fn float_cmp_set(&mut self, cmp: FloatCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        // Condition code 0 equal, 1 low, 2 high, 3 unordered.
        self.asm
            .vec_rr(VecRrOp::Wfc, lhs.hw(), rhs.hw(), [fsize(size), 0, 0]);
        let mask = match cmp {
            FloatCmp::Eq => Mask::EQ,
            FloatCmp::Ne => Mask::NE,
            FloatCmp::Lt => Mask::LT,
            FloatCmp::Gt => Mask::GT,
            FloatCmp::Le => Mask::LE,
            FloatCmp::Ge => Mask::GE,
        };
        self.asm.imm16(Imm16Op::Lghi, dst.hw(), 0);
        self.asm.load_imm_on_cond(true, dst.hw(), 1, mask);
    }

    fn int_to_float(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        dst: Reg,
        src: Reg,
    ) {
        self.convert_from_int(signed, int_size, float_size, dst.hw(), src.hw());
    }

    fn float_to_int(
        &mut self,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        dst: Reg,
        src: Reg,
    ) {
        self.convert_to_int(signed, float_size, int_size, dst.hw(), src.hw());
    }

    fn float_resize(&mut self, to: OperandSize, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw(), src.hw());
        match to {
            OperandSize::S64 => self.asm.vec_rr(VecRrOp::Vfll, d, s, [2, 8, 0]),
            OperandSize::S32 => self.asm.vec_rr(VecRrOp::Vflr, d, s, [3, 8, 0]),
        }
    }

    fn heap_load(
        &mut self,
        size: MemSize,
        sign_extend_to: Option<OperandSize>,
        dst: Reg,
        src: Mem,
    ) -> u32 {
        if dst.is_gpr() {
            self.heap_load_int(size, sign_extend_to, dst.hw(), src)
        } else {
            self.heap_load_float(size, dst.hw(), src)
        }
    }

    fn heap_store(&mut self, size: MemSize, dst: Mem, src: Reg) -> u32 {
        if src.is_gpr() {
            let op = match size {
                MemSize::S8 => MemOp::Stcy,
                MemSize::S16 => MemOp::Strvh,
                MemSize::S32 => MemOp::Strv,
                _ => MemOp::Strvg,
            };
            self.mem_op(op, src.hw(), dst)
        } else {
            self.heap_store_float(size, dst, src.hw())
        }
    }

    fn heap_load_v128(&mut self, size: MemSize, dst: Reg, src: Mem) -> u32 {
        self.heap_load_low_lanes(size, dst.hw(), src)
    }

    fn br_cmp(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, target: Label) {
        let t = self.label(target);
        let (w, u, mask, l) = (
            size == OperandSize::S64,
            unsigned(cmp),
            mask_of(cmp),
            lhs.hw(),
        );
        match rhs {
            RegImm::Reg(r) => {
                let op = match (w, u) {
                    (false, false) => CmpBranchOp::Crj,
                    (false, true) => CmpBranchOp::Clrj,
                    (true, false) => CmpBranchOp::Cgrj,
                    (true, true) => CmpBranchOp::Clgrj,
                };
                self.asm.cmp_branch(op, l, r.hw(), mask, t);
            }
            RegImm::Imm(i) => {
                let i = canonical(size, i);
                let op = match (w, u) {
                    (false, false) => CmpImmBranchOp::Cij,
                    (false, true) => CmpImmBranchOp::Clij,
                    (true, false) => CmpImmBranchOp::Cgij,
                    (true, true) => CmpImmBranchOp::Clgij,
                };
                let imm8 = if u {
                    u8::try_from(i & if w { -1 } else { 0xffff_ffff }).ok()
                } else {
                    i8::try_from(i).ok().map(|i| i as u8)
                };
                match imm8 {
                    Some(imm) => self.asm.cmp_imm_branch(op, l, imm, mask, t),
                    None => {
                        self.compare(cmp, size, l, rhs);
                        self.asm.brc(mask, t);
                    }
                }
            }
        }
    }

    fn jmp(&mut self, target: Label) {
        let t = self.label(target);
        self.asm.brc(Mask::ALWAYS, t);
    }

    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label) {
        let i = index.hw();
        let d = self.label(default);
        self.asm.reg_op(RegOp::Llgfr, i, i);
        self.compare(
            IntCmp::GeU,
            OperandSize::S64,
            i,
            RegImm::Imm(targets.len() as i64),
        );
        self.asm.brc(Mask::GE, d);
        // Each entry is a six-byte `brcl`; no island may come between the
        // `larl` and the last of them.
        let table_bytes = 6 * targets.len() as u32;
        self.asm.island_point(table_bytes + 24);
        self.asm.hold_islands(true);
        let table = self.asm.new_label();
        self.asm.larl(SCRATCH, table);
        self.asm.imm16(Imm16Op::Mghi, i, 6);
        self.asm.reg_op(RegOp::Agr, SCRATCH, i);
        self.asm.bcr(Mask::ALWAYS, SCRATCH);
        self.asm.bind(table);
        for t in targets {
            let l = self.label(*t);
            self.asm.brcl(Mask::ALWAYS, l);
        }
        self.asm.hold_islands(false);
    }

    fn trap_instruction(&mut self, _code: Trap) -> u32 {
        // wasmtime looks up the PC the signal reports (two bytes on) less
        // one: the instruction's last byte.
        let at = self.asm.offset();
        self.asm.trap();
        at + 1
    }

    fn check_stack(&mut self, runtime_limits: Mem, stack_limit_offset: i32, trap: Label) {
        self.mem_op(MemOp::Lg, SCRATCH, runtime_limits);
        let limit = crate::codegen::mem(Reg::gpr(SCRATCH), stack_limit_offset);
        self.mem_op(MemOp::Lg, SCRATCH, limit);
        let t = self.label(trap);
        self.asm
            .cmp_branch(CmpBranchOp::Clgrj, SP, SCRATCH, Mask::LT, t);
    }

    fn emit_call_reloc(&mut self) -> u32 {
        self.asm.brasl_reloc(RA)
    }

    fn emit_call_reg(&mut self, target: Reg) {
        self.asm.basr(RA, target.hw());
    }

    fn emit_jump_reloc(&mut self) -> u32 {
        // Never reached: `leave_for_tail_call` refused the tail call, and
        // `finish` reports it.
        self.refuse("tail calls (wasmtime 12 refuses them on s390x)");
        self.asm.brasl_reloc(SCRATCH)
    }

    fn emit_jump_reg(&mut self, target: Reg) {
        self.asm.bcr(Mask::ALWAYS, target.hw());
    }

    fn leave_for_tail_call(&mut self, _args: TailCallArgs) {
        self.refuse("tail calls (wasmtime 12 refuses them on s390x)");
    }

    fn sub_sp(&mut self, bytes: u32) {
        if bytes != 0 {
            self.add_imm(SP, SP, -i64::from(bytes));
        }
    }

    fn patch_call(text: &mut [u8], reloc_offset: usize, target_offset: usize) -> bool {
        let rel = target_offset as i64 - reloc_offset as i64;
        let Ok(halfwords) = i32::try_from(rel / 2) else {
            return false;
        };
        let Some(field) = text.get_mut(reloc_offset + 2..reloc_offset + 6) else {
            return false;
        };
        field.copy_from_slice(&halfwords.to_be_bytes());
        rel % 2 == 0
    }

    fn function_alignment() -> u32 {
        16
    }

    fn finish(&mut self, out: &mut Vec<u8>) -> anyhow::Result<()> {
        if let Some(what) = self.refused {
            anyhow::bail!("the s390x backend cannot emit {what}");
        }
        if let Some((exit, trap)) = self.overflow_exit.take() {
            // The stack check failed before the frame was reserved. The
            // trap handler takes the word at SP for the trapping frame's FP,
            // which wasmtime's walker wants at or below the entry
            // trampoline's SP: so a minimal frame holding our back chain
            // (160 bytes below our entry SP, within the native stack's
            // slack past the limit), then the trap.
            self.asm.bind(exit);
            self.asm
                .imm16(Imm16Op::Aghi, SP, (-SAVE_AREA) as i16 as u16);
            self.store_back_chain();
            self.asm.brcl(Mask::ALWAYS, trap);
        }
        self.asm.finish_into(out)?;
        Ok(())
    }
}

impl S390xMasm {
    /// `stmg r11, r15, 88(r15)` and `lgr r11, r15`, with their unwind steps.
    fn save_and_set_fp(&mut self) {
        self.asm
            .rsy(RsyOp::Stmg, FP, SP, SP, disp20(i64::from(SAVED_GPRS_AT)));
        let at = self.asm.offset();
        for r in FP..=SP {
            self.state.record_unwind(UnwindStep::Saved {
                offset: at,
                dwarf_reg: u16::from(r),
                cfa_offset: SAVED_GPRS_AT + 8 * i32::from(r - FP) - SAVE_AREA,
            });
        }
        self.lgr(FP, SP);
        self.state.frame_pointer_set(self.asm.offset());
    }

    /// `stg r11, 0(r15)`: the back chain wasmtime's walker and trap
    /// handler read at every SP.
    fn store_back_chain(&mut self) {
        self.asm.mem(MemOp::Stg, FP, 0, SP, disp20(0));
    }
}

/// Registers the masm uses internally, for tests that check the allocator
/// never hands them out.
pub const SCRATCH_GPRS: [u8; 3] = [PAIR_EVEN, SCRATCH, SCRATCH2];

/// The masm's float scratch registers.
pub const SCRATCH_FPRS: [u8; 2] = [F_SCRATCH, F_SCRATCH2];

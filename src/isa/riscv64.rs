//! The riscv64 `MacroAssembler`, over the `kindling-isa-riscv64` encoder.
//!
//! RV64 has no flags: comparisons produce values (`slt`, `feq`) and
//! conditional branches compare two registers. An `i32` lives in a 64-bit
//! register sign-extended, as RV64's `w` instructions produce it and the
//! psABI passes it, so 32-bit comparisons compare whole registers: every
//! operation with a 32-bit result keeps that form, 32-bit loads sign-extend,
//! and `i32.wrap_i64` sign-extends (`MacroAssembler::KEEPS_I32_SIGN_EXTENDED`).
//!
//! Register roles:
//! * allocatable: s1–s9 and t0–t2; ft0–ft7, fa0–fa7, ft8 and ft9;
//! * s11 holds the vmctx (callee-saved natively, so it survives builtin
//!   calls), s10 memory 0's base (when the instance owns it); t3 is the
//!   core's temp;
//! * t5 and t4 are this masm's scratch registers (wide immediates, large
//!   offsets, memory-to-memory moves), ft11 and ft10 its float scratch; t6
//!   belongs to the encoder's far veneers;
//! * fs0–fs11 are never used, so entry trampolines need not save them; s0
//!   is the frame pointer, ra the return address; gp and tp are never
//!   touched.

mod features;
mod sequences;
mod simd;

use crate::abi::Abi;
use crate::masm::masm_plumbing;
use crate::masm::{
    DivOp, ExtendOp, FloatBinOp, FloatCmp, FloatUnOp, IntBinOp, IntCmp, IntUnOp, Label,
    MacroAssembler, MasmState, Mem, MemSize, OperandSize, Reg, RegImm, RegisterRoles, TailCallArgs,
};
use crate::settings::{CpuFeature, IsaFeatures};
use crate::unwind::DwarfRegs;
pub use features::Riscv64Features;
use kindling_isa_riscv64::{
    AluOp, AluWOp, Assembler, BitOp, BranchCond, FSize, FpBinOp, FpCmp, Imm12, Imm20, ImmOp,
    IntKind, LoadOp, Rounding, ShiftImmOp, StoreOp, FP, RA, SP, ZERO,
};
use simd::vreg;
use wasmtime_environ::Trap;

/// The masm's integer scratch registers (t5, t4).
const SCRATCH: u8 = 30;
const SCRATCH2: u8 = 29;
/// The core's temp (t3).
const CORE_TEMP: u8 = 28;
/// The masm's float scratch registers (ft11, ft10).
const F_SCRATCH: u8 = 31;
const F_SCRATCH2: u8 = 30;
/// The vmctx register (s11).
const VMCTX: u8 = 27;
/// The register holding memory 0's base (s10).
const HEAP_BASE: u8 = 26;

static ALLOCATABLE: [Reg; 12] = Reg::gprs([9, 18, 19, 20, 21, 22, 23, 24, 25, 5, 6, 7]);

static ALLOCATABLE_FPRS: [Reg; 18] = Reg::fprs([
    0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 28, 29,
]);

static CALLEE_SAVED: [Reg; 11] = Reg::gprs([9, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);

static ABI: Abi = Abi {
    int_args: &Reg::gprs([10, 11, 12, 13, 14, 15, 16, 17]),
    float_args: &Reg::fprs([10, 11, 12, 13, 14, 15, 16, 17]),
    int_ret: Reg::gpr(10),
    float_ret: Reg::fpr(10),
    v128_regs: None,
    callee_saved: &CALLEE_SAVED,
    local_gprs: &Reg::gprs([9, 18, 19, 20, 21, 22, 23]),
    local_fprs: &Reg::fprs([0, 1, 2, 3, 4, 5, 6, 7]),
    stack_slot_size: 8,
    outgoing_args_offset: 0,
    narrow_args_at_slot_end: false,
    // 32-bit arguments are already sign-extended, which is what the psABI
    // asks of signed and unsigned ones alike.
    extends_u32_args: false,
};

/// More code than the core emits between two safe points: one operator's
/// worth. The core marks safe points inside its long sequences (argument
/// moves, local zeroing), and a jump table marks its own; a unit that grew
/// past this anyway fails `finish` with an out-of-reach branch, never
/// emitting wrong code. Well under a branch's 4 KiB reach, so that the
/// islands this forces stay rare.
const MAX_UNIT_BYTES: u32 = 1 << 10;

/// The riscv64 macro assembler.
pub struct Riscv64Masm {
    asm: Assembler,
    state: MasmState<kindling_isa_riscv64::Label>,
    features: Riscv64Features,
    /// A frame size the prologue's reservation cannot hold, reported by
    /// `finish`.
    oversized_frame: Option<u32>,
    /// What this masm was asked for and cannot emit, reported by `finish`.
    refused: Option<&'static str>,
    /// The vector type the last vector instruction ran under, while it
    /// still holds (see `simd.rs`).
    vtype: Option<simd::VectorType>,
}

fn imm12(value: i64) -> Option<Imm12> {
    Imm12::new(value)
}

fn fsize(size: OperandSize) -> FSize {
    match size {
        OperandSize::S32 => FSize::S,
        OperandSize::S64 => FSize::D,
    }
}

/// A float size from a move's size (`S32` is single, anything else double).
fn fsize_of(size: MemSize) -> FSize {
    if size == MemSize::S32 {
        FSize::S
    } else {
        FSize::D
    }
}

/// An immediate as the 64-bit register value an operation of `size` sees:
/// 32-bit operands are sign-extended.
fn canonical(size: OperandSize, imm: i64) -> i64 {
    match size {
        OperandSize::S32 => imm as i32 as i64,
        OperandSize::S64 => imm,
    }
}

/// The branch for `cmp`, and whether its operands are swapped.
fn branch_cond(cmp: IntCmp) -> (BranchCond, bool) {
    match cmp {
        IntCmp::Eq => (BranchCond::Eq, false),
        IntCmp::Ne => (BranchCond::Ne, false),
        IntCmp::LtS => (BranchCond::Lt, false),
        IntCmp::LtU => (BranchCond::Ltu, false),
        IntCmp::GeS => (BranchCond::Ge, false),
        IntCmp::GeU => (BranchCond::Geu, false),
        IntCmp::GtS => (BranchCond::Lt, true),
        IntCmp::GtU => (BranchCond::Ltu, true),
        IntCmp::LeS => (BranchCond::Ge, true),
        IntCmp::LeU => (BranchCond::Geu, true),
    }
}

/// A memory access of the masm: an integer load or store, or a float one.
#[derive(Clone, Copy)]
enum Access {
    Load(LoadOp),
    Store(StoreOp),
    FpLoad(FSize),
    FpStore(FSize),
}

/// The access that moves `size` bytes between memory and a register of
/// `gpr`'s class, loading 32 bits sign-extended (the `i32` form).
fn access_of(load: bool, size: MemSize, gpr: bool) -> Access {
    match (load, gpr, size) {
        (true, true, MemSize::S8) => Access::Load(LoadOp::Lbu),
        (true, true, MemSize::S16) => Access::Load(LoadOp::Lhu),
        (true, true, MemSize::S32) => Access::Load(LoadOp::Lw),
        (true, true, _) => Access::Load(LoadOp::Ld),
        (false, true, MemSize::S8) => Access::Store(StoreOp::Sb),
        (false, true, MemSize::S16) => Access::Store(StoreOp::Sh),
        (false, true, MemSize::S32) => Access::Store(StoreOp::Sw),
        (false, true, _) => Access::Store(StoreOp::Sd),
        (true, false, size) => Access::FpLoad(fsize_of(size)),
        (false, false, size) => Access::FpStore(fsize_of(size)),
    }
}

impl Riscv64Masm {
    fn label(&self, l: Label) -> kindling_isa_riscv64::Label {
        self.state.label(l)
    }

    /// Notes a request this masm cannot honour; `finish` reports it.
    fn refuse(&mut self, what: &'static str) {
        self.refused.get_or_insert(what);
    }

    /// `rd = rs` (64-bit).
    fn mv(&mut self, rd: u8, rs: u8) {
        if rd != rs {
            self.asm
                .alu_imm(ImmOp::Addi, rd, rs, Imm12::new(0).expect("0"));
        }
    }

    /// The register holding `m`'s address: its base, or `SCRATCH2`.
    fn address_reg(&mut self, m: Mem) -> u8 {
        if m.offset == 0 {
            m.base.hw()
        } else {
            self.add_imm(SCRATCH2, m.base.hw(), i64::from(m.offset));
            SCRATCH2
        }
    }

    /// `vd = vs`, the whole vector register.
    fn vmove_whole(&mut self, vd: u8, vs: u8) {
        if vd != vs {
            self.asm.vmv1r(vd, vs);
        }
    }

    /// `rd = rs + imm` (64-bit), through `SCRATCH2` when `imm` is wide.
    fn add_imm(&mut self, rd: u8, rs: u8, imm: i64) {
        match imm12(imm) {
            Some(i) => self.asm.alu_imm(ImmOp::Addi, rd, rs, i),
            None => {
                self.asm.mov_imm(SCRATCH2, imm);
                self.asm.alu(AluOp::Add, rd, rs, SCRATCH2);
            }
        }
    }

    /// An access of `reg` at `m`, through `SCRATCH2` when the offset is
    /// wider than 12 bits. Returns the offset of the access itself (for the
    /// trap table).
    fn access(&mut self, access: Access, reg: u8, m: Mem) -> u32 {
        let (base, offset) = match imm12(i64::from(m.offset)) {
            Some(offset) => (m.base.hw(), offset),
            None => {
                self.asm.mov_imm(SCRATCH2, i64::from(m.offset));
                self.asm.alu(AluOp::Add, SCRATCH2, SCRATCH2, m.base.hw());
                (SCRATCH2, Imm12::new(0).expect("0"))
            }
        };
        let at = self.asm.offset();
        match access {
            Access::Load(op) => self.asm.load(op, reg, base, offset),
            Access::Store(op) => self.asm.store(op, reg, base, offset),
            Access::FpLoad(size) => self.asm.fp_load(size, reg, base, offset),
            Access::FpStore(size) => self.asm.fp_store(size, reg, base, offset),
        }
        at
    }

    /// The register holding `rhs`: itself, x0 for zero, or `SCRATCH`
    /// loaded with the immediate as an operation of `size` sees it.
    fn rhs_reg(&mut self, size: OperandSize, rhs: RegImm) -> u8 {
        match rhs {
            RegImm::Reg(r) => r.hw(),
            RegImm::Imm(i) => {
                let i = canonical(size, i);
                if i == 0 {
                    ZERO
                } else {
                    self.asm.mov_imm(SCRATCH, i);
                    SCRATCH
                }
            }
        }
    }

    /// The two instruction words that put `value` in `SCRATCH`: `lui` and
    /// `addiw`, for the patched frame reservation.
    fn frame_size_words(value: i32) -> [u32; 2] {
        let lo = ((value & 0xfff) ^ 0x800) - 0x800;
        let hi = ((value.wrapping_sub(lo) >> 12) as u32) & 0xf_ffff;
        let mut words = Assembler::new();
        words.lui(SCRATCH, Imm20::new(hi).expect("20 bits"));
        words.addiw(
            SCRATCH,
            SCRATCH,
            Imm12::new(i64::from(lo)).expect("12 bits"),
        );
        let mut bytes = Vec::new();
        match words.finish_into(&mut bytes) {
            Ok(()) => {
                let word = |at: usize| {
                    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
                };
                [word(0), word(4)]
            }
            Err(_) => [0, 0],
        }
    }
}

impl MacroAssembler for Riscv64Masm {
    const ISA: &'static str = "riscv64";
    const MISSING_FEATURE_HINT: &'static str = "V code the riscv64 backend does not emit yet";
    const CPU_FEATURES: &'static [CpuFeature] = Riscv64Features::TABLE;
    const DWARF: DwarfRegs = DwarfRegs {
        sp: 2,
        fp: 8,
        ra: 1,
        code_alignment: 1,
        entry_cfa_offset: 0,
        entry_ra_offset: None,
        gpr_numbers: &[],
        fpr_base: 32,
        fpr_numbers: &[],
    };
    const KEEPS_I32_SIGN_EXTENDED: bool = true;

    fn new(features: &IsaFeatures) -> Self {
        Riscv64Masm {
            asm: Assembler::new(),
            state: MasmState::default(),
            features: Riscv64Features::from_set(features),
            oversized_frame: None,
            refused: None,
            vtype: None,
        }
    }

    fn reset(&mut self) {
        self.asm.clear();
        self.state.reset();
        self.oversized_frame = None;
        self.refused = None;
        self.vtype = None;
    }

    masm_plumbing!(kindling_isa_riscv64::Label, after_bind: forget_vector_type);

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

    fn simd_unavailable(&self) -> Option<&'static str> {
        (!self.features.has_v).then_some("the V extension, which the settings leave off (`has_v`)")
    }

    fn safe_point(&mut self) {
        self.asm.island_point(MAX_UNIT_BYTES);
    }

    fn prologue(&mut self) {
        let (fp, ra) = (u16::from(FP), u16::from(RA));
        self.asm
            .alu_imm(ImmOp::Addi, SP, SP, Imm12::new(-16).expect("-16"));
        let at = self.asm.offset();
        self.state
            .record_unwind(crate::masm::UnwindStep::CfaOffset {
                offset: at,
                cfa_offset: 16,
            });
        self.asm
            .store(StoreOp::Sd, RA, SP, Imm12::new(8).expect("8"));
        self.asm
            .store(StoreOp::Sd, FP, SP, Imm12::new(0).expect("0"));
        let at = self.asm.offset();
        for (dwarf_reg, cfa_offset) in [(fp, -16), (ra, -8)] {
            self.state.record_unwind(crate::masm::UnwindStep::Saved {
                offset: at,
                dwarf_reg,
                cfa_offset,
            });
        }
        self.mv(FP, SP);
        self.state.frame_pointer_set(self.asm.offset());
        // `lui`/`addiw` of the frame size into SCRATCH, patched once it is
        // known, then `sub sp, sp, SCRATCH`.
        self.state.frame_size_patch = Some(self.asm.offset());
        let [lui, addiw] = Self::frame_size_words(0);
        self.asm.word(lui);
        self.asm.word(addiw);
        self.asm.alu(AluOp::Sub, SP, SP, SCRATCH);
    }

    fn patch_frame_size(&mut self, bytes: u32) {
        let Some(at) = self.state.frame_size_patch else {
            return;
        };
        // lui + addiw reach 2^31 - 2^11 - 1.
        let Some(value) = i32::try_from(bytes).ok().filter(|&v| v < i32::MAX - 0x800) else {
            self.oversized_frame = Some(bytes);
            return;
        };
        let [lui, addiw] = Self::frame_size_words(value);
        self.asm.patch_word(at, lui);
        self.asm.patch_word(at + 4, addiw);
    }

    fn epilogue(&mut self, pop: u32) {
        self.mv(SP, FP);
        self.asm.load(LoadOp::Ld, RA, SP, Imm12::new(8).expect("8"));
        self.asm.load(LoadOp::Ld, FP, SP, Imm12::new(0).expect("0"));
        self.add_imm(SP, SP, 16 + i64::from(pop));
        self.asm.ret();
    }

    fn move_reg(&mut self, size: MemSize, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw(), src.hw());
        match (dst.is_gpr(), src.is_gpr()) {
            (true, true) => self.mv(d, s),
            (false, true) => self.asm.fmv_from_int(fsize_of(size), d, s),
            (true, false) => self.asm.fmv_to_int(fsize_of(size), d, s),
            (false, false) if size == MemSize::S128 => self.vmove_whole(vreg(dst), vreg(src)),
            (false, false) => self.asm.fp_binop(FpBinOp::Fsgnj, FSize::D, d, s, s),
        }
    }

    fn move_imm(&mut self, size: MemSize, dst: Reg, imm: i64) {
        let imm = if size == MemSize::S64 {
            imm
        } else {
            imm as i32 as i64
        };
        if dst.is_gpr() {
            self.asm.mov_imm(dst.hw(), imm);
        } else if size == MemSize::S128 {
            self.refuse("a v128 constant");
        } else {
            let src = if imm == 0 {
                ZERO
            } else {
                self.asm.mov_imm(SCRATCH, imm);
                SCRATCH
            };
            self.asm.fmv_from_int(fsize_of(size), dst.hw(), src);
        }
    }

    fn load(&mut self, size: MemSize, dst: Reg, src: Mem) {
        if size == MemSize::S128 {
            let address = self.address_reg(src);
            self.vload16(vreg(dst), address);
            return;
        }
        self.access(access_of(true, size, dst.is_gpr()), dst.hw(), src);
    }

    fn store(&mut self, size: MemSize, dst: Mem, src: Reg) {
        if size == MemSize::S128 {
            let address = self.address_reg(dst);
            self.vstore16(vreg(src), address);
            return;
        }
        self.access(access_of(false, size, src.is_gpr()), src.hw(), dst);
    }

    fn store_imm(&mut self, size: MemSize, dst: Mem, imm: i64) {
        if size == MemSize::S128 {
            // The low 8 bytes are `imm`, the high 8 its sign.
            self.store_imm(MemSize::S64, dst, imm);
            let high = Mem {
                base: dst.base,
                offset: dst.offset + 8,
            };
            return self.store_imm(MemSize::S64, high, imm >> 63);
        }
        let reg = if imm == 0 {
            ZERO
        } else {
            self.asm.mov_imm(SCRATCH, imm);
            SCRATCH
        };
        self.access(access_of(false, size, true), reg, dst);
    }

    fn load_address(&mut self, dst: Reg, src: Mem) {
        if dst.is_gpr() {
            self.add_imm(dst.hw(), src.base.hw(), i64::from(src.offset));
        } else {
            self.add_imm(SCRATCH, src.base.hw(), i64::from(src.offset));
            self.asm.fmv_from_int(FSize::D, dst.hw(), SCRATCH);
        }
    }

    fn move_scratch(size: MemSize) -> Reg {
        if size == MemSize::S128 {
            Reg::fpr(F_SCRATCH)
        } else {
            Reg::gpr(SCRATCH)
        }
    }

    fn copy_upwards(&mut self, from: Mem, to: Mem, bytes: u32) {
        // Two 8-byte moves per 16-byte chunk, highest first: no v128
        // registers needed.
        for at in (0..bytes as i32).step_by(8).rev() {
            let src = Mem {
                base: from.base,
                offset: from.offset + at,
            };
            let dst = Mem {
                base: to.base,
                offset: to.offset + at,
            };
            self.access(Access::Load(LoadOp::Ld), SCRATCH, src);
            self.access(Access::Store(StoreOp::Sd), SCRATCH, dst);
        }
    }

    fn add_to_mem(&mut self, dst: Mem, imm: i32) {
        self.access(Access::Load(LoadOp::Ld), SCRATCH, dst);
        match imm12(i64::from(imm)) {
            Some(i) => self.asm.alu_imm(ImmOp::Addi, SCRATCH, SCRATCH, i),
            None => {
                // `access` recomputes a wide address in SCRATCH2 for the store.
                self.asm.mov_imm(SCRATCH2, i64::from(imm));
                self.asm.alu(AluOp::Add, SCRATCH, SCRATCH, SCRATCH2);
            }
        }
        self.access(Access::Store(StoreOp::Sd), SCRATCH, dst);
    }

    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        let (d, l) = (dst.hw(), lhs.hw());
        let rhs = match (op, rhs) {
            // x - imm is x + (-imm).
            (IntBinOp::Sub, RegImm::Imm(i))
                if imm12(canonical(size, i).wrapping_neg()).is_some() =>
            {
                return self.alu_op(
                    size,
                    (AluOp::Add, Some(AluWOp::Addw), Some(ImmOp::Addi)),
                    d,
                    l,
                    RegImm::Imm(canonical(size, i).wrapping_neg()),
                );
            }
            (_, rhs) => rhs,
        };
        match op {
            IntBinOp::Add => self.alu_op(
                size,
                (AluOp::Add, Some(AluWOp::Addw), Some(ImmOp::Addi)),
                d,
                l,
                rhs,
            ),
            IntBinOp::Sub => self.alu_op(size, (AluOp::Sub, Some(AluWOp::Subw), None), d, l, rhs),
            IntBinOp::Mul => self.alu_op(size, (AluOp::Mul, Some(AluWOp::Mulw), None), d, l, rhs),
            IntBinOp::And => self.alu_op(size, (AluOp::And, None, Some(ImmOp::Andi)), d, l, rhs),
            IntBinOp::Or => self.alu_op(size, (AluOp::Or, None, Some(ImmOp::Ori)), d, l, rhs),
            IntBinOp::Xor => self.alu_op(size, (AluOp::Xor, None, Some(ImmOp::Xori)), d, l, rhs),
            IntBinOp::Shl | IntBinOp::ShrS | IntBinOp::ShrU => self.shift(op, size, d, l, rhs),
            IntBinOp::Rotl => self.rotate(true, size, d, l, rhs),
            IntBinOp::Rotr => self.rotate(false, size, d, l, rhs),
        }
    }

    fn int_unop(&mut self, op: IntUnOp, size: OperandSize, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw(), src.hw());
        let w = size == OperandSize::S32;
        if self.features.has_zbb {
            let bit_op = match (op, w) {
                (IntUnOp::Clz, false) => BitOp::Clz,
                (IntUnOp::Clz, true) => BitOp::Clzw,
                (IntUnOp::Ctz, false) => BitOp::Ctz,
                (IntUnOp::Ctz, true) => BitOp::Ctzw,
                (IntUnOp::Popcnt, false) => BitOp::Cpop,
                (IntUnOp::Popcnt, true) => BitOp::Cpopw,
            };
            return self.asm.bit_op(bit_op, d, s);
        }
        match op {
            IntUnOp::Clz if w => {
                self.asm.shift_imm(ShiftImmOp::Slli, SCRATCH, s, 32);
                self.clz_scratch(d, &[16, 8, 4, 2, 1]);
            }
            IntUnOp::Clz => {
                self.mv(SCRATCH, s);
                self.clz_scratch(d, &[32, 16, 8, 4, 2, 1]);
            }
            IntUnOp::Ctz => {
                // ctz(x) = popcount(!x & (x - 1)); a 32-bit zero counts 32
                // with bit 32 set.
                self.mv(SCRATCH, s);
                if w {
                    self.asm.mov_imm(SCRATCH2, 1 << 32);
                    self.asm.alu(AluOp::Or, SCRATCH, SCRATCH, SCRATCH2);
                }
                self.asm
                    .alu_imm(ImmOp::Addi, SCRATCH2, SCRATCH, Imm12::new(-1).expect("-1"));
                self.asm
                    .alu_imm(ImmOp::Xori, SCRATCH, SCRATCH, Imm12::new(-1).expect("-1"));
                self.asm.alu(AluOp::And, SCRATCH, SCRATCH, SCRATCH2);
                self.popcount_scratch(d);
            }
            IntUnOp::Popcnt => {
                if w {
                    self.zero_extend_32(SCRATCH, s);
                } else {
                    self.mv(SCRATCH, s);
                }
                self.popcount_scratch(d);
            }
        }
    }

    fn int_div(&mut self, op: DivOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        // The core has already trapped on a zero divisor and on MIN / -1;
        // `rem` gives 0 for MIN % -1 as wasm wants.
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        match (op, size) {
            (DivOp::DivS, OperandSize::S64) => self.asm.alu(AluOp::Div, d, l, r),
            (DivOp::DivU, OperandSize::S64) => self.asm.alu(AluOp::Divu, d, l, r),
            (DivOp::RemS, OperandSize::S64) => self.asm.alu(AluOp::Rem, d, l, r),
            (DivOp::RemU, OperandSize::S64) => self.asm.alu(AluOp::Remu, d, l, r),
            (DivOp::DivS, OperandSize::S32) => self.asm.alu_w(AluWOp::Divw, d, l, r),
            (DivOp::DivU, OperandSize::S32) => self.asm.alu_w(AluWOp::Divuw, d, l, r),
            (DivOp::RemS, OperandSize::S32) => self.asm.alu_w(AluWOp::Remw, d, l, r),
            (DivOp::RemU, OperandSize::S32) => self.asm.alu_w(AluWOp::Remuw, d, l, r),
        }
    }

    fn extend(&mut self, op: ExtendOp, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw(), src.hw());
        let (bits, bit_op) = match op {
            ExtendOp::S8To32 | ExtendOp::S8To64 => (8, BitOp::SextB),
            ExtendOp::S16To32 | ExtendOp::S16To64 => (16, BitOp::SextH),
            ExtendOp::S32To64 => {
                return self.asm.addiw(d, s, Imm12::new(0).expect("0"));
            }
            ExtendOp::U32To64 => return self.zero_extend_32(d, s),
        };
        if self.features.has_zbb {
            self.asm.bit_op(bit_op, d, s);
        } else {
            self.asm.shift_imm(ShiftImmOp::Slli, d, s, 64 - bits);
            self.asm.shift_imm(ShiftImmOp::Srai, d, d, 64 - bits);
        }
    }

    fn cmp_set(&mut self, cmp: IntCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        self.set_cmp(cmp, size, dst.hw(), lhs.hw(), rhs);
    }

    fn zero_if(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, dst: Reg) {
        // mask = (cmp ? 1 : 0) - 1 is all ones where dst survives.
        self.set_cmp(cmp, size, SCRATCH, lhs.hw(), rhs);
        self.asm
            .alu_imm(ImmOp::Addi, SCRATCH, SCRATCH, Imm12::new(-1).expect("-1"));
        self.asm.alu(AluOp::And, dst.hw(), dst.hw(), SCRATCH);
    }

    fn select(&mut self, _size: OperandSize, dst: Reg, cond: Reg, if_true: Reg) {
        let keep = self.asm.new_label();
        self.asm.branch(BranchCond::Eq, cond.hw(), ZERO, keep);
        if dst.is_gpr() {
            self.mv(dst.hw(), if_true.hw());
        } else {
            let (d, t) = (dst.hw(), if_true.hw());
            self.asm.fp_binop(FpBinOp::Fsgnj, FSize::D, d, t, t);
        }
        self.asm.bind(keep);
    }

    fn select_v128(&mut self, dst: Reg, cond: Reg, if_true: Reg) {
        let keep = self.asm.new_label();
        self.asm.branch(BranchCond::Eq, cond.hw(), ZERO, keep);
        self.vmove_whole(vreg(dst), vreg(if_true));
        self.asm.bind(keep);
    }

    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        let s = fsize(size);
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        let fp = match op {
            FloatBinOp::Add => FpBinOp::Fadd,
            FloatBinOp::Sub => FpBinOp::Fsub,
            FloatBinOp::Mul => FpBinOp::Fmul,
            FloatBinOp::Div => FpBinOp::Fdiv,
            FloatBinOp::Copysign => FpBinOp::Fsgnj,
            FloatBinOp::Min => return self.float_min_max(false, s, d, l, r),
            FloatBinOp::Max => return self.float_min_max(true, s, d, l, r),
        };
        self.asm.fp_binop(fp, s, d, l, r);
    }

    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool {
        let s = fsize(size);
        let (d, r) = (dst.hw(), src.hw());
        match op {
            FloatUnOp::Neg => self.asm.fp_binop(FpBinOp::Fsgnjn, s, d, r, r),
            FloatUnOp::Abs => self.asm.fp_binop(FpBinOp::Fsgnjx, s, d, r, r),
            FloatUnOp::Sqrt => self.asm.fsqrt(s, d, r),
            FloatUnOp::Ceil => self.round(Rounding::Rup, s, d, r),
            FloatUnOp::Floor => self.round(Rounding::Rdn, s, d, r),
            FloatUnOp::Trunc => self.round(Rounding::Rtz, s, d, r),
            FloatUnOp::Nearest => self.round(Rounding::Rne, s, d, r),
        }
        true
    }

    fn float_cmp_set(&mut self, cmp: FloatCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        let s = fsize(size);
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        match cmp {
            FloatCmp::Eq => self.asm.fp_cmp(FpCmp::Feq, s, d, l, r),
            FloatCmp::Ne => {
                self.asm.fp_cmp(FpCmp::Feq, s, d, l, r);
                self.asm
                    .alu_imm(ImmOp::Xori, d, d, Imm12::new(1).expect("1"));
            }
            FloatCmp::Lt => self.asm.fp_cmp(FpCmp::Flt, s, d, l, r),
            FloatCmp::Gt => self.asm.fp_cmp(FpCmp::Flt, s, d, r, l),
            FloatCmp::Le => self.asm.fp_cmp(FpCmp::Fle, s, d, l, r),
            FloatCmp::Ge => self.asm.fp_cmp(FpCmp::Fle, s, d, r, l),
        }
    }

    fn int_to_float(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        dst: Reg,
        src: Reg,
    ) {
        let kind = int_kind(signed, int_size);
        self.asm
            .fcvt_from_int(kind, fsize(float_size), dst.hw(), src.hw());
    }

    fn float_to_int(
        &mut self,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        dst: Reg,
        src: Reg,
    ) {
        let kind = int_kind(signed, int_size);
        self.asm
            .fcvt_to_int(kind, fsize(float_size), dst.hw(), src.hw(), Rounding::Rtz);
    }

    fn float_resize(&mut self, to: OperandSize, dst: Reg, src: Reg) {
        self.asm.fcvt_resize(fsize(to), dst.hw(), src.hw());
    }

    fn heap_load(
        &mut self,
        size: MemSize,
        sign_extend_to: Option<OperandSize>,
        dst: Reg,
        src: Mem,
    ) -> u32 {
        let access = match (dst.is_gpr(), sign_extend_to, size) {
            (_, _, MemSize::S128) => return self.heap_load_v128(size, dst, src),
            (true, Some(_), MemSize::S8) => Access::Load(LoadOp::Lb),
            (true, Some(_), MemSize::S16) => Access::Load(LoadOp::Lh),
            (true, None, MemSize::S32) => Access::Load(LoadOp::Lwu),
            (gpr, _, size) => access_of(true, size, gpr),
        };
        self.access(access, dst.hw(), src)
    }

    fn heap_store(&mut self, size: MemSize, dst: Mem, src: Reg) -> u32 {
        if size == MemSize::S128 {
            let address = self.address_reg(dst);
            return self.vstore16(vreg(src), address);
        }
        self.access(access_of(false, size, src.is_gpr()), src.hw(), dst)
    }

    fn heap_load_v128(&mut self, size: MemSize, dst: Reg, src: Mem) -> u32 {
        let address = self.address_reg(src);
        if size == MemSize::S128 {
            self.vload16(vreg(dst), address)
        } else {
            self.vload_low(size, vreg(dst), address)
        }
    }

    fn br_cmp(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, target: Label) {
        let t = self.label(target);
        let r = self.rhs_reg(size, rhs);
        let (cond, swapped) = branch_cond(cmp);
        let (a, b) = if swapped {
            (r, lhs.hw())
        } else {
            (lhs.hw(), r)
        };
        self.asm.branch(cond, a, b, t);
    }

    fn jmp(&mut self, target: Label) {
        let t = self.label(target);
        self.asm.j(t);
    }

    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label) {
        let table_bytes = 4 * targets.len() as u32;
        let d = self.label(default);
        let i = index.hw();
        self.zero_extend_32(i, i);
        self.asm.mov_imm(SCRATCH, targets.len() as i64);
        self.asm.branch(BranchCond::Geu, i, SCRATCH, d);
        // Islands are held through the table: whatever a longer table
        // would leave out of reach goes in one now.
        self.asm.island_point(table_bytes + 16);
        // No island may come between the `auipc` and the table: the jump is
        // to auipc + 16 + 4 * index, each entry one `jal` word.
        self.asm.hold_islands(true);
        self.asm.auipc(SCRATCH, Imm20::new(0).expect("0"));
        self.asm.shift_imm(ShiftImmOp::Slli, SCRATCH2, i, 2);
        self.asm.alu(AluOp::Add, SCRATCH, SCRATCH, SCRATCH2);
        self.asm.jalr(ZERO, SCRATCH, Imm12::new(16).expect("16"));
        for t in targets {
            let l = self.label(*t);
            self.asm.j_word(l);
        }
        self.asm.hold_islands(false);
    }

    fn trap_instruction(&mut self, _code: Trap) -> u32 {
        self.asm.unimp()
    }

    fn check_stack(&mut self, runtime_limits: Mem, stack_limit_offset: i32, trap: Label) {
        self.access(Access::Load(LoadOp::Ld), SCRATCH, runtime_limits);
        let limit = crate::codegen::mem(Reg::gpr(SCRATCH), stack_limit_offset);
        self.access(Access::Load(LoadOp::Ld), SCRATCH, limit);
        let t = self.label(trap);
        self.asm.branch(BranchCond::Ltu, SP, SCRATCH, t);
    }

    fn emit_call_reloc(&mut self) -> u32 {
        let at = self.asm.offset();
        self.asm.auipc(RA, Imm20::new(0).expect("0"));
        self.asm.jalr(RA, RA, Imm12::new(0).expect("0"));
        // The callee may leave another vector type.
        self.forget_vector_type();
        at
    }

    fn emit_call_reg(&mut self, target: Reg) {
        self.asm.jalr(RA, target.hw(), Imm12::new(0).expect("0"));
        self.forget_vector_type();
    }

    fn emit_jump_reloc(&mut self) -> u32 {
        let at = self.asm.offset();
        self.asm.auipc(SCRATCH, Imm20::new(0).expect("0"));
        self.asm.jalr(ZERO, SCRATCH, Imm12::new(0).expect("0"));
        at
    }

    fn emit_jump_reg(&mut self, target: Reg) {
        self.asm.jalr(ZERO, target.hw(), Imm12::new(0).expect("0"));
    }

    fn leave_for_tail_call(&mut self, args: TailCallArgs) {
        if args.shift() == 0 {
            self.mv(SP, FP);
            self.asm.load(LoadOp::Ld, RA, SP, Imm12::new(8).expect("8"));
            self.asm.load(LoadOp::Ld, FP, SP, Imm12::new(0).expect("0"));
            self.asm
                .alu_imm(ImmOp::Addi, SP, SP, Imm12::new(16).expect("16"));
        } else {
            // t0 is free here: no argument travels in it, and a register
            // target is in the core temp (t3).
            let new_sp = 5;
            let fp = Self::fp();
            self.add_imm(new_sp, FP, 16 + i64::from(args.shift()));
            self.access(Access::Load(LoadOp::Ld), RA, crate::codegen::mem(fp, 8));
            self.access(Access::Load(LoadOp::Ld), FP, crate::codegen::mem(fp, 0));
            if args.built_at_sp() {
                let built = crate::codegen::mem(Self::sp(), ABI.outgoing_args_offset as i32);
                let to = crate::codegen::mem(Reg::gpr(new_sp), 0);
                self.copy_upwards(built, to, args.outgoing);
            }
            self.mv(SP, new_sp);
        }
    }

    fn sub_sp(&mut self, bytes: u32) {
        if bytes != 0 {
            self.add_imm(SP, SP, -i64::from(bytes));
        }
    }

    fn patch_call(text: &mut [u8], reloc_offset: usize, target_offset: usize) -> bool {
        let rel = target_offset as i64 - reloc_offset as i64;
        let lo = ((rel & 0xfff) ^ 0x800) - 0x800;
        let hi = (rel - lo) >> 12;
        if !(-(1 << 19)..(1 << 19)).contains(&hi) {
            return false;
        }
        let Some(site) = text.get_mut(reloc_offset..reloc_offset + 8) else {
            return false;
        };
        let word = |at: usize, site: &[u8]| {
            u32::from_le_bytes([site[at], site[at + 1], site[at + 2], site[at + 3]])
        };
        let auipc = (word(0, site) & 0xfff) | ((hi as u32) << 12);
        let jalr = (word(4, site) & 0x000f_ffff) | ((lo as u32) << 20);
        site[..4].copy_from_slice(&auipc.to_le_bytes());
        site[4..].copy_from_slice(&jalr.to_le_bytes());
        true
    }

    fn function_alignment() -> u32 {
        16
    }

    fn finish(&mut self, out: &mut Vec<u8>) -> anyhow::Result<()> {
        if let Some(bytes) = self.oversized_frame {
            anyhow::bail!("a frame of {bytes} bytes exceeds riscv64's 2 GiB frame limit");
        }
        if let Some(what) = self.refused {
            anyhow::bail!("the riscv64 backend cannot emit {what}");
        }
        self.asm.finish_into(out)?;
        Ok(())
    }
}

/// The conversion suffix for an integer of `size`, signed or not.
fn int_kind(signed: bool, size: OperandSize) -> IntKind {
    match (signed, size) {
        (true, OperandSize::S32) => IntKind::W,
        (false, OperandSize::S32) => IntKind::Wu,
        (true, OperandSize::S64) => IntKind::L,
        (false, OperandSize::S64) => IntKind::Lu,
    }
}

/// Registers the masm uses internally, for tests that check the allocator
/// never hands them out (t6 is the encoder's).
pub const SCRATCH_GPRS: [u8; 3] = [SCRATCH, SCRATCH2, kindling_isa_riscv64::VENEER_SCRATCH];

/// The masm's float scratch registers.
pub const SCRATCH_FPRS: [u8; 2] = [F_SCRATCH, F_SCRATCH2];

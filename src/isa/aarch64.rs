//! The AArch64 `MacroAssembler`, over the `kindling-isa-aarch64` encoder.
//!
//! Register roles:
//! * allocatable: x19–x26 and x9–x14; v0–v7 and v16–v29;
//! * x28 holds the vmctx (callee-saved in the native ABI, so it survives
//!   builtin calls), x27 memory 0's base (when the instance owns it); x15
//!   is the core's temp;
//! * x16 and x17 are this masm's scratch registers (wide immediates, large
//!   offsets, memory-to-memory moves), v30 and v31 its float scratch;
//! * v8–v15 are never used, so the native callee-saved halves of them need
//!   no saving; x29 is the frame pointer, x30 the link register.

use crate::abi::Abi;
use crate::masm::masm_plumbing;
use crate::masm::{
    DivOp, ExtendOp, FloatBinOp, FloatCmp, FloatUnOp, HeapIndexed, IntBinOp, IntCmp, IntUnOp,
    Label, MacroAssembler, MasmState, Mem, MemSize, OperandSize, Reg, RegImm, RegisterRoles,
    TailCallArgs,
};
use crate::settings::{cpu_features, CpuFeature, IsaFeatures};

cpu_features! {
    /// The AArch64 CPU features kindling's code may rely on: none beyond the
    /// baseline with NEON yet.
    Aarch64Features, "aarch64", is_aarch64_feature_detected {}
}
use crate::unwind::DwarfRegs;
use kindling_isa_aarch64::{
    AddSub, Assembler, Cond, Extend, FpBinOp, FpUnOp, Imm12, Logic, LogicalImm, MemOp, Shift, Size,
    FP, LR, SP, ZR,
};
use wasmtime_environ::Trap;

/// The masm's integer scratch registers.
const SCRATCH: u8 = 16;
const SCRATCH2: u8 = 17;
/// The masm's float scratch registers.
mod simd;
mod simd_lanes;

const V_SCRATCH: u8 = 31;
const V_SCRATCH2: u8 = 30;
/// The vmctx register.
const VMCTX: u8 = 28;
/// The register holding memory 0's base.
const HEAP_BASE: u8 = 27;

static ALLOCATABLE: [Reg; 14] = Reg::gprs([19, 20, 21, 22, 23, 24, 25, 26, 9, 10, 11, 12, 13, 14]);

static ALLOCATABLE_FPRS: [Reg; 22] = Reg::fprs([
    0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
]);

static CALLEE_SAVED: [Reg; 10] = Reg::gprs([19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);

static ABI: Abi = Abi {
    int_args: &Reg::gprs([0, 1, 2, 3, 4, 5, 6, 7]),
    float_args: &Reg::fprs([0, 1, 2, 3, 4, 5, 6, 7]),
    int_ret: Reg::gpr(0),
    float_ret: Reg::fpr(0),
    v128_regs: None,
    callee_saved: &CALLEE_SAVED,
    local_gprs: &Reg::gprs([19, 20, 21, 22, 23, 24, 25]),
    local_fprs: &Reg::fprs([16, 17, 18, 19, 20, 21, 22, 23]),
    stack_slot_size: 8,
    outgoing_args_offset: 0,
    narrow_args_at_slot_end: false,
    extends_u32_args: false,
};

/// More code than the core emits between two safe points: one operator's
/// worth (the largest, a call with 1,000 arguments, takes about 12 KiB; a
/// jump table marks its own safe point for its size).
const MAX_UNIT_BYTES: u32 = 64 << 10;

/// The AArch64 macro assembler.
pub struct Aarch64Masm {
    asm: Assembler,
    state: MasmState<kindling_isa_aarch64::Label>,
    /// A frame size the two `sub sp` words cannot encode, reported by `finish`.
    oversized_frame: Option<u32>,
}

fn size_of(size: OperandSize) -> Size {
    match size {
        OperandSize::S32 => Size::S32,
        OperandSize::S64 => Size::S64,
    }
}

/// The register width a move of `size` uses.
fn reg_size(size: MemSize) -> Size {
    if matches!(size, MemSize::S64 | MemSize::S128) {
        Size::S64
    } else {
        Size::S32
    }
}

fn cond(cmp: IntCmp) -> Cond {
    match cmp {
        IntCmp::Eq => Cond::Eq,
        IntCmp::Ne => Cond::Ne,
        IntCmp::LtS => Cond::Lt,
        IntCmp::LtU => Cond::Lo,
        IntCmp::GtS => Cond::Gt,
        IntCmp::GtU => Cond::Hi,
        IntCmp::LeS => Cond::Le,
        IntCmp::LeU => Cond::Ls,
        IntCmp::GeS => Cond::Ge,
        IntCmp::GeU => Cond::Hs,
    }
}

/// The load (zero-extending) or store for an access of `size` in a register
/// of `reg`'s class.
fn mem_op(load: bool, size: MemSize, gpr: bool) -> MemOp {
    match (load, size, gpr) {
        (true, MemSize::S8, true) => MemOp::Ldrb,
        (true, MemSize::S16, true) => MemOp::Ldrh,
        (true, MemSize::S32, true) => MemOp::Ldr32,
        (true, _, true) => MemOp::Ldr64,
        (false, MemSize::S8, true) => MemOp::Strb,
        (false, MemSize::S16, true) => MemOp::Strh,
        (false, MemSize::S32, true) => MemOp::Str32,
        (false, _, true) => MemOp::Str64,
        (true, MemSize::S128, false) => MemOp::LdrQ,
        (true, MemSize::S64, false) => MemOp::LdrD,
        (true, _, false) => MemOp::LdrS,
        (false, MemSize::S128, false) => MemOp::StrQ,
        (false, MemSize::S64, false) => MemOp::StrD,
        (false, _, false) => MemOp::StrS,
    }
}

impl Aarch64Masm {
    fn label(&self, l: Label) -> kindling_isa_aarch64::Label {
        self.state.label(l)
    }

    /// A load or store of `reg` at `m`, materialising an offset that no
    /// immediate form takes in `SCRATCH2`. Returns the offset of the access
    /// itself (for the trap table).
    fn access(&mut self, op: MemOp, reg: u8, m: Mem) -> u32 {
        let base = m.base.hw();
        let at = self.asm.offset();
        if self.asm.mem_imm(op, reg, base, i64::from(m.offset)) {
            return at;
        }
        self.asm
            .mov_imm(Size::S64, SCRATCH2, m.offset as i64 as u64);
        let at = self.asm.offset();
        self.asm.mem_reg(op, reg, base, SCRATCH2);
        at
    }

    /// A heap access at `base + zext(index) + offset`: `[base, index,
    /// uxtw]` when there is no offset, else the address formed in `temp`
    /// with one `add … uxtw`. Returns the access's offset.
    fn indexed_access(&mut self, op: MemOp, reg: u8, m: HeapIndexed) -> u32 {
        let (base, index) = (m.base.hw(), m.index.hw());
        if m.offset == 0 {
            let at = self.asm.offset();
            self.asm.mem_reg_uxtw(op, reg, base, index);
            return at;
        }
        self.asm.add_uxtw(m.temp.hw(), base, index);
        let addr = Mem {
            base: m.temp,
            offset: m.offset,
        };
        self.access(op, reg, addr)
    }

    /// `dst = base + offset` (sp allowed as base).
    fn address(&mut self, dst: u8, m: Mem) {
        let off = i64::from(m.offset);
        if let Some(imm) = Imm12::new(off as u64).filter(|_| off >= 0) {
            self.asm
                .add_sub_imm(AddSub::Add, Size::S64, dst, m.base.hw(), imm);
        } else if let Some(imm) = Imm12::new(off.unsigned_abs()).filter(|_| off < 0) {
            self.asm
                .add_sub_imm(AddSub::Sub, Size::S64, dst, m.base.hw(), imm);
        } else {
            self.asm.mov_imm(Size::S64, SCRATCH2, off as u64);
            let base = self.gpr_not_sp(m.base.hw(), dst);
            self.asm
                .add_sub_rrr(AddSub::Add, Size::S64, dst, base, SCRATCH2);
        }
    }

    /// `sp = sp op bytes` for the stack-argument pops and re-reservations:
    /// at most two immediate forms, as validation keeps `bytes` under 2^24.
    fn add_to_sp(&mut self, op: AddSub, bytes: u32) {
        for part in [bytes & (0xfff << 12), bytes & 0xfff] {
            if let Some(imm) = Imm12::new(u64::from(part)).filter(|_| part != 0) {
                self.asm.add_sub_imm(op, Size::S64, SP, SP, imm);
            }
        }
    }

    /// `reg`, or, when it is sp (which data-processing instructions read as
    /// the zero register), a copy of sp in `via`.
    fn gpr_not_sp(&mut self, reg: u8, via: u8) -> u8 {
        if reg == SP {
            self.asm.mov_sp(via, SP);
            via
        } else {
            reg
        }
    }

    /// `op dst, lhs, rhs` for add and sub, with immediates folded when they fit.
    fn add_sub(&mut self, op: AddSub, size: OperandSize, dst: u8, lhs: u8, rhs: RegImm) {
        let s = size_of(size);
        match rhs {
            RegImm::Reg(r) => self.asm.add_sub_rrr(op, s, dst, lhs, r.hw()),
            RegImm::Imm(i) => {
                let i = if size == OperandSize::S32 {
                    i as i32 as i64
                } else {
                    i
                };
                let flipped = match op {
                    AddSub::Add => AddSub::Sub,
                    AddSub::Sub => AddSub::Add,
                    AddSub::Adds => AddSub::Subs,
                    AddSub::Subs => AddSub::Adds,
                };
                if let Some(imm) = Imm12::new(i as u64).filter(|_| i >= 0) {
                    self.asm.add_sub_imm(op, s, dst, lhs, imm);
                } else if let Some(imm) = Imm12::new(i.unsigned_abs()).filter(|_| i < 0) {
                    self.asm.add_sub_imm(flipped, s, dst, lhs, imm);
                } else {
                    self.asm.mov_imm(s, SCRATCH, i as u64);
                    self.asm.add_sub_rrr(op, s, dst, lhs, SCRATCH);
                }
            }
        }
    }

    /// `cmp lhs, rhs`.
    fn compare(&mut self, size: OperandSize, lhs: Reg, rhs: RegImm) {
        self.add_sub(AddSub::Subs, size, ZR, lhs.hw(), rhs);
    }

    fn logic(&mut self, op: Logic, size: OperandSize, dst: u8, lhs: u8, rhs: RegImm) {
        let s = size_of(size);
        match rhs {
            RegImm::Reg(r) => self.asm.logic_rrr(op, s, dst, lhs, r.hw()),
            RegImm::Imm(i) => match LogicalImm::new(i as u64, s) {
                Some(imm) => self.asm.logic_imm(op, s, dst, lhs, imm),
                None => {
                    self.asm.mov_imm(s, SCRATCH, i as u64);
                    self.asm.logic_rrr(op, s, dst, lhs, SCRATCH);
                }
            },
        }
    }

    fn shift(&mut self, op: IntBinOp, size: OperandSize, dst: u8, lhs: u8, rhs: RegImm) {
        let s = size_of(size);
        let bits = size.bits();
        match (op, rhs) {
            (IntBinOp::Rotl, RegImm::Imm(i)) => {
                let by = (bits - (i as u32 & (bits - 1))) & (bits - 1);
                self.asm.shift_imm(Shift::Ror, s, dst, lhs, by as u8);
            }
            (IntBinOp::Rotl, RegImm::Reg(r)) => {
                // Rotating left by n is rotating right by -n (mod width).
                self.asm.add_sub_rrr(AddSub::Sub, s, SCRATCH, ZR, r.hw());
                self.asm.shift_rrr(Shift::Ror, s, dst, lhs, SCRATCH);
            }
            (_, rhs) => {
                let shift = match op {
                    IntBinOp::Shl => Shift::Lsl,
                    IntBinOp::ShrS => Shift::Asr,
                    IntBinOp::ShrU => Shift::Lsr,
                    _ => Shift::Ror,
                };
                match rhs {
                    RegImm::Imm(i) => {
                        self.asm
                            .shift_imm(shift, s, dst, lhs, (i as u32 & (bits - 1)) as u8)
                    }
                    RegImm::Reg(r) => self.asm.shift_rrr(shift, s, dst, lhs, r.hw()),
                }
            }
        }
    }

    /// `d = copysign(l, r)`, through the integer scratch registers.
    fn copysign(&mut self, size: OperandSize, d: u8, l: u8, r: u8) {
        let s = size_of(size);
        let sign = match size {
            OperandSize::S32 => 0x8000_0000,
            OperandSize::S64 => 1 << 63,
        };
        let (sign_mask, magnitude_mask) = (
            LogicalImm::new(sign, s).expect("a sign bit is a bitmask"),
            LogicalImm::new(!sign, s).expect("all but the sign bit is a bitmask"),
        );
        self.asm.fmov_to_gpr(s, SCRATCH, l);
        self.asm.fmov_to_gpr(s, SCRATCH2, r);
        self.asm
            .logic_imm(Logic::And, s, SCRATCH, SCRATCH, magnitude_mask);
        self.asm
            .logic_imm(Logic::And, s, SCRATCH2, SCRATCH2, sign_mask);
        self.asm
            .logic_rrr(Logic::Orr, s, SCRATCH, SCRATCH, SCRATCH2);
        self.asm.fmov_from_gpr(s, d, SCRATCH);
    }
}

impl MacroAssembler for Aarch64Masm {
    const ISA: &'static str = "aarch64";
    const MISSING_FEATURE_HINT: &'static str = "NEON code the aarch64 backend does not emit yet";
    const CPU_FEATURES: &'static [CpuFeature] = Aarch64Features::TABLE;
    const DWARF: DwarfRegs = DwarfRegs {
        sp: 31,
        fp: 29,
        ra: 30,
        code_alignment: 4,
        entry_cfa_offset: 0,
        entry_ra_offset: None,
        gpr_numbers: &[],
        fpr_base: 64,
        fpr_numbers: &[],
    };

    fn new(_features: &IsaFeatures) -> Self {
        Aarch64Masm {
            asm: Assembler::new(),
            state: MasmState::default(),
            oversized_frame: None,
        }
    }

    fn reset(&mut self) {
        self.asm.clear();
        self.state.reset();
        self.oversized_frame = None;
    }

    masm_plumbing!(kindling_isa_aarch64::Label);

    const ROLES: RegisterRoles = RegisterRoles {
        allocatable_gprs: &ALLOCATABLE,
        allocatable_fprs: &ALLOCATABLE_FPRS,
        vmctx: Reg::gpr(VMCTX),
        heap_base: Reg::gpr(HEAP_BASE),
        fp: Reg::gpr(FP),
        sp: Reg::gpr(SP),
        core_temp: Reg::gpr(15),
        float_temp: Reg::fpr(V_SCRATCH),
    };
    fn abi() -> &'static Abi {
        &ABI
    }

    fn safe_point(&mut self) {
        self.asm.island_point(MAX_UNIT_BYTES);
    }

    fn prologue(&mut self) {
        self.asm.stp_pre(FP, LR, SP, -16);
        let saved = [(u16::from(FP), -16), (u16::from(LR), -8)];
        self.state.frame_record_pushed(self.asm.offset(), &saved);
        self.asm.mov_sp(FP, SP);
        self.state.frame_pointer_set(self.asm.offset());
        // Two `sub sp` words, patched with the frame size's high and low 12
        // bits once it is known.
        self.state.frame_size_patch = Some(self.asm.offset());
        let zero = Imm12::new(0).expect("0 fits");
        self.asm.add_sub_imm(AddSub::Sub, Size::S64, SP, SP, zero);
        self.asm.add_sub_imm(AddSub::Sub, Size::S64, SP, SP, zero);
    }

    fn patch_frame_size(&mut self, bytes: u32) {
        let Some(at) = self.state.frame_size_patch else {
            return;
        };
        if bytes >= 1 << 24 {
            self.oversized_frame = Some(bytes);
            return;
        }
        // The high part is shifted by 12, the low part is not; a part that
        // is zero becomes a `nop`.
        let high = (bytes >> 12) & 0xfff;
        let low = bytes & 0xfff;
        for (word_at, imm) in [(at, high << 12), (at + 4, low)] {
            let mut patch = Assembler::new();
            match Imm12::new(u64::from(imm)).filter(|_| imm != 0) {
                Some(imm) => patch.add_sub_imm(AddSub::Sub, Size::S64, SP, SP, imm),
                None => patch.nop(),
            }
            let mut word = Vec::new();
            if patch.finish_into(&mut word).is_ok() {
                let w = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
                self.asm.patch_word(word_at, w);
            }
        }
    }

    fn epilogue(&mut self, pop: u32) {
        self.asm.mov_sp(SP, FP);
        self.asm.ldp_post(FP, LR, SP, 16);
        self.add_to_sp(AddSub::Add, pop);
        self.asm.ret();
    }

    fn move_reg(&mut self, size: MemSize, dst: Reg, src: Reg) {
        let (d, r) = (dst.hw(), src.hw());
        match (dst.is_gpr(), src.is_gpr()) {
            (true, true) if d == SP || r == SP => self.asm.mov_sp(d, r),
            (true, true) => self.asm.mov_rr(reg_size(size), d, r),
            (false, true) => self.asm.fmov_from_gpr(reg_size(size), d, r),
            (true, false) => self.asm.fmov_to_gpr(reg_size(size), d, r),
            (false, false) if size == MemSize::S128 => self.asm.mov_v16b(d, r),
            (false, false) => self.asm.fp_unop(FpUnOp::Mov, reg_size(size), d, r),
        }
    }

    fn move_imm(&mut self, size: MemSize, dst: Reg, imm: i64) {
        if dst.is_gpr() {
            self.asm.mov_imm(reg_size(size), dst.hw(), imm as u64);
        } else {
            self.asm.mov_imm(Size::S64, SCRATCH, imm as u64);
            self.asm.fmov_from_gpr(reg_size(size), dst.hw(), SCRATCH);
        }
    }

    fn load(&mut self, size: MemSize, dst: Reg, src: Mem) {
        self.access(mem_op(true, size, dst.is_gpr()), dst.hw(), src);
    }

    fn store(&mut self, size: MemSize, dst: Mem, src: Reg) {
        let reg = if src.is_gpr() {
            self.gpr_not_sp(src.hw(), SCRATCH)
        } else {
            src.hw()
        };
        self.access(mem_op(false, size, src.is_gpr()), reg, dst);
    }

    fn store_imm(&mut self, size: MemSize, dst: Mem, imm: i64) {
        let reg = if imm == 0 {
            ZR
        } else {
            self.asm.mov_imm(Size::S64, SCRATCH, imm as u64);
            SCRATCH
        };
        self.access(mem_op(false, size, true), reg, dst);
    }

    fn load_address(&mut self, dst: Reg, src: Mem) {
        if dst.is_gpr() {
            self.address(dst.hw(), src);
        } else {
            self.address(SCRATCH, src);
            self.asm.fmov_from_gpr(Size::S64, dst.hw(), SCRATCH);
        }
    }

    fn move_scratch(size: MemSize) -> Reg {
        if size == MemSize::S128 {
            Reg::fpr(V_SCRATCH)
        } else {
            Reg::gpr(SCRATCH)
        }
    }

    fn add_to_mem(&mut self, dst: Mem, imm: i32) {
        self.access(MemOp::Ldr64, SCRATCH, dst);
        self.add_sub(
            AddSub::Add,
            OperandSize::S64,
            SCRATCH,
            SCRATCH,
            RegImm::Imm(i64::from(imm)),
        );
        self.access(MemOp::Str64, SCRATCH, dst);
    }

    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        let s = size_of(size);
        let (d, l) = (dst.hw(), lhs.hw());
        match op {
            IntBinOp::Add => self.add_sub(AddSub::Add, size, d, l, rhs),
            IntBinOp::Sub => self.add_sub(AddSub::Sub, size, d, l, rhs),
            IntBinOp::And => self.logic(Logic::And, size, d, l, rhs),
            IntBinOp::Or => self.logic(Logic::Orr, size, d, l, rhs),
            IntBinOp::Xor => self.logic(Logic::Eor, size, d, l, rhs),
            IntBinOp::Mul => {
                let r = match rhs {
                    RegImm::Reg(r) => r.hw(),
                    RegImm::Imm(i) => {
                        self.asm.mov_imm(s, SCRATCH, i as u64);
                        SCRATCH
                    }
                };
                self.asm.madd(s, d, l, r, ZR);
            }
            IntBinOp::Shl | IntBinOp::ShrS | IntBinOp::ShrU | IntBinOp::Rotl | IntBinOp::Rotr => {
                self.shift(op, size, d, l, rhs)
            }
        }
    }

    fn int_unop(&mut self, op: IntUnOp, size: OperandSize, dst: Reg, src: Reg) {
        let s = size_of(size);
        let (d, r) = (dst.hw(), src.hw());
        match op {
            IntUnOp::Clz => self.asm.clz(s, d, r),
            IntUnOp::Ctz => {
                self.asm.rbit(s, d, r);
                self.asm.clz(s, d, d);
            }
            IntUnOp::Popcnt => {
                self.asm.fmov_from_gpr(s, V_SCRATCH, r);
                self.asm.cnt_8b(V_SCRATCH, V_SCRATCH);
                self.asm.addv_8b(V_SCRATCH, V_SCRATCH);
                self.asm.fmov_to_gpr(Size::S32, d, V_SCRATCH);
            }
        }
    }

    fn int_div(&mut self, op: DivOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        // The core has already trapped on a zero divisor and on MIN / -1;
        // sdiv gives MIN for MIN / -1, so MIN % -1 comes out 0 as wasm wants.
        let s = size_of(size);
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        match op {
            DivOp::DivS => self.asm.div(true, s, d, l, r),
            DivOp::DivU => self.asm.div(false, s, d, l, r),
            DivOp::RemS | DivOp::RemU => {
                self.asm.div(op == DivOp::RemS, s, SCRATCH, l, r);
                self.asm.msub(s, d, SCRATCH, r, l);
            }
        }
    }

    fn extend(&mut self, op: ExtendOp, dst: Reg, src: Reg) {
        let (d, r) = (dst.hw(), src.hw());
        match op {
            ExtendOp::S8To32 => self.asm.extend(Extend::Sxtb, Size::S32, d, r),
            ExtendOp::S16To32 => self.asm.extend(Extend::Sxth, Size::S32, d, r),
            ExtendOp::S8To64 => self.asm.extend(Extend::Sxtb, Size::S64, d, r),
            ExtendOp::S16To64 => self.asm.extend(Extend::Sxth, Size::S64, d, r),
            ExtendOp::S32To64 => self.asm.extend(Extend::Sxtw, Size::S64, d, r),
            ExtendOp::U32To64 => self.asm.mov_rr(Size::S32, d, r),
        }
    }

    fn cmp_set(&mut self, cmp: IntCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        self.compare(size, lhs, rhs);
        self.asm.cset(Size::S32, dst.hw(), cond(cmp));
    }

    fn zero_if(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, dst: Reg) {
        self.compare(size, lhs, rhs);
        let d = dst.hw();
        self.asm.csel(Size::S64, d, ZR, d, cond(cmp));
        self.asm.csdb();
    }

    fn select(&mut self, size: OperandSize, dst: Reg, cond_reg: Reg, if_true: Reg) {
        if dst.is_gpr() {
            self.compare(OperandSize::S32, cond_reg, RegImm::Imm(0));
            let s = size_of(size);
            self.asm.csel(s, dst.hw(), if_true.hw(), dst.hw(), Cond::Ne);
        } else {
            let keep = self.asm.new_label();
            self.asm.cbz(false, Size::S32, cond_reg.hw(), keep);
            self.asm.mov_v16b(dst.hw(), if_true.hw());
            self.asm.bind(keep);
        }
    }

    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        let s = size_of(size);
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        let fp = match op {
            FloatBinOp::Add => FpBinOp::Add,
            FloatBinOp::Sub => FpBinOp::Sub,
            FloatBinOp::Mul => FpBinOp::Mul,
            FloatBinOp::Div => FpBinOp::Div,
            FloatBinOp::Min => FpBinOp::Min,
            FloatBinOp::Max => FpBinOp::Max,
            FloatBinOp::Copysign => return self.copysign(size, d, l, r),
        };
        self.asm.fp_binop(fp, s, d, l, r);
    }

    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool {
        let fp = match op {
            FloatUnOp::Abs => FpUnOp::Abs,
            FloatUnOp::Neg => FpUnOp::Neg,
            FloatUnOp::Sqrt => FpUnOp::Sqrt,
            FloatUnOp::Ceil => FpUnOp::Ceil,
            FloatUnOp::Floor => FpUnOp::Floor,
            FloatUnOp::Trunc => FpUnOp::Trunc,
            FloatUnOp::Nearest => FpUnOp::RoundNearest,
        };
        self.asm.fp_unop(fp, size_of(size), dst.hw(), src.hw());
        true
    }

    fn float_cmp_set(&mut self, cmp: FloatCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        self.asm.fcmp(size_of(size), lhs.hw(), rhs.hw());
        // After an unordered fcmp (N=0, Z=0, C=1, V=1) only `ne` holds.
        let c = match cmp {
            FloatCmp::Eq => Cond::Eq,
            FloatCmp::Ne => Cond::Ne,
            FloatCmp::Lt => Cond::Mi,
            FloatCmp::Le => Cond::Ls,
            FloatCmp::Gt => Cond::Gt,
            FloatCmp::Ge => Cond::Ge,
        };
        self.asm.cset(Size::S32, dst.hw(), c);
    }

    fn int_to_float(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        dst: Reg,
        src: Reg,
    ) {
        self.asm.int_to_float(
            signed,
            size_of(int_size),
            size_of(float_size),
            dst.hw(),
            src.hw(),
        );
    }

    fn float_to_int(
        &mut self,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        dst: Reg,
        src: Reg,
    ) {
        self.asm.float_to_int(
            signed,
            size_of(float_size),
            size_of(int_size),
            dst.hw(),
            src.hw(),
        );
    }

    fn float_resize(&mut self, to: OperandSize, dst: Reg, src: Reg) {
        self.asm.fcvt(size_of(to), dst.hw(), src.hw());
    }

    fn heap_load(
        &mut self,
        size: MemSize,
        sign_extend_to: Option<OperandSize>,
        dst: Reg,
        src: Mem,
    ) -> u32 {
        let op = heap_load_op(size, sign_extend_to, dst);
        self.access(op, dst.hw(), src)
    }

    fn heap_store(&mut self, size: MemSize, dst: Mem, src: Reg) -> u32 {
        self.access(mem_op(false, size, src.is_gpr()), src.hw(), dst)
    }

    fn heap_load_indexed(
        &mut self,
        size: MemSize,
        sign_extend_to: Option<OperandSize>,
        dst: Reg,
        src: HeapIndexed,
    ) -> u32 {
        let op = heap_load_op(size, sign_extend_to, dst);
        self.indexed_access(op, dst.hw(), src)
    }

    fn heap_store_indexed(&mut self, size: MemSize, dst: HeapIndexed, src: Reg) -> u32 {
        self.indexed_access(mem_op(false, size, src.is_gpr()), src.hw(), dst)
    }

    fn br_cmp(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, target: Label) {
        let t = self.label(target);
        match (cmp, rhs) {
            (IntCmp::Eq | IntCmp::Ne, RegImm::Imm(0)) => {
                self.asm.cbz(cmp == IntCmp::Ne, size_of(size), lhs.hw(), t)
            }
            _ => {
                self.compare(size, lhs, rhs);
                self.asm.b_cond(cond(cmp), t);
            }
        }
    }

    fn jmp(&mut self, target: Label) {
        let t = self.label(target);
        self.asm.b(t);
    }

    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label) {
        self.asm
            .island_point(MAX_UNIT_BYTES + 4 * targets.len() as u32);
        let d = self.label(default);
        let i = index.hw();
        self.compare(OperandSize::S32, index, RegImm::Imm(targets.len() as i64));
        self.asm.b_cond(Cond::Hs, d);
        // Each table entry is one `b` word: jump to table + 4 * index.
        let table = self.asm.new_label();
        self.asm.adr(SCRATCH, table);
        self.asm.mov_rr(Size::S32, SCRATCH2, i);
        self.asm
            .shift_imm(Shift::Lsl, Size::S64, SCRATCH2, SCRATCH2, 2);
        self.asm
            .add_sub_rrr(AddSub::Add, Size::S64, SCRATCH, SCRATCH, SCRATCH2);
        // An island may follow the `br`, before the table; none may split
        // the table's entries.
        self.asm.br(SCRATCH);
        self.asm.bind(table);
        self.asm.hold_islands(true);
        for t in targets {
            let l = self.label(*t);
            self.asm.b(l);
        }
        self.asm.hold_islands(false);
    }

    fn trap_instruction(&mut self, _code: Trap) -> u32 {
        self.asm.udf(0)
    }

    fn check_stack(&mut self, runtime_limits: Mem, stack_limit_offset: i32, trap: Label) {
        self.access(MemOp::Ldr64, SCRATCH, runtime_limits);
        self.access(
            MemOp::Ldr64,
            SCRATCH,
            crate::codegen::mem(Reg::gpr(SCRATCH), stack_limit_offset),
        );
        self.asm.cmp_sp(SCRATCH);
        let t = self.label(trap);
        self.asm.b_cond(Cond::Lo, t);
    }

    fn emit_call_reloc(&mut self) -> u32 {
        self.asm.bl_reloc()
    }

    fn emit_call_reg(&mut self, target: Reg) {
        self.asm.blr(target.hw());
    }

    fn emit_jump_reloc(&mut self) -> u32 {
        self.asm.b_reloc()
    }

    fn emit_jump_reg(&mut self, target: Reg) {
        self.asm.br(target.hw());
    }

    fn leave_for_tail_call(&mut self, args: TailCallArgs) {
        if args.shift() == 0 {
            self.asm.mov_sp(SP, FP);
            self.asm.ldp_post(FP, LR, SP, 16);
        } else {
            // x9 is free here: no argument travels in it, and a register
            // target is in the core temp (x15).
            let new_sp = 9;
            let fp = Self::fp();
            self.address(new_sp, crate::codegen::mem(fp, 16 + args.shift()));
            self.access(MemOp::Ldr64, LR, crate::codegen::mem(fp, 8));
            self.access(MemOp::Ldr64, FP, crate::codegen::mem(fp, 0));
            if args.built_at_sp() {
                let built = crate::codegen::mem(Self::sp(), ABI.outgoing_args_offset as i32);
                let to = crate::codegen::mem(Reg::gpr(new_sp), 0);
                self.copy_upwards(built, to, args.outgoing);
            }
            self.asm.mov_sp(SP, new_sp);
        }
    }

    fn sub_sp(&mut self, bytes: u32) {
        self.add_to_sp(AddSub::Sub, bytes);
    }

    fn patch_call(text: &mut [u8], reloc_offset: usize, target_offset: usize) -> bool {
        let rel = target_offset as i64 - reloc_offset as i64;
        if rel % 4 != 0 || !(-(1 << 27)..(1 << 27)).contains(&rel) {
            return false;
        }
        let Some(site) = text.get_mut(reloc_offset..reloc_offset + 4) else {
            return false;
        };
        let word = u32::from_le_bytes([site[0], site[1], site[2], site[3]]);
        let patched = (word & 0xfc00_0000) | ((rel >> 2) as u32 & 0x03ff_ffff);
        site.copy_from_slice(&patched.to_le_bytes());
        true
    }

    fn function_alignment() -> u32 {
        16
    }

    fn finish(&mut self, out: &mut Vec<u8>) -> anyhow::Result<()> {
        if let Some(bytes) = self.oversized_frame {
            anyhow::bail!("a frame of {bytes} bytes exceeds aarch64's 16 MiB frame limit");
        }
        self.asm.finish_into(out)?;
        Ok(())
    }
}

/// Registers the masm uses internally, for tests that check the allocator
/// never hands them out.
pub const SCRATCH_GPRS: [u8; 2] = [SCRATCH, SCRATCH2];

/// The masm's float scratch registers.
pub const SCRATCH_FPRS: [u8; 2] = [V_SCRATCH, V_SCRATCH2];

/// The load of `size` bytes into `dst`, sign-extending to `sign_extend_to`.
fn heap_load_op(size: MemSize, sign_extend_to: Option<OperandSize>, dst: Reg) -> MemOp {
    match (dst.is_gpr(), sign_extend_to, size) {
        (true, Some(OperandSize::S32), MemSize::S8) => MemOp::Ldrsb32,
        (true, Some(OperandSize::S32), MemSize::S16) => MemOp::Ldrsh32,
        (true, Some(OperandSize::S64), MemSize::S8) => MemOp::Ldrsb64,
        (true, Some(OperandSize::S64), MemSize::S16) => MemOp::Ldrsh64,
        (true, Some(OperandSize::S64), MemSize::S32) => MemOp::Ldrsw,
        (gpr, _, size) => mem_op(true, size, gpr),
    }
}

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
use crate::masm::{
    CallReloc, CallTarget, DivOp, ExtendOp, FloatBinOp, FloatCmp, FloatUnOp, IntBinOp, IntCmp,
    IntUnOp, Label, Loc, MacroAssembler, Mem, MemSize, OperandSize, Reg, RegImm, TailCallArgs,
    UnwindStep,
};
use crate::settings::IsaFeatures;
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

static ALLOCATABLE: [Reg; 14] = [
    Reg::gpr(19),
    Reg::gpr(20),
    Reg::gpr(21),
    Reg::gpr(22),
    Reg::gpr(23),
    Reg::gpr(24),
    Reg::gpr(25),
    Reg::gpr(26),
    Reg::gpr(9),
    Reg::gpr(10),
    Reg::gpr(11),
    Reg::gpr(12),
    Reg::gpr(13),
    Reg::gpr(14),
];

static ALLOCATABLE_FPRS: [Reg; 22] = [
    Reg::fpr(0),
    Reg::fpr(1),
    Reg::fpr(2),
    Reg::fpr(3),
    Reg::fpr(4),
    Reg::fpr(5),
    Reg::fpr(6),
    Reg::fpr(7),
    Reg::fpr(16),
    Reg::fpr(17),
    Reg::fpr(18),
    Reg::fpr(19),
    Reg::fpr(20),
    Reg::fpr(21),
    Reg::fpr(22),
    Reg::fpr(23),
    Reg::fpr(24),
    Reg::fpr(25),
    Reg::fpr(26),
    Reg::fpr(27),
    Reg::fpr(28),
    Reg::fpr(29),
];

static CALLEE_SAVED: [Reg; 10] = [
    Reg::gpr(19),
    Reg::gpr(20),
    Reg::gpr(21),
    Reg::gpr(22),
    Reg::gpr(23),
    Reg::gpr(24),
    Reg::gpr(25),
    Reg::gpr(26),
    Reg::gpr(27),
    Reg::gpr(28),
];

static ABI: Abi = Abi {
    int_args: &[
        Reg::gpr(0),
        Reg::gpr(1),
        Reg::gpr(2),
        Reg::gpr(3),
        Reg::gpr(4),
        Reg::gpr(5),
        Reg::gpr(6),
        Reg::gpr(7),
    ],
    float_args: &[
        Reg::fpr(0),
        Reg::fpr(1),
        Reg::fpr(2),
        Reg::fpr(3),
        Reg::fpr(4),
        Reg::fpr(5),
        Reg::fpr(6),
        Reg::fpr(7),
    ],
    int_ret: Reg::gpr(0),
    float_ret: Reg::fpr(0),
    callee_saved: &CALLEE_SAVED,
    local_gprs: &[
        Reg::gpr(19),
        Reg::gpr(20),
        Reg::gpr(21),
        Reg::gpr(22),
        Reg::gpr(23),
        Reg::gpr(24),
        Reg::gpr(25),
    ],
    local_fprs: &[
        Reg::fpr(16),
        Reg::fpr(17),
        Reg::fpr(18),
        Reg::fpr(19),
        Reg::fpr(20),
        Reg::fpr(21),
        Reg::fpr(22),
        Reg::fpr(23),
    ],
    stack_slot_size: 8,
    outgoing_args_offset: 0,
    narrow_args_at_slot_end: false,
    extends_u32_args: false,
};

/// The AArch64 macro assembler.
pub struct Aarch64Masm {
    asm: Assembler,
    labels: Vec<kindling_isa_aarch64::Label>,
    relocs: Vec<CallReloc>,
    unwind: Vec<UnwindStep>,
    frame_size_patch: Option<u32>,
    /// A frame size the two `sub sp` words cannot encode, reported by `finish`.
    oversized_frame: Option<u32>,
}

fn size_of(size: OperandSize) -> Size {
    match size {
        OperandSize::S32 => Size::S32,
        OperandSize::S64 => Size::S64,
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
        self.labels[l.0 as usize]
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
    const DWARF: DwarfRegs = DwarfRegs {
        sp: 31,
        fp: 29,
        ra: 30,
        code_alignment: 4,
        entry_cfa_offset: 0,
    };

    fn new(_features: &IsaFeatures) -> Self {
        Aarch64Masm {
            asm: Assembler::new(),
            labels: Vec::new(),
            relocs: Vec::new(),
            unwind: Vec::new(),
            frame_size_patch: None,
            oversized_frame: None,
        }
    }

    fn reset(&mut self) {
        self.asm.clear();
        self.labels.clear();
        self.relocs.clear();
        self.unwind.clear();
        self.frame_size_patch = None;
        self.oversized_frame = None;
    }

    fn allocatable_gprs() -> &'static [Reg] {
        &ALLOCATABLE
    }
    fn allocatable_fprs() -> &'static [Reg] {
        &ALLOCATABLE_FPRS
    }
    fn vmctx_reg() -> Reg {
        Reg::gpr(VMCTX)
    }
    fn heap_base_reg() -> Reg {
        Reg::gpr(HEAP_BASE)
    }
    fn fp() -> Reg {
        Reg::gpr(FP)
    }
    fn sp() -> Reg {
        Reg::gpr(SP)
    }
    fn core_temp() -> Reg {
        Reg::gpr(15)
    }
    fn float_temp() -> Reg {
        Reg::fpr(V_SCRATCH)
    }
    fn abi() -> &'static Abi {
        &ABI
    }

    fn offset(&self) -> u32 {
        self.asm.offset()
    }
    fn new_label(&mut self) -> Label {
        let l = self.asm.new_label();
        self.labels.push(l);
        Label(self.labels.len() as u32 - 1)
    }
    fn bind(&mut self, label: Label) {
        let l = self.label(label);
        self.asm.bind(l);
    }

    fn prologue(&mut self) {
        self.asm.stp_pre(FP, LR, SP, -16);
        let off = self.asm.offset();
        self.unwind.push(UnwindStep::CfaOffset {
            offset: off,
            cfa_offset: 16,
        });
        for (reg, at) in [(FP, -16), (LR, -8)] {
            self.unwind.push(UnwindStep::Saved {
                offset: off,
                dwarf_reg: u16::from(reg),
                cfa_offset: at,
            });
        }
        self.asm.mov_sp(FP, SP);
        self.unwind.push(UnwindStep::CfaOnFp {
            offset: self.asm.offset(),
        });
        // Two `sub sp` words, patched with the frame size's high and low 12
        // bits once it is known.
        self.frame_size_patch = Some(self.asm.offset());
        let zero = Imm12::new(0).expect("0 fits");
        self.asm.add_sub_imm(AddSub::Sub, Size::S64, SP, SP, zero);
        self.asm.add_sub_imm(AddSub::Sub, Size::S64, SP, SP, zero);
    }

    fn patch_frame_size(&mut self, bytes: u32) {
        let Some(at) = self.frame_size_patch else {
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

    fn dwarf_reg(r: Reg) -> u16 {
        if r.is_gpr() {
            u16::from(r.hw())
        } else {
            64 + u16::from(r.hw())
        }
    }

    fn record_unwind(&mut self, step: UnwindStep) {
        self.unwind.push(step);
    }

    fn unwind_steps(&self) -> &[UnwindStep] {
        &self.unwind
    }
    fn incoming_args_offset() -> i32 {
        16
    }
    fn frame_record() -> (i32, i32) {
        (0, 8)
    }
    fn mov(&mut self, size: MemSize, dst: Loc, src: Loc) {
        let reg_size = if matches!(size, MemSize::S64 | MemSize::S128) {
            Size::S64
        } else {
            Size::S32
        };
        match (dst, src) {
            (Loc::Reg(d), Loc::Reg(r)) if d == r => {}
            (Loc::Reg(d), Loc::Reg(r)) => match (d.is_gpr(), r.is_gpr()) {
                (true, true) if d.hw() == SP || r.hw() == SP => self.asm.mov_sp(d.hw(), r.hw()),
                (true, true) => self.asm.mov_rr(reg_size, d.hw(), r.hw()),
                (false, true) => self.asm.fmov_from_gpr(reg_size, d.hw(), r.hw()),
                (true, false) => self.asm.fmov_to_gpr(reg_size, d.hw(), r.hw()),
                (false, false) if size == MemSize::S128 => self.asm.mov_v16b(d.hw(), r.hw()),
                (false, false) => self.asm.fp_unop(FpUnOp::Mov, reg_size, d.hw(), r.hw()),
            },
            (Loc::Reg(d), Loc::Imm(i)) if d.is_gpr() => {
                self.asm.mov_imm(reg_size, d.hw(), i as u64)
            }
            (Loc::Reg(d), Loc::Imm(i)) => {
                self.asm.mov_imm(Size::S64, SCRATCH, i as u64);
                self.asm.fmov_from_gpr(reg_size, d.hw(), SCRATCH);
            }
            (Loc::Reg(d), Loc::Mem(m)) => {
                self.access(mem_op(true, size, d.is_gpr()), d.hw(), m);
            }
            (Loc::Reg(d), Loc::Addr(m)) if d.is_gpr() => self.address(d.hw(), m),
            (Loc::Reg(d), Loc::Addr(m)) => {
                self.address(SCRATCH, m);
                self.asm.fmov_from_gpr(Size::S64, d.hw(), SCRATCH);
            }
            (Loc::Mem(m), Loc::Reg(r)) => {
                let reg = if r.is_gpr() {
                    self.gpr_not_sp(r.hw(), SCRATCH)
                } else {
                    r.hw()
                };
                self.access(mem_op(false, size, r.is_gpr()), reg, m);
            }
            (Loc::Mem(m), Loc::Imm(i)) => {
                let reg = if i == 0 {
                    ZR
                } else {
                    self.asm.mov_imm(Size::S64, SCRATCH, i as u64);
                    SCRATCH
                };
                self.access(mem_op(false, size, true), reg, m);
            }
            (Loc::Mem(m), Loc::Mem(from)) => {
                if m != from {
                    if size == MemSize::S128 {
                        self.access(MemOp::LdrQ, V_SCRATCH, from);
                        self.access(MemOp::StrQ, V_SCRATCH, m);
                    } else {
                        self.access(mem_op(true, size, true), SCRATCH, from);
                        self.access(mem_op(false, size, true), SCRATCH, m);
                    }
                }
            }
            (Loc::Mem(m), Loc::Addr(a)) => {
                self.address(SCRATCH, a);
                self.access(mem_op(false, size, true), SCRATCH, m);
            }
            (Loc::Imm(_) | Loc::Addr(_), _) => {
                unreachable!("immediates and addresses are sources only")
            }
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
        let op = match (dst.is_gpr(), sign_extend_to, size) {
            (true, Some(OperandSize::S32), MemSize::S8) => MemOp::Ldrsb32,
            (true, Some(OperandSize::S32), MemSize::S16) => MemOp::Ldrsh32,
            (true, Some(OperandSize::S64), MemSize::S8) => MemOp::Ldrsb64,
            (true, Some(OperandSize::S64), MemSize::S16) => MemOp::Ldrsh64,
            (true, Some(OperandSize::S64), MemSize::S32) => MemOp::Ldrsw,
            (gpr, _, size) => mem_op(true, size, gpr),
        };
        self.access(op, dst.hw(), src)
    }

    fn heap_store(&mut self, size: MemSize, dst: Mem, src: Reg) -> u32 {
        self.access(mem_op(false, size, src.is_gpr()), src.hw(), dst)
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
        self.asm.mov_sp(SCRATCH2, SP);
        self.asm
            .add_sub_rrr(AddSub::Subs, Size::S64, ZR, SCRATCH2, SCRATCH);
        let t = self.label(trap);
        self.asm.b_cond(Cond::Lo, t);
    }

    fn call(&mut self, target: CallTarget) {
        match target {
            CallTarget::Func(callee) => {
                let offset = self.asm.bl_reloc();
                self.relocs.push(CallReloc { offset, callee });
            }
            CallTarget::Reg(r) => self.asm.blr(r.hw()),
        }
    }

    fn tail_call(&mut self, target: CallTarget, args: TailCallArgs) {
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
                // Upwards into an overlapping area: highest chunk first.
                let base = Reg::gpr(new_sp);
                let built = ABI.outgoing_args_offset as i32;
                for at in (0..args.outgoing as i32).step_by(16).rev() {
                    let from = crate::codegen::mem(Self::sp(), built + at);
                    self.access(MemOp::LdrQ, V_SCRATCH, from);
                    self.access(MemOp::StrQ, V_SCRATCH, crate::codegen::mem(base, at));
                }
            }
            self.asm.mov_sp(SP, new_sp);
        }
        match target {
            CallTarget::Func(callee) => {
                let offset = self.asm.b_reloc();
                self.relocs.push(CallReloc { offset, callee });
            }
            CallTarget::Reg(r) => self.asm.br(r.hw()),
        }
    }

    fn sub_sp(&mut self, bytes: u32) {
        self.add_to_sp(AddSub::Sub, bytes);
    }

    fn relocs(&self) -> &[CallReloc] {
        &self.relocs
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

//! The x86_64 `MacroAssembler`, over the `kindling-isa-x64` encoder.
//!
//! Register roles:
//! * allocatable: rbx, rsi, rdi, r8, r9, r12, r13;
//! * r14 holds the vmctx, r15 memory 0's base (when the instance owns
//!   it); r10 is the core's temp;
//! * rax, rcx, rdx and r11 are this masm's scratch registers (division,
//!   shifts, wide immediates and memory-to-memory moves).

use crate::abi::Abi;
use crate::masm::masm_plumbing;
use crate::masm::{
    DivOp, ExtendOp, FloatBinOp, FloatCmp, FloatUnOp, IntBinOp, IntCmp, IntUnOp, Label,
    MacroAssembler, MasmState, Mem, MemSize, OperandSize, Reg, RegImm, RegisterRoles, TailCallArgs,
};
use crate::settings::{CpuFeature, IsaFeatures};
use crate::unwind::DwarfRegs;
pub use features::X64Features;
use kindling_isa_x64::{Alu, Assembler, BitCount, Cond, Gpr, Shift, Size, SseOp};
use wasmtime_environ::Trap;

mod features;
mod simd;
mod simd_convert;
mod simd_lanes;

const RAX: u8 = 0;
const RCX: u8 = 1;
const RDX: u8 = 2;
const RBX: u8 = 3;
const RSP: u8 = 4;
const RBP: u8 = 5;
const RSI: u8 = 6;
const RDI: u8 = 7;
const R8: u8 = 8;
const R9: u8 = 9;
const R10: u8 = 10;
const R11: u8 = 11;
const R12: u8 = 12;
const R13: u8 = 13;
const R14: u8 = 14;
const R15: u8 = 15;

const SCRATCH: Gpr = R11;

static ALLOCATABLE: [Reg; 7] = Reg::gprs([RBX, RSI, RDI, R8, R9, R12, R13]);

static ALLOCATABLE_FPRS: [Reg; 14] = Reg::fprs([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);

/// Float scratch registers.
const XMM_SCRATCH: u8 = 15;
const XMM_SCRATCH2: u8 = 14;

static CALLEE_SAVED: [Reg; 5] = Reg::gprs([RBX, R12, R13, R14, R15]);

static ABI: Abi = Abi {
    int_args: &Reg::gprs([RDI, RSI, RDX, RCX, R8, R9]),
    float_args: &Reg::fprs([0, 1, 2, 3, 4, 5, 6, 7]),
    int_ret: Reg::gpr(RAX),
    float_ret: Reg::fpr(0),
    v128_regs: None,
    callee_saved: &CALLEE_SAVED,
    local_gprs: &Reg::gprs([RBX, R12, R13]),
    local_fprs: &Reg::fprs([8, 9, 10, 11, 12, 13]),
    stack_slot_size: 8,
    outgoing_args_offset: 0,
    narrow_args_at_slot_end: false,
    extends_u32_args: false,
};

/// DWARF register numbers of the GPRs, by hardware encoding.
const DWARF_GPR: [u16; 16] = [0, 2, 1, 3, 7, 6, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15];

/// The x86_64 macro assembler.
pub struct X64Masm {
    asm: Assembler,
    state: MasmState<kindling_isa_x64::Label>,
    features: X64Features,
    /// v128 constants placed after the function, loaded RIP-relative.
    constants: Vec<(kindling_isa_x64::Label, u128)>,
}

fn size_of(size: OperandSize) -> Size {
    match size {
        OperandSize::S32 => Size::S32,
        OperandSize::S64 => Size::S64,
    }
}

fn mem_size(size: MemSize) -> Size {
    match size {
        MemSize::S8 => Size::S8,
        MemSize::S16 => Size::S16,
        MemSize::S32 => Size::S32,
        MemSize::S64 | MemSize::S128 => Size::S64,
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
        IntCmp::Eq => Cond::E,
        IntCmp::Ne => Cond::Ne,
        IntCmp::LtS => Cond::L,
        IntCmp::LtU => Cond::B,
        IntCmp::GtS => Cond::G,
        IntCmp::GtU => Cond::A,
        IntCmp::LeS => Cond::Le,
        IntCmp::LeU => Cond::Be,
        IntCmp::GeS => Cond::Ge,
        IntCmp::GeU => Cond::Ae,
    }
}

impl X64Masm {
    fn label(&self, l: Label) -> kindling_isa_x64::Label {
        self.state.label(l)
    }

    /// `cmp lhs, rhs`, materialising immediates wider than 32 bits.
    fn compare(&mut self, size: OperandSize, lhs: Reg, rhs: RegImm) {
        let s = size_of(size);
        match rhs {
            RegImm::Reg(r) => self.asm.alu_rr(Alu::Cmp, s, lhs.hw(), r.hw()),
            RegImm::Imm(0) => self.asm.test_rr(s, lhs.hw(), lhs.hw()),
            RegImm::Imm(i) if size == OperandSize::S32 || i as i32 as i64 == i => {
                self.asm.alu_ri(Alu::Cmp, s, lhs.hw(), i as i32)
            }
            RegImm::Imm(i) => {
                self.asm.mov_ri(Size::S64, SCRATCH, i);
                self.asm.alu_rr(Alu::Cmp, s, lhs.hw(), SCRATCH);
            }
        }
    }

    /// `dst = lhs` unless they are the same register.
    fn copy(&mut self, size: Size, dst: Gpr, src: Gpr) {
        if dst != src {
            self.asm.mov_rr(size, dst, src);
        }
    }

    fn alu(&mut self, op: Alu, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        let s = size_of(size);
        let (d, l) = (dst.hw(), lhs.hw());
        match rhs {
            RegImm::Reg(r) if r.hw() == d && d != l => {
                if op == Alu::Sub {
                    self.asm.mov_rr(s, SCRATCH, r.hw());
                    self.asm.mov_rr(s, d, l);
                    self.asm.alu_rr(op, s, d, SCRATCH);
                } else {
                    self.asm.alu_rr(op, s, d, l);
                }
            }
            RegImm::Reg(r) => {
                self.copy(s, d, l);
                self.asm.alu_rr(op, s, d, r.hw());
            }
            RegImm::Imm(i) if size == OperandSize::S32 || i as i32 as i64 == i => {
                self.copy(s, d, l);
                self.asm.alu_ri(op, s, d, i as i32);
            }
            RegImm::Imm(i) => {
                self.asm.mov_ri(Size::S64, SCRATCH, i);
                self.copy(s, d, l);
                self.asm.alu_rr(op, s, d, SCRATCH);
            }
        }
    }

    fn shift(&mut self, op: Shift, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        let s = size_of(size);
        match rhs {
            RegImm::Imm(i) => {
                self.copy(s, dst.hw(), lhs.hw());
                let amount = (i as u32 & (size.bits() - 1)) as u8;
                self.asm.shift_ri(op, s, dst.hw(), amount);
            }
            RegImm::Reg(r) => {
                self.asm.mov_rr(Size::S32, RCX, r.hw());
                self.copy(s, dst.hw(), lhs.hw());
                self.asm.shift_cl(op, s, dst.hw());
            }
        }
    }

    /// The float sign mask (`S32`: bit 31, `S64`: bit 63) in `XMM_SCRATCH2`.
    fn sign_mask(&mut self, size: OperandSize) {
        let sign: i64 = match size {
            OperandSize::S32 => 0x8000_0000,
            OperandSize::S64 => i64::MIN,
        };
        self.asm.mov_ri(Size::S64, SCRATCH, sign);
        self.asm.mov_xmm_from_gpr(Size::S64, XMM_SCRATCH2, SCRATCH);
    }

    /// `d = copysign(d, r)`.
    fn copysign(&mut self, size: OperandSize, d: u8, r: u8) {
        self.sign_mask(size);
        // XMM_SCRATCH = sign of r; d = magnitude of d; d |= XMM_SCRATCH.
        self.asm.movaps(XMM_SCRATCH, r);
        self.asm
            .sse_arith(SseOp::Andp, Size::S64, XMM_SCRATCH, XMM_SCRATCH2);
        self.asm.sse_arith(SseOp::Andnp, Size::S64, XMM_SCRATCH2, d);
        self.asm.movaps(d, XMM_SCRATCH2);
        self.asm.sse_arith(SseOp::Orp, Size::S64, d, XMM_SCRATCH);
    }

    /// `d = min(d, r)` or `max` with wasm's NaN and signed-zero rules.
    fn float_min_max(&mut self, min: bool, s: Size, d: u8, r: u8) {
        let not_equal = self.asm.new_label();
        let nan = self.asm.new_label();
        let done = self.asm.new_label();
        self.asm.sse_arith(SseOp::Ucomi, s, d, r);
        self.asm.jcc(Cond::P, nan);
        self.asm.jcc(Cond::Ne, not_equal);
        // Equal: only ±0 differ; or-ing keeps -0 for min, and-ing +0 for max.
        let bits = if min { SseOp::Orp } else { SseOp::Andp };
        self.asm.sse_arith(bits, s, d, r);
        self.asm.jmp(done);
        self.asm.bind(nan);
        self.asm.sse_arith(SseOp::Add, s, d, r);
        self.asm.jmp(done);
        self.asm.bind(not_equal);
        let op = if min { SseOp::Min } else { SseOp::Max };
        self.asm.sse_arith(op, s, d, r);
        self.asm.bind(done);
    }

    fn popcnt_software(&mut self, size: OperandSize, dst: Gpr, src: Gpr) {
        let s = size_of(size);
        let (m1, m2, m4, h01): (i64, i64, i64, i64) = match size {
            OperandSize::S32 => (0x5555_5555, 0x3333_3333, 0x0f0f_0f0f, 0x0101_0101),
            OperandSize::S64 => (
                0x5555_5555_5555_5555,
                0x3333_3333_3333_3333,
                0x0f0f_0f0f_0f0f_0f0f,
                0x0101_0101_0101_0101,
            ),
        };
        // x -= (x >> 1) & m1
        self.asm.mov_rr(s, RAX, src);
        self.asm.mov_rr(s, RDX, src);
        self.asm.shift_ri(Shift::Shr, s, RDX, 1);
        self.asm.mov_ri(s, SCRATCH, m1);
        self.asm.alu_rr(Alu::And, s, RDX, SCRATCH);
        self.asm.alu_rr(Alu::Sub, s, RAX, RDX);
        // x = (x & m2) + ((x >> 2) & m2)
        self.asm.mov_ri(s, SCRATCH, m2);
        self.asm.mov_rr(s, RDX, RAX);
        self.asm.alu_rr(Alu::And, s, RAX, SCRATCH);
        self.asm.shift_ri(Shift::Shr, s, RDX, 2);
        self.asm.alu_rr(Alu::And, s, RDX, SCRATCH);
        self.asm.alu_rr(Alu::Add, s, RAX, RDX);
        // x = (x + (x >> 4)) & m4
        self.asm.mov_rr(s, RDX, RAX);
        self.asm.shift_ri(Shift::Shr, s, RDX, 4);
        self.asm.alu_rr(Alu::Add, s, RAX, RDX);
        self.asm.mov_ri(s, SCRATCH, m4);
        self.asm.alu_rr(Alu::And, s, RAX, SCRATCH);
        // (x * h01) >> (bits - 8)
        self.asm.mov_ri(s, SCRATCH, h01);
        self.asm.imul_rr(s, RAX, SCRATCH);
        self.asm
            .shift_ri(Shift::Shr, s, RAX, (size.bits() - 8) as u8);
        self.asm.mov_rr(s, dst, RAX);
    }
}

impl MacroAssembler for X64Masm {
    const ISA: &'static str = "x86_64";
    const MISSING_FEATURE_HINT: &'static str =
        "SSSE3, SSE4.1 or SSE4.2, which the x86_64 settings leave off (`has_ssse3`, `has_sse41`, `has_sse42`)";
    const CPU_FEATURES: &'static [CpuFeature] = X64Features::TABLE;
    const DWARF: DwarfRegs = DwarfRegs {
        sp: 7,
        fp: 6,
        ra: 16,
        code_alignment: 1,
        entry_cfa_offset: 8,
        entry_ra_offset: Some(-8),
        gpr_numbers: &DWARF_GPR,
        fpr_base: 17,
        fpr_numbers: &[],
    };

    fn new(features: &IsaFeatures) -> Self {
        X64Masm {
            asm: Assembler::new(),
            state: MasmState::default(),
            features: X64Features::from_set(features),
            constants: Vec::new(),
        }
    }

    fn reset(&mut self) {
        self.asm.clear();
        self.state.reset();
        self.constants.clear();
    }

    masm_plumbing!(kindling_isa_x64::Label);

    const ROLES: RegisterRoles = RegisterRoles {
        allocatable_gprs: &ALLOCATABLE,
        allocatable_fprs: &ALLOCATABLE_FPRS,
        vmctx: Reg::gpr(R14),
        heap_base: Reg::gpr(R15),
        fp: Reg::gpr(RBP),
        sp: Reg::gpr(RSP),
        core_temp: Reg::gpr(R10),
        float_temp: Reg::fpr(XMM_SCRATCH),
    };
    fn abi() -> &'static Abi {
        &ABI
    }

    fn prologue(&mut self) {
        self.asm.push(RBP);
        let saved = [(DWARF_GPR[RBP as usize], -16)];
        self.state.frame_record_pushed(self.asm.offset(), &saved);
        self.asm.mov_rr(Size::S64, RBP, RSP);
        self.state.frame_pointer_set(self.asm.offset());
        self.state.frame_size_patch = Some(self.asm.sub_rsp_patchable());
    }

    fn patch_frame_size(&mut self, bytes: u32) {
        if let Some(at) = self.state.frame_size_patch {
            self.asm.patch_u32(at, bytes);
        }
    }

    fn epilogue(&mut self, pop: u32) {
        self.asm.mov_rr(Size::S64, RSP, RBP);
        self.asm.pop(RBP);
        self.asm.ret(stack_pop(pop));
    }

    fn move_reg(&mut self, size: MemSize, dst: Reg, src: Reg) {
        let (d, r) = (dst.hw(), src.hw());
        match (dst.is_gpr(), src.is_gpr()) {
            (true, true) => self.asm.mov_rr(reg_size(size), d, r),
            (false, true) => self.asm.mov_xmm_from_gpr(reg_size(size), d, r),
            (true, false) => self.asm.mov_gpr_from_xmm(reg_size(size), d, r),
            (false, false) => self.asm.movaps(d, r),
        }
    }

    fn move_imm(&mut self, size: MemSize, dst: Reg, imm: i64) {
        if dst.is_gpr() {
            self.asm.mov_ri(reg_size(size), dst.hw(), imm);
        } else {
            self.asm.mov_ri(Size::S64, SCRATCH, imm);
            self.asm.mov_xmm_from_gpr(reg_size(size), dst.hw(), SCRATCH);
        }
    }

    fn load(&mut self, size: MemSize, dst: Reg, src: Mem) {
        let (d, b, o) = (dst.hw(), src.base.hw(), src.offset);
        match (dst.is_gpr(), size) {
            (true, MemSize::S8 | MemSize::S16) => self.asm.load_zx(mem_size(size), d, b, o),
            (true, _) => self.asm.load(mem_size(size), d, b, o),
            (false, MemSize::S128) => self.asm.load_xmm128(d, b, o),
            (false, _) => self.asm.load_xmm(reg_size(size), d, b, o),
        }
    }

    fn store(&mut self, size: MemSize, dst: Mem, src: Reg) {
        let (b, o, r) = (dst.base.hw(), dst.offset, src.hw());
        match (src.is_gpr(), size) {
            (true, _) => self.asm.store(mem_size(size), b, o, r),
            (false, MemSize::S128) => self.asm.store_xmm128(b, o, r),
            (false, _) => self.asm.store_xmm(reg_size(size), b, o, r),
        }
    }

    fn store_imm(&mut self, size: MemSize, dst: Mem, imm: i64) {
        let (b, o) = (dst.base.hw(), dst.offset);
        match mem_size(size) {
            Size::S64 if imm as i32 as i64 != imm => {
                self.asm.mov_ri(Size::S64, SCRATCH, imm);
                self.asm.store(Size::S64, b, o, SCRATCH);
            }
            Size::S32 | Size::S64 => self.asm.store_imm(mem_size(size), b, o, imm as i32),
            s => {
                self.asm.mov_ri(Size::S64, SCRATCH, imm);
                self.asm.store(s, b, o, SCRATCH);
            }
        }
    }

    fn load_address(&mut self, dst: Reg, src: Mem) {
        if dst.is_gpr() {
            self.asm.lea(dst.hw(), src.base.hw(), src.offset);
        } else {
            self.asm.lea(SCRATCH, src.base.hw(), src.offset);
            self.asm.mov_xmm_from_gpr(Size::S64, dst.hw(), SCRATCH);
        }
    }

    fn move_scratch(size: MemSize) -> Reg {
        if size == MemSize::S128 {
            Reg::fpr(XMM_SCRATCH)
        } else {
            Reg::gpr(SCRATCH)
        }
    }

    fn add_to_mem(&mut self, dst: Mem, imm: i32) {
        self.asm.add_mem_imm(dst.base.hw(), dst.offset, imm);
    }

    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        let s = size_of(size);
        match op {
            IntBinOp::Add => self.alu(Alu::Add, size, dst, lhs, rhs),
            IntBinOp::Sub => self.alu(Alu::Sub, size, dst, lhs, rhs),
            IntBinOp::And => self.alu(Alu::And, size, dst, lhs, rhs),
            IntBinOp::Or => self.alu(Alu::Or, size, dst, lhs, rhs),
            IntBinOp::Xor => self.alu(Alu::Xor, size, dst, lhs, rhs),
            IntBinOp::Mul => match rhs {
                RegImm::Imm(i) if i as i32 as i64 == i || size == OperandSize::S32 => {
                    self.asm.imul_rri(s, dst.hw(), lhs.hw(), i as i32)
                }
                RegImm::Imm(i) => {
                    self.asm.mov_ri(Size::S64, SCRATCH, i);
                    self.copy(s, dst.hw(), lhs.hw());
                    self.asm.imul_rr(s, dst.hw(), SCRATCH);
                }
                RegImm::Reg(r) if r == dst => self.asm.imul_rr(s, dst.hw(), lhs.hw()),
                RegImm::Reg(r) => {
                    self.copy(s, dst.hw(), lhs.hw());
                    self.asm.imul_rr(s, dst.hw(), r.hw());
                }
            },
            IntBinOp::Shl => self.shift(Shift::Shl, size, dst, lhs, rhs),
            IntBinOp::ShrS => self.shift(Shift::Sar, size, dst, lhs, rhs),
            IntBinOp::ShrU => self.shift(Shift::Shr, size, dst, lhs, rhs),
            IntBinOp::Rotl => self.shift(Shift::Rol, size, dst, lhs, rhs),
            IntBinOp::Rotr => self.shift(Shift::Ror, size, dst, lhs, rhs),
        }
    }

    fn int_unop(&mut self, op: IntUnOp, size: OperandSize, dst: Reg, src: Reg) {
        let s = size_of(size);
        let (d, r) = (dst.hw(), src.hw());
        match op {
            IntUnOp::Clz if self.features.has_lzcnt => self.asm.bit_count(BitCount::Lzcnt, s, d, r),
            IntUnOp::Clz => {
                // clz = (bits - 1) - bsr(x), with bsr(0) taken as -1.
                self.asm.mov_ri(Size::S64, SCRATCH, -1);
                self.asm.bit_count(BitCount::Bsr, s, d, r);
                self.asm.cmov(Cond::E, s, d, SCRATCH);
                self.asm.neg(s, d);
                self.asm.alu_ri(Alu::Add, s, d, size.bits() as i32 - 1);
            }
            IntUnOp::Ctz if self.features.has_bmi1 => self.asm.bit_count(BitCount::Tzcnt, s, d, r),
            IntUnOp::Ctz => {
                self.asm.mov_ri(Size::S32, SCRATCH, size.bits() as i64);
                self.asm.bit_count(BitCount::Bsf, s, d, r);
                self.asm.cmov(Cond::E, s, d, SCRATCH);
            }
            IntUnOp::Popcnt if self.features.has_popcnt => {
                self.asm.bit_count(BitCount::Popcnt, s, d, r)
            }
            IntUnOp::Popcnt => self.popcnt_software(size, d, r),
        }
    }

    fn int_div(&mut self, op: DivOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        let s = size_of(size);
        let done = self.asm.new_label();
        if op == DivOp::RemS {
            // x86 faults on MIN % -1; wasm defines it as 0.
            let divide = self.asm.new_label();
            self.asm.alu_ri(Alu::Cmp, s, rhs.hw(), -1);
            self.asm.jcc(Cond::Ne, divide);
            self.asm.mov_ri(Size::S32, dst.hw(), 0);
            self.asm.jmp(done);
            self.asm.bind(divide);
        }
        self.asm.mov_rr(s, RAX, lhs.hw());
        let signed = matches!(op, DivOp::DivS | DivOp::RemS);
        if signed {
            self.asm.sign_extend_rax_into_rdx(s);
        } else {
            self.asm.mov_ri(Size::S32, RDX, 0);
        }
        self.asm.div(signed, s, rhs.hw());
        let result = if matches!(op, DivOp::DivS | DivOp::DivU) {
            RAX
        } else {
            RDX
        };
        self.asm.mov_rr(s, dst.hw(), result);
        self.asm.bind(done);
    }

    fn extend(&mut self, op: ExtendOp, dst: Reg, src: Reg) {
        let (d, r) = (dst.hw(), src.hw());
        match op {
            ExtendOp::S8To32 => self.asm.movsx_rr(Size::S8, Size::S32, d, r),
            ExtendOp::S16To32 => self.asm.movsx_rr(Size::S16, Size::S32, d, r),
            ExtendOp::S8To64 => self.asm.movsx_rr(Size::S8, Size::S64, d, r),
            ExtendOp::S16To64 => self.asm.movsx_rr(Size::S16, Size::S64, d, r),
            ExtendOp::S32To64 => self.asm.movsx_rr(Size::S32, Size::S64, d, r),
            ExtendOp::U32To64 => self.asm.mov_rr(Size::S32, d, r),
        }
    }

    fn cmp_set(&mut self, cmp: IntCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm) {
        self.compare(size, lhs, rhs);
        self.asm.setcc_zx(cond(cmp), dst.hw());
    }

    fn select(&mut self, size: OperandSize, dst: Reg, cond_reg: Reg, if_true: Reg) {
        self.asm.test_rr(Size::S32, cond_reg.hw(), cond_reg.hw());
        if dst.is_gpr() {
            self.asm
                .cmov(Cond::Ne, size_of(size), dst.hw(), if_true.hw());
        } else {
            let keep = self.asm.new_label();
            self.asm.jcc(Cond::E, keep);
            self.asm.movaps(dst.hw(), if_true.hw());
            self.asm.bind(keep);
        }
    }

    fn zero_if(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, dst: Reg) {
        // The zero comes first: `xor` would clobber the compare's flags.
        self.asm.mov_ri(Size::S32, RAX, 0);
        self.compare(size, lhs, rhs);
        self.asm.cmov(cond(cmp), Size::S64, dst.hw(), RAX);
    }

    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        let s = size_of(size);
        let (d, l, mut r) = (dst.hw(), lhs.hw(), rhs.hw());
        if d != l {
            if r == d {
                self.asm.movaps(XMM_SCRATCH, r);
                r = XMM_SCRATCH;
            }
            self.asm.movaps(d, l);
        }
        let sse = match op {
            FloatBinOp::Add => SseOp::Add,
            FloatBinOp::Sub => SseOp::Sub,
            FloatBinOp::Mul => SseOp::Mul,
            FloatBinOp::Div => SseOp::Div,
            FloatBinOp::Min | FloatBinOp::Max => {
                return self.float_min_max(op == FloatBinOp::Min, s, d, r)
            }
            FloatBinOp::Copysign => return self.copysign(size, d, r),
        };
        self.asm.sse_arith(sse, s, d, r);
    }

    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool {
        let s = size_of(size);
        let (d, r) = (dst.hw(), src.hw());
        let round_mode = match op {
            FloatUnOp::Nearest => Some(0),
            FloatUnOp::Floor => Some(1),
            FloatUnOp::Ceil => Some(2),
            FloatUnOp::Trunc => Some(3),
            _ => None,
        };
        if let Some(mode) = round_mode {
            if !self.features.has_sse41 {
                return false;
            }
            self.asm.round(s, d, r, mode);
            return true;
        }
        let sign: i64 = match size {
            OperandSize::S32 => 0x8000_0000,
            OperandSize::S64 => i64::MIN,
        };
        match op {
            FloatUnOp::Sqrt => self.asm.sse_arith(SseOp::Sqrt, s, d, r),
            FloatUnOp::Neg | FloatUnOp::Abs => {
                let (mask, sse) = if op == FloatUnOp::Neg {
                    (sign, SseOp::Xorp)
                } else {
                    (
                        !sign
                            & if size == OperandSize::S32 {
                                0xffff_ffff
                            } else {
                                -1
                            },
                        SseOp::Andp,
                    )
                };
                self.asm.mov_ri(Size::S64, SCRATCH, mask);
                self.asm.mov_xmm_from_gpr(Size::S64, XMM_SCRATCH, SCRATCH);
                if d != r {
                    self.asm.movaps(d, r);
                }
                self.asm.sse_arith(sse, s, d, XMM_SCRATCH);
            }
            _ => unreachable!("rounding handled above"),
        }
        true
    }

    fn float_cmp_set(&mut self, cmp: FloatCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        let s = size_of(size);
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        // Unordered sets ZF, PF and CF; `a`/`ae` are false then, so `<` and
        // `<=` compare with the operands swapped.
        match cmp {
            FloatCmp::Eq | FloatCmp::Ne | FloatCmp::Gt | FloatCmp::Ge => {
                self.asm.sse_arith(SseOp::Ucomi, s, l, r)
            }
            FloatCmp::Lt | FloatCmp::Le => self.asm.sse_arith(SseOp::Ucomi, s, r, l),
        }
        match cmp {
            FloatCmp::Eq => {
                self.asm.setcc_zx(Cond::E, d);
                self.asm.setcc_zx(Cond::Np, SCRATCH);
                self.asm.alu_rr(Alu::And, Size::S32, d, SCRATCH);
            }
            FloatCmp::Ne => {
                self.asm.setcc_zx(Cond::Ne, d);
                self.asm.setcc_zx(Cond::P, SCRATCH);
                self.asm.alu_rr(Alu::Or, Size::S32, d, SCRATCH);
            }
            FloatCmp::Gt | FloatCmp::Lt => self.asm.setcc_zx(Cond::A, d),
            FloatCmp::Ge | FloatCmp::Le => self.asm.setcc_zx(Cond::Ae, d),
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
        let fs = size_of(float_size);
        let (d, r) = (dst.hw(), src.hw());
        match (signed, int_size) {
            (true, _) => self.asm.cvt_int_to_float(size_of(int_size), fs, d, r),
            (false, OperandSize::S32) => {
                self.asm.mov_rr(Size::S32, SCRATCH, r);
                self.asm.cvt_int_to_float(Size::S64, fs, d, SCRATCH);
            }
            (false, OperandSize::S64) => {
                let big = self.asm.new_label();
                let done = self.asm.new_label();
                self.asm.test_rr(Size::S64, r, r);
                self.asm.jcc(Cond::S, big);
                self.asm.cvt_int_to_float(Size::S64, fs, d, r);
                self.asm.jmp(done);
                self.asm.bind(big);
                // Halve with the low bit kept sticky, convert, double.
                self.asm.mov_rr(Size::S64, SCRATCH, r);
                self.asm.shift_ri(Shift::Shr, Size::S64, SCRATCH, 1);
                self.asm.mov_rr(Size::S64, RAX, r);
                self.asm.alu_ri(Alu::And, Size::S32, RAX, 1);
                self.asm.alu_rr(Alu::Or, Size::S64, SCRATCH, RAX);
                self.asm.cvt_int_to_float(Size::S64, fs, d, SCRATCH);
                self.asm.sse_arith(SseOp::Add, fs, d, d);
                self.asm.bind(done);
            }
        }
    }

    fn float_to_int(
        &mut self,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        dst: Reg,
        src: Reg,
    ) {
        let fs = size_of(float_size);
        let (d, r) = (dst.hw(), src.hw());
        match (signed, int_size) {
            (true, _) => self.asm.cvt_float_to_int(fs, size_of(int_size), d, r),
            // In range [0, 2^32): a 64-bit conversion is exact.
            (false, OperandSize::S32) => self.asm.cvt_float_to_int(fs, Size::S64, d, r),
            (false, OperandSize::S64) => {
                // Inputs at or above 2^63 convert after subtracting 2^63.
                let two63: i64 = match float_size {
                    OperandSize::S32 => 0x5f00_0000,
                    OperandSize::S64 => 0x43e0_0000_0000_0000,
                };
                let big = self.asm.new_label();
                let done = self.asm.new_label();
                self.asm.mov_ri(Size::S64, SCRATCH, two63);
                self.asm.mov_xmm_from_gpr(Size::S64, XMM_SCRATCH, SCRATCH);
                self.asm.sse_arith(SseOp::Ucomi, fs, r, XMM_SCRATCH);
                self.asm.jcc(Cond::Ae, big);
                self.asm.cvt_float_to_int(fs, Size::S64, d, r);
                self.asm.jmp(done);
                self.asm.bind(big);
                // x - 2^63, in the second float scratch.
                self.asm.movaps(XMM_SCRATCH2, r);
                self.asm
                    .sse_arith(SseOp::Sub, fs, XMM_SCRATCH2, XMM_SCRATCH);
                self.asm.cvt_float_to_int(fs, Size::S64, d, XMM_SCRATCH2);
                self.asm.mov_ri(Size::S64, SCRATCH, i64::MIN);
                self.asm.alu_rr(Alu::Xor, Size::S64, d, SCRATCH);
                self.asm.bind(done);
            }
        }
    }

    fn float_resize(&mut self, to: OperandSize, dst: Reg, src: Reg) {
        self.asm
            .sse_arith(SseOp::Convert, size_of(to), dst.hw(), src.hw());
    }

    fn heap_load(
        &mut self,
        size: MemSize,
        sign_extend_to: Option<OperandSize>,
        dst: Reg,
        src: Mem,
    ) -> u32 {
        let at = self.asm.offset();
        let (b, o) = (src.base.hw(), src.offset);
        match (dst.is_gpr(), sign_extend_to) {
            (false, _) if size == MemSize::S128 => self.asm.load_xmm128(dst.hw(), b, o),
            (false, _) => self.asm.load_xmm(mem_size(size), dst.hw(), b, o),
            (true, Some(OperandSize::S32)) if size == MemSize::S32 => {
                self.asm.load_zx(mem_size(size), dst.hw(), b, o)
            }
            (true, Some(to)) => self
                .asm
                .load_sx(mem_size(size), size_of(to), dst.hw(), b, o),
            (true, None) => self.asm.load_zx(mem_size(size), dst.hw(), b, o),
        }
        at
    }

    fn heap_store(&mut self, size: MemSize, dst: Mem, src: Reg) -> u32 {
        let at = self.asm.offset();
        if size == MemSize::S128 {
            self.asm.store_xmm128(dst.base.hw(), dst.offset, src.hw());
        } else if src.is_gpr() {
            self.asm
                .store(mem_size(size), dst.base.hw(), dst.offset, src.hw());
        } else {
            self.asm
                .store_xmm(mem_size(size), dst.base.hw(), dst.offset, src.hw());
        }
        at
    }

    fn br_cmp(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, target: Label) {
        self.compare(size, lhs, rhs);
        let t = self.label(target);
        self.asm.jcc(cond(cmp), t);
    }

    fn jmp(&mut self, target: Label) {
        let t = self.label(target);
        self.asm.jmp(t);
    }

    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label) {
        let d = self.label(default);
        let i = index.hw();
        self.asm.mov_rr(Size::S32, i, i);
        self.asm
            .alu_ri(Alu::Cmp, Size::S32, i, targets.len() as i32);
        self.asm.jcc(Cond::Ae, d);
        let labels: Vec<_> = targets.iter().map(|l| self.label(*l)).collect();
        self.asm.jump_table(i, SCRATCH, &labels);
    }

    fn trap_instruction(&mut self, _code: Trap) -> u32 {
        self.asm.ud2()
    }

    fn check_stack(&mut self, runtime_limits: Mem, stack_limit_offset: i32, trap: Label) {
        self.asm.load(
            Size::S64,
            SCRATCH,
            runtime_limits.base.hw(),
            runtime_limits.offset,
        );
        self.asm
            .load(Size::S64, SCRATCH, SCRATCH, stack_limit_offset);
        self.asm.alu_rr(Alu::Cmp, Size::S64, RSP, SCRATCH);
        let t = self.label(trap);
        self.asm.jcc(Cond::B, t);
    }

    fn emit_call_reloc(&mut self) -> u32 {
        self.asm.call_rel32()
    }

    fn emit_call_reg(&mut self, target: Reg) {
        self.asm.call_r(target.hw());
    }

    fn emit_jump_reloc(&mut self) -> u32 {
        self.asm.jmp_rel32_reloc()
    }

    fn emit_jump_reg(&mut self, target: Reg) {
        self.asm.jmp_r(target.hw());
    }

    fn leave_for_tail_call(&mut self, args: TailCallArgs) {
        if args.shift() == 0 {
            self.asm.mov_rr(Size::S64, RSP, RBP);
            self.asm.pop(RBP);
        } else {
            // RAX and R11 are free here: no argument travels in them, and a
            // register target is in the core temp (R10).
            let (ret_addr, new_sp) = (R11, RAX);
            self.asm.load(Size::S64, ret_addr, RBP, 8);
            self.asm.lea(new_sp, RBP, 8 + args.shift());
            self.asm.load(Size::S64, RBP, RBP, 0);
            if args.built_at_sp() {
                let built = crate::codegen::mem(Self::sp(), ABI.outgoing_args_offset as i32);
                let to = crate::codegen::mem(Reg::gpr(new_sp), 8);
                self.copy_upwards(built, to, args.outgoing);
            }
            self.asm.store(Size::S64, new_sp, 0, ret_addr);
            self.asm.mov_rr(Size::S64, RSP, new_sp);
        }
    }

    fn sub_sp(&mut self, bytes: u32) {
        if bytes > 0 {
            self.asm.alu_ri(Alu::Sub, Size::S64, RSP, bytes as i32);
        }
    }

    fn patch_call(text: &mut [u8], reloc_offset: usize, target_offset: usize) -> bool {
        let rel = target_offset as i64 - (reloc_offset as i64 + 4);
        let Ok(rel) = i32::try_from(rel) else {
            return false;
        };
        text[reloc_offset..reloc_offset + 4].copy_from_slice(&rel.to_le_bytes());
        true
    }

    fn function_alignment() -> u32 {
        16
    }

    fn finish(&mut self, out: &mut Vec<u8>) -> anyhow::Result<()> {
        for &(label, bits) in &self.constants {
            self.asm.data_u128(label, bits);
        }
        self.asm.finish_into(out)?;
        Ok(())
    }
}

/// The immediate of `ret pop`. Validation caps a function at 1,000 params,
/// so its stack arguments take well under 64 KiB.
fn stack_pop(bytes: u32) -> u16 {
    u16::try_from(bytes).expect("stack arguments take under 64 KiB")
}

/// Registers the masm uses internally, for tests that check the allocator
/// never hands them out.
pub const SCRATCH_GPRS: [u8; 4] = [RAX, RCX, RDX, R11];

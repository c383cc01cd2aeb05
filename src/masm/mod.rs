//! The `MacroAssembler` trait: the one interface between the ISA-neutral
//! single-pass compiler and each ISA.
//!
//! The trait speaks in values, not flags: comparisons either produce a 0/1
//! register or branch directly (`br_cmp`), so ISAs without a flags register
//! (riscv64) implement it as naturally as x86_64. Every method works on
//! registers, immediates and `Mem` operands (base register + signed offset);
//! an ISA whose immediates or offsets are narrower materialises them with its
//! own scratch registers, which the core never sees.

mod simd;
mod state;

pub use simd::{SimdBinOp, SimdMasm, SimdReduceOp, SimdShiftOp, SimdTernOp, SimdUnOp};
pub(crate) use state::masm_plumbing;
pub use state::MasmState;

use crate::abi::Abi;
use wasmtime_environ::Trap;

/// A physical register: a class bit plus the hardware encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg(u8);

impl Reg {
    /// A general-purpose register with hardware encoding `n`.
    pub const fn gpr(n: u8) -> Reg {
        Reg(n)
    }
    /// A floating-point/vector register with hardware encoding `n`.
    pub const fn fpr(n: u8) -> Reg {
        Reg(n | 0x80)
    }
    /// Whether this is a general-purpose register.
    pub const fn is_gpr(self) -> bool {
        self.0 & 0x80 == 0
    }
    /// The hardware encoding.
    pub const fn hw(self) -> u8 {
        self.0 & 0x7f
    }
    /// The GPRs with hardware encodings `hw`, for a masm's register tables.
    pub const fn gprs<const N: usize>(hw: [u8; N]) -> [Reg; N] {
        let mut regs = [Reg(0); N];
        let mut i = 0;
        while i < N {
            regs[i] = Reg::gpr(hw[i]);
            i += 1;
        }
        regs
    }
    /// The floating-point/vector registers with hardware encodings `hw`.
    pub const fn fprs<const N: usize>(hw: [u8; N]) -> [Reg; N] {
        let mut regs = [Reg(0); N];
        let mut i = 0;
        while i < N {
            regs[i] = Reg::fpr(hw[i]);
            i += 1;
        }
        regs
    }
    /// A dense index over both classes, for bitsets (0..32 GPRs, 32..64
    /// FPRs: every ISA kindling targets has 32 of each at most).
    pub const fn index(self) -> usize {
        if self.is_gpr() {
            (self.hw() & 31) as usize
        } else {
            32 + (self.hw() & 31) as usize
        }
    }
}

/// The width of an integer operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandSize {
    /// 32 bits.
    S32,
    /// 64 bits.
    S64,
}

impl OperandSize {
    /// The width in bits.
    pub fn bits(self) -> u32 {
        match self {
            OperandSize::S32 => 32,
            OperandSize::S64 => 64,
        }
    }
}

/// The width of a memory access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemSize {
    /// 1 byte.
    S8,
    /// 2 bytes.
    S16,
    /// 4 bytes.
    S32,
    /// 8 bytes.
    S64,
    /// 16 bytes (v128, float registers only).
    S128,
}

/// A memory operand: `[base + offset]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mem {
    /// The base register.
    pub base: Reg,
    /// The signed byte offset.
    pub offset: i32,
}

/// A linear-memory operand `base + zero-extended 32-bit index + offset`,
/// for accesses that need no bounds check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapIndexed {
    /// The heap base.
    pub base: Reg,
    /// The register holding the 32-bit wasm address (its upper bits are
    /// not read).
    pub index: Reg,
    /// The constant offset.
    pub offset: i32,
    /// A register the access may overwrite to form the address: the index
    /// itself when the core owns it.
    pub temp: Reg,
}

/// A register or an immediate operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegImm {
    /// A register.
    Reg(Reg),
    /// A sign-extended immediate.
    Imm(i64),
}

/// A location a value can be moved from or to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    /// In a register.
    Reg(Reg),
    /// In memory.
    Mem(Mem),
    /// A constant (source only).
    Imm(i64),
    /// The address `base + offset` itself (source only).
    Addr(Mem),
}

/// The stack arguments of a tail call: the bytes this function received and
/// the bytes its callee takes (both multiples of 16). The callee's area ends
/// where ours ends, at `fp + incoming_args_offset + incoming`, and its return
/// address sits just below the area's start.
///
/// When the callee needs no more room than we received, the core has already
/// written its arguments in place, starting at [`TailCallArgs::in_place_offset`].
/// When it needs more, the core has written them at the bottom of our
/// outgoing area (`SP + Abi::outgoing_args_offset`), and the masm moves them
/// up once it has read our frame record (which the larger area overwrites).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TailCallArgs {
    /// Bytes of stack arguments this function received.
    pub incoming: u32,
    /// Bytes of stack arguments the callee takes.
    pub outgoing: u32,
}

impl TailCallArgs {
    /// Whether the callee's arguments are built at SP and moved by the masm.
    pub fn built_at_sp(self) -> bool {
        self.outgoing > self.incoming
    }

    /// How far the callee's area starts above ours (negative: below).
    pub fn shift(self) -> i32 {
        self.incoming as i32 - self.outgoing as i32
    }

    /// The FP offset of the callee's first stack argument, given ours.
    pub fn in_place_offset(self, incoming_args_offset: i32) -> i32 {
        incoming_args_offset + self.shift()
    }
}
/// A wasm function's stack check: trap to `trap` when the stack pointer,
/// after the frame is reserved, is below
/// `*(*(runtime_limits.base + runtime_limits.offset) + stack_limit_offset)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackCheck {
    /// Where the vmctx's `VMRuntimeLimits` pointer is.
    pub runtime_limits: Mem,
    /// The stack limit's offset in `VMRuntimeLimits`.
    pub stack_limit_offset: i32,
    /// The stack-overflow trap.
    pub trap: Label,
}

/// Integer comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntCmp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// signed `<`
    LtS,
    /// unsigned `<`
    LtU,
    /// signed `>`
    GtS,
    /// unsigned `>`
    GtU,
    /// signed `<=`
    LeS,
    /// unsigned `<=`
    LeU,
    /// signed `>=`
    GeS,
    /// unsigned `>=`
    GeU,
}

impl IntCmp {
    /// The comparison that holds exactly when `self` does not.
    pub fn invert(self) -> IntCmp {
        use IntCmp::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            LtS => GeS,
            LtU => GeU,
            GtS => LeS,
            GtU => LeU,
            LeS => GtS,
            LeU => GtU,
            GeS => LtS,
            GeU => LtU,
        }
    }
}

/// Two-operand integer operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntBinOp {
    /// wrapping add
    Add,
    /// wrapping subtract
    Sub,
    /// wrapping multiply
    Mul,
    /// bitwise and
    And,
    /// bitwise or
    Or,
    /// bitwise xor
    Xor,
    /// shift left (count taken modulo the width)
    Shl,
    /// arithmetic shift right
    ShrS,
    /// logical shift right
    ShrU,
    /// rotate left
    Rotl,
    /// rotate right
    Rotr,
}

/// One-operand integer operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntUnOp {
    /// count leading zeros
    Clz,
    /// count trailing zeros
    Ctz,
    /// population count
    Popcnt,
}

/// Division and remainder. Division by zero and signed overflow are checked by
/// the core before the masm is asked to divide; `RemS` with a divisor of -1
/// must produce 0 (the masm handles ISAs where that would fault).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivOp {
    /// signed quotient
    DivS,
    /// unsigned quotient
    DivU,
    /// signed remainder
    RemS,
    /// unsigned remainder
    RemU,
}

/// Integer width conversions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtendOp {
    /// sign-extend the low 8 bits to 32
    S8To32,
    /// sign-extend the low 16 bits to 32
    S16To32,
    /// sign-extend the low 8 bits to 64
    S8To64,
    /// sign-extend the low 16 bits to 64
    S16To64,
    /// sign-extend the low 32 bits to 64
    S32To64,
    /// zero-extend the low 32 bits to 64
    U32To64,
}

/// Two-operand float operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatBinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// wasm `min`: NaN if either is NaN, -0 below +0
    Min,
    /// wasm `max`: NaN if either is NaN, +0 above -0
    Max,
    /// magnitude of the left operand, sign of the right
    Copysign,
}

/// One-operand float operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatUnOp {
    /// flip the sign bit
    Neg,
    /// clear the sign bit
    Abs,
    /// square root
    Sqrt,
    /// round toward +infinity
    Ceil,
    /// round toward -infinity
    Floor,
    /// round toward zero
    Trunc,
    /// round to nearest, ties to even
    Nearest,
}

/// Float comparisons, false on NaN operands except `Ne`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatCmp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `<=`
    Le,
    /// `>=`
    Ge,
}

/// A code label, bound once and targeted by any number of branches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub(crate) u32);

/// Where a call goes.
#[derive(Clone, Copy, Debug)]
pub enum CallTarget {
    /// A function in this module, patched through a relocation.
    Func(u32),
    /// An address held in a register.
    Reg(Reg),
}

/// A call relocation recorded by the masm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallReloc {
    /// The offset of the relocated field within the function.
    pub offset: u32,
    /// The callee's `FuncIndex`.
    pub callee: u32,
}

/// A frame-setup step, for unwind info: at `offset`, the described effect holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnwindStep {
    /// The CFA is now `sp + cfa_offset`.
    CfaOffset {
        /// code offset after the instruction
        offset: u32,
        /// new CFA offset from SP
        cfa_offset: i32,
    },
    /// Register `reg` (DWARF number) was saved at `CFA + cfa_offset`.
    Saved {
        /// code offset after the instruction
        offset: u32,
        /// DWARF register number
        dwarf_reg: u16,
        /// offset from the CFA
        cfa_offset: i32,
    },
    /// The CFA is now computed from the frame pointer.
    CfaOnFp {
        /// code offset after the instruction
        offset: u32,
    },
}

/// What an ISA's registers are for, as the core sees them.
#[derive(Debug)]
pub struct RegisterRoles {
    /// General-purpose registers the core may allocate for values.
    pub allocatable_gprs: &'static [Reg],
    /// Float registers the core may allocate for values.
    pub allocatable_fprs: &'static [Reg],
    /// The register that holds the vmctx for the whole function.
    pub vmctx: Reg,
    /// The register that holds memory 0's base while a function runs, when
    /// that memory is the instance's own (never allocated).
    pub heap_base: Reg,
    /// The frame pointer.
    pub fp: Reg,
    /// The stack pointer.
    pub sp: Reg,
    /// A register the core may use briefly for moves and call targets; never
    /// allocated, never an argument register, and never clobbered by the masm
    /// except through methods that name it.
    pub core_temp: Reg,
    /// A float register the core may use to break cycles of float moves;
    /// never allocated.
    pub float_temp: Reg,
}

/// The per-ISA code emitter the single-pass compiler drives.
pub trait MacroAssembler: SimdMasm + Sized {
    /// The ISA's name, for error messages.
    const ISA: &'static str;
    /// What an operator the masm refused needs, for error messages: the CPU
    /// feature settings that would enable it.
    const MISSING_FEATURE_HINT: &'static str;
    /// The ISA's CPU feature settings (see `settings::cpu_features!`).
    const CPU_FEATURES: &'static [crate::settings::CpuFeature];
    /// The DWARF registers and CIE start of this ISA's unwind info.
    const DWARF: crate::unwind::DwarfRegs;
    /// Whether every `i32` in a general register is kept sign-extended to
    /// 64 bits (riscv64, whose `w` instructions and psABI work that way):
    /// then the core sign-extends at `i32.wrap_i64`. Elsewhere an `i32`
    /// promises only its low 32 bits.
    const KEEPS_I32_SIGN_EXTENDED: bool = false;
    /// Why this masm, with its CPU features, cannot compile v128 code (the
    /// feature it lacks), or `None` when it can. The core then refuses every
    /// function that touches a v128.
    fn simd_unavailable(&self) -> Option<&'static str> {
        None
    }

    /// A fresh masm with empty buffers.
    fn new(features: &crate::settings::IsaFeatures) -> Self;
    /// Clears all per-function state, keeping allocations.
    fn reset(&mut self);
    /// The encoder's label type.
    type EncoderLabel: Copy;
    /// The masm's ISA-neutral state.
    fn state(&self) -> &MasmState<Self::EncoderLabel>;
    /// The masm's ISA-neutral state, mutably.
    fn state_mut(&mut self) -> &mut MasmState<Self::EncoderLabel>;

    // ----- register model -----

    /// What each register is for.
    const ROLES: RegisterRoles;
    /// General-purpose registers the core may allocate for values.
    fn allocatable_gprs() -> &'static [Reg] {
        Self::ROLES.allocatable_gprs
    }
    /// Float registers the core may allocate for values.
    fn allocatable_fprs() -> &'static [Reg] {
        Self::ROLES.allocatable_fprs
    }
    /// See [`RegisterRoles::vmctx`].
    fn vmctx_reg() -> Reg {
        Self::ROLES.vmctx
    }
    /// See [`RegisterRoles::heap_base`].
    fn heap_base_reg() -> Reg {
        Self::ROLES.heap_base
    }
    /// The frame pointer.
    fn fp() -> Reg {
        Self::ROLES.fp
    }
    /// The stack pointer.
    fn sp() -> Reg {
        Self::ROLES.sp
    }
    /// See [`RegisterRoles::core_temp`].
    fn core_temp() -> Reg {
        Self::ROLES.core_temp
    }
    /// See [`RegisterRoles::float_temp`].
    fn float_temp() -> Reg {
        Self::ROLES.float_temp
    }
    /// The ISA's calling convention, shared by the wasm and native ABIs.
    fn abi() -> &'static Abi;

    // ----- labels and positions -----

    /// The current code offset.
    fn offset(&self) -> u32;
    /// A new unbound label.
    fn new_label(&mut self) -> Label;
    /// Binds `label` here.
    fn bind(&mut self, label: Label);
    /// A point between units of code the core never wants split (wasm
    /// operators, trap stubs): an ISA whose conditional branches reach only
    /// a short way may place a branch island here, behind a jump over it.
    fn safe_point(&mut self) {}

    // ----- frames -----

    /// Pushes the frame pointer, sets it, and reserves a frame whose size is
    /// patched later by `patch_frame_size`.
    fn prologue(&mut self);
    /// A wasm function's prologue, with its stack check: `prologue` and
    /// then `check_stack`, so that the check sees the reserved frame. An
    /// ISA that must check before it touches the new frame overrides it
    /// (s390x, where a fault on the native stack's guard page aborts the
    /// process).
    fn checked_prologue(&mut self, check: StackCheck) {
        self.prologue();
        self.check_stack(check.runtime_limits, check.stack_limit_offset, check.trap);
    }
    /// Sets the frame size reserved below the frame pointer (16-byte aligned).
    fn patch_frame_size(&mut self, bytes: u32);
    /// Tears the frame down and returns, freeing the `pop` bytes of stack
    /// arguments the caller passed (wasm-call functions pop their own).
    fn epilogue(&mut self, pop: u32);
    /// Stores `regs` (8 bytes each) into the frame from `first_offset` below
    /// the frame pointer downwards, recording each save for unwinding.
    fn save_regs(&mut self, regs: &[Reg], first_offset: i32) {
        for (i, &r) in regs.iter().enumerate() {
            let at = first_offset - 8 * i as i32;
            self.mov(
                MemSize::S64,
                Loc::Mem(Mem {
                    base: Self::fp(),
                    offset: at,
                }),
                Loc::Reg(r),
            );
            let offset = self.offset();
            // The CFA is where the caller's stack arguments start.
            self.record_unwind(UnwindStep::Saved {
                offset,
                dwarf_reg: Self::dwarf_reg(r),
                cfa_offset: at - Self::incoming_args_offset(),
            });
        }
    }
    /// Reloads what `save_regs(regs, first_offset)` stored.
    fn restore_regs(&mut self, regs: &[Reg], first_offset: i32) {
        for (i, &r) in regs.iter().enumerate() {
            let at = first_offset - 8 * i as i32;
            self.mov(
                MemSize::S64,
                Loc::Reg(r),
                Loc::Mem(Mem {
                    base: Self::fp(),
                    offset: at,
                }),
            );
        }
    }
    /// Stores the ABI's callee-saved registers into the frame just below the
    /// frame record (trampolines only); returns the bytes used.
    fn save_callee_saved(&mut self) -> u32 {
        let regs = Self::abi().callee_saved;
        self.save_regs(regs, -8);
        8 * regs.len() as u32
    }
    /// Reloads what `save_callee_saved` stored.
    fn restore_callee_saved(&mut self) {
        self.restore_regs(Self::abi().callee_saved, -8);
    }
    /// The DWARF number of `r`, from [`MacroAssembler::DWARF`].
    fn dwarf_reg(r: Reg) -> u16 {
        let (dwarf, hw) = (Self::DWARF, u16::from(r.hw()));
        if r.is_gpr() {
            dwarf
                .gpr_numbers
                .get(usize::from(hw))
                .copied()
                .unwrap_or(hw)
        } else {
            dwarf
                .fpr_numbers
                .get(usize::from(hw))
                .copied()
                .unwrap_or(dwarf.fpr_base + hw)
        }
    }
    /// Appends a prologue unwind step.
    fn record_unwind(&mut self, step: UnwindStep) {
        self.state_mut().record_unwind(step);
    }
    /// Unwind steps for the prologue emitted so far.
    fn unwind_steps(&self) -> &[UnwindStep] {
        self.state().unwind_steps()
    }
    /// Offset from the frame pointer of the first incoming stack argument:
    /// just above a two-word frame record at the frame pointer. That is
    /// also the CFA, on every ISA kindling targets: the caller's SP before
    /// its call pushed anything.
    fn incoming_args_offset() -> i32 {
        16
    }
    /// Offset from the frame pointer of the saved caller frame pointer and of
    /// the return address, as the backtrace walker reads them: the two words
    /// at the frame pointer, as x86_64, aarch64 and riscv64 keep them.
    fn frame_record() -> (i32, i32) {
        (0, 8)
    }

    // ----- moves -----

    /// Moves a value between any two locations: the one `Loc` x `Loc`
    /// matrix, built from the per-ISA primitives below.
    fn mov(&mut self, size: MemSize, dst: Loc, src: Loc) {
        match (dst, src) {
            (Loc::Reg(d), Loc::Reg(r)) => {
                if d != r {
                    self.move_reg(size, d, r);
                }
            }
            (Loc::Reg(d), Loc::Imm(i)) => self.move_imm(size, d, i),
            (Loc::Reg(d), Loc::Mem(m)) => self.load(size, d, m),
            (Loc::Reg(d), Loc::Addr(m)) => self.load_address(d, m),
            (Loc::Mem(m), Loc::Reg(r)) => self.store(size, m, r),
            (Loc::Mem(m), Loc::Imm(i)) => self.store_imm(size, m, i),
            (Loc::Mem(m), Loc::Mem(from)) => {
                if m != from {
                    let via = Self::move_scratch(size);
                    self.load(size, via, from);
                    self.store(size, m, via);
                }
            }
            (Loc::Mem(m), Loc::Addr(a)) => {
                let via = Self::move_scratch(MemSize::S64);
                self.load_address(via, a);
                self.store(size, m, via);
            }
            (Loc::Imm(_) | Loc::Addr(_), _) => {
                unreachable!("immediates and addresses are sources only")
            }
        }
    }
    /// `dst = src` for two different registers of any classes (the low
    /// `size` bytes; all 16 for `S128`).
    fn move_reg(&mut self, size: MemSize, dst: Reg, src: Reg);
    /// `dst = imm` in a register of either class (the bits, for a float).
    fn move_imm(&mut self, size: MemSize, dst: Reg, imm: i64);
    /// Loads `size` bytes from memory into `dst`, zero-extending (32 bits
    /// into a general register sign-extend where
    /// [`MacroAssembler::KEEPS_I32_SIGN_EXTENDED`]).
    fn load(&mut self, size: MemSize, dst: Reg, src: Mem);
    /// Stores the low `size` bytes of `src`.
    fn store(&mut self, size: MemSize, dst: Mem, src: Reg);
    /// Stores the low `size` bytes of `imm`.
    fn store_imm(&mut self, size: MemSize, dst: Mem, imm: i64);
    /// `dst = base + offset` of `src` (`dst` of either class).
    fn load_address(&mut self, dst: Reg, src: Mem);
    /// The masm scratch register a memory-to-memory move of `size` goes
    /// through.
    fn move_scratch(size: MemSize) -> Reg;
    /// Copies `bytes` (a multiple of 16) from `from` to `to`, highest chunk
    /// first, so that an overlapping copy upwards is safe: the tail-call
    /// argument shuffle.
    fn copy_upwards(&mut self, from: Mem, to: Mem, bytes: u32) {
        for at in (0..bytes as i32).step_by(16).rev() {
            let (src, dst) = (from.offset + at, to.offset + at);
            self.mov(
                MemSize::S128,
                Loc::Mem(Mem {
                    base: to.base,
                    offset: dst,
                }),
                Loc::Mem(Mem {
                    base: from.base,
                    offset: src,
                }),
            );
        }
    }

    /// Adds `imm` to the 64-bit value at `dst` in place.
    fn add_to_mem(&mut self, dst: Mem, imm: i32);

    // ----- integer operations -----

    /// `dst = lhs op rhs`.
    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm);
    /// `dst = op src`.
    fn int_unop(&mut self, op: IntUnOp, size: OperandSize, dst: Reg, src: Reg);
    /// `dst = lhs op rhs` for division and remainder (see [`DivOp`]).
    fn int_div(&mut self, op: DivOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg);
    /// `dst = extend(src)`.
    fn extend(&mut self, op: ExtendOp, dst: Reg, src: Reg);
    /// `dst = (lhs cmp rhs) ? 1 : 0`.
    fn cmp_set(&mut self, cmp: IntCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: RegImm);
    /// `dst = cond != 0 ? if_true : dst` (the core puts the false value in `dst`).
    fn select(&mut self, size: OperandSize, dst: Reg, cond: Reg, if_true: Reg);
    /// `select` of two v128 registers. Where float and v128 values share
    /// registers, a float `select` moves whole registers already.
    fn select_v128(&mut self, dst: Reg, cond: Reg, if_true: Reg) {
        self.select(OperandSize::S64, dst, cond, if_true);
    }
    /// `dst (64-bit GPR) = (lhs cmp rhs) ? 0 : dst`, by a conditional move and
    /// never a branch, so that no path, not even a mispredicted one, uses
    /// the old `dst` when the condition holds: the Spectre guard on bounds
    /// checks. Clobbers only this masm's scratch registers.
    fn zero_if(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, dst: Reg);

    // ----- float operations (f32 is `S32`, f64 is `S64`) -----

    /// `dst = lhs op rhs` on float registers.
    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg);
    /// `dst = op src` on float registers. Returns false when this ISA (with
    /// the configured CPU features) cannot do `op`.
    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool;
    /// `dst (GPR) = (lhs cmp rhs) ? 1 : 0`.
    fn float_cmp_set(&mut self, cmp: FloatCmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg);
    /// Converts the integer in `src` (GPR, `int_size`, signed or not) to the
    /// float `dst` of `float_size`.
    fn int_to_float(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        dst: Reg,
        src: Reg,
    );
    /// Truncates the float `src` toward zero into the integer `dst` (GPR).
    /// The core has already trapped on NaN and out-of-range inputs.
    fn float_to_int(
        &mut self,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        dst: Reg,
        src: Reg,
    );
    /// Converts between f32 and f64 (`to` is the destination size).
    fn float_resize(&mut self, to: OperandSize, dst: Reg, src: Reg);

    // ----- linear memory (little-endian, as wasm defines it) -----

    /// Loads `size` bytes of wasm memory at `src` into `dst`, sign-extending
    /// to `sign_extend_to` when given (`Some(S32)` with a 32-bit `size` is
    /// `i32.load`: a plain load, sign-extended where
    /// [`MacroAssembler::KEEPS_I32_SIGN_EXTENDED`]; `None` zero-extends). Returns the offset of the instruction
    /// that faults on an out-of-bounds access.
    fn heap_load(
        &mut self,
        size: MemSize,
        sign_extend_to: Option<OperandSize>,
        dst: Reg,
        src: Mem,
    ) -> u32;
    /// Stores the low `size` bytes of `src` to wasm memory at `dst`. Returns
    /// the offset of the instruction that faults out of bounds.
    fn heap_store(&mut self, size: MemSize, dst: Mem, src: Reg) -> u32;
    /// Loads `size` bytes (4, 8 or 16) of wasm memory at `src` into the low
    /// lanes of the v128 register `dst`, zeroing the others. Returns the
    /// offset of the instruction that faults out of bounds. Where float and
    /// v128 values share registers, that is a float load.
    fn heap_load_v128(&mut self, size: MemSize, dst: Reg, src: Mem) -> u32 {
        self.heap_load(size, None, dst, src)
    }
    /// Forms `addr` as a plain operand: by default `temp = zext(index) +
    /// base`, then `[temp + offset]`.
    fn heap_indexed_mem(&mut self, addr: HeapIndexed) -> Mem {
        self.extend(ExtendOp::U32To64, addr.temp, addr.index);
        let base = RegImm::Reg(addr.base);
        self.int_binop(IntBinOp::Add, OperandSize::S64, addr.temp, addr.temp, base);
        Mem {
            base: addr.temp,
            offset: addr.offset,
        }
    }
    /// [`heap_load`](Self::heap_load) from an indexed operand; ISAs with a
    /// register-offset addressing mode fold the index into the load.
    fn heap_load_indexed(
        &mut self,
        size: MemSize,
        sign_extend_to: Option<OperandSize>,
        dst: Reg,
        src: HeapIndexed,
    ) -> u32 {
        let src = self.heap_indexed_mem(src);
        self.heap_load(size, sign_extend_to, dst, src)
    }
    /// [`heap_store`](Self::heap_store) to an indexed operand.
    fn heap_store_indexed(&mut self, size: MemSize, dst: HeapIndexed, src: Reg) -> u32 {
        let dst = self.heap_indexed_mem(dst);
        self.heap_store(size, dst, src)
    }

    // ----- branches -----

    /// Branches to `target` when `lhs cmp rhs` holds.
    fn br_cmp(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm, target: Label);
    /// Branches unconditionally.
    fn jmp(&mut self, target: Label);
    /// Jumps to `targets[index]`, or to `default` when `index` (an unsigned
    /// 32-bit value) is out of range. Clobbers `index`.
    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label);
    /// Emits a trapping instruction and returns the offset the trap table
    /// should record for it.
    fn trap_instruction(&mut self, code: Trap) -> u32;
    /// Branches to `trap` when the stack pointer is below the stack limit held
    /// at `[limit_ptr.base + limit_ptr.offset]` after one dereference:
    /// `*(*(vmctx + runtime_limits) + stack_limit)`.
    fn check_stack(&mut self, runtime_limits: Mem, stack_limit_offset: i32, trap: Label);

    // ----- calls -----

    /// Calls `target`; direct calls record a relocation.
    fn call(&mut self, target: CallTarget) {
        match target {
            CallTarget::Func(callee) => {
                let offset = self.emit_call_reloc();
                self.state_mut().call_reloc(offset, callee);
            }
            CallTarget::Reg(r) => self.emit_call_reg(r),
        }
    }
    /// Emits a direct call whose target field `patch_call` fills in later;
    /// returns the field's offset.
    fn emit_call_reloc(&mut self) -> u32;
    /// Emits a call to the address in `target`.
    fn emit_call_reg(&mut self, target: Reg);
    /// Tears down the frame and jumps to `target`, which then returns to our
    /// caller; direct targets record a relocation. The callee's stack
    /// arguments end where ours end, so that its pop leaves our caller's SP
    /// as our own pop would have: see [`TailCallArgs`] for where they are
    /// when this is called.
    fn tail_call(&mut self, target: CallTarget, args: TailCallArgs) {
        self.leave_for_tail_call(args);
        match target {
            CallTarget::Func(callee) => {
                let offset = self.emit_jump_reloc();
                self.state_mut().call_reloc(offset, callee);
            }
            CallTarget::Reg(r) => self.emit_jump_reg(r),
        }
    }
    /// Tears down the frame for a tail call: restores the caller's frame
    /// pointer and return address and moves the stack arguments into place.
    fn leave_for_tail_call(&mut self, args: TailCallArgs);
    /// Emits a direct jump whose target field `patch_call` fills in later;
    /// returns the field's offset.
    fn emit_jump_reloc(&mut self) -> u32;
    /// Emits a jump to the address in `target`.
    fn emit_jump_reg(&mut self, target: Reg);
    /// Moves SP down by `bytes`, re-reserving the outgoing-argument area a
    /// callee popped.
    fn sub_sp(&mut self, bytes: u32);
    /// Relocations recorded so far.
    fn relocs(&self) -> &[CallReloc] {
        self.state().relocs()
    }
    /// Patches a direct call at `reloc_offset` in `text` (the whole text
    /// section) to reach `target_offset`. Returns false when out of range.
    fn patch_call(text: &mut [u8], reloc_offset: usize, target_offset: usize) -> bool;

    // ----- finishing -----

    /// Pads to the ISA's function alignment.
    fn function_alignment() -> u32;
    /// Resolves label fixups and writes the function's bytes to `out`.
    fn finish(&mut self, out: &mut Vec<u8>) -> anyhow::Result<()>;
}

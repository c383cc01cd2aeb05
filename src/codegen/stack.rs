//! The value stack and register allocation.
//!
//! Values stay latent as long as possible: constants, `local.get` and
//! comparison results are recorded, not computed, until an operator needs
//! them in a register. Registers are allocated as values are pushed; when
//! none is free, the lowest register-held stack entry is stored into its
//! fixed 16-byte frame slot of its depth (`SLOT_BYTES`, so a v128 fits; one
//! store, no push/pop, no whole-stack spill).

use super::{mem_size, CodeGen};
use crate::masm::{IntCmp, Loc, MacroAssembler, MemSize, OperandSize, Reg, RegImm};
use wasmparser::ValType;

/// Where a stack value currently is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Val {
    /// A constant not yet materialised (sign-extended to 64 bits).
    Const(i64),
    /// In a register the stack owns.
    Reg(Reg),
    /// The current value of a local, not yet loaded.
    Local(u32),
    /// In the fixed frame slot for its depth.
    Slot,
    /// The 0/1 result of a comparison not yet materialised; it owns `lhs`
    /// and, when a register, `rhs`.
    Cmp {
        /// The comparison.
        cmp: IntCmp,
        /// Operand width.
        size: OperandSize,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: RegImm,
    },
}

/// One value-stack entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackEntry {
    /// The wasm type.
    pub ty: ValType,
    /// Where it is.
    pub val: Val,
}

/// A set of registers, by `Reg::index`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegSet(u64);

impl RegSet {
    /// The set of `regs`.
    pub fn from_regs(regs: &[Reg]) -> RegSet {
        let mut s = RegSet(0);
        for r in regs {
            s.insert(*r);
        }
        s
    }
    /// Both sets together.
    pub fn union(self, other: RegSet) -> RegSet {
        RegSet(self.0 | other.0)
    }
    /// Adds `r`.
    pub fn insert(&mut self, r: Reg) {
        self.0 |= 1 << r.index();
    }
    /// Removes `r`.
    pub fn remove(&mut self, r: Reg) {
        self.0 &= !(1 << r.index());
    }
    /// Whether `r` is in the set.
    pub fn contains(&self, r: Reg) -> bool {
        self.0 & (1 << r.index()) != 0
    }
}

/// Whether values of `ty` live in float registers.
pub fn is_float(ty: ValType) -> bool {
    matches!(ty, ValType::F32 | ValType::F64 | ValType::V128)
}

/// The operand width of an integer type.
pub fn op_size(ty: ValType) -> OperandSize {
    match ty {
        ValType::I32 | ValType::F32 => OperandSize::S32,
        _ => OperandSize::S64,
    }
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    // ----- registers -----

    /// A free general-purpose register, spilling one stack entry if needed.
    pub(super) fn alloc_gpr(&mut self) -> Reg {
        self.alloc_reg(false)
    }

    /// A free register for a value of type `ty`.
    pub(super) fn alloc_for(&mut self, ty: ValType) -> Reg {
        self.alloc_reg(is_float(ty))
    }

    /// A free register of the float (`true`) or integer class.
    pub(super) fn alloc_reg(&mut self, float: bool) -> Reg {
        let pool = if float {
            M::allocatable_fprs()
        } else {
            M::allocatable_gprs()
        };
        loop {
            for &r in pool {
                if self.free.contains(r) {
                    self.free.remove(r);
                    return r;
                }
            }
            self.spill_one(float);
        }
    }

    /// Returns `r` to the free pool (a borrowed home stays the local's).
    pub(super) fn free_reg(&mut self, r: Reg) {
        if self.is_home(r) {
            return;
        }
        debug_assert!(!self.free.contains(r), "double free of {r:?}");
        self.free.insert(r);
    }

    /// Releases an operand popped as a register or an immediate.
    pub(super) fn free_regimm(&mut self, r: RegImm) {
        if let RegImm::Reg(r) = r {
            self.free_reg(r);
        }
    }

    /// Spills the lowest entry holding a register of the wanted class into
    /// its frame slot.
    fn spill_one(&mut self, float: bool) {
        let start = self.spill_scan_from;
        let mut first_reg = None;
        for depth in start..self.cx.stack.len() {
            let holds = match self.cx.stack[depth].val {
                Val::Reg(r) => Some(!r.is_gpr()),
                Val::Cmp { lhs, .. } => (!self.is_home(lhs)).then_some(false),
                _ => None,
            };
            if holds.is_some() && first_reg.is_none() {
                first_reg = Some(depth);
            }
            if holds == Some(float) {
                self.spill_entry(depth);
                if first_reg == Some(depth) {
                    self.spill_scan_from = depth + 1;
                }
                return;
            }
        }
        // Every allocatable register is held by operands the current operator
        // popped; the register file is sized so this cannot happen.
        panic!("register allocator exhausted with no spillable stack entry");
    }

    /// Moves entry `depth` into its frame slot (materialising it if latent).
    pub(super) fn spill_entry(&mut self, depth: usize) {
        let entry = self.cx.stack[depth];
        let size = mem_size(entry.ty);
        let dst = Loc::Mem(self.slot_mem(depth));
        match entry.val {
            Val::Slot | Val::Const(_) => return,
            Val::Reg(r) => {
                self.cx.masm.mov(size, dst, Loc::Reg(r));
                self.free_reg(r);
            }
            Val::Local(i) => {
                let src = self.local_loc(i);
                self.cx.masm.mov(size, dst, src);
            }
            Val::Cmp {
                cmp,
                size,
                lhs,
                rhs,
            } => {
                // A compare of homes holds no register to compute into.
                let result = if self.is_home(lhs) {
                    M::core_temp()
                } else {
                    lhs
                };
                self.cx.masm.cmp_set(cmp, size, result, lhs, rhs);
                self.free_regimm(rhs);
                self.cx.masm.mov(MemSize::S32, dst, Loc::Reg(result));
                self.free_reg(lhs);
            }
        }
        self.set_val(depth, Val::Slot);
    }

    /// Replaces the location of entry `depth`, keeping the counts of latent
    /// local reads.
    pub(super) fn set_val(&mut self, depth: usize, val: Val) {
        let old = self.cx.stack[depth].val;
        self.count_local_reads(old, false);
        self.count_local_reads(val, true);
        self.cx.stack[depth].val = val;
    }

    /// Counts (`add`) or uncounts the latent local reads of `val` in
    /// `latent_local_refs`.
    #[inline]
    fn count_local_reads(&mut self, val: Val, add: bool) {
        let refs = match val {
            Val::Local(i) => [Some(i), None],
            Val::Cmp { lhs, .. } if self.is_home(lhs) => self.locals_read_by(val),
            _ => return,
        };
        for i in refs.into_iter().flatten() {
            let count = &mut self.cx.latent_local_refs[i as usize];
            if add {
                *count += 1;
            } else {
                *count -= 1;
            }
        }
    }

    /// Spills every entry that holds a register or a latent local, so the
    /// stack below is the same on every path into a control-flow join.
    pub(super) fn spill_all(&mut self) {
        let len = self.cx.stack.len();
        for depth in self.settled_below.min(self.spill_scan_from)..len {
            self.spill_entry(depth);
        }
        self.spill_scan_from = len;
        self.settled_below = len;
    }

    /// Spills every register-held entry below `top` (for calls, where every
    /// register is clobbered); latent locals stay latent.
    pub(super) fn spill_regs_below(&mut self, top: usize) {
        for depth in self.spill_scan_from..top {
            if matches!(self.cx.stack[depth].val, Val::Reg(_) | Val::Cmp { .. }) {
                self.spill_entry(depth);
            }
        }
        self.spill_scan_from = self.spill_scan_from.max(top);
    }

    // ----- pushing -----

    /// Pushes an entry. Inlined, so the entry is built where it is stored
    /// (a call would pass it through memory and stall the store).
    #[inline(always)]
    pub(super) fn push(&mut self, ty: ValType, val: Val) {
        self.saw_externref |= ty == ValType::EXTERNREF;
        self.count_local_reads(val, true);
        self.cx.stack.push(StackEntry { ty, val });
        self.max_depth = self.max_depth.max(self.cx.stack.len() as u32);
    }

    /// Pushes a register-held value.
    pub(super) fn push_reg(&mut self, ty: ValType, r: Reg) {
        self.push(ty, Val::Reg(r));
    }

    // ----- popping -----

    /// Pops the top entry without materialising it.
    #[inline(always)]
    pub(super) fn pop_entry(&mut self) -> StackEntry {
        let e = self.cx.stack.pop().expect("validated operand stack");
        self.count_local_reads(e.val, false);
        let len = self.cx.stack.len();
        self.spill_scan_from = self.spill_scan_from.min(len);
        self.settled_below = self.settled_below.min(len);
        e
    }

    /// Pops the top value into a register the caller then owns.
    pub(super) fn pop_reg(&mut self) -> Reg {
        let depth = self.cx.stack.len() - 1;
        let e = self.pop_entry();
        self.materialize(e, depth)
    }

    /// Puts a popped entry (formerly at `depth`) into a register.
    pub(super) fn materialize(&mut self, e: StackEntry, depth: usize) -> Reg {
        let size = mem_size(e.ty);
        match e.val {
            Val::Reg(r) => r,
            Val::Const(c) => {
                let r = self.alloc_for(e.ty);
                self.cx.masm.mov(size, Loc::Reg(r), Loc::Imm(c));
                r
            }
            Val::Local(i) => {
                let r = self.alloc_for(e.ty);
                let src = self.local_loc(i);
                self.cx.masm.mov(size, Loc::Reg(r), src);
                r
            }
            Val::Slot => {
                let r = self.alloc_for(e.ty);
                let src = Loc::Mem(self.slot_mem(depth));
                self.cx.masm.mov(size, Loc::Reg(r), src);
                r
            }
            Val::Cmp {
                cmp,
                size,
                lhs,
                rhs,
            } => self.compute_cmp(cmp, size, lhs, rhs),
        }
    }

    /// Computes a popped latent compare into a register the caller owns.
    fn compute_cmp(&mut self, cmp: IntCmp, size: OperandSize, lhs: Reg, rhs: RegImm) -> Reg {
        let dst = if self.is_home(lhs) {
            self.alloc_gpr()
        } else {
            lhs
        };
        self.cx.masm.cmp_set(cmp, size, dst, lhs, rhs);
        self.free_regimm(rhs);
        dst
    }

    /// Pops the top value for reading only: a homed local's own register,
    /// borrowed (freeing it does nothing), or else a register the caller owns.
    pub(super) fn pop_operand(&mut self) -> Reg {
        if let Some(StackEntry {
            val: Val::Local(i), ..
        }) = self.cx.stack.last()
        {
            if let Some(r) = self.local_home(*i) {
                self.pop_entry();
                return r;
            }
        }
        self.pop_reg()
    }

    /// [`Self::pop_reg_or_imm`], but a homed local comes as its borrowed home.
    pub(super) fn pop_operand_or_imm(&mut self) -> RegImm {
        match self.cx.stack.last() {
            Some(StackEntry {
                val: Val::Local(i), ..
            }) if self.local_home(*i).is_some() => RegImm::Reg(self.pop_operand()),
            _ => self.pop_reg_or_imm(),
        }
    }

    /// Whether the entry `from_top` below the top is a homed local, or (with
    /// `imm_ok`) an integer constant that fits an immediate.
    pub(super) fn is_home_operand(&self, from_top: usize, imm_ok: bool) -> bool {
        let stack = &self.cx.stack;
        match stack.get(stack.len().wrapping_sub(1 + from_top)) {
            Some(StackEntry {
                val: Val::Local(i), ..
            }) => self.local_home(*i).is_some(),
            Some(StackEntry {
                val: Val::Const(c),
                ty,
            }) => imm_ok && !is_float(*ty) && *c as i32 as i64 == *c,
            _ => false,
        }
    }

    /// Pops the top value as an immediate when it is an integer constant that fits
    /// the ISA-neutral 32-bit immediate range, else into a register.
    pub(super) fn pop_reg_or_imm(&mut self) -> RegImm {
        if let Some(StackEntry {
            val: Val::Const(c),
            ty,
        }) = self.cx.stack.last()
        {
            if *c as i32 as i64 == *c && !is_float(*ty) {
                let c = *c;
                self.pop_entry();
                return RegImm::Imm(c);
            }
        }
        RegImm::Reg(self.pop_reg())
    }

    /// The location of the entry at `depth` as a move source. Latent compares
    /// must have been materialised first.
    pub(super) fn entry_loc(&self, depth: usize) -> Loc {
        match self.cx.stack[depth].val {
            Val::Const(c) => Loc::Imm(c),
            Val::Reg(r) => Loc::Reg(r),
            Val::Local(i) => self.local_loc(i),
            Val::Slot => Loc::Mem(self.slot_mem(depth)),
            Val::Cmp { .. } => unreachable!("latent compare used as a move source"),
        }
    }

    /// Materialises latent compares among the top `n` entries into registers.
    pub(super) fn materialize_top_cmps(&mut self, n: usize) {
        let len = self.cx.stack.len();
        for depth in len - n..len {
            if let Val::Cmp {
                cmp,
                size,
                lhs,
                rhs,
            } = self.cx.stack[depth].val
            {
                let r = self.compute_cmp(cmp, size, lhs, rhs);
                self.set_val(depth, Val::Reg(r));
                self.spill_scan_from = self.spill_scan_from.min(depth);
            }
        }
    }

    /// Pops and releases entries down to height `height`.
    pub(super) fn truncate_stack(&mut self, height: usize) {
        while self.cx.stack.len() > height {
            let e = self.pop_entry();
            self.release(e);
        }
    }

    /// Releases the registers a popped entry holds.
    pub(super) fn release(&mut self, e: StackEntry) {
        match e.val {
            Val::Reg(r) => self.free_reg(r),
            Val::Cmp { lhs, rhs, .. } => {
                self.free_reg(lhs);
                self.free_regimm(rhs);
            }
            _ => {}
        }
    }

    /// Before `local.set`/`local.tee` of `index`: computes every latent
    /// `local.get` of it, and every latent compare reading its home, still on
    /// the stack, so they keep the old value.
    pub(super) fn materialize_latent_local(&mut self, index: u32) {
        if self.cx.latent_local_refs[index as usize] == 0 {
            return;
        }
        for depth in 0..self.cx.stack.len() {
            let e = self.cx.stack[depth];
            if !self.locals_read_by(e.val).contains(&Some(index)) {
                continue;
            }
            let r = self.materialize(e, depth);
            self.set_val(depth, Val::Reg(r));
            self.spill_scan_from = self.spill_scan_from.min(depth);
            self.settled_below = self.settled_below.min(depth);
        }
    }
}

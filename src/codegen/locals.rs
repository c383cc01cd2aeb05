//! Locals in registers.
//!
//! Each function gives some of its locals a home register for its whole
//! body: integer locals take the ABI's `local_gprs`, float and v128 locals
//! its `local_fprs` (externrefs stay in frame slots, which the stack maps
//! cover). When there are more locals than homes, the most used ones win,
//! uses inside loops counting more. A homed local is read and written in
//! its register, so `local.get`, `local.set` and `local.tee` are register
//! moves or nothing.
//!
//! Because a home never changes within a function, every path into a join or
//! a loop header finds each local in the same place, and branches need no
//! moves for locals: the merge state of every join is the function's homes.
//! Which locals get homes is decided once, before the body: by a scan of the
//! operators (linear in the body) when a class has more locals than homes,
//! and then in time linear in the number of locals.
//!
//! Integer homes are natively callee-saved registers that every wasm-call
//! function preserves: a function saves the ones it uses below its frame
//! record in the prologue and reloads them before it returns or tail-calls,
//! so values in them live across calls with no reload. Float homes are
//! clobbered by calls: the caller stores them to the locals' frame slots
//! before each call and reloads them after.

use super::stack::{is_float, Val};
use super::{mem, mem_size, CodeGen, FIXED_SLOTS_BYTES, VMCTX_SLOT};
use crate::masm::{Loc, MacroAssembler, MemSize, Reg, RegImm};
use wasmparser::{FunctionBody, Operator, ValType};

/// Frame-pointer offset of the first saved integer home.
pub(super) const SAVED_HOMES_OFFSET: i32 = -(FIXED_SLOTS_BYTES as i32) - 8;

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Chooses the locals that get home registers and takes those registers,
    /// and every integer home, from the allocator. When a class has more
    /// locals than homes, a scan of the body weighs each local by its uses,
    /// each counting 8^loop depth (up to depth 6), and the heaviest get the
    /// homes; unused ones get none.
    pub(super) fn choose_local_homes(&mut self, body: &FunctionBody<'_>) {
        let abi = M::abi();
        // Callers keep their own locals in the integer homes, so a function
        // uses none of them as temporaries, only those it saves as homes.
        for &r in abi.local_gprs {
            self.free.remove(r);
        }
        let n = self.cx.locals.len();
        self.cx.local_homes.resize(n, None);
        let floats = self.cx.locals.iter().filter(|t| is_float(**t)).count();
        let refs = self
            .cx
            .locals
            .iter()
            .filter(|t| **t == ValType::EXTERNREF)
            .count();
        let ints = n - floats - refs;
        let weigh = ints > abi.local_gprs.len() || floats > abi.local_fprs.len();
        if weigh {
            self.weigh_locals(body);
        }
        for float in [false, true] {
            let regs = if float {
                abi.local_fprs
            } else {
                abi.local_gprs
            };
            for &r in regs {
                let Some(i) = self.heaviest_unhomed(float, weigh) else {
                    break;
                };
                self.cx.local_homes[i] = Some(r);
                self.cx.home_owners.push((r, i as u32));
                self.homes.insert(r);
                self.free.remove(r);
                if float {
                    self.cx.clobbered_homes.push(i as u32);
                } else {
                    self.cx.saved_homes.push(r);
                }
            }
        }
    }

    /// The local of the class (`float` or integer) with no home yet and the
    /// most weight (the lowest index among equals); with `weighed`, never
    /// one that is unused.
    fn heaviest_unhomed(&self, float: bool, weighed: bool) -> Option<usize> {
        let mut best: Option<(u32, usize)> = None;
        for (i, &ty) in self.cx.locals.iter().enumerate() {
            if ty == ValType::EXTERNREF || is_float(ty) != float || self.cx.local_homes[i].is_some()
            {
                continue;
            }
            let weight = if weighed { self.cx.local_weights[i] } else { 1 };
            if weight > 0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, i));
            }
        }
        best.map(|(_, i)| i)
    }

    /// Weighs every local by its `local.get`, `local.set` and `local.tee`
    /// uses, in one scan of the operators. A body that does not decode is
    /// left to the compiling pass to report.
    fn weigh_locals(&mut self, body: &FunctionBody<'_>) {
        let weights = &mut self.cx.local_weights;
        weights.clear();
        weights.resize(self.cx.locals.len(), 0);
        let Ok(mut reader) = body.get_operators_reader() else {
            return;
        };
        // One bit per open frame: whether it is a loop.
        let mut loops: Vec<bool> = Vec::new();
        let mut loop_depth = 0u32;
        while !reader.eof() {
            let Ok(op) = reader.read() else {
                return;
            };
            let local = match op {
                Operator::LocalGet { local_index }
                | Operator::LocalSet { local_index }
                | Operator::LocalTee { local_index } => local_index,
                Operator::Block { .. } | Operator::If { .. } => {
                    loops.push(false);
                    continue;
                }
                Operator::Loop { .. } => {
                    loops.push(true);
                    loop_depth += 1;
                    continue;
                }
                Operator::End => {
                    if loops.pop() == Some(true) {
                        loop_depth -= 1;
                    }
                    continue;
                }
                _ => continue,
            };
            if let Some(w) = weights.get_mut(local as usize) {
                *w = w.saturating_add(1 << (3 * loop_depth.min(6)));
            }
        }
    }

    /// The bytes below the fixed slots that hold the saved integer homes.
    pub(super) fn saved_homes_bytes(&self) -> u32 {
        8 * self.cx.saved_homes.len() as u32
    }

    /// Where local `index` lives: its home register or its frame slot.
    pub(super) fn local_loc(&self, index: u32) -> Loc {
        match self.cx.local_homes[index as usize] {
            Some(r) => Loc::Reg(r),
            None => Loc::Mem(self.local_mem(index)),
        }
    }

    /// Whether `r` is some local's home (a borrowed operand, never freed).
    pub(super) fn is_home(&self, r: Reg) -> bool {
        self.homes.contains(r)
    }

    /// The local whose home is `r`.
    fn home_owner(&self, r: Reg) -> Option<u32> {
        let owners = &self.cx.home_owners;
        owners.iter().find(|(h, _)| *h == r).map(|(_, i)| *i)
    }

    /// The locals whose current values `val` reads without holding a copy:
    /// a latent `local.get`, or a latent compare of homed locals.
    pub(super) fn locals_read_by(&self, val: Val) -> [Option<u32>; 2] {
        match val {
            Val::Local(i) => [Some(i), None],
            Val::Cmp { lhs, rhs, .. } if self.is_home(lhs) => {
                let rhs = match rhs {
                    RegImm::Reg(r) => self.home_owner(r),
                    RegImm::Imm(_) => None,
                };
                [self.home_owner(lhs), rhs]
            }
            _ => [None, None],
        }
    }

    /// The home register of local `index`, if it has one.
    pub(super) fn local_home(&self, index: u32) -> Option<Reg> {
        self.cx.local_homes[index as usize]
    }

    /// Prologue: saves the integer homes the function uses (their callers'
    /// values).
    pub(super) fn save_homes(&mut self) {
        let regs = std::mem::take(&mut self.cx.saved_homes);
        self.cx.masm.save_regs(&regs, SAVED_HOMES_OFFSET);
        self.cx.saved_homes = regs;
    }

    /// Before returning or tail-calling: gives the caller its integer homes
    /// back.
    pub(super) fn restore_homes(&mut self) {
        let regs = std::mem::take(&mut self.cx.saved_homes);
        self.cx.masm.restore_regs(&regs, SAVED_HOMES_OFFSET);
        self.cx.saved_homes = regs;
    }

    /// Prologue: a declared local starts at zero.
    pub(super) fn zero_local(&mut self, index: u32) {
        let ty = self.cx.locals[index as usize];
        match self.local_home(index) {
            Some(r) if ty == ValType::V128 => self.cx.masm.v128_const(r, 0),
            Some(r) => self.cx.masm.mov(MemSize::S64, Loc::Reg(r), Loc::Imm(0)),
            None => {
                let dst = self.local_mem(index);
                self.cx.masm.mov(MemSize::S64, Loc::Mem(dst), Loc::Imm(0));
                if ty == ValType::V128 {
                    let high = mem(M::fp(), dst.offset + 8);
                    self.cx.masm.mov(MemSize::S64, Loc::Mem(high), Loc::Imm(0));
                }
            }
        }
    }

    /// Just before a call: stores the homes calls clobber into their slots.
    pub(super) fn save_clobbered_homes(&mut self) {
        for k in 0..self.cx.clobbered_homes.len() {
            let i = self.cx.clobbered_homes[k];
            let (Some(r), ty) = (self.local_home(i), self.cx.locals[i as usize]) else {
                continue;
            };
            let slot = Loc::Mem(self.local_mem(i));
            self.cx.masm.mov(mem_size(ty), slot, Loc::Reg(r));
        }
    }

    /// Just after a call: reloads the pinned vmctx and heap base, and the
    /// homes the call clobbered.
    pub(super) fn reload_after_call(&mut self) {
        let vmctx_slot = Loc::Mem(mem(M::fp(), VMCTX_SLOT));
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(M::vmctx_reg()), vmctx_slot);
        self.load_pinned_heap_base();
        for k in 0..self.cx.clobbered_homes.len() {
            let i = self.cx.clobbered_homes[k];
            let (Some(r), ty) = (self.local_home(i), self.cx.locals[i as usize]) else {
                continue;
            };
            let slot = Loc::Mem(self.local_mem(i));
            self.cx.masm.mov(mem_size(ty), Loc::Reg(r), slot);
        }
    }
}

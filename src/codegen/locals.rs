//! Locals in registers.
//!
//! Each function gives its first locals, in index order, a home register for
//! its whole body: integer locals take the ABI's `local_gprs`, float and v128
//! locals its `local_fprs`, as long as they last (externrefs stay in frame
//! slots, which the stack maps cover). A homed local is read and written in
//! its register, so `local.get`, `local.set` and `local.tee` are register
//! moves or nothing.
//!
//! Because a home never changes within a function, every path into a join or
//! a loop header finds each local in the same place, and branches need no
//! moves for locals: the merge state of every join is the function's homes.
//! Which locals get homes is decided once, before the body, in time linear
//! in the number of locals. wasm-ld's register coloring numbers the most
//! used locals first, which makes index order a useful order.
//!
//! Integer homes are natively callee-saved registers that every wasm-call
//! function preserves: a function saves the ones it uses below its frame
//! record in the prologue and reloads them before it returns or tail-calls,
//! so values in them live across calls with no reload. Float homes are
//! clobbered by calls: the caller stores them to the locals' frame slots
//! before each call and reloads them after.

use super::stack::is_float;
use super::{mem, mem_size, CodeGen, FIXED_SLOTS_BYTES, VMCTX_SLOT};
use crate::masm::{Loc, MacroAssembler, MemSize, Reg};
use wasmparser::ValType;

/// Frame-pointer offset of the first saved integer home.
pub(super) const SAVED_HOMES_OFFSET: i32 = -(FIXED_SLOTS_BYTES as i32) - 8;

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Gives the first locals home registers and takes those registers, and
    /// every integer home, from the allocator.
    pub(super) fn choose_local_homes(&mut self) {
        let abi = M::abi();
        // Callers keep their own locals in the integer homes, so a function
        // uses none of them as temporaries, only those it saves as homes.
        for &r in abi.local_gprs {
            self.free.remove(r);
        }
        let (mut gprs, mut fprs) = (abi.local_gprs.iter(), abi.local_fprs.iter());
        for i in 0..self.cx.locals.len() {
            let ty = self.cx.locals[i];
            let home = match ty {
                ValType::EXTERNREF => None,
                _ if is_float(ty) => fprs.next().copied(),
                _ => gprs.next().copied(),
            };
            if let Some(r) = home {
                self.free.remove(r);
                if r.is_gpr() {
                    self.cx.saved_homes.push(r);
                } else {
                    self.cx.clobbered_homes.push(i as u32);
                }
            }
            self.cx.local_homes.push(home);
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

//! Calls: argument placement through parallel moves, and results.
//!
//! kindling's wasm-call ABI preserves no registers, so before a call every
//! register-held stack value below the arguments is stored into its slot.
//! The arguments then move to their ABI locations in three phases: stack
//! arguments first (their sources are still intact), then register-to-register
//! moves ordered so no source is overwritten before it is read (cycles are
//! broken through the core temp register), then loads of constants, locals
//! and slots, which cannot clobber anything still needed.

use super::stack::Val;
use super::{mem, mem_size, CodeGen};
use crate::abi::{lower_signature_into, ArgLoc, Signature};
use crate::masm::{CallTarget, Loc, MacroAssembler, Mem, MemSize, Reg, TailCallArgs};
use crate::CompileFailure;
use wasmtime_environ::WasmFuncType;

/// Who is being called.
pub enum Callee {
    /// A function of this module (same vmctx), or an address in a register.
    Local(CallTarget),
    /// An imported function: its vmctx and code pointer live in our vmctx.
    Import {
        /// Where the callee's vmctx is.
        vmctx: Mem,
        /// Where the callee's wasm-call code pointer is.
        code: Mem,
    },
}

/// One pending move into an argument location.
#[derive(Clone, Copy, Debug)]
pub struct Move {
    /// Width.
    pub size: MemSize,
    /// Destination.
    pub dst: ArgLoc,
    /// Source.
    pub src: Loc,
}

/// Emits `moves` so that every destination ends up with its source's value,
/// whatever the overlap between register sources and destinations. `temp`
/// must appear in no move. `stack_base` addresses stack destinations.
pub fn parallel_move<M: MacroAssembler>(
    masm: &mut M,
    moves: &mut Vec<Move>,
    stack_base: Mem,
    temp: Reg,
) {
    // 1. Stack destinations: nothing reads them, and all sources are intact.
    moves.retain(|m| match m.dst {
        ArgLoc::Stack(off) => {
            let dst = Mem {
                base: stack_base.base,
                offset: stack_base.offset + off as i32,
            };
            // Hundreds of stack arguments are possible: a safe point each,
            // for ISAs whose branches reach only a short way.
            masm.safe_point();
            masm.mov(m.size, Loc::Mem(dst), m.src);
            false
        }
        ArgLoc::Reg(_) => true,
    });
    // 2. Register to register, in dependency order.
    let is_read = |moves: &[Move], r: Reg| moves.iter().any(|m| m.src == Loc::Reg(r));
    loop {
        // The first register move (a cycle breaks there) and the first whose
        // destination no other move still reads, in one walk, allocating
        // nothing: this runs at every call site.
        let mut first = None;
        let mut ready = None;
        for (i, m) in moves.iter().enumerate() {
            let (Loc::Reg(src), ArgLoc::Reg(d)) = (m.src, m.dst) else {
                continue;
            };
            first.get_or_insert((i, src));
            if src == d || !is_read(moves, d) {
                ready = Some((i, d));
                break;
            }
        }
        let Some((first, src)) = first else {
            break;
        };
        match ready {
            Some((i, d)) => {
                let m = moves.remove(i);
                if m.src != Loc::Reg(d) {
                    masm.mov(m.size, Loc::Reg(d), m.src);
                }
            }
            None => {
                // Every pending destination is read by another move: a cycle.
                // Park one source in the temp and redirect its readers.
                let temp = if src.is_gpr() { temp } else { M::float_temp() };
                // A float move keeps its own size: on riscv64 a v128 and a
                // float are in different register files.
                let size = if src.is_gpr() {
                    MemSize::S64
                } else {
                    moves[first].size
                };
                masm.mov(size, Loc::Reg(temp), Loc::Reg(src));
                for m in moves.iter_mut() {
                    if m.src == Loc::Reg(src) {
                        m.src = Loc::Reg(temp);
                    }
                }
            }
        }
    }
    // 3. Everything else: constants, memory and addresses into registers.
    for m in moves.drain(..) {
        let ArgLoc::Reg(d) = m.dst else {
            unreachable!()
        };
        masm.mov(m.size, Loc::Reg(d), m.src);
    }
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Calls `callee` with signature `ty`, taking arguments from the stack and
    /// pushing the results.
    pub(super) fn emit_call_with(
        &mut self,
        callee: Callee,
        ty: &WasmFuncType,
    ) -> Result<(), CompileFailure> {
        self.emit_call_or_tail_call(callee, ty, false)
    }

    /// `return_call` and `return_call_indirect`: the arguments go to their
    /// registers and stack slots, the frame is torn down and the callee is
    /// jumped to, so it returns straight to our caller (and writes extra
    /// results through our own return pointer). Its stack arguments end where
    /// ours end, so its pop leaves our caller's SP as ours would have.
    pub(super) fn emit_tail_call(
        &mut self,
        callee: Callee,
        ty: &WasmFuncType,
    ) -> Result<(), CompileFailure> {
        self.emit_call_or_tail_call(callee, ty, true)?;
        self.become_unreachable();
        Ok(())
    }

    fn emit_call_or_tail_call(
        &mut self,
        callee: Callee,
        ty: &WasmFuncType,
        tail: bool,
    ) -> Result<(), CompileFailure> {
        // The callee's signature, lowered into a buffer kept across calls.
        let mut sig = std::mem::take(&mut self.cx.call_sig);
        lower_signature_into(M::abi(), ty.params(), ty.returns(), &mut sig);
        let result = self.emit_call_with_sig(callee, ty, tail, &sig);
        self.cx.call_sig = sig;
        result
    }

    fn emit_call_with_sig(
        &mut self,
        callee: Callee,
        ty: &WasmFuncType,
        tail: bool,
        sig: &Signature,
    ) -> Result<(), CompileFailure> {
        let tail_args = TailCallArgs {
            incoming: self.sig.stack_arg_bytes,
            outgoing: sig.stack_arg_bytes,
        };
        let nparams = ty.params().len();
        let args_base = self.cx.stack.len() - nparams;
        self.materialize_top_cmps(nparams);
        self.spill_regs_below(args_base);
        // Arguments written in place overwrite our incoming ones; those
        // built at SP are moved up by the masm after every read.
        let in_place = tail && !tail_args.built_at_sp();
        if in_place && sig.stack_arg_bytes > 0 {
            self.copy_incoming_args_to_slots(args_base);
        }
        // The outgoing area: the ABI's reserved bytes, then the stack
        // arguments, then the callee's return area.
        let outgoing = M::abi().outgoing_args_offset;
        self.max_outgoing = self
            .max_outgoing
            .max(outgoing + sig.stack_arg_bytes + sig.ret_area_bytes);

        let sp = M::sp();
        let ret_area = (outgoing + sig.stack_arg_bytes) as i32;
        let mut moves = std::mem::take(&mut self.cx.arg_moves);
        let (callee_vmctx, target) = match callee {
            Callee::Local(target) => (Loc::Reg(M::vmctx_reg()), Some(target)),
            Callee::Import { vmctx, .. } => (Loc::Mem(vmctx), None),
        };
        moves.push(Move {
            size: MemSize::S64,
            dst: sig.args[0],
            src: callee_vmctx,
        });
        moves.push(Move {
            size: MemSize::S64,
            dst: sig.args[1],
            src: Loc::Reg(M::vmctx_reg()),
        });
        for i in 0..nparams {
            let depth = args_base + i;
            moves.push(Move {
                size: mem_size(self.cx.stack[depth].ty),
                dst: sig.args[2 + i],
                src: self.entry_loc(depth),
            });
        }
        if sig.has_ret_ptr() {
            // A tail call hands on our own return pointer.
            let src = if tail {
                Loc::Mem(mem(M::fp(), super::RET_PTR_SLOT))
            } else {
                Loc::Addr(mem(sp, ret_area))
            };
            moves.push(Move {
                size: MemSize::S64,
                dst: *sig.args.last().unwrap(),
                src,
            });
        }
        let stack_base = if in_place {
            mem(
                M::fp(),
                tail_args.in_place_offset(M::incoming_args_offset()),
            )
        } else {
            mem(sp, outgoing as i32)
        };
        parallel_move(&mut self.cx.masm, &mut moves, stack_base, M::core_temp());
        self.cx.arg_moves = moves;
        self.truncate_stack(args_base);
        // Loaded after the argument moves: the core temp is free again.
        let target = match (target, callee) {
            (Some(t), _) => t,
            (None, Callee::Import { code, .. }) => {
                let temp = M::core_temp();
                self.cx
                    .masm
                    .mov(MemSize::S64, Loc::Reg(temp), Loc::Mem(code));
                CallTarget::Reg(temp)
            }
            (None, Callee::Local(_)) => unreachable!("a local callee has a target"),
        };
        if tail {
            self.restore_homes();
            self.cx.masm.tail_call(target, tail_args);
            return Ok(());
        }
        self.save_clobbered_homes();
        self.cx.masm.call(target);
        // Externref stack arguments are the callee's to root: it copies them
        // into its own frame (a tail call may reuse the area for others).
        self.record_safepoint();
        // The callee popped its stack arguments.
        self.cx.masm.sub_sp(sig.stack_arg_bytes);
        self.reload_after_call();

        for (i, result) in ty.returns().iter().enumerate() {
            let vt = super::val_type(*result);
            if i == 0 {
                let ret = sig.first_result.expect("has a first result");
                let r = self.alloc_for(vt);
                self.cx.masm.mov(mem_size(vt), Loc::Reg(r), Loc::Reg(ret));
                self.push_reg(vt, r);
            } else {
                let off = ret_area + sig.extra_result_offsets[i - 1] as i32;
                let depth = self.cx.stack.len();
                let dst = Loc::Mem(self.slot_mem(depth));
                let src = Loc::Mem(mem(sp, off));
                self.cx.masm.mov(mem_size(vt), dst, src);
                self.push(vt, Val::Slot);
            }
        }
        Ok(())
    }

    /// Before a tail call overwrites our incoming stack arguments with its
    /// own: every argument value still read from there (a stack parameter's
    /// local) is copied to its value-stack slot first.
    fn copy_incoming_args_to_slots(&mut self, args_base: usize) {
        let incoming = M::incoming_args_offset();
        let end = incoming + self.sig.stack_arg_bytes as i32;
        for depth in args_base..self.cx.stack.len() {
            let Loc::Mem(m) = self.entry_loc(depth) else {
                continue;
            };
            if m.base != M::fp() || m.offset < incoming || m.offset >= end {
                continue;
            }
            let size = mem_size(self.cx.stack[depth].ty);
            let slot = Loc::Mem(self.slot_mem(depth));
            self.cx.masm.mov(size, slot, Loc::Mem(m));
            self.set_val(depth, Val::Slot);
        }
    }
}

//! externref support: stack maps at safepoints, the activations table and
//! reference counts.
//!
//! Every call is a safepoint, and before any call every stack value is in its
//! frame slot, so a stack map lists the externref locals (stack params
//! among them, copied into the frame on entry) and the externref value-stack
//! slots. Outgoing stack arguments are the callee's to root: a tail call may
//! reuse that area for values of other types.
//! An externref that enters a frame from a table is first recorded in the
//! `VMExternRefActivationsTable` (inline while it has room, else through the
//! `activations_table_insert_with_gc` builtin); `table.set` keeps the
//! reference counts of the stored and replaced values.

use super::indirect::BuiltinArg;
use super::stack::Val;
use super::{mem, CodeGen};
use crate::masm::{IntCmp, Loc, MacroAssembler, MemSize, OperandSize, RegImm};
use wasmparser::ValType;
use wasmtime_environ::{BuiltinFunctionIndex as B, StackMap, StackMapInformation, TableIndex};

/// A safepoint: the code offset just after a call, and its slots.
#[derive(Clone, Debug)]
pub struct Safepoint {
    code_offset: u32,
    slots: std::ops::Range<usize>,
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Records the stack map for the call that just ended at the current
    /// offset.
    pub(super) fn record_safepoint(&mut self) {
        if !self.saw_externref && self.cx.ref_locals.is_empty() {
            return;
        }
        let start = self.cx.safepoint_slots.len();
        for i in 0..self.cx.ref_locals.len() {
            let off = self.cx.ref_locals[i];
            self.cx.safepoint_slots.push(off);
        }
        for depth in 0..self.cx.stack.len() {
            let e = self.cx.stack[depth];
            if e.ty == ValType::EXTERNREF && e.val == Val::Slot {
                let off = self.slot_mem(depth).offset;
                self.cx.safepoint_slots.push(off);
            }
        }
        let end = self.cx.safepoint_slots.len();
        if end > start {
            self.cx.safepoints.push(Safepoint {
                code_offset: self.cx.masm.offset(),
                slots: start..end,
            });
        }
    }

    /// The stack maps, once the frame size is known.
    pub(super) fn stack_maps(&self, frame: u32) -> Vec<StackMapInformation> {
        let words = frame / 8;
        self.cx
            .safepoints
            .iter()
            .map(|sp| {
                let mut bits = vec![0u32; words.div_ceil(32).max(1) as usize];
                for slot in &self.cx.safepoint_slots[sp.slots.clone()] {
                    let word = (frame as i32 + slot) as u32 / 8;
                    bits[(word / 32) as usize] |= 1 << (word % 32);
                }
                StackMapInformation {
                    code_offset: sp.code_offset,
                    stack_map: StackMap::new(words, bits.into_iter()),
                }
            })
            .collect()
    }

    /// `global.get` of an externref global.
    pub(super) fn externref_global_get(&mut self, global: u32) {
        let args = [BuiltinArg::Imm(i64::from(global))];
        self.builtin_from_operands(
            B::externref_global_get(),
            0,
            &args,
            Some(ValType::EXTERNREF),
        );
    }

    /// `global.set` of an externref global.
    pub(super) fn externref_global_set(&mut self, global: u32) {
        let args = [BuiltinArg::Imm(i64::from(global)), BuiltinArg::Ptr(0)];
        self.builtin_from_operands(B::externref_global_set(), 1, &args, None);
    }

    /// `table.get` on an externref table.
    pub(super) fn externref_table_get(&mut self, table: u32) {
        let index = self.pop_reg();
        let len = self.cx.stack.len();
        self.spill_regs_below(len);
        let value = self.alloc_gpr();
        self.table_element_addr(TableIndex::from_u32(table), index, value);
        self.free_reg(index);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(value), Loc::Mem(mem(value, 0)));
        // The result lives in its slot on every path.
        let depth = self.cx.stack.len();
        let slot = self.slot_mem(depth);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Mem(slot), Loc::Reg(value));
        self.push(ValType::EXTERNREF, Val::Slot);
        let done = self.cx.masm.new_label();
        let slow = self.cx.masm.new_label();
        self.cx
            .masm
            .br_cmp(IntCmp::Eq, OperandSize::S64, value, RegImm::Imm(0), done);
        // Fast path: append to the activations table and take a reference.
        let offsets = &self.env.offsets;
        let (next_off, end_off) = (
            offsets.vm_extern_ref_activation_table_next() as i32,
            offsets.vm_extern_ref_activation_table_end() as i32,
        );
        let refcount = offsets.vm_extern_data_ref_count() as i32;
        let table_ptr = M::core_temp();
        let at = self.vmctx_mem(offsets.vmctx_externref_activations_table());
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(table_ptr), Loc::Mem(at));
        let next = self.alloc_gpr();
        self.cx.masm.mov(
            MemSize::S64,
            Loc::Reg(next),
            Loc::Mem(mem(table_ptr, next_off)),
        );
        self.cx.masm.mov(
            MemSize::S64,
            Loc::Reg(table_ptr),
            Loc::Mem(mem(table_ptr, end_off)),
        );
        self.cx.masm.br_cmp(
            IntCmp::Eq,
            OperandSize::S64,
            next,
            RegImm::Reg(table_ptr),
            slow,
        );
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Mem(mem(next, 0)), Loc::Reg(value));
        self.cx.masm.add_to_mem(mem(value, refcount), 1);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(table_ptr), Loc::Mem(at));
        self.cx.masm.add_to_mem(mem(table_ptr, next_off), 8);
        self.free_reg(next);
        self.cx.masm.jmp(done);
        self.cx.masm.bind(slow);
        let insert = B::activations_table_insert_with_gc();
        self.emit_builtin_call(insert, &[(MemSize::S64, Loc::Mem(slot))]);
        self.cx.masm.bind(done);
        self.free_reg(value);
    }

    /// `table.set` on an externref table.
    pub(super) fn externref_table_set(&mut self, table: u32) {
        let value = self.pop_reg();
        let index = self.pop_reg();
        let len = self.cx.stack.len();
        self.spill_regs_below(len);
        let refcount = self.env.offsets.vm_extern_data_ref_count() as i32;
        let addr = self.alloc_gpr();
        self.table_element_addr(TableIndex::from_u32(table), index, addr);
        self.free_reg(index);
        let stored = self.cx.masm.new_label();
        self.cx
            .masm
            .br_cmp(IntCmp::Eq, OperandSize::S64, value, RegImm::Imm(0), stored);
        self.cx.masm.add_to_mem(mem(value, refcount), 1);
        self.cx.masm.bind(stored);
        let old = M::core_temp();
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(old), Loc::Mem(mem(addr, 0)));
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Mem(mem(addr, 0)), Loc::Reg(value));
        self.free_reg(value);
        // Release the replaced reference; free it when that was the last.
        let done = self.cx.masm.new_label();
        self.cx
            .masm
            .br_cmp(IntCmp::Eq, OperandSize::S64, old, RegImm::Imm(0), done);
        self.cx.masm.add_to_mem(mem(old, refcount), -1);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(addr), Loc::Mem(mem(old, refcount)));
        self.cx
            .masm
            .br_cmp(IntCmp::Ne, OperandSize::S64, addr, RegImm::Imm(0), done);
        self.emit_builtin_call(B::drop_externref(), &[(MemSize::S64, Loc::Reg(old))]);
        self.cx.masm.bind(done);
        self.free_reg(addr);
    }
}

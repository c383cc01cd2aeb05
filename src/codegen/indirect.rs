//! `call_indirect`, funcref table lookups and calls into wasmtime's builtin
//! functions.
//!
//! A funcref table holds `VMFuncRef` pointers, initialised lazily: a zero
//! entry has not been initialised and is filled in by the
//! `table_get_lazy_init_func_ref` builtin; an initialised null is
//! `FUNCREF_INIT_BIT` alone. The callee's signature id is compared with the
//! caller's expected id from `vmctx_signature_ids_array`.

use super::calls::{parallel_move, Callee, Move};
use super::stack::Val;
use super::{mem, CodeGen};
use crate::abi::ArgLoc;
use crate::masm::{
    CallTarget, ExtendOp, IntBinOp, IntCmp, Loc, MacroAssembler, Mem, MemSize, OperandSize, Reg,
    RegImm,
};
use crate::CompileFailure;
use wasmparser::ValType;
use wasmtime_environ::{
    BuiltinFunctionIndex, ModuleType, PtrSize, TableIndex, Trap, TypeIndex, FUNCREF_MASK,
};

/// One argument of a builtin call made from wasm operands.
#[derive(Clone, Copy, Debug)]
pub enum BuiltinArg {
    /// A constant (an index immediate of the operator).
    Imm(i64),
    /// Wasm operand `n` (0 is the deepest of the operator's operands), passed
    /// as 32 bits.
    I32(usize),
    /// Wasm operand `n`, an i32 zero-extended to 64 bits.
    U32AsU64(usize),
    /// Wasm operand `n`, a pointer-sized value.
    Ptr(usize),
}

/// Which field of a table definition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableField {
    /// The element array pointer.
    Base,
    /// The element count (u32).
    Length,
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Calls builtin `index` with the native calling convention. Every stack
    /// value must already be out of caller-saved registers; `args` follow the
    /// vmctx. Returns the register holding the (pointer-sized) result.
    pub(super) fn emit_builtin_call(
        &mut self,
        index: BuiltinFunctionIndex,
        args: &[(MemSize, Loc)],
    ) -> Reg {
        let abi = M::abi();
        let mut moves = std::mem::take(&mut self.cx.arg_moves);
        moves.push(Move {
            size: MemSize::S64,
            dst: ArgLoc::Reg(abi.int_args[0]),
            src: Loc::Reg(M::vmctx_reg()),
        });
        // What the argument registers cannot hold goes on the stack above
        // the ABI's reserved bytes (s390x passes five integer arguments in
        // registers, and `memory_copy` and others take six).
        let in_regs = args.len().min(abi.int_args.len() - 1);
        for (i, &(size, src)) in args[..in_regs].iter().enumerate() {
            moves.push(Move {
                size,
                dst: ArgLoc::Reg(abi.int_args[i + 1]),
                src,
            });
        }
        let outgoing = abi.outgoing_args_offset;
        let stack_bytes = abi.stack_slot_size * (args.len() - in_regs) as u32;
        self.max_outgoing = self.max_outgoing.max(outgoing + stack_bytes);
        // Stack arguments first: their slots are no move's source, and
        // the core temp is no argument register.
        for (j, &(size, src)) in args[in_regs..].iter().enumerate() {
            let slot = (outgoing + abi.stack_slot_size * j as u32) as i32;
            let temp = M::core_temp();
            self.cx.masm.mov(size, Loc::Reg(temp), src);
            let (size, slot) = match size {
                MemSize::S32 if abi.extends_u32_args => {
                    self.cx.masm.extend(ExtendOp::U32To64, temp, temp);
                    (MemSize::S64, slot)
                }
                MemSize::S32 if abi.narrow_args_at_slot_end => (size, slot + 4),
                _ => (size, slot),
            };
            self.cx
                .masm
                .mov(size, Loc::Mem(mem(M::sp(), slot)), Loc::Reg(temp));
        }
        parallel_move(
            &mut self.cx.masm,
            &mut moves,
            mem(M::sp(), outgoing as i32),
            M::core_temp(),
        );
        self.cx.arg_moves = moves;
        if abi.extends_u32_args {
            for (i, &(size, _)) in args[..in_regs].iter().enumerate() {
                if size == MemSize::S32 {
                    let r = abi.int_args[i + 1];
                    self.cx.masm.extend(ExtendOp::U32To64, r, r);
                }
            }
        }
        let target = M::core_temp();
        let array = self.vmctx_mem(self.env.offsets.vmctx_builtin_functions());
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(target), Loc::Mem(array));
        let slot = mem(target, (index.index() * 8) as i32);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(target), Loc::Mem(slot));
        self.save_clobbered_homes();
        self.cx.masm.call(CallTarget::Reg(target));
        self.record_safepoint();
        self.reload_after_call();
        abi.int_ret
    }

    /// Pops `operands` wasm operands, calls `builtin` with `args` built from
    /// them, and pushes the result as `result` when given.
    pub(super) fn builtin_from_operands(
        &mut self,
        builtin: BuiltinFunctionIndex,
        operands: usize,
        args: &[BuiltinArg],
        result: Option<ValType>,
    ) {
        let len = self.cx.stack.len();
        let first = len - operands;
        self.materialize_top_cmps(operands);
        self.spill_regs_below(first);
        let mut locs = Vec::with_capacity(args.len());
        for &arg in args {
            let (size, loc) = match arg {
                BuiltinArg::Imm(v) => (MemSize::S64, Loc::Imm(v)),
                BuiltinArg::I32(n) => (MemSize::S32, self.entry_loc(first + n)),
                BuiltinArg::Ptr(n) => (MemSize::S64, self.entry_loc(first + n)),
                BuiltinArg::U32AsU64(n) => match self.cx.stack[first + n].val {
                    Val::Const(c) => (MemSize::S64, Loc::Imm(c as u32 as i64)),
                    Val::Reg(r) => {
                        self.cx.masm.extend(ExtendOp::U32To64, r, r);
                        (MemSize::S64, Loc::Reg(r))
                    }
                    // A 32-bit load zero-extends.
                    _ => (MemSize::S32, self.entry_loc(first + n)),
                },
            };
            locs.push((size, loc));
        }
        let ret = self.emit_builtin_call(builtin, &locs);
        self.truncate_stack(first);
        if let Some(ty) = result {
            let r = self.alloc_for(ty);
            self.cx
                .masm
                .mov(super::mem_size(ty), Loc::Reg(r), Loc::Reg(ret));
            self.push_reg(ty, r);
        }
    }

    /// The address of a field of table `table`'s definition. For an imported
    /// table this loads the definition pointer into the core temp.
    pub(super) fn table_field(&mut self, table: TableIndex, field: TableField) -> Mem {
        let offsets = &self.env.offsets;
        match self.env.module.defined_table_index(table) {
            Some(def) => self.vmctx_mem(match field {
                TableField::Base => offsets.vmctx_vmtable_definition_base(def),
                TableField::Length => offsets.vmctx_vmtable_definition_current_elements(def),
            }),
            None => {
                let temp = M::core_temp();
                let from = self.vmctx_mem(offsets.vmctx_vmtable_import_from(table));
                self.cx
                    .masm
                    .mov(MemSize::S64, Loc::Reg(temp), Loc::Mem(from));
                mem(
                    temp,
                    i32::from(match field {
                        TableField::Base => offsets.vmtable_definition_base(),
                        TableField::Length => offsets.vmtable_definition_current_elements(),
                    }),
                )
            }
        }
    }

    /// Bounds-checks `index` against `table` and puts the element's address
    /// in `addr`. Under `enable_table_access_spectre_mitigation` an
    /// out-of-bounds `index` is also clamped to 0 without a branch.
    pub(super) fn table_element_addr(&mut self, table: TableIndex, index: Reg, addr: Reg) {
        let len = self.table_field(table, TableField::Length);
        self.cx
            .masm
            .mov(MemSize::S32, Loc::Reg(addr), Loc::Mem(len));
        let oob = self.trap_label(Trap::TableOutOfBounds);
        self.cx
            .masm
            .br_cmp(IntCmp::GeU, OperandSize::S32, index, RegImm::Reg(addr), oob);
        if self.env.flags.table_spectre_mitigation {
            // A mispredicted bounds check sees element 0, not memory past
            // the table (Cranelift selects the table base).
            self.cx.masm.zero_if(
                IntCmp::GeU,
                OperandSize::S32,
                index,
                RegImm::Reg(addr),
                index,
            );
        }
        let base = self.table_field(table, TableField::Base);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(addr), Loc::Mem(base));
        self.cx.masm.extend(ExtendOp::U32To64, index, index);
        let shift = RegImm::Imm(3);
        self.cx
            .masm
            .int_binop(IntBinOp::Shl, OperandSize::S64, index, index, shift);
        self.cx.masm.int_binop(
            IntBinOp::Add,
            OperandSize::S64,
            addr,
            addr,
            RegImm::Reg(index),
        );
        self.cx
            .masm
            .int_binop(IntBinOp::ShrU, OperandSize::S64, index, index, shift);
    }

    /// Pops a table index and returns a register with the funcref at that index of `table`, initialised if needed.
    /// Everything else on the stack is stored to its slot first.
    pub(super) fn funcref_at(&mut self, table_index: u32) -> Reg {
        let table = TableIndex::from_u32(table_index);
        let index = self.pop_reg();
        let len = self.cx.stack.len();
        self.spill_regs_below(len);
        let entry = self.alloc_gpr();
        self.table_element_addr(table, index, entry);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(entry), Loc::Mem(mem(entry, 0)));
        // Lazy initialisation: a zero entry goes through the builtin.
        let initialized = self.cx.masm.new_label();
        self.cx.masm.br_cmp(
            IntCmp::Ne,
            OperandSize::S64,
            entry,
            RegImm::Imm(0),
            initialized,
        );
        let builtin = BuiltinFunctionIndex::table_get_lazy_init_func_ref();
        let args = [
            (MemSize::S32, Loc::Imm(i64::from(table_index))),
            (MemSize::S32, Loc::Reg(index)),
        ];
        let result = self.emit_builtin_call(builtin, &args);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(entry), Loc::Reg(result));
        self.cx.masm.bind(initialized);
        self.free_reg(index);
        let mask = RegImm::Imm(FUNCREF_MASK as i64);
        self.cx
            .masm
            .int_binop(IntBinOp::And, OperandSize::S64, entry, entry, mask);
        entry
    }

    /// `call_indirect`.
    pub(super) fn emit_call_indirect(
        &mut self,
        type_index: u32,
        table_index: u32,
        tail: bool,
    ) -> Result<(), CompileFailure> {
        let env = self.env;
        let ty = env
            .type_at(type_index)
            .ok_or_else(|| CompileFailure::Internal(format!("no type {type_index}")))?;
        let ModuleType::Function(sig_index) =
            self.env.module.types[TypeIndex::from_u32(type_index)];
        let offsets = &self.env.offsets;
        let ptr = offsets.ptr;

        let entry = self.funcref_at(table_index);
        let null = self.trap_label(Trap::IndirectCallToNull);
        self.cx
            .masm
            .br_cmp(IntCmp::Eq, OperandSize::S64, entry, RegImm::Imm(0), null);

        // Signature check.
        let expected = self.alloc_gpr();
        let ids = self.vmctx_mem(offsets.vmctx_signature_ids_array());
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(expected), Loc::Mem(ids));
        let id_size = u32::from(offsets.size_of_vmshared_signature_index());
        let id_at = mem(expected, (sig_index.as_u32() * id_size) as i32);
        self.cx
            .masm
            .mov(MemSize::S32, Loc::Reg(expected), Loc::Mem(id_at));
        let actual = M::core_temp();
        let type_at = mem(entry, i32::from(ptr.vm_func_ref_type_index()));
        self.cx
            .masm
            .mov(MemSize::S32, Loc::Reg(actual), Loc::Mem(type_at));
        let bad_sig = self.trap_label(Trap::BadSignature);
        self.cx.masm.br_cmp(
            IntCmp::Ne,
            OperandSize::S32,
            expected,
            RegImm::Reg(actual),
            bad_sig,
        );
        self.free_reg(expected);

        // The funcref must survive the argument moves: out of an argument
        // register, it goes to the heap base register, which every call
        // clobbers and reloads anyway.
        let base = if M::abi().int_args.contains(&entry) {
            let base = M::heap_base_reg();
            self.cx
                .masm
                .mov(MemSize::S64, Loc::Reg(base), Loc::Reg(entry));
            base
        } else {
            entry
        };
        let callee = Callee::Import {
            vmctx: mem(base, i32::from(ptr.vm_func_ref_vmctx())),
            code: mem(base, i32::from(ptr.vm_func_ref_wasm_call())),
        };
        if tail {
            self.emit_tail_call(callee, ty)?;
        } else {
            self.emit_call_with(callee, ty)?;
        }
        self.free_reg(entry);
        Ok(())
    }
}

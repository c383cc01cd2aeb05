//! Linear-memory access: address computation and bounds checks.
//!
//! A static memory whose reservation plus guard region covers every 32-bit
//! index plus the access's offset and size needs no check: an out-of-bounds
//! access faults in the guard pages, and the faulting instruction is in the
//! trap table. Otherwise the access is checked against the memory's current
//! length, read from its `VMMemoryDefinition` at each access.
//!
//! When the instance owns memory 0 (defined here, not shared), its base lives
//! in `MacroAssembler::heap_base_reg` for the whole function: loaded in the
//! prologue and again after every call (a callee may be another instance's
//! code, and `memory.grow` is a call that may move a dynamic memory).

use super::stack::is_float;
use super::{mem, CodeGen};
use crate::masm::{
    ExtendOp, HeapIndexed, IntBinOp, IntCmp, Loc, MacroAssembler, Mem, MemSize, OperandSize, Reg,
    RegImm,
};
use crate::CompileFailure;
use wasmparser::{MemArg, ValType};
use wasmtime_environ::{MemoryIndex, MemoryStyle, PtrSize, Trap, TrapInformation, WASM_PAGE_SIZE};

/// The operand of one linear-memory access.
#[derive(Clone, Copy)]
enum HeapOperand {
    /// Heap base plus index, left to the masm to fold.
    Indexed(HeapIndexed),
    /// An address already formed (and checked, where it needed a check).
    Plain(Mem),
}

/// Where a memory's `VMMemoryDefinition` is.
enum Definition {
    /// Inside our vmctx at this offset.
    Inline(u32),
    /// Behind a pointer stored in our vmctx at this offset.
    Pointer(u32),
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    fn memory_definition(&self, index: MemoryIndex) -> Definition {
        let module = self.env.module;
        let offsets = &self.env.offsets;
        match module.defined_memory_index(index) {
            Some(def) if !module.memory_plans[index].memory.shared => {
                let owned = module.owned_memory_index(def);
                Definition::Inline(offsets.vmctx_vmmemory_definition(owned))
            }
            Some(def) => Definition::Pointer(offsets.vmctx_vmmemory_pointer(def)),
            None => Definition::Pointer(offsets.vmctx_vmmemory_import_from(index)),
        }
    }

    /// The vmctx offset of memory 0's base, when it stays in
    /// `heap_base_reg`: the instance's own memory 0, 32-bit.
    pub(super) fn find_pinned_heap_base(&self) -> Option<u32> {
        let index = MemoryIndex::from_u32(0);
        let plan = self.env.module.memory_plans.get(index)?;
        match self.memory_definition(index) {
            Definition::Inline(at) if !plan.memory.memory64 => {
                Some(at + u32::from(self.env.offsets.ptr.vmmemory_definition_base()))
            }
            _ => None,
        }
    }

    /// Loads memory 0's base into `heap_base_reg` when it stays there: in
    /// the prologue and after every call.
    pub(super) fn load_pinned_heap_base(&mut self) {
        if let Some(at) = self.pinned_heap_base {
            let src = Loc::Mem(self.vmctx_mem(at));
            let dst = Loc::Reg(M::heap_base_reg());
            self.cx.masm.mov(MemSize::S64, dst, src);
        }
    }

    /// Loads the field at `field` of the memory's definition into the core temp.
    fn load_definition_field(&mut self, def: &Definition, field: u8) -> Reg {
        let temp = M::core_temp();
        let src = match *def {
            Definition::Inline(at) => self.vmctx_mem(at + u32::from(field)),
            Definition::Pointer(at) => {
                let ptr = self.vmctx_mem(at);
                self.cx
                    .masm
                    .mov(MemSize::S64, Loc::Reg(temp), Loc::Mem(ptr));
                mem(temp, i32::from(field))
            }
        };
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(temp), Loc::Mem(src));
        temp
    }

    /// Whether an access of `size` bytes at `memarg` to a memory with `plan`
    /// needs a bounds check: always for a dynamic memory; for a static one
    /// when its reservation and guard do not cover every 32-bit index plus
    /// the offset and size.
    fn needs_bounds_check(plan: &wasmtime_environ::MemoryPlan, memarg: &MemArg, size: u32) -> bool {
        let end = memarg.offset + u64::from(size);
        match plan.style {
            MemoryStyle::Static { bound } => {
                let covered = bound * u64::from(WASM_PAGE_SIZE) + plan.offset_guard_size;
                (1u64 << 32) - 1 + end > covered
            }
            MemoryStyle::Dynamic { .. } => true,
        }
    }

    /// For an access that needs no check, to memory 0 with its base pinned:
    /// pops the index and returns `heap_base + zext(index) + offset`, which
    /// the masm folds into the access where the ISA has an indexed form.
    /// `None` (nothing popped) for every other access.
    fn unchecked_heap_operand(&mut self, memarg: &MemArg, size: u32) -> Option<HeapIndexed> {
        let plan = self.env.module.memory_plans.get(MemoryIndex::from_u32(0))?;
        let offset = i32::try_from(memarg.offset).ok()?;
        if memarg.memory != 0
            || self.pinned_heap_base.is_none()
            || plan.memory.memory64
            || Self::needs_bounds_check(plan, memarg, size)
        {
            return None;
        }
        let index = self.pop_operand();
        // A homed index is read in place; the address is formed elsewhere.
        let temp = if self.is_home(index) {
            self.alloc_gpr()
        } else {
            index
        };
        Some(HeapIndexed {
            base: M::heap_base_reg(),
            index,
            offset,
            temp,
        })
    }

    /// Pops an i32 index and returns the host address operand for an access
    /// of `size` bytes at `memarg`, with any bounds check emitted.
    fn heap_address(&mut self, memarg: &MemArg, size: u32) -> Result<Mem, CompileFailure> {
        let index = MemoryIndex::from_u32(memarg.memory);
        let plan = &self.env.module.memory_plans[index];
        if plan.memory.memory64 {
            return Err(CompileFailure::Unsupported {
                op: "memory64 access".into(),
                isa: M::ISA,
            });
        }
        let def = self.memory_definition(index);
        let ptr = self.env.offsets.ptr;
        // A homed index is zero-extended straight out of its home.
        let index_reg = self.pop_operand();
        let addr = if self.is_home(index_reg) {
            self.alloc_gpr()
        } else {
            index_reg
        };
        self.cx.masm.extend(ExtendOp::U32To64, addr, index_reg);
        let offset = memarg.offset;
        let end = offset + u64::from(size);
        let needs_check = Self::needs_bounds_check(plan, memarg, size);
        // Under the heap Spectre mitigation the check is branch-free, as
        // Cranelift's: the whole address, offset included, becomes null by a
        // conditional move when the access would end past the memory's
        // length, and the access itself faults there (it is in the trap
        // table already). Not even a mispredicted path reaches outside the
        // heap. Otherwise the check is a branch to an out-of-line trap.
        let guarded = needs_check && self.env.flags.heap_spectre_mitigation;
        let mut last = None;
        if needs_check {
            let end_reg = self.alloc_gpr();
            self.cx.masm.int_binop(
                IntBinOp::Add,
                OperandSize::S64,
                end_reg,
                addr,
                RegImm::Imm(end as i64),
            );
            last = Some(end_reg);
        }
        if let (Some(end_reg), false) = (last, guarded) {
            let len = self.load_definition_field(&def, ptr.vmmemory_definition_current_length());
            let trap = self.trap_label(Trap::MemoryOutOfBounds);
            self.cx.masm.br_cmp(
                IntCmp::GtU,
                OperandSize::S64,
                end_reg,
                RegImm::Reg(len),
                trap,
            );
        }
        let base = match self.pinned_heap_base {
            Some(_) if memarg.memory == 0 => M::heap_base_reg(),
            _ => self.load_definition_field(&def, ptr.vmmemory_definition_base()),
        };
        self.cx.masm.int_binop(
            IntBinOp::Add,
            OperandSize::S64,
            addr,
            addr,
            RegImm::Reg(base),
        );
        let disp = match i32::try_from(offset) {
            Ok(disp) if !guarded => disp,
            _ => {
                if offset != 0 {
                    self.cx.masm.int_binop(
                        IntBinOp::Add,
                        OperandSize::S64,
                        addr,
                        addr,
                        RegImm::Imm(offset as i64),
                    );
                }
                0
            }
        };
        if let (Some(end_reg), true) = (last, guarded) {
            let len = self.load_definition_field(&def, ptr.vmmemory_definition_current_length());
            self.cx.masm.zero_if(
                IntCmp::GtU,
                OperandSize::S64,
                end_reg,
                RegImm::Reg(len),
                addr,
            );
        }
        if let Some(end_reg) = last {
            self.free_reg(end_reg);
        }
        Ok(mem(addr, disp))
    }

    fn record_heap_trap(&mut self, code_offset: u32) {
        self.cx.traps.push(TrapInformation {
            code_offset,
            trap_code: Trap::MemoryOutOfBounds,
        });
    }

    /// A load of `size` bytes producing `ty`, sign-extending when `signed`.
    pub(super) fn heap_load(
        &mut self,
        memarg: MemArg,
        ty: ValType,
        size: MemSize,
        signed: bool,
    ) -> Result<(), CompileFailure> {
        let bytes = mem_bytes(size);
        // An i32.load says it is one, for ISAs that keep i32s sign-extended.
        let whole_i32 = ty == ValType::I32 && size == MemSize::S32;
        let extend = (signed || whole_i32).then(|| super::stack::op_size(ty));
        let operand = match self.unchecked_heap_operand(&memarg, bytes) {
            Some(a) => HeapOperand::Indexed(a),
            None => HeapOperand::Plain(self.heap_address(&memarg, bytes)?),
        };
        let owned = match operand {
            HeapOperand::Indexed(a) => a.temp,
            HeapOperand::Plain(m) => m.base,
        };
        let dst = if is_float(ty) {
            self.alloc_for(ty)
        } else {
            owned
        };
        let at = match operand {
            HeapOperand::Indexed(a) if ty == ValType::V128 => {
                let m = self.cx.masm.heap_indexed_mem(a);
                self.cx.masm.heap_load_v128(size, dst, m)
            }
            HeapOperand::Indexed(a) => self.cx.masm.heap_load_indexed(size, extend, dst, a),
            HeapOperand::Plain(m) if ty == ValType::V128 => {
                self.cx.masm.heap_load_v128(size, dst, m)
            }
            HeapOperand::Plain(m) => self.cx.masm.heap_load(size, extend, dst, m),
        };
        self.record_heap_trap(at);
        if dst != owned {
            self.free_reg(owned);
        }
        self.push_reg(ty, dst);
        Ok(())
    }

    /// A store of the low `size` bytes of the top value.
    pub(super) fn heap_store(
        &mut self,
        memarg: MemArg,
        size: MemSize,
    ) -> Result<(), CompileFailure> {
        let value = self.pop_reg();
        let bytes = mem_bytes(size);
        let (at, owned) = match self.unchecked_heap_operand(&memarg, bytes) {
            Some(a) => (self.cx.masm.heap_store_indexed(size, a, value), a.temp),
            None => {
                let m = self.heap_address(&memarg, bytes)?;
                (self.cx.masm.heap_store(size, m, value), m.base)
            }
        };
        self.record_heap_trap(at);
        self.free_reg(owned);
        self.free_reg(value);
        Ok(())
    }
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// `memory.size`: the current length in pages.
    pub(super) fn emit_memory_size(&mut self, mem_index: u32) {
        let def = self.memory_definition(MemoryIndex::from_u32(mem_index));
        let field = self.env.offsets.ptr.vmmemory_definition_current_length();
        let len = self.load_definition_field(&def, field);
        let dst = self.alloc_gpr();
        let shift = RegImm::Imm(i64::from(WASM_PAGE_SIZE.trailing_zeros()));
        self.cx
            .masm
            .int_binop(IntBinOp::ShrU, OperandSize::S64, dst, len, shift);
        self.push_reg(ValType::I32, dst);
    }

    /// `memory.grow`, through wasmtime's `memory32_grow` builtin.
    pub(super) fn emit_memory_grow(&mut self, mem_index: u32) {
        let delta = self.pop_reg();
        let len = self.cx.stack.len();
        self.spill_regs_below(len);
        self.cx.masm.extend(ExtendOp::U32To64, delta, delta);
        let grow = wasmtime_environ::BuiltinFunctionIndex::memory32_grow();
        let args = [
            (MemSize::S64, Loc::Reg(delta)),
            (MemSize::S32, Loc::Imm(i64::from(mem_index))),
        ];
        let result = self.emit_builtin_call(grow, &args);
        self.free_reg(delta);
        let dst = self.alloc_gpr();
        self.cx
            .masm
            .mov(MemSize::S32, Loc::Reg(dst), Loc::Reg(result));
        self.push_reg(ValType::I32, dst);
    }
}

fn mem_bytes(size: MemSize) -> u32 {
    match size {
        MemSize::S8 => 1,
        MemSize::S16 => 2,
        MemSize::S32 => 4,
        MemSize::S64 => 8,
        MemSize::S128 => 16,
    }
}

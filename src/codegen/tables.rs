//! Reference, table and bulk-memory operators. Most go through wasmtime's
//! builtins; `table.get`, `table.set` and `table.size` are inline (externref
//! tables in `refs.rs`).

use super::indirect::{BuiltinArg, TableField};
use super::stack::Val;
use super::{mem, CodeGen};
use crate::masm::{IntBinOp, IntCmp, Loc, MacroAssembler, MemSize, OperandSize, RegImm};
use crate::CompileFailure;
use wasmparser::{HeapType, ValType};
use wasmtime_environ::{BuiltinFunctionIndex as B, TableIndex, WasmHeapType, FUNCREF_INIT_BIT};

use BuiltinArg::{Imm, Ptr, U32AsU64, I32};

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// `ref.null`.
    pub(super) fn emit_ref_null(&mut self, hty: HeapType) {
        let ty = match hty {
            HeapType::Extern | HeapType::NoExtern => ValType::EXTERNREF,
            _ => ValType::FUNCREF,
        };
        self.push(ty, Val::Const(0));
    }

    /// `ref.is_null`.
    pub(super) fn emit_ref_is_null(&mut self) {
        let r = self.pop_reg();
        self.push(
            ValType::I32,
            Val::Cmp {
                cmp: IntCmp::Eq,
                size: OperandSize::S64,
                lhs: r,
                rhs: RegImm::Imm(0),
            },
        );
    }

    /// `ref.func`.
    pub(super) fn emit_ref_func(&mut self, func: u32) {
        let args = [Imm(i64::from(func))];
        self.builtin_from_operands(B::ref_func(), 0, &args, Some(ValType::FUNCREF));
    }

    /// Whether `table` holds externrefs.
    fn is_externref_table(&self, table: u32) -> bool {
        let plan = &self.env.module.table_plans[TableIndex::from_u32(table)];
        plan.table.wasm_ty.heap_type == WasmHeapType::Extern
    }

    /// `table.get`.
    pub(super) fn emit_table_get(&mut self, table: u32) -> Result<(), CompileFailure> {
        if self.is_externref_table(table) {
            self.externref_table_get(table);
            return Ok(());
        }
        let r = self.funcref_at(table);
        self.push_reg(ValType::FUNCREF, r);
        Ok(())
    }

    /// `table.set`; a funcref is stored with the initialised bit set.
    pub(super) fn emit_table_set(&mut self, table: u32) -> Result<(), CompileFailure> {
        if self.is_externref_table(table) {
            self.externref_table_set(table);
            return Ok(());
        }
        let value = self.pop_reg();
        let index = self.pop_reg();
        let addr = self.alloc_gpr();
        self.table_element_addr(TableIndex::from_u32(table), index, addr);
        let init = RegImm::Imm(FUNCREF_INIT_BIT as i64);
        self.cx
            .masm
            .int_binop(IntBinOp::Or, OperandSize::S64, value, value, init);
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Mem(mem(addr, 0)), Loc::Reg(value));
        self.free_reg(addr);
        self.free_reg(index);
        self.free_reg(value);
        Ok(())
    }

    /// `table.size`.
    pub(super) fn emit_table_size(&mut self, table: u32) {
        let len = self.table_field(TableIndex::from_u32(table), TableField::Length);
        let r = self.alloc_gpr();
        self.cx.masm.mov(MemSize::S32, Loc::Reg(r), Loc::Mem(len));
        self.push_reg(ValType::I32, r);
    }

    /// `table.grow`: operands (init, delta).
    pub(super) fn emit_table_grow(&mut self, table: u32) -> Result<(), CompileFailure> {
        let args = [Imm(i64::from(table)), I32(1), Ptr(0)];
        let builtin = if self.is_externref_table(table) {
            B::table_grow_externref()
        } else {
            B::table_grow_func_ref()
        };
        self.builtin_from_operands(builtin, 2, &args, Some(ValType::I32));
        Ok(())
    }

    /// `table.fill`: operands (dst, value, len).
    pub(super) fn emit_table_fill(&mut self, table: u32) -> Result<(), CompileFailure> {
        let args = [Imm(i64::from(table)), I32(0), Ptr(1), I32(2)];
        let builtin = if self.is_externref_table(table) {
            B::table_fill_externref()
        } else {
            B::table_fill_func_ref()
        };
        self.builtin_from_operands(builtin, 3, &args, None);
        Ok(())
    }

    /// `table.copy`: operands (dst, src, len).
    pub(super) fn emit_table_copy(&mut self, dst_table: u32, src_table: u32) {
        let args = [
            Imm(i64::from(dst_table)),
            Imm(i64::from(src_table)),
            I32(0),
            I32(1),
            I32(2),
        ];
        self.builtin_from_operands(B::table_copy(), 3, &args, None);
    }

    /// `table.init`: operands (dst, src, len).
    pub(super) fn emit_table_init(&mut self, elem: u32, table: u32) {
        let args = [
            Imm(i64::from(table)),
            Imm(i64::from(elem)),
            I32(0),
            I32(1),
            I32(2),
        ];
        self.builtin_from_operands(B::table_init(), 3, &args, None);
    }

    /// `elem.drop`.
    pub(super) fn emit_elem_drop(&mut self, elem: u32) {
        self.builtin_from_operands(B::elem_drop(), 0, &[Imm(i64::from(elem))], None);
    }

    /// `memory.copy`: operands (dst, src, len).
    pub(super) fn emit_memory_copy(&mut self, dst_mem: u32, src_mem: u32) {
        let args = [
            Imm(i64::from(dst_mem)),
            U32AsU64(0),
            Imm(i64::from(src_mem)),
            U32AsU64(1),
            U32AsU64(2),
        ];
        self.builtin_from_operands(B::memory_copy(), 3, &args, None);
    }

    /// `memory.fill`: operands (dst, value, len).
    pub(super) fn emit_memory_fill(&mut self, mem: u32) {
        let args = [Imm(i64::from(mem)), U32AsU64(0), I32(1), U32AsU64(2)];
        self.builtin_from_operands(B::memory_fill(), 3, &args, None);
    }

    /// `memory.init`: operands (dst, src, len).
    pub(super) fn emit_memory_init(&mut self, data: u32, mem: u32) {
        let args = [
            Imm(i64::from(mem)),
            Imm(i64::from(data)),
            U32AsU64(0),
            I32(1),
            I32(2),
        ];
        self.builtin_from_operands(B::memory_init(), 3, &args, None);
    }

    /// `data.drop`.
    pub(super) fn emit_data_drop(&mut self, data: u32) {
        self.builtin_from_operands(B::data_drop(), 0, &[Imm(i64::from(data))], None);
    }
}

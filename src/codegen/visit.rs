//! The operator visitor: every wasm operator, written once for all ISAs.
//!
//! [`ValidateThenEmit`] runs each operator through wasmparser's validator and
//! then, when the code is reachable (or the operator is structural), through
//! [`CodeGen`]'s `VisitOperator` implementation. Operators kindling does not
//! compile yet return [`CompileFailure::Unsupported`] naming the operator and
//! the ISA.

use super::stack::{op_size, Val};
use super::{mem_size, CodeGen};
use crate::codegen::control::FrameKind;
use crate::masm::{
    CallTarget, DivOp, ExtendOp, FloatBinOp, FloatCmp, FloatUnOp, IntBinOp, IntCmp, IntUnOp, Loc,
    MacroAssembler, MemSize, OperandSize, SimdBinOp, SimdReduceOp, SimdShiftOp, SimdTernOp,
    SimdUnOp,
};
use crate::CompileFailure;
use wasmparser::{
    BlockType, BrTable, FuncValidator, HeapType, Ieee32, Ieee64, MemArg, ValType,
    ValidatorResources, VisitOperator, V128,
};
use wasmtime_environ::{FuncIndex, GlobalIndex, Trap};

/// Validates each operator, then compiles it.
pub struct ValidateThenEmit<'v, 'g, 'e, 'c, M: MacroAssembler> {
    /// The function's validator.
    pub validator: &'v mut FuncValidator<ValidatorResources>,
    /// The code generator.
    pub cg: &'g mut CodeGen<'e, 'c, M>,
    /// The wasm offset of the current operator.
    pub offset: usize,
    /// The first code-generation failure. Validation of the rest of the body
    /// goes on, so an invalid module is reported as invalid, not unsupported.
    pub failure: Option<CompileFailure>,
}

macro_rules! validate_then_emit {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident)*) => {
        $(
            #[allow(clippy::clone_on_copy)]
            fn $visit(&mut self $($(,$arg: $argty)*)?) -> Self::Output {
                self.validator.visitor(self.offset).$visit($($($arg.clone()),*)?)?;
                if self.failure.is_none() && self.cg.reachable && self.cg.env.tunables.consume_fuel {
                    self.cg.fuel_before(stringify!($op));
                }
                if self.failure.is_none() && (self.cg.reachable || is_structural(stringify!($op))) {
                    if let Err(e) = VisitOperator::$visit(&mut *self.cg $($(,$arg)*)?) {
                        self.failure = Some(e);
                    }
                }
                Ok(())
            }
        )*
    };
}

/// Operators that must be seen even in unreachable code, to track frames.
fn is_structural(op: &str) -> bool {
    matches!(op, "Block" | "Loop" | "If" | "Else" | "End")
}

impl<'a, M: MacroAssembler> VisitOperator<'a> for ValidateThenEmit<'_, '_, '_, '_, M> {
    type Output = Result<(), CompileFailure>;
    wasmparser::for_each_operator!(validate_then_emit);
}

pub(super) fn result_type(size: OperandSize) -> ValType {
    match size {
        OperandSize::S32 => ValType::I32,
        OperandSize::S64 => ValType::I64,
    }
}

impl<'a, M: MacroAssembler> VisitOperator<'a> for CodeGen<'_, '_, M> {
    type Output = Result<(), CompileFailure>;

    wasmparser::for_each_operator!(def_unsupported);

    fn visit_unreachable(&mut self) -> Self::Output {
        self.trap_here(Trap::UnreachableCodeReached);
        self.become_unreachable();
        Ok(())
    }

    fn visit_nop(&mut self) -> Self::Output {
        Ok(())
    }

    fn visit_block(&mut self, ty: BlockType) -> Self::Output {
        self.open_frame(FrameKind::Block, ty)
    }

    fn visit_loop(&mut self, ty: BlockType) -> Self::Output {
        self.open_frame(FrameKind::Loop, ty)
    }

    fn visit_if(&mut self, ty: BlockType) -> Self::Output {
        self.open_frame(FrameKind::If, ty)
    }

    fn visit_else(&mut self) -> Self::Output {
        self.visit_else_arm();
        Ok(())
    }

    fn visit_end(&mut self) -> Self::Output {
        self.visit_frame_end()?;
        Ok(())
    }

    fn visit_br(&mut self, depth: u32) -> Self::Output {
        self.visit_branch(depth);
        Ok(())
    }

    fn visit_br_if(&mut self, depth: u32) -> Self::Output {
        self.visit_branch_if(depth);
        Ok(())
    }

    fn visit_br_table(&mut self, targets: BrTable<'a>) -> Self::Output {
        let default = targets.default();
        let depths = targets.targets().collect::<Result<Vec<u32>, _>>()?;
        self.visit_branch_table(&depths, default);
        Ok(())
    }

    fn visit_return(&mut self) -> Self::Output {
        self.visit_return_op();
        Ok(())
    }

    fn visit_call(&mut self, function_index: u32) -> Self::Output {
        self.emit_call(FuncIndex::from_u32(function_index))
    }

    fn visit_return_call(&mut self, function_index: u32) -> Self::Output {
        let callee = FuncIndex::from_u32(function_index);
        let target = self.callee_of(callee);
        let env = self.env;
        self.emit_tail_call(target, env.func_type(callee))
    }

    fn visit_return_call_indirect(&mut self, type_index: u32, table_index: u32) -> Self::Output {
        self.emit_call_indirect(type_index, table_index, true)
    }

    fn visit_call_indirect(
        &mut self,
        type_index: u32,
        table_index: u32,
        _table_byte: u8,
    ) -> Self::Output {
        self.emit_call_indirect(type_index, table_index, false)
    }

    fn visit_memory_size(&mut self, mem: u32, _mem_byte: u8) -> Self::Output {
        self.emit_memory_size(mem);
        Ok(())
    }

    fn visit_memory_grow(&mut self, mem: u32, _mem_byte: u8) -> Self::Output {
        self.emit_memory_grow(mem);
        Ok(())
    }

    fn visit_ref_null(&mut self, hty: HeapType) -> Self::Output {
        self.emit_ref_null(hty);
        Ok(())
    }

    fn visit_ref_is_null(&mut self) -> Self::Output {
        self.emit_ref_is_null();
        Ok(())
    }

    fn visit_ref_func(&mut self, function_index: u32) -> Self::Output {
        self.emit_ref_func(function_index);
        Ok(())
    }

    fn visit_table_get(&mut self, table: u32) -> Self::Output {
        self.emit_table_get(table)
    }

    fn visit_table_set(&mut self, table: u32) -> Self::Output {
        self.emit_table_set(table)
    }

    fn visit_table_size(&mut self, table: u32) -> Self::Output {
        self.emit_table_size(table);
        Ok(())
    }

    fn visit_table_grow(&mut self, table: u32) -> Self::Output {
        self.emit_table_grow(table)
    }

    fn visit_table_fill(&mut self, table: u32) -> Self::Output {
        self.emit_table_fill(table)
    }

    fn visit_table_copy(&mut self, dst_table: u32, src_table: u32) -> Self::Output {
        self.emit_table_copy(dst_table, src_table);
        Ok(())
    }

    fn visit_table_init(&mut self, elem_index: u32, table: u32) -> Self::Output {
        self.emit_table_init(elem_index, table);
        Ok(())
    }

    fn visit_elem_drop(&mut self, elem_index: u32) -> Self::Output {
        self.emit_elem_drop(elem_index);
        Ok(())
    }

    fn visit_memory_copy(&mut self, dst_mem: u32, src_mem: u32) -> Self::Output {
        self.emit_memory_copy(dst_mem, src_mem);
        Ok(())
    }

    fn visit_memory_fill(&mut self, mem: u32) -> Self::Output {
        self.emit_memory_fill(mem);
        Ok(())
    }

    fn visit_memory_init(&mut self, data_index: u32, mem: u32) -> Self::Output {
        self.emit_memory_init(data_index, mem);
        Ok(())
    }

    fn visit_data_drop(&mut self, data_index: u32) -> Self::Output {
        self.emit_data_drop(data_index);
        Ok(())
    }

    simd_visitors!();

    fn visit_drop(&mut self) -> Self::Output {
        let e = self.pop_entry();
        self.release(e);
        Ok(())
    }

    fn visit_select(&mut self) -> Self::Output {
        self.emit_select()
    }

    fn visit_typed_select(&mut self, _ty: ValType) -> Self::Output {
        self.emit_select()
    }

    fn visit_local_get(&mut self, local_index: u32) -> Self::Output {
        let ty = self.cx.locals[local_index as usize];
        self.push(ty, Val::Local(local_index));
        Ok(())
    }

    fn visit_local_set(&mut self, local_index: u32) -> Self::Output {
        self.set_local(local_index, false);
        Ok(())
    }

    fn visit_local_tee(&mut self, local_index: u32) -> Self::Output {
        self.set_local(local_index, true);
        Ok(())
    }

    fn visit_global_get(&mut self, global_index: u32) -> Self::Output {
        if self.is_externref_global(global_index) {
            self.externref_global_get(global_index);
            return Ok(());
        }
        let (ty, addr) = self.global_addr(global_index);
        let r = self.alloc_for(ty);
        self.cx.masm.mov(mem_size(ty), Loc::Reg(r), Loc::Mem(addr));
        self.push_reg(ty, r);
        Ok(())
    }

    fn visit_global_set(&mut self, global_index: u32) -> Self::Output {
        if self.is_externref_global(global_index) {
            self.externref_global_set(global_index);
            return Ok(());
        }
        let src = self.pop_reg();
        let (ty, addr) = self.global_addr(global_index);
        self.cx
            .masm
            .mov(mem_size(ty), Loc::Mem(addr), Loc::Reg(src));
        self.free_reg(src);
        Ok(())
    }

    fn visit_i32_const(&mut self, value: i32) -> Self::Output {
        self.push(ValType::I32, Val::Const(value as i64));
        Ok(())
    }

    fn visit_i64_const(&mut self, value: i64) -> Self::Output {
        self.push(ValType::I64, Val::Const(value));
        Ok(())
    }

    fn visit_i32_eqz(&mut self) -> Self::Output {
        self.int_eqz(OperandSize::S32);
        Ok(())
    }

    fn visit_i64_eqz(&mut self) -> Self::Output {
        self.int_eqz(OperandSize::S64);
        Ok(())
    }

    int_cmps! {
        visit_i32_eq visit_i64_eq => Eq;
        visit_i32_ne visit_i64_ne => Ne;
        visit_i32_lt_s visit_i64_lt_s => LtS;
        visit_i32_lt_u visit_i64_lt_u => LtU;
        visit_i32_gt_s visit_i64_gt_s => GtS;
        visit_i32_gt_u visit_i64_gt_u => GtU;
        visit_i32_le_s visit_i64_le_s => LeS;
        visit_i32_le_u visit_i64_le_u => LeU;
        visit_i32_ge_s visit_i64_ge_s => GeS;
        visit_i32_ge_u visit_i64_ge_u => GeU;
    }

    int_binops! {
        visit_i32_add visit_i64_add => Add;
        visit_i32_sub visit_i64_sub => Sub;
        visit_i32_mul visit_i64_mul => Mul;
        visit_i32_and visit_i64_and => And;
        visit_i32_or visit_i64_or => Or;
        visit_i32_xor visit_i64_xor => Xor;
        visit_i32_shl visit_i64_shl => Shl;
        visit_i32_shr_s visit_i64_shr_s => ShrS;
        visit_i32_shr_u visit_i64_shr_u => ShrU;
        visit_i32_rotl visit_i64_rotl => Rotl;
        visit_i32_rotr visit_i64_rotr => Rotr;
    }

    int_unops! {
        visit_i32_clz => Clz S32;
        visit_i32_ctz => Ctz S32;
        visit_i32_popcnt => Popcnt S32;
        visit_i64_clz => Clz S64;
        visit_i64_ctz => Ctz S64;
        visit_i64_popcnt => Popcnt S64;
    }

    int_divs! {
        visit_i32_div_s => DivS S32;
        visit_i32_div_u => DivU S32;
        visit_i32_rem_s => RemS S32;
        visit_i32_rem_u => RemU S32;
        visit_i64_div_s => DivS S64;
        visit_i64_div_u => DivU S64;
        visit_i64_rem_s => RemS S64;
        visit_i64_rem_u => RemU S64;
    }

    extends! {
        visit_i32_extend8_s => S8To32 I32;
        visit_i32_extend16_s => S16To32 I32;
        visit_i64_extend8_s => S8To64 I64;
        visit_i64_extend16_s => S16To64 I64;
        visit_i64_extend32_s => S32To64 I64;
        visit_i64_extend_i32_s => S32To64 I64;
        visit_i64_extend_i32_u => U32To64 I64;
    }

    fn visit_f32_const(&mut self, value: Ieee32) -> Self::Output {
        self.push(ValType::F32, Val::Const(value.bits() as i64));
        Ok(())
    }

    fn visit_f64_const(&mut self, value: Ieee64) -> Self::Output {
        self.push(ValType::F64, Val::Const(value.bits() as i64));
        Ok(())
    }

    float_binops! {
        visit_f32_add visit_f64_add => Add;
        visit_f32_sub visit_f64_sub => Sub;
        visit_f32_mul visit_f64_mul => Mul;
        visit_f32_div visit_f64_div => Div;
        visit_f32_min visit_f64_min => Min;
        visit_f32_max visit_f64_max => Max;
        visit_f32_copysign visit_f64_copysign => Copysign;
    }

    float_unops! {
        visit_f32_neg visit_f64_neg => Neg;
        visit_f32_abs visit_f64_abs => Abs;
        visit_f32_sqrt visit_f64_sqrt => Sqrt;
        visit_f32_ceil visit_f64_ceil => Ceil;
        visit_f32_floor visit_f64_floor => Floor;
        visit_f32_trunc visit_f64_trunc => Trunc;
        visit_f32_nearest visit_f64_nearest => Nearest;
    }

    float_cmps! {
        visit_f32_eq visit_f64_eq => Eq;
        visit_f32_ne visit_f64_ne => Ne;
        visit_f32_lt visit_f64_lt => Lt;
        visit_f32_gt visit_f64_gt => Gt;
        visit_f32_le visit_f64_le => Le;
        visit_f32_ge visit_f64_ge => Ge;
    }

    int_to_floats! {
        visit_f32_convert_i32_s => true S32 F32;
        visit_f32_convert_i32_u => false S32 F32;
        visit_f32_convert_i64_s => true S64 F32;
        visit_f32_convert_i64_u => false S64 F32;
        visit_f64_convert_i32_s => true S32 F64;
        visit_f64_convert_i32_u => false S32 F64;
        visit_f64_convert_i64_s => true S64 F64;
        visit_f64_convert_i64_u => false S64 F64;
    }

    float_to_ints! {
        visit_i32_trunc_f32_s => true S32 S32;
        visit_i32_trunc_f32_u => false S32 S32;
        visit_i32_trunc_f64_s => true S64 S32;
        visit_i32_trunc_f64_u => false S64 S32;
        visit_i64_trunc_f32_s => true S32 S64;
        visit_i64_trunc_f32_u => false S32 S64;
        visit_i64_trunc_f64_s => true S64 S64;
        visit_i64_trunc_f64_u => false S64 S64;
    }

    float_to_ints_sat! {
        visit_i32_trunc_sat_f32_s => true S32 S32;
        visit_i32_trunc_sat_f32_u => false S32 S32;
        visit_i32_trunc_sat_f64_s => true S64 S32;
        visit_i32_trunc_sat_f64_u => false S64 S32;
        visit_i64_trunc_sat_f32_s => true S32 S64;
        visit_i64_trunc_sat_f32_u => false S32 S64;
        visit_i64_trunc_sat_f64_s => true S64 S64;
        visit_i64_trunc_sat_f64_u => false S64 S64;
    }

    fn visit_f64_promote_f32(&mut self) -> Self::Output {
        let src = self.pop_reg();
        self.cx.masm.float_resize(OperandSize::S64, src, src);
        self.push_reg(ValType::F64, src);
        Ok(())
    }

    fn visit_f32_demote_f64(&mut self) -> Self::Output {
        let src = self.pop_reg();
        self.cx.masm.float_resize(OperandSize::S32, src, src);
        self.push_reg(ValType::F32, src);
        Ok(())
    }

    reinterprets! {
        visit_i32_reinterpret_f32 => I32;
        visit_i64_reinterpret_f64 => I64;
        visit_f32_reinterpret_i32 => F32;
        visit_f64_reinterpret_i64 => F64;
    }

    loads! {
        visit_i32_load => I32 S32 false;
        visit_i64_load => I64 S64 false;
        visit_f32_load => F32 S32 false;
        visit_f64_load => F64 S64 false;
        visit_i32_load8_s => I32 S8 true;
        visit_i32_load8_u => I32 S8 false;
        visit_i32_load16_s => I32 S16 true;
        visit_i32_load16_u => I32 S16 false;
        visit_i64_load8_s => I64 S8 true;
        visit_i64_load8_u => I64 S8 false;
        visit_i64_load16_s => I64 S16 true;
        visit_i64_load16_u => I64 S16 false;
        visit_i64_load32_s => I64 S32 true;
        visit_i64_load32_u => I64 S32 false;
    }

    stores! {
        visit_i32_store => S32;
        visit_i64_store => S64;
        visit_f32_store => S32;
        visit_f64_store => S64;
        visit_i32_store8 => S8;
        visit_i32_store16 => S16;
        visit_i64_store8 => S8;
        visit_i64_store16 => S16;
        visit_i64_store32 => S32;
    }

    fn visit_i32_wrap_i64(&mut self) -> Self::Output {
        let e = self.pop_entry();
        match e.val {
            Val::Const(c) => self.push(ValType::I32, Val::Const(c as i32 as i64)),
            _ => {
                let depth = self.cx.stack.len();
                let r = self.materialize(e, depth);
                if M::KEEPS_I32_SIGN_EXTENDED {
                    let d = self.alloc_gpr();
                    self.cx.masm.extend(ExtendOp::S32To64, d, r);
                    self.free_reg(r);
                    self.push_reg(ValType::I32, d);
                } else {
                    // i32 values only promise their low 32 bits.
                    self.push_reg(ValType::I32, r);
                }
            }
        }
        Ok(())
    }
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// The error for an operator kindling does not compile yet.
    fn unsupported(&self, op: &str) -> CompileFailure {
        CompileFailure::Unsupported {
            op: op.to_string(),
            isa: M::ISA,
        }
    }

    /// Whether global `index` holds an externref (reference counted, so
    /// accessed through builtins).
    fn is_externref_global(&self, index: u32) -> bool {
        let ty = self.env.module.globals[GlobalIndex::from_u32(index)].wasm_ty;
        matches!(ty, wasmtime_environ::WasmType::Ref(r) if r.heap_type == wasmtime_environ::WasmHeapType::Extern)
    }

    /// Type and address of global `index`.
    fn global_addr(&mut self, index: u32) -> (ValType, crate::masm::Mem) {
        let index = GlobalIndex::from_u32(index);
        let module = self.env.module;
        let ty = super::val_type(module.globals[index].wasm_ty);
        let addr = match module.defined_global_index(index) {
            Some(def) => self.vmctx_mem(self.env.offsets.vmctx_vmglobal_definition(def)),
            None => {
                let ptr = M::core_temp();
                let from = self.vmctx_mem(self.env.offsets.vmctx_vmglobal_import_from(index));
                self.cx
                    .masm
                    .mov(MemSize::S64, Loc::Reg(ptr), Loc::Mem(from));
                super::mem(ptr, 0)
            }
        };
        (ty, addr)
    }

    fn set_local(&mut self, index: u32, tee: bool) {
        // Setting a local to its own current value changes nothing (an
        // operator that computed straight into a home left it so).
        if self.cx.stack.last().map(|e| e.val) == Some(Val::Local(index)) {
            if !tee {
                self.pop_entry();
            }
            return;
        }
        self.materialize_latent_local(index);
        let ty = self.cx.locals[index as usize];
        let dst = self.local_loc(index);
        let top = *self.cx.stack.last().expect("validated");
        match top.val {
            Val::Const(c) => {
                self.cx.masm.mov(mem_size(ty), dst, Loc::Imm(c));
                if !tee {
                    self.pop_entry();
                }
            }
            // A homed local's new value moves straight from the other
            // local's home; `tee` leaves the local itself on the stack.
            Val::Local(from) if self.local_home(index).is_some() => {
                self.pop_entry();
                let src = self.local_loc(from);
                self.cx.masm.mov(mem_size(ty), dst, src);
                if tee {
                    self.push(ty, Val::Local(index));
                }
            }
            _ => {
                let r = self.pop_reg();
                self.cx.masm.mov(mem_size(ty), dst, Loc::Reg(r));
                if tee && self.local_home(index).is_some() {
                    self.free_reg(r);
                    self.push(ty, Val::Local(index));
                } else if tee {
                    self.push_reg(ty, r);
                } else {
                    self.free_reg(r);
                }
            }
        }
    }

    fn emit_select(&mut self) -> Result<(), CompileFailure> {
        let cond = self.pop_reg();
        let if_false = self.pop_reg();
        let ty = self.cx.stack.last().expect("validated").ty;
        let if_true = self.pop_reg();
        if ty == ValType::V128 {
            self.cx.masm.select_v128(if_false, cond, if_true);
        } else {
            self.cx.masm.select(op_size(ty), if_false, cond, if_true);
        }
        self.free_reg(cond);
        self.free_reg(if_true);
        self.push_reg(ty, if_false);
        Ok(())
    }

    /// How to reach function `callee`.
    fn callee_of(&self, callee: FuncIndex) -> super::calls::Callee {
        if self.env.module.is_imported_function(callee) {
            let vmctx_off = self.env.offsets.vmctx_vmfunction_import_vmctx(callee);
            let code_off = self.env.offsets.vmctx_vmfunction_import_wasm_call(callee);
            super::calls::Callee::Import {
                vmctx: self.vmctx_mem(vmctx_off),
                code: self.vmctx_mem(code_off),
            }
        } else {
            super::calls::Callee::Local(CallTarget::Func(callee.as_u32()))
        }
    }

    fn emit_call(&mut self, callee: FuncIndex) -> Result<(), CompileFailure> {
        let target = self.callee_of(callee);
        let env = self.env;
        self.emit_call_with(target, env.func_type(callee))
    }
}

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
    MacroAssembler, MemSize, OperandSize, RegImm, SimdUnOp,
};
use crate::CompileFailure;
use wasmparser::{
    BlockType, BrTable, FuncValidator, HeapType, Ieee32, Ieee64, MemArg, ValType,
    ValidatorResources, VisitOperator,
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

/// Defines `Unsupported` errors for every operator not listed here.
macro_rules! def_unsupported {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident)*) => {
        $(
            def_unsupported!(emit $op $visit $($($arg: $argty),*)?);
        )*
    };
    (emit Unreachable $($rest:tt)*) => {};
    (emit Nop $($rest:tt)*) => {};
    (emit Block $($rest:tt)*) => {};
    (emit Loop $($rest:tt)*) => {};
    (emit If $($rest:tt)*) => {};
    (emit Else $($rest:tt)*) => {};
    (emit End $($rest:tt)*) => {};
    (emit Br $($rest:tt)*) => {};
    (emit BrIf $($rest:tt)*) => {};
    (emit BrTable $($rest:tt)*) => {};
    (emit Return $($rest:tt)*) => {};
    (emit Call $($rest:tt)*) => {};
    (emit Drop $($rest:tt)*) => {};
    (emit Select $($rest:tt)*) => {};
    (emit TypedSelect $($rest:tt)*) => {};
    (emit LocalGet $($rest:tt)*) => {};
    (emit LocalSet $($rest:tt)*) => {};
    (emit LocalTee $($rest:tt)*) => {};
    (emit GlobalGet $($rest:tt)*) => {};
    (emit GlobalSet $($rest:tt)*) => {};
    (emit I32Const $($rest:tt)*) => {};
    (emit I64Const $($rest:tt)*) => {};
    (emit I32Eqz $($rest:tt)*) => {};
    (emit I32Eq $($rest:tt)*) => {};
    (emit I32Ne $($rest:tt)*) => {};
    (emit I32LtS $($rest:tt)*) => {};
    (emit I32LtU $($rest:tt)*) => {};
    (emit I32GtS $($rest:tt)*) => {};
    (emit I32GtU $($rest:tt)*) => {};
    (emit I32LeS $($rest:tt)*) => {};
    (emit I32LeU $($rest:tt)*) => {};
    (emit I32GeS $($rest:tt)*) => {};
    (emit I32GeU $($rest:tt)*) => {};
    (emit I64Eqz $($rest:tt)*) => {};
    (emit I64Eq $($rest:tt)*) => {};
    (emit I64Ne $($rest:tt)*) => {};
    (emit I64LtS $($rest:tt)*) => {};
    (emit I64LtU $($rest:tt)*) => {};
    (emit I64GtS $($rest:tt)*) => {};
    (emit I64GtU $($rest:tt)*) => {};
    (emit I64LeS $($rest:tt)*) => {};
    (emit I64LeU $($rest:tt)*) => {};
    (emit I64GeS $($rest:tt)*) => {};
    (emit I64GeU $($rest:tt)*) => {};
    (emit I32Clz $($rest:tt)*) => {};
    (emit I32Ctz $($rest:tt)*) => {};
    (emit I32Popcnt $($rest:tt)*) => {};
    (emit I32Add $($rest:tt)*) => {};
    (emit I32Sub $($rest:tt)*) => {};
    (emit I32Mul $($rest:tt)*) => {};
    (emit I32DivS $($rest:tt)*) => {};
    (emit I32DivU $($rest:tt)*) => {};
    (emit I32RemS $($rest:tt)*) => {};
    (emit I32RemU $($rest:tt)*) => {};
    (emit I32And $($rest:tt)*) => {};
    (emit I32Or $($rest:tt)*) => {};
    (emit I32Xor $($rest:tt)*) => {};
    (emit I32Shl $($rest:tt)*) => {};
    (emit I32ShrS $($rest:tt)*) => {};
    (emit I32ShrU $($rest:tt)*) => {};
    (emit I32Rotl $($rest:tt)*) => {};
    (emit I32Rotr $($rest:tt)*) => {};
    (emit I64Clz $($rest:tt)*) => {};
    (emit I64Ctz $($rest:tt)*) => {};
    (emit I64Popcnt $($rest:tt)*) => {};
    (emit I64Add $($rest:tt)*) => {};
    (emit I64Sub $($rest:tt)*) => {};
    (emit I64Mul $($rest:tt)*) => {};
    (emit I64DivS $($rest:tt)*) => {};
    (emit I64DivU $($rest:tt)*) => {};
    (emit I64RemS $($rest:tt)*) => {};
    (emit I64RemU $($rest:tt)*) => {};
    (emit I64And $($rest:tt)*) => {};
    (emit I64Or $($rest:tt)*) => {};
    (emit I64Xor $($rest:tt)*) => {};
    (emit I64Shl $($rest:tt)*) => {};
    (emit I64ShrS $($rest:tt)*) => {};
    (emit I64ShrU $($rest:tt)*) => {};
    (emit I64Rotl $($rest:tt)*) => {};
    (emit I64Rotr $($rest:tt)*) => {};
    (emit I32WrapI64 $($rest:tt)*) => {};
    (emit I64ExtendI32S $($rest:tt)*) => {};
    (emit I64ExtendI32U $($rest:tt)*) => {};
    (emit I32Extend8S $($rest:tt)*) => {};
    (emit I32Extend16S $($rest:tt)*) => {};
    (emit I64Extend8S $($rest:tt)*) => {};
    (emit I64Extend16S $($rest:tt)*) => {};
    (emit I64Extend32S $($rest:tt)*) => {};
    (emit F32Const $($rest:tt)*) => {};
    (emit F64Const $($rest:tt)*) => {};
    (emit F32Add $($rest:tt)*) => {};
    (emit F32Sub $($rest:tt)*) => {};
    (emit F32Mul $($rest:tt)*) => {};
    (emit F32Div $($rest:tt)*) => {};
    (emit F64Add $($rest:tt)*) => {};
    (emit F64Sub $($rest:tt)*) => {};
    (emit F64Mul $($rest:tt)*) => {};
    (emit F64Div $($rest:tt)*) => {};
    (emit F32Neg $($rest:tt)*) => {};
    (emit F32Abs $($rest:tt)*) => {};
    (emit F32Sqrt $($rest:tt)*) => {};
    (emit F64Neg $($rest:tt)*) => {};
    (emit F64Abs $($rest:tt)*) => {};
    (emit F64Sqrt $($rest:tt)*) => {};
    (emit F32Eq $($rest:tt)*) => {};
    (emit F32Ne $($rest:tt)*) => {};
    (emit F32Lt $($rest:tt)*) => {};
    (emit F32Gt $($rest:tt)*) => {};
    (emit F32Le $($rest:tt)*) => {};
    (emit F32Ge $($rest:tt)*) => {};
    (emit F64Eq $($rest:tt)*) => {};
    (emit F64Ne $($rest:tt)*) => {};
    (emit F64Lt $($rest:tt)*) => {};
    (emit F64Gt $($rest:tt)*) => {};
    (emit F64Le $($rest:tt)*) => {};
    (emit F64Ge $($rest:tt)*) => {};
    (emit F32ConvertI32S $($rest:tt)*) => {};
    (emit F32ConvertI32U $($rest:tt)*) => {};
    (emit F32ConvertI64S $($rest:tt)*) => {};
    (emit F32ConvertI64U $($rest:tt)*) => {};
    (emit F64ConvertI32S $($rest:tt)*) => {};
    (emit F64ConvertI32U $($rest:tt)*) => {};
    (emit F64ConvertI64S $($rest:tt)*) => {};
    (emit F64ConvertI64U $($rest:tt)*) => {};
    (emit F64PromoteF32 $($rest:tt)*) => {};
    (emit F32DemoteF64 $($rest:tt)*) => {};
    (emit I32ReinterpretF32 $($rest:tt)*) => {};
    (emit I64ReinterpretF64 $($rest:tt)*) => {};
    (emit F32ReinterpretI32 $($rest:tt)*) => {};
    (emit F64ReinterpretI64 $($rest:tt)*) => {};
    (emit I32Load $($rest:tt)*) => {};
    (emit I64Load $($rest:tt)*) => {};
    (emit F32Load $($rest:tt)*) => {};
    (emit F64Load $($rest:tt)*) => {};
    (emit I32Load8S $($rest:tt)*) => {};
    (emit I32Load8U $($rest:tt)*) => {};
    (emit I32Load16S $($rest:tt)*) => {};
    (emit I32Load16U $($rest:tt)*) => {};
    (emit I64Load8S $($rest:tt)*) => {};
    (emit I64Load8U $($rest:tt)*) => {};
    (emit I64Load16S $($rest:tt)*) => {};
    (emit I64Load16U $($rest:tt)*) => {};
    (emit I64Load32S $($rest:tt)*) => {};
    (emit I64Load32U $($rest:tt)*) => {};
    (emit I32Store $($rest:tt)*) => {};
    (emit I64Store $($rest:tt)*) => {};
    (emit F32Store $($rest:tt)*) => {};
    (emit F64Store $($rest:tt)*) => {};
    (emit I32Store8 $($rest:tt)*) => {};
    (emit I32Store16 $($rest:tt)*) => {};
    (emit I64Store8 $($rest:tt)*) => {};
    (emit I64Store16 $($rest:tt)*) => {};
    (emit I64Store32 $($rest:tt)*) => {};
    (emit I32TruncF32S $($rest:tt)*) => {};
    (emit I32TruncF32U $($rest:tt)*) => {};
    (emit I32TruncF64S $($rest:tt)*) => {};
    (emit I32TruncF64U $($rest:tt)*) => {};
    (emit I64TruncF32S $($rest:tt)*) => {};
    (emit I64TruncF32U $($rest:tt)*) => {};
    (emit I64TruncF64S $($rest:tt)*) => {};
    (emit I64TruncF64U $($rest:tt)*) => {};
    (emit CallIndirect $($rest:tt)*) => {};
    (emit MemorySize $($rest:tt)*) => {};
    (emit MemoryGrow $($rest:tt)*) => {};
    (emit F32Min $($rest:tt)*) => {};
    (emit F32Max $($rest:tt)*) => {};
    (emit F32Copysign $($rest:tt)*) => {};
    (emit F64Min $($rest:tt)*) => {};
    (emit F64Max $($rest:tt)*) => {};
    (emit F64Copysign $($rest:tt)*) => {};
    (emit F32Ceil $($rest:tt)*) => {};
    (emit F32Floor $($rest:tt)*) => {};
    (emit F32Trunc $($rest:tt)*) => {};
    (emit F32Nearest $($rest:tt)*) => {};
    (emit F64Ceil $($rest:tt)*) => {};
    (emit F64Floor $($rest:tt)*) => {};
    (emit F64Trunc $($rest:tt)*) => {};
    (emit F64Nearest $($rest:tt)*) => {};
    (emit I32TruncSatF32S $($rest:tt)*) => {};
    (emit I32TruncSatF32U $($rest:tt)*) => {};
    (emit I32TruncSatF64S $($rest:tt)*) => {};
    (emit I32TruncSatF64U $($rest:tt)*) => {};
    (emit I64TruncSatF32S $($rest:tt)*) => {};
    (emit I64TruncSatF32U $($rest:tt)*) => {};
    (emit I64TruncSatF64S $($rest:tt)*) => {};
    (emit I64TruncSatF64U $($rest:tt)*) => {};
    (emit RefNull $($rest:tt)*) => {};
    (emit RefIsNull $($rest:tt)*) => {};
    (emit RefFunc $($rest:tt)*) => {};
    (emit TableGet $($rest:tt)*) => {};
    (emit TableSet $($rest:tt)*) => {};
    (emit TableSize $($rest:tt)*) => {};
    (emit TableGrow $($rest:tt)*) => {};
    (emit TableFill $($rest:tt)*) => {};
    (emit TableCopy $($rest:tt)*) => {};
    (emit TableInit $($rest:tt)*) => {};
    (emit ElemDrop $($rest:tt)*) => {};
    (emit MemoryCopy $($rest:tt)*) => {};
    (emit MemoryFill $($rest:tt)*) => {};
    (emit MemoryInit $($rest:tt)*) => {};
    (emit DataDrop $($rest:tt)*) => {};
    (emit V128Load32Splat $($rest:tt)*) => {};
    (emit V128Load64Splat $($rest:tt)*) => {};
    (emit V128Load $($rest:tt)*) => {};
    (emit V128Store $($rest:tt)*) => {};
    (emit F64x2ConvertLowI32x4U $($rest:tt)*) => {};
    (emit ReturnCall $($rest:tt)*) => {};
    (emit ReturnCallIndirect $($rest:tt)*) => {};
    (emit $op:ident $visit:ident $($arg:ident: $argty:ty),*) => {
        fn $visit(&mut self $(, $arg: $argty)*) -> Self::Output {
            $(let _ = $arg;)*
            Err(self.unsupported(stringify!($op)))
        }
    };
}

/// Generates the i32 and i64 variants of a binary operator.
macro_rules! int_binops {
    ($($visit32:ident $visit64:ident => $op:ident;)*) => {
        $(
            fn $visit32(&mut self) -> Self::Output {
                self.int_binop(IntBinOp::$op, OperandSize::S32);
                Ok(())
            }
            fn $visit64(&mut self) -> Self::Output {
                self.int_binop(IntBinOp::$op, OperandSize::S64);
                Ok(())
            }
        )*
    };
}

/// Generates the i32 and i64 variants of a comparison.
macro_rules! int_cmps {
    ($($visit32:ident $visit64:ident => $cmp:ident;)*) => {
        $(
            fn $visit32(&mut self) -> Self::Output {
                self.int_compare(IntCmp::$cmp, OperandSize::S32);
                Ok(())
            }
            fn $visit64(&mut self) -> Self::Output {
                self.int_compare(IntCmp::$cmp, OperandSize::S64);
                Ok(())
            }
        )*
    };
}

/// Generates unary operators: `visit => (op, size)`.
macro_rules! int_unops {
    ($($visit:ident => $op:ident $size:ident;)*) => {
        $(
            fn $visit(&mut self) -> Self::Output {
                let src = self.pop_reg();
                self.cx.masm.int_unop(IntUnOp::$op, OperandSize::$size, src, src);
                self.push_reg(result_type(OperandSize::$size), src);
                Ok(())
            }
        )*
    };
}

/// Generates division operators.
macro_rules! int_divs {
    ($($visit:ident => $op:ident $size:ident;)*) => {
        $(
            fn $visit(&mut self) -> Self::Output {
                self.int_division(DivOp::$op, OperandSize::$size);
                Ok(())
            }
        )*
    };
}

/// Generates width conversions.
macro_rules! extends {
    ($($visit:ident => $op:ident $ty:ident;)*) => {
        $(
            fn $visit(&mut self) -> Self::Output {
                let src = self.pop_reg();
                self.cx.masm.extend(ExtendOp::$op, src, src);
                self.push_reg(ValType::$ty, src);
                Ok(())
            }
        )*
    };
}

/// Generates f32 and f64 variants of a binary float operator.
macro_rules! float_binops {
    ($($visit32:ident $visit64:ident => $op:ident;)*) => {
        $(
            fn $visit32(&mut self) -> Self::Output {
                self.float_binop(FloatBinOp::$op, OperandSize::S32);
                Ok(())
            }
            fn $visit64(&mut self) -> Self::Output {
                self.float_binop(FloatBinOp::$op, OperandSize::S64);
                Ok(())
            }
        )*
    };
}

/// Generates f32 and f64 variants of a unary float operator.
macro_rules! float_unops {
    ($($visit32:ident $visit64:ident => $op:ident;)*) => {
        $(
            fn $visit32(&mut self) -> Self::Output {
                self.float_unop(FloatUnOp::$op, OperandSize::S32, stringify!($visit32))
            }
            fn $visit64(&mut self) -> Self::Output {
                self.float_unop(FloatUnOp::$op, OperandSize::S64, stringify!($visit64))
            }
        )*
    };
}

/// Generates f32 and f64 variants of a float comparison.
macro_rules! float_cmps {
    ($($visit32:ident $visit64:ident => $cmp:ident;)*) => {
        $(
            fn $visit32(&mut self) -> Self::Output {
                self.float_compare(FloatCmp::$cmp, OperandSize::S32);
                Ok(())
            }
            fn $visit64(&mut self) -> Self::Output {
                self.float_compare(FloatCmp::$cmp, OperandSize::S64);
                Ok(())
            }
        )*
    };
}

/// Generates integer-to-float conversions: `visit => signed int_size float_type`.
macro_rules! int_to_floats {
    ($($visit:ident => $signed:literal $isize:ident $fty:ident;)*) => {
        $(
            fn $visit(&mut self) -> Self::Output {
                let src = self.pop_reg();
                let dst = self.alloc_for(ValType::$fty);
                let fsize = op_size(ValType::$fty);
                self.cx.masm.int_to_float($signed, OperandSize::$isize, fsize, dst, src);
                self.free_reg(src);
                self.push_reg(ValType::$fty, dst);
                Ok(())
            }
        )*
    };
}

/// Generates trapping float-to-integer truncations:
/// `visit => signed float_size int_size`.
macro_rules! float_to_ints {
    ($($visit:ident => $signed:literal $fsize:ident $isize:ident;)*) => {
        $(
            fn $visit(&mut self) -> Self::Output {
                self.trunc_trapping($signed, OperandSize::$fsize, OperandSize::$isize);
                Ok(())
            }
        )*
    };
}

/// Generates saturating float-to-integer truncations.
macro_rules! float_to_ints_sat {
    ($($visit:ident => $signed:literal $fsize:ident $isize:ident;)*) => {
        $(
            fn $visit(&mut self) -> Self::Output {
                self.trunc_saturating($signed, OperandSize::$fsize, OperandSize::$isize);
                Ok(())
            }
        )*
    };
}

/// Generates bit-preserving reinterpretations between register classes.
macro_rules! reinterprets {
    ($($visit:ident => $ty:ident;)*) => {
        $(
            fn $visit(&mut self) -> Self::Output {
                let e = self.pop_entry();
                if let Val::Const(c) = e.val {
                    self.push(ValType::$ty, Val::Const(c));
                    return Ok(());
                }
                let depth = self.cx.stack.len();
                let src = self.materialize(e, depth);
                let dst = self.alloc_for(ValType::$ty);
                self.cx.masm.mov(mem_size(ValType::$ty), Loc::Reg(dst), Loc::Reg(src));
                self.free_reg(src);
                self.push_reg(ValType::$ty, dst);
                Ok(())
            }
        )*
    };
}

/// Generates loads: `visit => result_type access_size sign_extend`.
macro_rules! loads {
    ($($visit:ident => $ty:ident $size:ident $signed:literal;)*) => {
        $(
            fn $visit(&mut self, memarg: MemArg) -> Self::Output {
                self.heap_load(memarg, ValType::$ty, MemSize::$size, $signed)
            }
        )*
    };
}

/// Generates stores: `visit => access_size`.
macro_rules! stores {
    ($($visit:ident => $size:ident;)*) => {
        $(
            fn $visit(&mut self, memarg: MemArg) -> Self::Output {
                self.heap_store(memarg, MemSize::$size)
            }
        )*
    };
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

    fn visit_v128_load(&mut self, memarg: MemArg) -> Self::Output {
        self.heap_load(memarg, ValType::V128, MemSize::S128, false)
    }

    fn visit_v128_store(&mut self, memarg: MemArg) -> Self::Output {
        self.heap_store(memarg, MemSize::S128)
    }

    fn visit_v128_load32_splat(&mut self, memarg: MemArg) -> Self::Output {
        self.heap_load_splat(memarg, MemSize::S32)
    }

    fn visit_v128_load64_splat(&mut self, memarg: MemArg) -> Self::Output {
        self.heap_load_splat(memarg, MemSize::S64)
    }

    fn visit_f64x2_convert_low_i32x4_u(&mut self) -> Self::Output {
        let src = self.pop_reg();
        self.cx
            .masm
            .simd_unop(SimdUnOp::F64x2ConvertLowI32x4U, src, src);
        self.push_reg(ValType::V128, src);
        Ok(())
    }

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
                // i32 values only promise their low 32 bits.
                self.push_reg(ValType::I32, r);
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
        self.materialize_latent_local(index);
        let ty = self.cx.locals[index as usize];
        let dst = Loc::Mem(self.local_mem(index));
        let top = *self.cx.stack.last().expect("validated");
        match top.val {
            Val::Const(c) => {
                self.cx.masm.mov(mem_size(ty), dst, Loc::Imm(c));
                if !tee {
                    self.pop_entry();
                }
            }
            _ => {
                let r = self.pop_reg();
                self.cx.masm.mov(mem_size(ty), dst, Loc::Reg(r));
                if tee {
                    self.push_reg(ty, r);
                } else {
                    self.free_reg(r);
                }
            }
        }
    }

    fn int_binop(&mut self, op: IntBinOp, size: OperandSize) {
        let ty = result_type(size);
        let n = self.cx.stack.len();
        if let (Val::Const(a), Val::Const(b)) = (self.cx.stack[n - 2].val, self.cx.stack[n - 1].val)
        {
            self.pop_entry();
            self.pop_entry();
            self.push(ty, Val::Const(fold_binop(op, size, a, b)));
            return;
        }
        let rhs = self.pop_reg_or_imm();
        let lhs = self.pop_reg();
        self.cx.masm.int_binop(op, size, lhs, lhs, rhs);
        if let RegImm::Reg(r) = rhs {
            self.free_reg(r);
        }
        self.push_reg(ty, lhs);
    }

    fn int_compare(&mut self, cmp: IntCmp, size: OperandSize) {
        let rhs = self.pop_reg_or_imm();
        let lhs = self.pop_reg();
        self.push(
            ValType::I32,
            Val::Cmp {
                cmp,
                size,
                lhs,
                rhs,
            },
        );
    }

    fn int_eqz(&mut self, size: OperandSize) {
        let lhs = self.pop_reg();
        self.push(
            ValType::I32,
            Val::Cmp {
                cmp: IntCmp::Eq,
                size,
                lhs,
                rhs: RegImm::Imm(0),
            },
        );
    }

    fn int_division(&mut self, op: DivOp, size: OperandSize) {
        let divisor = match self.cx.stack.last().map(|e| e.val) {
            Some(Val::Const(c)) => Some(c),
            _ => None,
        };
        let rhs = self.pop_reg();
        let lhs = self.pop_reg();
        if divisor.is_none_or(|d| truncate(size, d) == 0) {
            let trap = self.trap_label(Trap::IntegerDivisionByZero);
            self.cx
                .masm
                .br_cmp(IntCmp::Eq, size, rhs, RegImm::Imm(0), trap);
        }
        if op == DivOp::DivS && divisor.is_none_or(|d| truncate(size, d) == -1) {
            let min = match size {
                OperandSize::S32 => i32::MIN as i64,
                OperandSize::S64 => i64::MIN,
            };
            let trap = self.trap_label(Trap::IntegerOverflow);
            let ok = self.cx.masm.new_label();
            self.cx
                .masm
                .br_cmp(IntCmp::Ne, size, rhs, RegImm::Imm(-1), ok);
            self.cx
                .masm
                .br_cmp(IntCmp::Eq, size, lhs, RegImm::Imm(min), trap);
            self.cx.masm.bind(ok);
        }
        self.cx.masm.int_div(op, size, lhs, lhs, rhs);
        self.free_reg(rhs);
        self.push_reg(result_type(size), lhs);
    }

    fn emit_select(&mut self) -> Result<(), CompileFailure> {
        let cond = self.pop_reg();
        let if_false = self.pop_reg();
        let ty = self.cx.stack.last().expect("validated").ty;
        let if_true = self.pop_reg();
        self.cx.masm.select(op_size(ty), if_false, cond, if_true);
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

/// The low `size` bits of `v`, sign-extended.
fn truncate(size: OperandSize, v: i64) -> i64 {
    match size {
        OperandSize::S32 => v as i32 as i64,
        OperandSize::S64 => v,
    }
}

/// Compile-time evaluation of a binary operator on two constants.
fn fold_binop(op: IntBinOp, size: OperandSize, a: i64, b: i64) -> i64 {
    match size {
        OperandSize::S32 => {
            let (a, b) = (a as i32, b as i32);
            let r = match op {
                IntBinOp::Add => a.wrapping_add(b),
                IntBinOp::Sub => a.wrapping_sub(b),
                IntBinOp::Mul => a.wrapping_mul(b),
                IntBinOp::And => a & b,
                IntBinOp::Or => a | b,
                IntBinOp::Xor => a ^ b,
                IntBinOp::Shl => a.wrapping_shl(b as u32),
                IntBinOp::ShrS => a.wrapping_shr(b as u32),
                IntBinOp::ShrU => (a as u32).wrapping_shr(b as u32) as i32,
                IntBinOp::Rotl => a.rotate_left(b as u32 & 31),
                IntBinOp::Rotr => a.rotate_right(b as u32 & 31),
            };
            r as i64
        }
        OperandSize::S64 => match op {
            IntBinOp::Add => a.wrapping_add(b),
            IntBinOp::Sub => a.wrapping_sub(b),
            IntBinOp::Mul => a.wrapping_mul(b),
            IntBinOp::And => a & b,
            IntBinOp::Or => a | b,
            IntBinOp::Xor => a ^ b,
            IntBinOp::Shl => a.wrapping_shl(b as u32),
            IntBinOp::ShrS => a.wrapping_shr(b as u32),
            IntBinOp::ShrU => (a as u64).wrapping_shr(b as u32) as i64,
            IntBinOp::Rotl => a.rotate_left(b as u32 & 63),
            IntBinOp::Rotr => a.rotate_right(b as u32 & 63),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_folding_wraps_like_wasm() {
        use IntBinOp::*;
        use OperandSize::*;
        assert_eq!(fold_binop(Add, S32, i32::MAX as i64, 1), i32::MIN as i64);
        assert_eq!(fold_binop(Shl, S32, 1, 33), 2);
        assert_eq!(fold_binop(ShrU, S32, -1, 28), 15);
        assert_eq!(fold_binop(ShrS, S64, -16, 2), -4);
        assert_eq!(fold_binop(Rotl, S32, 0x8000_0001u32 as i32 as i64, 1), 3);
        assert_eq!(fold_binop(Rotr, S64, 1, 1), i64::MIN);
        assert_eq!(fold_binop(Mul, S64, i64::MAX, 2), -2);
    }
}

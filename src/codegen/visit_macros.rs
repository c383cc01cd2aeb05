//! The macros behind the operator visitor (`visit.rs`): the list of
//! operators kindling compiles (every other one is an `Unsupported` error
//! naming it), and generators for families of operators that differ only in
//! width or operation.

/// Defines `Unsupported` errors for every operator not listed here.
macro_rules! def_unsupported {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident)*) => {
        $(
            def_unsupported!(proposal $proposal $op $visit $($($arg: $argty),*)?);
        )*
    };
    // Every SIMD and relaxed-SIMD operator is visited in `visit_simd.rs`.
    (proposal simd $($rest:tt)*) => {};
    (proposal relaxed_simd $($rest:tt)*) => {};
    (proposal $proposal:ident $($rest:tt)*) => {
        def_unsupported!(emit $($rest)*);
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

//! The SIMD and relaxed-SIMD operators of the visitor: `simd_visitors!()`
//! expands, inside `visit.rs`'s `VisitOperator` implementation, to one
//! method per operator, each a call of a `CodeGen` method in `simd.rs`,
//! `simd_lanes.rs` or `memory.rs` with the operator's lane size and name.

/// Generates visitor methods that call `self.method(params..., name)`:
/// `visit(args) => method(params);`, where `name` is the visitor's name
/// (the error for a missing CPU feature turns it back into the operator's).
macro_rules! simd_calls {
    ($($visit:ident $(($($arg:ident: $argty:ty),*))? => $method:ident($($param:expr),*);)*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                self.$method($($param,)* stringify!($visit))
            }
        )*
    };
}

/// Every SIMD and relaxed-SIMD visitor method.
macro_rules! simd_visitors {
    () => {
        fn visit_v128_const(&mut self, value: V128) -> Self::Output {
            self.emit_v128_const(u128::from_le_bytes(*value.bytes()));
            Ok(())
        }

        fn visit_v128_not(&mut self) -> Self::Output {
            self.emit_v128_not();
            Ok(())
        }

        fn visit_v128_bitselect(&mut self) -> Self::Output {
            self.emit_v128_bitselect();
            Ok(())
        }

        fn visit_i8x16_shuffle(&mut self, lanes: [u8; 16]) -> Self::Output {
            self.emit_shuffle(lanes, "visit_i8x16_shuffle")
        }

        fn visit_v128_load(&mut self, memarg: MemArg) -> Self::Output {
            self.heap_load(memarg, ValType::V128, MemSize::S128, false)
        }

        fn visit_v128_store(&mut self, memarg: MemArg) -> Self::Output {
            self.heap_store(memarg, MemSize::S128)
        }

        fn visit_v128_load32_zero(&mut self, memarg: MemArg) -> Self::Output {
            self.heap_load(memarg, ValType::V128, MemSize::S32, false)
        }

        fn visit_v128_load64_zero(&mut self, memarg: MemArg) -> Self::Output {
            self.heap_load(memarg, ValType::V128, MemSize::S64, false)
        }

        simd_calls! {
            visit_v128_load8_splat(memarg: MemArg) => heap_load_splat(memarg, MemSize::S8);
            visit_v128_load16_splat(memarg: MemArg) => heap_load_splat(memarg, MemSize::S16);
            visit_v128_load32_splat(memarg: MemArg) => heap_load_splat(memarg, MemSize::S32);
            visit_v128_load64_splat(memarg: MemArg) => heap_load_splat(memarg, MemSize::S64);
            visit_v128_load8x8_s(memarg: MemArg) => heap_load_extend(memarg, MemSize::S16, true);
            visit_v128_load8x8_u(memarg: MemArg) => heap_load_extend(memarg, MemSize::S16, false);
            visit_v128_load16x4_s(memarg: MemArg) => heap_load_extend(memarg, MemSize::S32, true);
            visit_v128_load16x4_u(memarg: MemArg) => heap_load_extend(memarg, MemSize::S32, false);
            visit_v128_load32x2_s(memarg: MemArg) => heap_load_extend(memarg, MemSize::S64, true);
            visit_v128_load32x2_u(memarg: MemArg) => heap_load_extend(memarg, MemSize::S64, false);
            visit_v128_load8_lane(memarg: MemArg, lane: u8) => heap_load_lane(memarg, MemSize::S8, lane);
            visit_v128_load16_lane(memarg: MemArg, lane: u8) => heap_load_lane(memarg, MemSize::S16, lane);
            visit_v128_load32_lane(memarg: MemArg, lane: u8) => heap_load_lane(memarg, MemSize::S32, lane);
            visit_v128_load64_lane(memarg: MemArg, lane: u8) => heap_load_lane(memarg, MemSize::S64, lane);
            visit_v128_store8_lane(memarg: MemArg, lane: u8) => heap_store_lane(memarg, MemSize::S8, lane);
            visit_v128_store16_lane(memarg: MemArg, lane: u8) => heap_store_lane(memarg, MemSize::S16, lane);
            visit_v128_store32_lane(memarg: MemArg, lane: u8) => heap_store_lane(memarg, MemSize::S32, lane);
            visit_v128_store64_lane(memarg: MemArg, lane: u8) => heap_store_lane(memarg, MemSize::S64, lane);

            visit_i8x16_splat => emit_splat(MemSize::S8);
            visit_i16x8_splat => emit_splat(MemSize::S16);
            visit_i32x4_splat => emit_splat(MemSize::S32);
            visit_i64x2_splat => emit_splat(MemSize::S64);
            visit_f32x4_splat => emit_splat(MemSize::S32);
            visit_f64x2_splat => emit_splat(MemSize::S64);
            visit_i8x16_extract_lane_s(lane: u8) => emit_extract_lane(MemSize::S8, true, lane, ValType::I32);
            visit_i8x16_extract_lane_u(lane: u8) => emit_extract_lane(MemSize::S8, false, lane, ValType::I32);
            visit_i16x8_extract_lane_s(lane: u8) => emit_extract_lane(MemSize::S16, true, lane, ValType::I32);
            visit_i16x8_extract_lane_u(lane: u8) => emit_extract_lane(MemSize::S16, false, lane, ValType::I32);
            visit_i32x4_extract_lane(lane: u8) => emit_extract_lane(MemSize::S32, false, lane, ValType::I32);
            visit_i64x2_extract_lane(lane: u8) => emit_extract_lane(MemSize::S64, false, lane, ValType::I64);
            visit_f32x4_extract_lane(lane: u8) => emit_extract_lane(MemSize::S32, false, lane, ValType::F32);
            visit_f64x2_extract_lane(lane: u8) => emit_extract_lane(MemSize::S64, false, lane, ValType::F64);
            visit_i8x16_replace_lane(lane: u8) => emit_replace_lane(MemSize::S8, lane);
            visit_i16x8_replace_lane(lane: u8) => emit_replace_lane(MemSize::S16, lane);
            visit_i32x4_replace_lane(lane: u8) => emit_replace_lane(MemSize::S32, lane);
            visit_i64x2_replace_lane(lane: u8) => emit_replace_lane(MemSize::S64, lane);
            visit_f32x4_replace_lane(lane: u8) => emit_replace_lane(MemSize::S32, lane);
            visit_f64x2_replace_lane(lane: u8) => emit_replace_lane(MemSize::S64, lane);

            visit_v128_and => emit_simd_binop(SimdBinOp::And, MemSize::S8);
            visit_v128_or => emit_simd_binop(SimdBinOp::Or, MemSize::S8);
            visit_v128_xor => emit_simd_binop(SimdBinOp::Xor, MemSize::S8);
            visit_v128_andnot => emit_simd_binop(SimdBinOp::AndNot, MemSize::S8);
            visit_v128_any_true => emit_simd_reduce(SimdReduceOp::AnyTrue, MemSize::S8);
            visit_i8x16_all_true => emit_simd_reduce(SimdReduceOp::AllTrue, MemSize::S8);
            visit_i16x8_all_true => emit_simd_reduce(SimdReduceOp::AllTrue, MemSize::S16);
            visit_i32x4_all_true => emit_simd_reduce(SimdReduceOp::AllTrue, MemSize::S32);
            visit_i64x2_all_true => emit_simd_reduce(SimdReduceOp::AllTrue, MemSize::S64);
            visit_i8x16_bitmask => emit_simd_reduce(SimdReduceOp::Bitmask, MemSize::S8);
            visit_i16x8_bitmask => emit_simd_reduce(SimdReduceOp::Bitmask, MemSize::S16);
            visit_i32x4_bitmask => emit_simd_reduce(SimdReduceOp::Bitmask, MemSize::S32);
            visit_i64x2_bitmask => emit_simd_reduce(SimdReduceOp::Bitmask, MemSize::S64);
            visit_i8x16_swizzle => emit_simd_binop(SimdBinOp::Swizzle, MemSize::S8);

            visit_i8x16_add => emit_simd_binop(SimdBinOp::Add, MemSize::S8);
            visit_i16x8_add => emit_simd_binop(SimdBinOp::Add, MemSize::S16);
            visit_i32x4_add => emit_simd_binop(SimdBinOp::Add, MemSize::S32);
            visit_i64x2_add => emit_simd_binop(SimdBinOp::Add, MemSize::S64);
            visit_i8x16_sub => emit_simd_binop(SimdBinOp::Sub, MemSize::S8);
            visit_i16x8_sub => emit_simd_binop(SimdBinOp::Sub, MemSize::S16);
            visit_i32x4_sub => emit_simd_binop(SimdBinOp::Sub, MemSize::S32);
            visit_i64x2_sub => emit_simd_binop(SimdBinOp::Sub, MemSize::S64);
            visit_i16x8_mul => emit_simd_binop(SimdBinOp::Mul, MemSize::S16);
            visit_i32x4_mul => emit_simd_binop(SimdBinOp::Mul, MemSize::S32);
            visit_i64x2_mul => emit_simd_binop(SimdBinOp::Mul, MemSize::S64);
            visit_i8x16_add_sat_s => emit_simd_binop(SimdBinOp::AddSatS, MemSize::S8);
            visit_i8x16_add_sat_u => emit_simd_binop(SimdBinOp::AddSatU, MemSize::S8);
            visit_i16x8_add_sat_s => emit_simd_binop(SimdBinOp::AddSatS, MemSize::S16);
            visit_i16x8_add_sat_u => emit_simd_binop(SimdBinOp::AddSatU, MemSize::S16);
            visit_i8x16_sub_sat_s => emit_simd_binop(SimdBinOp::SubSatS, MemSize::S8);
            visit_i8x16_sub_sat_u => emit_simd_binop(SimdBinOp::SubSatU, MemSize::S8);
            visit_i16x8_sub_sat_s => emit_simd_binop(SimdBinOp::SubSatS, MemSize::S16);
            visit_i16x8_sub_sat_u => emit_simd_binop(SimdBinOp::SubSatU, MemSize::S16);
            visit_i8x16_min_s => emit_simd_binop(SimdBinOp::MinS, MemSize::S8);
            visit_i16x8_min_s => emit_simd_binop(SimdBinOp::MinS, MemSize::S16);
            visit_i32x4_min_s => emit_simd_binop(SimdBinOp::MinS, MemSize::S32);
            visit_i8x16_min_u => emit_simd_binop(SimdBinOp::MinU, MemSize::S8);
            visit_i16x8_min_u => emit_simd_binop(SimdBinOp::MinU, MemSize::S16);
            visit_i32x4_min_u => emit_simd_binop(SimdBinOp::MinU, MemSize::S32);
            visit_i8x16_max_s => emit_simd_binop(SimdBinOp::MaxS, MemSize::S8);
            visit_i16x8_max_s => emit_simd_binop(SimdBinOp::MaxS, MemSize::S16);
            visit_i32x4_max_s => emit_simd_binop(SimdBinOp::MaxS, MemSize::S32);
            visit_i8x16_max_u => emit_simd_binop(SimdBinOp::MaxU, MemSize::S8);
            visit_i16x8_max_u => emit_simd_binop(SimdBinOp::MaxU, MemSize::S16);
            visit_i32x4_max_u => emit_simd_binop(SimdBinOp::MaxU, MemSize::S32);
            visit_i8x16_avgr_u => emit_simd_binop(SimdBinOp::AvgrU, MemSize::S8);
            visit_i16x8_avgr_u => emit_simd_binop(SimdBinOp::AvgrU, MemSize::S16);
            visit_i8x16_narrow_i16x8_s => emit_simd_binop(SimdBinOp::NarrowS, MemSize::S8);
            visit_i8x16_narrow_i16x8_u => emit_simd_binop(SimdBinOp::NarrowU, MemSize::S8);
            visit_i16x8_narrow_i32x4_s => emit_simd_binop(SimdBinOp::NarrowS, MemSize::S16);
            visit_i16x8_narrow_i32x4_u => emit_simd_binop(SimdBinOp::NarrowU, MemSize::S16);
            visit_i16x8_extmul_low_i8x16_s => emit_simd_binop(SimdBinOp::ExtMulLowS, MemSize::S16);
            visit_i16x8_extmul_high_i8x16_s => emit_simd_binop(SimdBinOp::ExtMulHighS, MemSize::S16);
            visit_i16x8_extmul_low_i8x16_u => emit_simd_binop(SimdBinOp::ExtMulLowU, MemSize::S16);
            visit_i16x8_extmul_high_i8x16_u => emit_simd_binop(SimdBinOp::ExtMulHighU, MemSize::S16);
            visit_i32x4_extmul_low_i16x8_s => emit_simd_binop(SimdBinOp::ExtMulLowS, MemSize::S32);
            visit_i32x4_extmul_high_i16x8_s => emit_simd_binop(SimdBinOp::ExtMulHighS, MemSize::S32);
            visit_i32x4_extmul_low_i16x8_u => emit_simd_binop(SimdBinOp::ExtMulLowU, MemSize::S32);
            visit_i32x4_extmul_high_i16x8_u => emit_simd_binop(SimdBinOp::ExtMulHighU, MemSize::S32);
            visit_i64x2_extmul_low_i32x4_s => emit_simd_binop(SimdBinOp::ExtMulLowS, MemSize::S64);
            visit_i64x2_extmul_high_i32x4_s => emit_simd_binop(SimdBinOp::ExtMulHighS, MemSize::S64);
            visit_i64x2_extmul_low_i32x4_u => emit_simd_binop(SimdBinOp::ExtMulLowU, MemSize::S64);
            visit_i64x2_extmul_high_i32x4_u => emit_simd_binop(SimdBinOp::ExtMulHighU, MemSize::S64);
            visit_i32x4_dot_i16x8_s => emit_simd_binop(SimdBinOp::DotI16x8S, MemSize::S32);
            visit_i16x8_q15mulr_sat_s => emit_simd_binop(SimdBinOp::Q15MulrSatS, MemSize::S16);
            visit_f32x4_pmin => emit_simd_binop(SimdBinOp::FloatPMin, MemSize::S32);
            visit_f64x2_pmin => emit_simd_binop(SimdBinOp::FloatPMin, MemSize::S64);
            visit_f32x4_pmax => emit_simd_binop(SimdBinOp::FloatPMax, MemSize::S32);
            visit_f64x2_pmax => emit_simd_binop(SimdBinOp::FloatPMax, MemSize::S64);

            visit_i8x16_abs => emit_simd_unop(SimdUnOp::Abs, MemSize::S8);
            visit_i16x8_abs => emit_simd_unop(SimdUnOp::Abs, MemSize::S16);
            visit_i32x4_abs => emit_simd_unop(SimdUnOp::Abs, MemSize::S32);
            visit_i64x2_abs => emit_simd_unop(SimdUnOp::Abs, MemSize::S64);
            visit_i8x16_popcnt => emit_simd_unop(SimdUnOp::Popcnt, MemSize::S8);
            visit_i16x8_extend_low_i8x16_s => emit_simd_unop(SimdUnOp::ExtendLowS, MemSize::S16);
            visit_i16x8_extend_high_i8x16_s => emit_simd_unop(SimdUnOp::ExtendHighS, MemSize::S16);
            visit_i16x8_extend_low_i8x16_u => emit_simd_unop(SimdUnOp::ExtendLowU, MemSize::S16);
            visit_i16x8_extend_high_i8x16_u => emit_simd_unop(SimdUnOp::ExtendHighU, MemSize::S16);
            visit_i32x4_extend_low_i16x8_s => emit_simd_unop(SimdUnOp::ExtendLowS, MemSize::S32);
            visit_i32x4_extend_high_i16x8_s => emit_simd_unop(SimdUnOp::ExtendHighS, MemSize::S32);
            visit_i32x4_extend_low_i16x8_u => emit_simd_unop(SimdUnOp::ExtendLowU, MemSize::S32);
            visit_i32x4_extend_high_i16x8_u => emit_simd_unop(SimdUnOp::ExtendHighU, MemSize::S32);
            visit_i64x2_extend_low_i32x4_s => emit_simd_unop(SimdUnOp::ExtendLowS, MemSize::S64);
            visit_i64x2_extend_high_i32x4_s => emit_simd_unop(SimdUnOp::ExtendHighS, MemSize::S64);
            visit_i64x2_extend_low_i32x4_u => emit_simd_unop(SimdUnOp::ExtendLowU, MemSize::S64);
            visit_i64x2_extend_high_i32x4_u => emit_simd_unop(SimdUnOp::ExtendHighU, MemSize::S64);
            visit_i16x8_extadd_pairwise_i8x16_s => emit_simd_unop(SimdUnOp::ExtAddPairwiseS, MemSize::S16);
            visit_i16x8_extadd_pairwise_i8x16_u => emit_simd_unop(SimdUnOp::ExtAddPairwiseU, MemSize::S16);
            visit_i32x4_extadd_pairwise_i16x8_s => emit_simd_unop(SimdUnOp::ExtAddPairwiseS, MemSize::S32);
            visit_i32x4_extadd_pairwise_i16x8_u => emit_simd_unop(SimdUnOp::ExtAddPairwiseU, MemSize::S32);
            visit_f32x4_convert_i32x4_s => emit_simd_unop(SimdUnOp::F32x4ConvertI32x4S, MemSize::S32);
            visit_f32x4_convert_i32x4_u => emit_simd_unop(SimdUnOp::F32x4ConvertI32x4U, MemSize::S32);
            visit_f64x2_convert_low_i32x4_s => emit_simd_unop(SimdUnOp::F64x2ConvertLowI32x4S, MemSize::S64);
            visit_f64x2_convert_low_i32x4_u => emit_simd_unop(SimdUnOp::F64x2ConvertLowI32x4U, MemSize::S64);
            visit_i32x4_trunc_sat_f32x4_s => emit_simd_unop(SimdUnOp::I32x4TruncSatF32x4S, MemSize::S32);
            visit_i32x4_trunc_sat_f32x4_u => emit_simd_unop(SimdUnOp::I32x4TruncSatF32x4U, MemSize::S32);
            visit_i32x4_trunc_sat_f64x2_s_zero => emit_simd_unop(SimdUnOp::I32x4TruncSatF64x2SZero, MemSize::S32);
            visit_i32x4_trunc_sat_f64x2_u_zero => emit_simd_unop(SimdUnOp::I32x4TruncSatF64x2UZero, MemSize::S32);
            visit_f32x4_demote_f64x2_zero => emit_simd_unop(SimdUnOp::F32x4DemoteF64x2Zero, MemSize::S32);
            visit_f64x2_promote_low_f32x4 => emit_simd_unop(SimdUnOp::F64x2PromoteLowF32x4, MemSize::S64);

            visit_i8x16_neg => emit_simd_neg(MemSize::S8);
            visit_i16x8_neg => emit_simd_neg(MemSize::S16);
            visit_i32x4_neg => emit_simd_neg(MemSize::S32);
            visit_i64x2_neg => emit_simd_neg(MemSize::S64);
            visit_i8x16_shl => emit_simd_shift(SimdShiftOp::Shl, MemSize::S8);
            visit_i16x8_shl => emit_simd_shift(SimdShiftOp::Shl, MemSize::S16);
            visit_i32x4_shl => emit_simd_shift(SimdShiftOp::Shl, MemSize::S32);
            visit_i64x2_shl => emit_simd_shift(SimdShiftOp::Shl, MemSize::S64);
            visit_i8x16_shr_s => emit_simd_shift(SimdShiftOp::ShrS, MemSize::S8);
            visit_i16x8_shr_s => emit_simd_shift(SimdShiftOp::ShrS, MemSize::S16);
            visit_i32x4_shr_s => emit_simd_shift(SimdShiftOp::ShrS, MemSize::S32);
            visit_i64x2_shr_s => emit_simd_shift(SimdShiftOp::ShrS, MemSize::S64);
            visit_i8x16_shr_u => emit_simd_shift(SimdShiftOp::ShrU, MemSize::S8);
            visit_i16x8_shr_u => emit_simd_shift(SimdShiftOp::ShrU, MemSize::S16);
            visit_i32x4_shr_u => emit_simd_shift(SimdShiftOp::ShrU, MemSize::S32);
            visit_i64x2_shr_u => emit_simd_shift(SimdShiftOp::ShrU, MemSize::S64);
        }

        simd_cmps! {
            visit_i8x16_eq => Eq S8;
            visit_i8x16_ne => Ne S8;
            visit_i8x16_lt_s => LtS S8;
            visit_i8x16_lt_u => LtU S8;
            visit_i8x16_gt_s => GtS S8;
            visit_i8x16_gt_u => GtU S8;
            visit_i8x16_le_s => LeS S8;
            visit_i8x16_le_u => LeU S8;
            visit_i8x16_ge_s => GeS S8;
            visit_i8x16_ge_u => GeU S8;
            visit_i16x8_eq => Eq S16;
            visit_i16x8_ne => Ne S16;
            visit_i16x8_lt_s => LtS S16;
            visit_i16x8_lt_u => LtU S16;
            visit_i16x8_gt_s => GtS S16;
            visit_i16x8_gt_u => GtU S16;
            visit_i16x8_le_s => LeS S16;
            visit_i16x8_le_u => LeU S16;
            visit_i16x8_ge_s => GeS S16;
            visit_i16x8_ge_u => GeU S16;
            visit_i32x4_eq => Eq S32;
            visit_i32x4_ne => Ne S32;
            visit_i32x4_lt_s => LtS S32;
            visit_i32x4_lt_u => LtU S32;
            visit_i32x4_gt_s => GtS S32;
            visit_i32x4_gt_u => GtU S32;
            visit_i32x4_le_s => LeS S32;
            visit_i32x4_le_u => LeU S32;
            visit_i32x4_ge_s => GeS S32;
            visit_i32x4_ge_u => GeU S32;
            visit_i64x2_eq => Eq S64;
            visit_i64x2_ne => Ne S64;
            visit_i64x2_lt_s => LtS S64;
            visit_i64x2_gt_s => GtS S64;
            visit_i64x2_le_s => LeS S64;
            visit_i64x2_ge_s => GeS S64;
        }

        simd_float_ops! {
            visit_f32x4_eq visit_f64x2_eq => cmp Eq;
            visit_f32x4_ne visit_f64x2_ne => cmp Ne;
            visit_f32x4_lt visit_f64x2_lt => cmp Lt;
            visit_f32x4_gt visit_f64x2_gt => cmp Gt;
            visit_f32x4_le visit_f64x2_le => cmp Le;
            visit_f32x4_ge visit_f64x2_ge => cmp Ge;
            visit_f32x4_add visit_f64x2_add => binop Add;
            visit_f32x4_sub visit_f64x2_sub => binop Sub;
            visit_f32x4_mul visit_f64x2_mul => binop Mul;
            visit_f32x4_div visit_f64x2_div => binop Div;
            visit_f32x4_min visit_f64x2_min => binop Min;
            visit_f32x4_max visit_f64x2_max => binop Max;
            visit_f32x4_sqrt visit_f64x2_sqrt => unop Sqrt;
            visit_f32x4_neg visit_f64x2_neg => unop Neg;
            visit_f32x4_abs visit_f64x2_abs => unop Abs;
            visit_f32x4_ceil visit_f64x2_ceil => unop Ceil;
            visit_f32x4_floor visit_f64x2_floor => unop Floor;
            visit_f32x4_trunc visit_f64x2_trunc => unop Trunc;
            visit_f32x4_nearest visit_f64x2_nearest => unop Nearest;
        }

        simd_calls! {
            visit_i8x16_relaxed_swizzle => emit_simd_binop(SimdBinOp::RelaxedSwizzle, MemSize::S8);
            visit_i32x4_relaxed_trunc_f32x4_s => emit_simd_unop(SimdUnOp::RelaxedTruncF32x4S, MemSize::S32);
            visit_i32x4_relaxed_trunc_f32x4_u => emit_simd_unop(SimdUnOp::RelaxedTruncF32x4U, MemSize::S32);
            visit_i32x4_relaxed_trunc_f64x2_s_zero => emit_simd_unop(SimdUnOp::RelaxedTruncF64x2SZero, MemSize::S32);
            visit_i32x4_relaxed_trunc_f64x2_u_zero => emit_simd_unop(SimdUnOp::RelaxedTruncF64x2UZero, MemSize::S32);
            visit_f32x4_relaxed_madd => emit_simd_ternop(SimdTernOp::RelaxedMadd, MemSize::S32);
            visit_f32x4_relaxed_nmadd => emit_simd_ternop(SimdTernOp::RelaxedNmadd, MemSize::S32);
            visit_f64x2_relaxed_madd => emit_simd_ternop(SimdTernOp::RelaxedMadd, MemSize::S64);
            visit_f64x2_relaxed_nmadd => emit_simd_ternop(SimdTernOp::RelaxedNmadd, MemSize::S64);
            visit_i8x16_relaxed_laneselect => emit_simd_ternop(SimdTernOp::RelaxedLaneselect, MemSize::S8);
            visit_i16x8_relaxed_laneselect => emit_simd_ternop(SimdTernOp::RelaxedLaneselect, MemSize::S16);
            visit_i32x4_relaxed_laneselect => emit_simd_ternop(SimdTernOp::RelaxedLaneselect, MemSize::S32);
            visit_i64x2_relaxed_laneselect => emit_simd_ternop(SimdTernOp::RelaxedLaneselect, MemSize::S64);
            visit_f32x4_relaxed_min => emit_simd_binop(SimdBinOp::RelaxedMin, MemSize::S32);
            visit_f32x4_relaxed_max => emit_simd_binop(SimdBinOp::RelaxedMax, MemSize::S32);
            visit_f64x2_relaxed_min => emit_simd_binop(SimdBinOp::RelaxedMin, MemSize::S64);
            visit_f64x2_relaxed_max => emit_simd_binop(SimdBinOp::RelaxedMax, MemSize::S64);
            visit_i16x8_relaxed_q15mulr_s => emit_simd_binop(SimdBinOp::RelaxedQ15MulrS, MemSize::S16);
            visit_i16x8_relaxed_dot_i8x16_i7x16_s => emit_simd_binop(SimdBinOp::RelaxedDotI8x16I7x16S, MemSize::S16);
            visit_i32x4_relaxed_dot_i8x16_i7x16_add_s => emit_simd_ternop(SimdTernOp::RelaxedDotI8x16I7x16AddS, MemSize::S32);
        }
    };
}

/// Generates integer lane comparisons: `visit => (comparison, lane size)`.
macro_rules! simd_cmps {
    ($($visit:ident => $cmp:ident $lane:ident;)*) => {
        $(
            fn $visit(&mut self) -> Self::Output {
                self.emit_simd_cmp(IntCmp::$cmp, MemSize::$lane, stringify!($visit))
            }
        )*
    };
}

/// Generates the f32x4 and f64x2 variants of float lane operators:
/// `visit32 visit64 => kind op`, `kind` one of `binop`, `unop` and `cmp`.
macro_rules! simd_float_ops {
    ($($visit32:ident $visit64:ident => $kind:ident $op:ident;)*) => {
        $(
            simd_float_ops!(@one $kind $visit32 S32 $op);
            simd_float_ops!(@one $kind $visit64 S64 $op);
        )*
    };
    (@one binop $visit:ident $size:ident $op:ident) => {
        fn $visit(&mut self) -> Self::Output {
            self.emit_simd_float_binop(FloatBinOp::$op, OperandSize::$size, stringify!($visit))
        }
    };
    (@one unop $visit:ident $size:ident $op:ident) => {
        fn $visit(&mut self) -> Self::Output {
            self.emit_simd_float_unop(FloatUnOp::$op, OperandSize::$size, stringify!($visit))
        }
    };
    (@one cmp $visit:ident $size:ident $op:ident) => {
        fn $visit(&mut self) -> Self::Output {
            self.emit_simd_float_cmp(FloatCmp::$op, OperandSize::$size, stringify!($visit))
        }
    };
}

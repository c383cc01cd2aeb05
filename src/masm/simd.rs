//! The v128 half of the masm: [`SimdMasm`], which every ISA implements next
//! to its [`super::MacroAssembler`], and the operation enums it takes.
//!
//! Conventions for every method:
//! - `dst` may be any of the sources (the core usually passes `dst == lhs`);
//! - `lane` is the lane size the operation works in; for operations that
//!   change the lane width (extend, narrow, extmul, extadd, dot) it is the
//!   *result's* lane size;
//! - a method returns false, emitting nothing, when this ISA with the
//!   configured CPU features cannot do the operation; the core turns that
//!   into a `CompileError` naming the operator and the ISA;
//! - relaxed operations may give any result the relaxed-SIMD proposal
//!   allows; each ISA gives what Cranelift 0.99 gives on it, so that
//!   differential runs compare equal.

use super::{FloatBinOp, FloatCmp, FloatUnOp, IntCmp, MemSize, OperandSize, Reg, RegImm};

/// One-operand v128 operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimdUnOp {
    /// lane-wise integer absolute value (wrapping: `abs(MIN) == MIN`)
    Abs,
    /// `i8x16.popcnt`: per-byte population count
    Popcnt,
    /// the low half's lanes, sign-extended to twice their width
    ExtendLowS,
    /// the low half's lanes, zero-extended to twice their width
    ExtendLowU,
    /// the high half's lanes, sign-extended to twice their width
    ExtendHighS,
    /// the high half's lanes, zero-extended to twice their width
    ExtendHighU,
    /// sums of adjacent pairs of signed lanes, each twice as wide
    ExtAddPairwiseS,
    /// sums of adjacent pairs of unsigned lanes, each twice as wide
    ExtAddPairwiseU,
    /// `f32x4.convert_i32x4_s`
    F32x4ConvertI32x4S,
    /// `f32x4.convert_i32x4_u`
    F32x4ConvertI32x4U,
    /// `f64x2.convert_low_i32x4_s`
    F64x2ConvertLowI32x4S,
    /// `f64x2.convert_low_i32x4_u`
    F64x2ConvertLowI32x4U,
    /// `i32x4.trunc_sat_f32x4_s`: NaN to 0, saturating
    I32x4TruncSatF32x4S,
    /// `i32x4.trunc_sat_f32x4_u`
    I32x4TruncSatF32x4U,
    /// `i32x4.trunc_sat_f64x2_s_zero`: two lanes, the upper two zero
    I32x4TruncSatF64x2SZero,
    /// `i32x4.trunc_sat_f64x2_u_zero`
    I32x4TruncSatF64x2UZero,
    /// `f32x4.demote_f64x2_zero`
    F32x4DemoteF64x2Zero,
    /// `f64x2.promote_low_f32x4`
    F64x2PromoteLowF32x4,
    /// `i32x4.relaxed_trunc_f32x4_s`
    RelaxedTruncF32x4S,
    /// `i32x4.relaxed_trunc_f32x4_u`
    RelaxedTruncF32x4U,
    /// `i32x4.relaxed_trunc_f64x2_s_zero`
    RelaxedTruncF64x2SZero,
    /// `i32x4.relaxed_trunc_f64x2_u_zero`
    RelaxedTruncF64x2UZero,
}

/// Two-operand v128 operations: bitwise on all 128 bits, or lane-wise on
/// lanes of the size given with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimdBinOp {
    /// `v128.and`
    And,
    /// `v128.or`
    Or,
    /// `v128.xor`
    Xor,
    /// `v128.andnot`: `lhs & !rhs`
    AndNot,
    /// wrapping lane `+`
    Add,
    /// wrapping lane `-`
    Sub,
    /// wrapping lane `*` (16-, 32- and 64-bit lanes)
    Mul,
    /// signed saturating `+` (8- and 16-bit lanes)
    AddSatS,
    /// unsigned saturating `+` (8- and 16-bit lanes)
    AddSatU,
    /// signed saturating `-` (8- and 16-bit lanes)
    SubSatS,
    /// unsigned saturating `-` (8- and 16-bit lanes)
    SubSatU,
    /// signed lane minimum (8-, 16- and 32-bit lanes)
    MinS,
    /// unsigned lane minimum (8-, 16- and 32-bit lanes)
    MinU,
    /// signed lane maximum (8-, 16- and 32-bit lanes)
    MaxS,
    /// unsigned lane maximum (8-, 16- and 32-bit lanes)
    MaxU,
    /// unsigned rounding average `(a + b + 1) >> 1` (8- and 16-bit lanes)
    AvgrU,
    /// signed saturating narrowing: `lhs`'s lanes then `rhs`'s, each half as
    /// wide (`lane` is the result's: 8 or 16 bits)
    NarrowS,
    /// narrowing of signed lanes, saturating to the unsigned range
    NarrowU,
    /// products of the low halves' signed lanes, each twice as wide
    ExtMulLowS,
    /// products of the low halves' unsigned lanes, each twice as wide
    ExtMulLowU,
    /// products of the high halves' signed lanes, each twice as wide
    ExtMulHighS,
    /// products of the high halves' unsigned lanes, each twice as wide
    ExtMulHighU,
    /// `i32x4.dot_i16x8_s`: sums of adjacent signed 16-bit products
    DotI16x8S,
    /// `i16x8.q15mulr_sat_s`: `(a * b + 0x4000) >> 15`, saturating
    Q15MulrSatS,
    /// `i8x16.swizzle`: `lhs`'s bytes picked by `rhs`'s, 0 for indices > 15
    Swizzle,
    /// float lanes (32 or 64 bits): `rhs < lhs ? rhs : lhs`
    FloatPMin,
    /// float lanes (32 or 64 bits): `lhs < rhs ? rhs : lhs`
    FloatPMax,
    /// `i8x16.relaxed_swizzle`
    RelaxedSwizzle,
    /// `relaxed_min` on float lanes of `lane`
    RelaxedMin,
    /// `relaxed_max` on float lanes of `lane`
    RelaxedMax,
    /// `i16x8.relaxed_q15mulr_s`
    RelaxedQ15MulrS,
    /// `i16x8.relaxed_dot_i8x16_i7x16_s`
    RelaxedDotI8x16I7x16S,
}

/// Three-operand v128 operations: `dst = op(a, b, c)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimdTernOp {
    /// `relaxed_madd` on float lanes of `lane`: `a * b + c`
    RelaxedMadd,
    /// `relaxed_nmadd` on float lanes of `lane`: `-(a * b) + c`
    RelaxedNmadd,
    /// `relaxed_laneselect` in lanes of `lane`: `a` where `c`'s lane is set
    RelaxedLaneselect,
    /// `i32x4.relaxed_dot_i8x16_i7x16_add_s`: dot products of `a` and `b`'s
    /// bytes, four per lane, plus `c`
    RelaxedDotI8x16I7x16AddS,
}

/// Lane shifts; the amount is already reduced modulo the lane width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimdShiftOp {
    /// shift left
    Shl,
    /// arithmetic shift right
    ShrS,
    /// logical shift right
    ShrU,
}

/// v128 operations that produce an `i32` in a general register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimdReduceOp {
    /// `v128.any_true`: 1 if any bit is set
    AnyTrue,
    /// `*.all_true`: 1 if every lane of `lane` is non-zero
    AllTrue,
    /// `*.bitmask`: lane `i`'s top bit in bit `i`
    Bitmask,
}

/// The v128 operations of the masm (see the module documentation for the
/// conventions every method follows).
pub trait SimdMasm {
    /// Whether `relaxed_min`/`relaxed_max` are wasm's `min`/`max` here (as
    /// Cranelift makes them everywhere but x86_64), so that NaN
    /// canonicalization applies to them as to `min`/`max`.
    const RELAXED_MIN_MAX_ARE_MIN_MAX: bool;

    /// Copies `src` into every lane (of `lane` size) of the v128 register
    /// `dst`: the low bits of a GPR for integer lanes, the low lane of a
    /// float register for 32- and 64-bit float lanes.
    fn splat(&mut self, lane: MemSize, dst: Reg, src: Reg);
    /// Lane `index` (of `lane` size) of the v128 register `src` into `dst`:
    /// a GPR for integer lanes (8- and 16-bit lanes sign-extended to 32 bits
    /// when `signed`, else zero-extended), the low lane of a float register
    /// for float lanes.
    fn extract_lane(&mut self, lane: MemSize, signed: bool, index: u8, dst: Reg, src: Reg) -> bool;
    /// Replaces lane `index` (of `lane` size) of the v128 register `dst` by
    /// `src`: a GPR for integer lanes, a float register's low lane for float
    /// lanes.
    fn replace_lane(&mut self, lane: MemSize, index: u8, dst: Reg, src: Reg) -> bool;
    /// Puts the constant `bits` in the v128 register `dst`.
    fn v128_const(&mut self, dst: Reg, bits: u128);
    /// `dst = op(src)`.
    fn simd_unop(&mut self, op: SimdUnOp, lane: MemSize, dst: Reg, src: Reg) -> bool;
    /// `dst = lhs op rhs` (bitwise operations ignore `lane`).
    fn simd_binop(&mut self, op: SimdBinOp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool;
    /// `dst = op(a, b, c)`.
    fn simd_ternop(&mut self, op: SimdTernOp, lane: MemSize, dst: Reg, operands: [Reg; 3]) -> bool;
    /// Shifts every lane of `src` by `amount` (a GPR or an immediate, already
    /// reduced modulo the lane width) into `dst`.
    fn simd_shift(
        &mut self,
        op: SimdShiftOp,
        lane: MemSize,
        dst: Reg,
        src: Reg,
        amount: RegImm,
    ) -> bool;
    /// `dst` (a GPR) = `op(src)` as an `i32`.
    fn simd_reduce(&mut self, op: SimdReduceOp, lane: MemSize, dst: Reg, src: Reg) -> bool;
    /// `i8x16.shuffle`: byte `i` of `dst` is byte `lanes[i]` of `lhs ++ rhs`
    /// (every index is below 32).
    fn shuffle(&mut self, dst: Reg, lhs: Reg, rhs: Reg, lanes: [u8; 16]) -> bool;
    /// `dst = lhs cmp rhs` on integer lanes of `lane`: all ones in each lane
    /// where it holds, zeros elsewhere. `cmp` is `Eq`, `GtS`, `GeS`, `GtU` or
    /// `GeU` (the core swaps operands and inverts for the others).
    fn simd_cmp(&mut self, cmp: IntCmp, lane: MemSize, dst: Reg, lhs: Reg, rhs: Reg) -> bool;
    /// `dst = lhs op rhs` on float lanes of `size`: `Add`, `Sub`, `Mul`,
    /// `Div`, and `Min`/`Max` with wasm's NaN and signed-zero rules.
    fn simd_float_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool;
    /// `dst = op src` on float lanes of `size`: `Sqrt`, `Neg`, `Abs` and the
    /// four roundings.
    fn simd_float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) -> bool;
    /// `dst = lhs cmp rhs` on float lanes of `size`: all ones where it holds
    /// (never on NaN). `cmp` is `Eq`, `Gt` or `Ge` (the core swaps operands
    /// and inverts for the others); returns false for the others.
    fn simd_float_cmp(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
    ) -> bool;
}

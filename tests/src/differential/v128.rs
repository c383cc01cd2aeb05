//! Which `v128` results the differential oracle may compare with which
//! reference: [`crate::instrument`] folds each SIMD operator's result into
//! the global this module names for it.
//!
//! wasm leaves the NaN bits of float lane arithmetic open (any payload,
//! either sign), and relaxed-SIMD results are implementation-defined. Those
//! go into [`EXACT_GLOBAL`], which only a reference that must agree bit for
//! bit compares (Cranelift, on the same machine). Every other `v128` result
//! is a function of its operands' bits and goes into [`OBSERVED_GLOBAL`],
//! which wasmi compares too.
//!
//! [`EXACT_GLOBAL`]: crate::instrument::EXACT_GLOBAL
//! [`OBSERVED_GLOBAL`]: crate::instrument::OBSERVED_GLOBAL

use wasm_encoder::ValType;
use wasmparser_smith as wp;

/// The type of the scalar result of a SIMD operator that has one: lane
/// extraction, `any_true`, `all_true` and `bitmask`.
pub fn scalar_result(op: &wp::Operator) -> Option<ValType> {
    use wp::Operator as O;
    Some(match op {
        O::I8x16ExtractLaneS { .. }
        | O::I8x16ExtractLaneU { .. }
        | O::I16x8ExtractLaneS { .. }
        | O::I16x8ExtractLaneU { .. }
        | O::I32x4ExtractLane { .. }
        | O::V128AnyTrue
        | O::I8x16AllTrue
        | O::I16x8AllTrue
        | O::I32x4AllTrue
        | O::I64x2AllTrue
        | O::I8x16Bitmask
        | O::I16x8Bitmask
        | O::I32x4Bitmask
        | O::I64x2Bitmask => ValType::I32,
        O::I64x2ExtractLane { .. } => ValType::I64,
        O::F32x4ExtractLane { .. } => ValType::F32,
        O::F64x2ExtractLane { .. } => ValType::F64,
        _ => return None,
    })
}

/// Whether `op` is a relaxed-SIMD operator.
pub fn is_relaxed(op: &wp::Operator) -> bool {
    use wp::Operator as O;
    matches!(
        op,
        O::I8x16RelaxedSwizzle
            | O::I32x4RelaxedTruncF32x4S
            | O::I32x4RelaxedTruncF32x4U
            | O::I32x4RelaxedTruncF64x2SZero
            | O::I32x4RelaxedTruncF64x2UZero
            | O::F32x4RelaxedMadd
            | O::F32x4RelaxedNmadd
            | O::F64x2RelaxedMadd
            | O::F64x2RelaxedNmadd
            | O::I8x16RelaxedLaneselect
            | O::I16x8RelaxedLaneselect
            | O::I32x4RelaxedLaneselect
            | O::I64x2RelaxedLaneselect
            | O::F32x4RelaxedMin
            | O::F32x4RelaxedMax
            | O::F64x2RelaxedMin
            | O::F64x2RelaxedMax
            | O::I16x8RelaxedQ15mulrS
            | O::I16x8RelaxedDotI8x16I7x16S
            | O::I32x4RelaxedDotI8x16I7x16AddS
    )
}

/// Why wasmi 2.0 cannot run `op`, if it cannot: `v128.store8_lane` and
/// `v128.store16_lane` with an offset of 65,536 or more fail to decode in
/// wasmi's executor, which panics where it cannot unwind, aborting the
/// process (a reproducer is in `docs/FUZZING.md`).
pub fn wasmi_aborts_on(op: &wp::Operator) -> Option<String> {
    use wp::Operator as O;
    match op {
        O::V128Store8Lane { memarg, .. } | O::V128Store16Lane { memarg, .. }
            if memarg.offset >= 1 << 16 =>
        {
            Some(format!("{op:?}"))
        }
        _ => None,
    }
}

/// Where a `v128` result is folded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum V128Fold {
    /// Into `OBSERVED_GLOBAL`: its bits follow from its inputs'.
    Observed,
    /// Into `EXACT_GLOBAL`: the spec leaves its bits open.
    Exact,
}

/// Where the `v128` result of `op` is folded, if it has one (constants are
/// not folded).
pub fn v128_result(op: &wp::Operator) -> Option<V128Fold> {
    use wp::Operator as O;
    match op {
        // NaN lanes with any payload and sign (wasm-smith canonicalizes
        // the arithmetic ones right after them, not promote and demote),
        // and the relaxed operators' implementation-defined results.
        O::F32x4Add
        | O::F32x4Sub
        | O::F32x4Mul
        | O::F32x4Div
        | O::F32x4Min
        | O::F32x4Max
        | O::F32x4Sqrt
        | O::F32x4Ceil
        | O::F32x4Floor
        | O::F32x4Trunc
        | O::F32x4Nearest
        | O::F64x2Add
        | O::F64x2Sub
        | O::F64x2Mul
        | O::F64x2Div
        | O::F64x2Min
        | O::F64x2Max
        | O::F64x2Sqrt
        | O::F64x2Ceil
        | O::F64x2Floor
        | O::F64x2Trunc
        | O::F64x2Nearest
        | O::F32x4DemoteF64x2Zero
        | O::F64x2PromoteLowF32x4 => return Some(V128Fold::Exact),
        _ if is_relaxed(op) => return Some(V128Fold::Exact),
        // Constants, and stores (no result).
        O::V128Const { .. }
        | O::V128Store { .. }
        | O::V128Store8Lane { .. }
        | O::V128Store16Lane { .. }
        | O::V128Store32Lane { .. }
        | O::V128Store64Lane { .. } => return None,
        _ if scalar_result(op).is_some() => return None,
        _ => {}
    }
    // Every other SIMD operator (all named by their lane shape) has a
    // `v128` result determined by its operands: loads, splats, lane
    // replacement, shuffles, bitwise and integer operators, comparisons,
    // `abs`/`neg`/`pmin`/`pmax` (which only move bits), conversions from
    // integers, saturating truncations.
    const SHAPES: [&str; 7] = ["V128", "I8x16", "I16x8", "I32x4", "I64x2", "F32x4", "F64x2"];
    let name = format!("{op:?}");
    SHAPES
        .iter()
        .any(|shape| name.starts_with(shape))
        .then_some(V128Fold::Observed)
}

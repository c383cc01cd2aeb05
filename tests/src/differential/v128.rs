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

/// How [`SIMD_OPS`](crate::instrument::SIMD_OPS) pushes an operator's
/// operands, from its two parameters `a` and `b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operands {
    /// `a`.
    One,
    /// `a`, `b`.
    Two,
    /// `a`, `b`, `b`.
    Three,
    /// `a`, then `b`'s first byte as a shift count.
    Shift,
}

/// Where an operator's result goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sink {
    /// Into the observed `v128` global.
    Observed,
    /// Into the exact global only.
    Exact,
    /// Raw into the exact global, then, with its NaN lanes made canonical
    /// (f32 lanes, or f64 when true), into the observed one.
    Canonical(bool),
}

/// The binary operators (two `v128`s to a `v128`) whose results follow
/// from their operands' bits, NaN lanes included.
const BINARY: [wasm_encoder::Instruction<'static>; 97] = {
    use wasm_encoder::Instruction as I;
    [
        I::V128And,
        I::V128Or,
        I::V128Xor,
        I::V128AndNot,
        I::I8x16Swizzle,
        I::I8x16Shuffle([0, 17, 2, 19, 4, 21, 6, 23, 31, 30, 29, 28, 3, 5, 7, 16]),
        I::I8x16NarrowI16x8S,
        I::I8x16NarrowI16x8U,
        I::I8x16Add,
        I::I8x16AddSatS,
        I::I8x16AddSatU,
        I::I8x16Sub,
        I::I8x16SubSatS,
        I::I8x16SubSatU,
        I::I8x16MinS,
        I::I8x16MinU,
        I::I8x16MaxS,
        I::I8x16MaxU,
        I::I8x16AvgrU,
        I::I16x8NarrowI32x4S,
        I::I16x8NarrowI32x4U,
        I::I16x8Add,
        I::I16x8AddSatS,
        I::I16x8AddSatU,
        I::I16x8Sub,
        I::I16x8SubSatS,
        I::I16x8SubSatU,
        I::I16x8Mul,
        I::I16x8MinS,
        I::I16x8MinU,
        I::I16x8MaxS,
        I::I16x8MaxU,
        I::I16x8AvgrU,
        I::I16x8Q15MulrSatS,
        I::I16x8ExtMulLowI8x16S,
        I::I16x8ExtMulHighI8x16S,
        I::I16x8ExtMulLowI8x16U,
        I::I16x8ExtMulHighI8x16U,
        I::I32x4Add,
        I::I32x4Sub,
        I::I32x4Mul,
        I::I32x4MinS,
        I::I32x4MinU,
        I::I32x4MaxS,
        I::I32x4MaxU,
        I::I32x4DotI16x8S,
        I::I32x4ExtMulLowI16x8S,
        I::I32x4ExtMulHighI16x8S,
        I::I32x4ExtMulLowI16x8U,
        I::I32x4ExtMulHighI16x8U,
        I::I64x2Add,
        I::I64x2Sub,
        I::I64x2Mul,
        I::I64x2ExtMulLowI32x4S,
        I::I64x2ExtMulHighI32x4S,
        I::I64x2ExtMulLowI32x4U,
        I::I64x2ExtMulHighI32x4U,
        I::F32x4PMin,
        I::F32x4PMax,
        I::F64x2PMin,
        I::F64x2PMax,
        I::I8x16Eq,
        I::I8x16Ne,
        I::I8x16LtS,
        I::I8x16LtU,
        I::I8x16GtS,
        I::I8x16GtU,
        I::I8x16LeS,
        I::I8x16LeU,
        I::I8x16GeS,
        I::I8x16GeU,
        I::I16x8Eq,
        I::I16x8Ne,
        I::I16x8LtS,
        I::I16x8LtU,
        I::I16x8GtS,
        I::I16x8GtU,
        I::I16x8LeS,
        I::I16x8LeU,
        I::I16x8GeS,
        I::I16x8GeU,
        I::I32x4Eq,
        I::I32x4Ne,
        I::I32x4LtS,
        I::I32x4LtU,
        I::I32x4GtS,
        I::I32x4GtU,
        I::I32x4LeS,
        I::I32x4LeU,
        I::I32x4GeS,
        I::I32x4GeU,
        I::I64x2Eq,
        I::I64x2Ne,
        I::I64x2LtS,
        I::I64x2GtS,
        I::I64x2LeS,
        I::I64x2GeS,
    ]
};

/// The comparisons of float lanes, whose masks follow from the operands.
const FLOAT_COMPARISONS: [wasm_encoder::Instruction<'static>; 12] = {
    use wasm_encoder::Instruction as I;
    [
        I::F32x4Eq,
        I::F32x4Ne,
        I::F32x4Lt,
        I::F32x4Gt,
        I::F32x4Le,
        I::F32x4Ge,
        I::F64x2Eq,
        I::F64x2Ne,
        I::F64x2Lt,
        I::F64x2Gt,
        I::F64x2Le,
        I::F64x2Ge,
    ]
};

/// Float lane arithmetic, whose NaN lanes wasm leaves open: f32 lanes,
/// then f64 lanes.
const ARITHMETIC: [wasm_encoder::Instruction<'static>; 12] = {
    use wasm_encoder::Instruction as I;
    [
        I::F32x4Add,
        I::F32x4Sub,
        I::F32x4Mul,
        I::F32x4Div,
        I::F32x4Min,
        I::F32x4Max,
        I::F64x2Add,
        I::F64x2Sub,
        I::F64x2Mul,
        I::F64x2Div,
        I::F64x2Min,
        I::F64x2Max,
    ]
};

/// Shifts by a count taken from a `v128`'s first byte.
const SHIFTS: [wasm_encoder::Instruction<'static>; 12] = {
    use wasm_encoder::Instruction as I;
    [
        I::I8x16Shl,
        I::I8x16ShrS,
        I::I8x16ShrU,
        I::I16x8Shl,
        I::I16x8ShrS,
        I::I16x8ShrU,
        I::I32x4Shl,
        I::I32x4ShrS,
        I::I32x4ShrU,
        I::I64x2Shl,
        I::I64x2ShrS,
        I::I64x2ShrU,
    ]
};

/// The operators of one `v128` whose results follow from its bits.
const UNARY: [wasm_encoder::Instruction<'static>; 38] = {
    use wasm_encoder::Instruction as I;
    [
        I::V128Not,
        I::I8x16Abs,
        I::I8x16Neg,
        I::I8x16Popcnt,
        I::I16x8Abs,
        I::I16x8Neg,
        I::I32x4Abs,
        I::I32x4Neg,
        I::I64x2Abs,
        I::I64x2Neg,
        I::F32x4Abs,
        I::F32x4Neg,
        I::F64x2Abs,
        I::F64x2Neg,
        I::I16x8ExtAddPairwiseI8x16S,
        I::I16x8ExtAddPairwiseI8x16U,
        I::I32x4ExtAddPairwiseI16x8S,
        I::I32x4ExtAddPairwiseI16x8U,
        I::I16x8ExtendLowI8x16S,
        I::I16x8ExtendHighI8x16S,
        I::I16x8ExtendLowI8x16U,
        I::I16x8ExtendHighI8x16U,
        I::I32x4ExtendLowI16x8S,
        I::I32x4ExtendHighI16x8S,
        I::I32x4ExtendLowI16x8U,
        I::I32x4ExtendHighI16x8U,
        I::I64x2ExtendLowI32x4S,
        I::I64x2ExtendHighI32x4S,
        I::I64x2ExtendLowI32x4U,
        I::I64x2ExtendHighI32x4U,
        I::I32x4TruncSatF32x4S,
        I::I32x4TruncSatF32x4U,
        I::I32x4TruncSatF64x2SZero,
        I::I32x4TruncSatF64x2UZero,
        I::F32x4ConvertI32x4S,
        I::F32x4ConvertI32x4U,
        I::F64x2ConvertLowI32x4S,
        I::F64x2ConvertLowI32x4U,
    ]
};

/// The operators of one `v128` whose NaN lanes wasm leaves open: f32
/// lanes, then f64 lanes.
const UNARY_ARITHMETIC: [wasm_encoder::Instruction<'static>; 12] = {
    use wasm_encoder::Instruction as I;
    [
        I::F32x4Sqrt,
        I::F32x4Ceil,
        I::F32x4Floor,
        I::F32x4Trunc,
        I::F32x4Nearest,
        I::F32x4DemoteF64x2Zero,
        I::F64x2Sqrt,
        I::F64x2Ceil,
        I::F64x2Floor,
        I::F64x2Trunc,
        I::F64x2Nearest,
        I::F64x2PromoteLowF32x4,
    ]
};

/// The relaxed-SIMD operators of two operands, then those of three.
const RELAXED: [wasm_encoder::Instruction<'static>; 16] = {
    use wasm_encoder::Instruction as I;
    [
        I::I8x16RelaxedSwizzle,
        I::F32x4RelaxedMin,
        I::F32x4RelaxedMax,
        I::F64x2RelaxedMin,
        I::F64x2RelaxedMax,
        I::I16x8RelaxedQ15mulrS,
        I::I16x8RelaxedDotI8x16I7x16S,
        I::F32x4RelaxedMadd,
        I::F32x4RelaxedNmadd,
        I::F64x2RelaxedMadd,
        I::F64x2RelaxedNmadd,
        I::I8x16RelaxedLaneselect,
        I::I16x8RelaxedLaneselect,
        I::I32x4RelaxedLaneselect,
        I::I64x2RelaxedLaneselect,
        I::I32x4RelaxedDotI8x16I7x16AddS,
    ]
};

/// The relaxed operators of [`RELAXED`] that take two operands.
const RELAXED_BINARY: usize = 7;

/// The relaxed operators of one operand (implementation-defined results).
const RELAXED_UNARY: [wasm_encoder::Instruction<'static>; 4] = {
    use wasm_encoder::Instruction as I;
    [
        I::I32x4RelaxedTruncF32x4S,
        I::I32x4RelaxedTruncF32x4U,
        I::I32x4RelaxedTruncF64x2SZero,
        I::I32x4RelaxedTruncF64x2UZero,
    ]
};

/// An operator, how its operands are pushed and where its result goes.
type Application = (wasm_encoder::Instruction<'static>, Operands, Sink);

/// Every SIMD operator but loads, stores, lane accesses, splats,
/// reductions, constants and the shuffle's other patterns, relaxed ones
/// with `relaxed`.
fn every_operator(relaxed: bool) -> impl Iterator<Item = Application> {
    use Operands::{One, Shift, Three, Two};
    let (relaxed_unary, relaxed_binary, relaxed_ternary) = if relaxed {
        (
            &RELAXED_UNARY[..],
            &RELAXED[..RELAXED_BINARY],
            &RELAXED[RELAXED_BINARY..],
        )
    } else {
        (&[][..], &[][..], &[][..])
    };
    let lists = [
        (&UNARY[..], One, Sink::Observed),
        (&UNARY_ARITHMETIC[..6], One, Sink::Canonical(false)),
        (&UNARY_ARITHMETIC[6..], One, Sink::Canonical(true)),
        (&BINARY[..], Two, Sink::Observed),
        (&FLOAT_COMPARISONS[..], Two, Sink::Observed),
        (&ARITHMETIC[..6], Two, Sink::Canonical(false)),
        (&ARITHMETIC[6..], Two, Sink::Canonical(true)),
        (&SHIFTS[..], Shift, Sink::Observed),
        (
            &[wasm_encoder::Instruction::V128Bitselect][..],
            Three,
            Sink::Observed,
        ),
        (relaxed_unary, One, Sink::Exact),
        (relaxed_binary, Two, Sink::Exact),
        (relaxed_ternary, Three, Sink::Exact),
    ];
    lists
        .into_iter()
        .flat_map(|(list, operands, sink)| list.iter().map(move |op| (op.clone(), operands, sink)))
}

/// Where the SIMD rewrite keeps its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slots {
    /// The `v128` global the results with defined bits are mixed into.
    pub observed: u32,
    /// The `v128` global the results with open bits are mixed into.
    pub exact: u32,
    /// The `i64` global counting the `v128` results folded.
    pub count: u32,
    /// Two scratch `v128` locals.
    pub locals: [u32; 2],
    /// Whether promotion's and demotion's raw results stay out of the
    /// exact global (see `Options::canonical_conversions`): only their
    /// canonicalized results are folded.
    pub canonical_conversions: bool,
}

impl Slots {
    /// Emits the fold of the `v128` on top of the stack (which stays
    /// there) into the global `into` names, and counts it.
    pub fn fold(&self, f: &mut wasm_encoder::Function, into: V128Fold) {
        use wasm_encoder::Instruction as I;
        f.instruction(&I::LocalTee(self.locals[0]));
        f.instruction(&I::LocalGet(self.locals[0]));
        self.mix(f, into == V128Fold::Exact);
        f.instruction(&I::GlobalGet(self.count));
        f.instruction(&I::I64Const(1));
        f.instruction(&I::I64Add);
        f.instruction(&I::GlobalSet(self.count));
    }

    /// Emits `op` on locals `a` and `b` as `operands` says, and sends its
    /// result where `sink` says.
    fn apply(
        &self,
        f: &mut wasm_encoder::Function,
        (op, operands, sink): Application,
        a: u32,
        b: u32,
    ) {
        use wasm_encoder::Instruction as I;
        f.instruction(&I::LocalGet(a));
        match operands {
            Operands::One => {}
            Operands::Two => {
                f.instruction(&I::LocalGet(b));
            }
            Operands::Three => {
                f.instruction(&I::LocalGet(b));
                f.instruction(&I::LocalGet(b));
            }
            Operands::Shift => {
                f.instruction(&I::LocalGet(b));
                f.instruction(&I::I8x16ExtractLaneU(0));
            }
        }
        f.instruction(&op);
        match sink {
            Sink::Observed => self.mix(f, false),
            Sink::Exact => self.mix(f, true),
            Sink::Canonical(double) => {
                let temporary = self.locals[1];
                let conversion = matches!(op, I::F32x4DemoteF64x2Zero | I::F64x2PromoteLowF32x4);
                if conversion && self.canonical_conversions {
                    f.instruction(&I::LocalSet(temporary));
                } else {
                    f.instruction(&I::LocalTee(temporary));
                    self.mix(f, true);
                }
                // wasm-smith's canonicalization: NaN lanes, where the
                // result differs from itself, become the canonical NaN.
                let (nan, eq) = if double {
                    (0x7ff8_0000_0000_0000_u128 * (1 + (1 << 64)), I::F64x2Eq)
                } else {
                    (
                        0x7fc0_0000_u128 * (1 + (1 << 32) + (1 << 64) + (1 << 96)),
                        I::F32x4Eq,
                    )
                };
                f.instruction(&I::LocalGet(temporary));
                f.instruction(&I::V128Const(nan as i128));
                f.instruction(&I::LocalGet(temporary));
                f.instruction(&I::LocalGet(temporary));
                f.instruction(&eq);
                f.instruction(&I::V128Bitselect);
                self.mix(f, false);
            }
        }
    }

    /// The body of [`SIMD_OPS`](crate::instrument::SIMD_OPS), of type
    /// `[v128 v128] -> []`: every SIMD operator [`every_operator`] lists
    /// (relaxed ones with `relaxed`), applied to the parameters, each
    /// result folded in and counted. wasm-smith seldom has two `v128`s on
    /// the stack, so its code has few binary SIMD operators (30
    /// `i32x4.add`s in 1,000 modules), and their operands are mostly
    /// zeros and constants; the oracle passes edge lanes and NaNs.
    pub fn every_operator_body(&self, relaxed: bool) -> wasm_encoder::Function {
        use wasm_encoder::Instruction as I;
        let slots = Slots {
            locals: [2, 2],
            ..*self
        };
        let mut f = wasm_encoder::Function::new([(1, wasm_encoder::ValType::V128)]);
        let mut count = 0;
        for op in every_operator(relaxed) {
            slots.apply(&mut f, op, 0, 1);
            count += 1;
        }
        f.instruction(&I::GlobalGet(self.count));
        f.instruction(&I::I64Const(count));
        f.instruction(&I::I64Add);
        f.instruction(&I::GlobalSet(self.count));
        f.instruction(&I::End);
        f
    }

    /// Mixes (and pops) the `v128` on top of the stack into the observed
    /// global, or the exact one: `g = (g ^ v) * FNV_PRIME` in each 64-bit
    /// lane.
    fn mix(&self, f: &mut wasm_encoder::Function, exact: bool) {
        use wasm_encoder::Instruction as I;
        let global = if exact { self.exact } else { self.observed };
        const PRIME: i128 = 0x100_0000_01b3 * (1 + (1 << 64));
        f.instruction(&I::GlobalGet(global));
        f.instruction(&I::V128Xor);
        f.instruction(&I::V128Const(PRIME));
        f.instruction(&I::I64x2Mul);
        f.instruction(&I::GlobalSet(global));
    }
}

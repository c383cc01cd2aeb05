//! Rewrites a generated module so that the differential oracle sees more of
//! what it computes.
//!
//! wasm-smith's code drops most of the values it computes, so a miscompiled
//! operator rarely reaches a result, a global or a memory. [`observable`]
//! re-encodes the module so that:
//! - every integer value computed by an arithmetic, comparison, conversion
//!   or load operator is folded into an exported `i64` global,
//!   [`OBSERVED_GLOBAL`], by `h = (h ^ zext(v)) * FNV_PRIME`, which
//!   depends on every value and its order;
//! - every memory is at least one page long, so that loads and stores mostly
//!   stay in bounds;
//! - every imported function gets an exported wrapper that passes its
//!   parameters on ([`WRAPPER_PREFIX`]), and every table one that copies an
//!   element within it ([`TABLE_COPY_PREFIX`]) and one that stores a
//!   reference the host passes ([`TABLE_SET_PREFIX`]); with
//!   [`Options::fold_floats`], one that applies every canonicalizing float
//!   operator to its parameters ([`FLOAT_OPS`]); with [`Options::simd`],
//!   one that applies every SIMD operator to two `v128`s ([`SIMD_OPS`]).
//!
//! With [`Options::simd`], every `v128` result (but constants) is mixed
//! into a `v128` global and counted in [`V128_FOLDS_GLOBAL`]: into
//! [`V128_GLOBAL`] when its bits are determined by the operator's inputs,
//! into [`EXACT_GLOBAL`] when the spec leaves them open (the NaN bits of
//! float lane arithmetic, rounding, promotion and demotion, and every
//! relaxed-SIMD result), for comparisons between compilers that must agree
//! bit for bit.
//!
//! Float results are not folded in by default: NaN bit patterns
//! legitimately differ between engines. Float comparisons and truncations,
//! which produce integers, are. [`observable_with`] can also fold float
//! results (for engines that both canonicalize NaNs) and route every
//! comparison through a fused `if`, `br_if` or `select` before folding it.

use crate::differential::v128::{scalar_result, v128_result, Slots, V128Fold};
use wasm_encoder::reencode::{utils, Error, Reencode};
use wasm_encoder::{ConstExpr, ExportKind, GlobalType, Instruction, ValType};
use wasmparser_smith as wp;

/// The name under which the folded value is exported.
pub const OBSERVED_GLOBAL: &str = "kindling_observed";

/// The prefix of the exports added to call each imported function with
/// the oracle's arguments: wasm-smith's code rarely calls an import with
/// parameters (the operand stack seldom matches), so arguments would
/// hardly ever cross from kindling's code into the host.
pub const WRAPPER_PREFIX: &str = "kindling_call_import_";

/// The prefix of the exports added to copy an element within each table,
/// from and to indices the oracle's arguments choose (modulo the size):
/// wasm-smith's code rarely stores to a table.
pub const TABLE_COPY_PREFIX: &str = "kindling_table_copy_";

/// The prefix of the exports added to store a reference the oracle passes
/// into each table, at an index its argument chooses (modulo the size).
pub const TABLE_SET_PREFIX: &str = "kindling_table_set_";

/// The export added with [`Options::fold_floats`]: applies every float
/// operator that canonicalizes NaNs to its parameters (the oracle passes
/// NaNs a quarter of the time) and folds each result in.
pub const FLOAT_OPS: &str = "kindling_float_ops";

/// The name under which the folded `v128` results whose bits follow from
/// their operands are exported (with [`Options::simd`]).
pub const V128_GLOBAL: &str = "kindling_observed_v128";

/// The name under which the folded `v128` results whose bits the spec
/// leaves open are exported (with [`Options::simd`]): only a reference that
/// must agree bit for bit (Cranelift on the same machine) compares it.
pub const EXACT_GLOBAL: &str = "kindling_observed_exact";

/// The name under which the number of `v128` results folded so far is
/// exported (with [`Options::simd`]).
pub const V128_FOLDS_GLOBAL: &str = "kindling_v128_folds";

/// The export added with [`Options::simd`]: applies every SIMD operator
/// (relaxed ones with [`Options::relaxed_simd`]) to its two `v128`
/// parameters and folds each result in.
pub const SIMD_OPS: &str = "kindling_simd_ops";

/// The FNV-1a 64-bit prime.
const FNV_PRIME: i64 = 0x100_0000_01b3;

/// How [`observable_with`] rewrites a module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Rebuild every comparison's result through a fused consumer, in
    /// turn `if`, `br_if` and `select`, before folding it in (see
    /// [`observable_with`]).
    pub fused_compares: bool,
    /// Fold float results too, by their bits (only where both engines
    /// canonicalize NaNs, so the bits must agree).
    pub fold_floats: bool,
    /// The module may hold SIMD: fold `v128` results as well (see the
    /// module docs), adding [`V128_GLOBAL`], [`EXACT_GLOBAL`] and
    /// [`V128_FOLDS_GLOBAL`].
    pub simd: bool,
    /// The module may hold relaxed SIMD: the combinations of results use
    /// relaxed operators too.
    pub relaxed_simd: bool,
    /// Make the NaN results of promotion and demotion (scalar and `v128`)
    /// canonical, as wasm-smith's `canonicalize_nans` makes those of float
    /// arithmetic: their NaN bits are open too (x86_64 and aarch64 keep
    /// the payload, RISC-V gives the canonical NaN), and wasm-smith leaves
    /// them out.
    pub canonical_conversions: bool,
}

/// `wasm`, rewritten as described in the module docs, or `None` when it
/// cannot be (it does not parse, or has no global or export section to
/// extend; wasm-smith's `ensure_termination` always adds a global).
pub fn observable(wasm: &[u8]) -> Option<Vec<u8>> {
    observable_with(wasm, Options::default())
}

/// [`observable`], with `options`.
///
/// By default a comparison's result is tapped with `local.tee` like any
/// other integer, which materializes it: a compiler that keeps comparisons
/// latent and fuses them into the branch that consumes them never gets to
/// fuse. With [`Options::fused_compares`] every comparison instead feeds a
/// consumer that rebuilds its 0 or 1 (`if (result i32) 1 else 0`, a
/// `block` whose `br_if` carries 1 out, or `select 1 0`), and that value
/// is folded in: the fused forms run on every comparison and their results
/// are still observed, with the same folded value as without the option.
pub fn observable_with(wasm: &[u8], options: Options) -> Option<Vec<u8>> {
    let layout = Layout::of(wasm)?;
    let mut rewriter = Rewriter {
        observed: layout.globals,
        params: layout.params,
        next_body: 0,
        added_global: false,
        added_export: false,
        imported_funcs: layout.imported_funcs,
        wrappers: false,
        pair_type: layout.types,
        tables: layout.tables,
        options,
        compares: 0,
    };
    let mut module = wasm_encoder::Module::new();
    rewriter
        .parse_core_module(&mut module, wp::Parser::new(0), wasm)
        .ok()?;
    (rewriter.added_global && rewriter.added_export).then(|| module.finish())
}

/// What the rewrite needs to know before it reaches the code.
struct Layout {
    /// The number of globals (imported and defined): the new global's index.
    globals: u32,
    /// The parameter count of each defined function, in order.
    params: Vec<u32>,
    /// The type index and parameter count of each imported function.
    imported_funcs: Vec<(u32, u32)>,
    /// The number of types: the added type's index.
    types: u32,
    /// Whether each table (imported and defined) holds externrefs.
    tables: Vec<bool>,
}

impl Layout {
    fn of(wasm: &[u8]) -> Option<Layout> {
        let mut type_params: Vec<u32> = Vec::new();
        let mut layout = Layout {
            globals: 0,
            params: Vec::new(),
            imported_funcs: Vec::new(),
            types: 0,
            tables: Vec::new(),
        };
        for payload in wp::Parser::new(0).parse_all(wasm) {
            match payload.ok()? {
                wp::Payload::TypeSection(section) => {
                    for ty in section.into_iter_err_on_gc_types() {
                        type_params.push(ty.ok()?.params().len() as u32);
                    }
                }
                wp::Payload::ImportSection(section) => {
                    for import in section.into_imports() {
                        match import.ok()?.ty {
                            wp::TypeRef::Global(_) => layout.globals += 1,
                            wp::TypeRef::Func(ty) => layout
                                .imported_funcs
                                .push((ty, *type_params.get(ty as usize)?)),
                            wp::TypeRef::Table(t) => layout.tables.push(is_externref(&t)),
                            _ => {}
                        }
                    }
                }
                wp::Payload::FunctionSection(section) => {
                    for ty in section {
                        layout.params.push(*type_params.get(ty.ok()? as usize)?);
                    }
                }
                wp::Payload::GlobalSection(section) => layout.globals += section.count(),
                wp::Payload::TableSection(section) => {
                    for table in section {
                        layout.tables.push(is_externref(&table.ok()?.ty));
                    }
                }
                _ => {}
            }
        }
        layout.types = type_params.len() as u32;
        Some(layout)
    }
}

fn is_externref(t: &wp::TableType) -> bool {
    t.element_type == wp::RefType::EXTERNREF
}

struct Rewriter {
    /// The index of the added global.
    observed: u32,
    params: Vec<u32>,
    next_body: usize,
    added_global: bool,
    added_export: bool,
    /// The type index and parameter count of each imported function.
    imported_funcs: Vec<(u32, u32)>,
    /// Whether the wrappers were declared (in the function section, which a
    /// module without defined functions lacks).
    wrappers: bool,
    /// The index of the added types `[i32 i32] -> []`, then
    /// `[i32 funcref] -> []` and `[i32 externref] -> []`.
    pair_type: u32,
    /// Whether each table holds externrefs.
    tables: Vec<bool>,
    options: Options,
    /// Comparisons rewritten so far, to rotate through the fused forms.
    compares: u64,
}

/// The operand type of a comparison, and whether it takes one operand.
fn comparison(op: &wp::Operator) -> Option<(ValType, bool)> {
    use wp::Operator as O;
    Some(match op {
        O::I32Eqz => (ValType::I32, true),
        O::I64Eqz => (ValType::I64, true),
        O::I32Eq
        | O::I32Ne
        | O::I32LtS
        | O::I32LtU
        | O::I32GtS
        | O::I32GtU
        | O::I32LeS
        | O::I32LeU
        | O::I32GeS
        | O::I32GeU => (ValType::I32, false),
        O::I64Eq
        | O::I64Ne
        | O::I64LtS
        | O::I64LtU
        | O::I64GtS
        | O::I64GtU
        | O::I64LeS
        | O::I64LeU
        | O::I64GeS
        | O::I64GeU => (ValType::I64, false),
        O::F32Eq | O::F32Ne | O::F32Lt | O::F32Gt | O::F32Le | O::F32Ge => (ValType::F32, false),
        O::F64Eq | O::F64Ne | O::F64Lt | O::F64Gt | O::F64Le | O::F64Ge => (ValType::F64, false),
        _ => return None,
    })
}

/// The float type `op` produces, for [`Options::fold_floats`].
fn float_result(op: &wp::Operator) -> Option<ValType> {
    use wp::Operator as O;
    Some(match op {
        O::F32Abs
        | O::F32Neg
        | O::F32Ceil
        | O::F32Floor
        | O::F32Trunc
        | O::F32Nearest
        | O::F32Sqrt
        | O::F32Add
        | O::F32Sub
        | O::F32Mul
        | O::F32Div
        | O::F32Min
        | O::F32Max
        | O::F32Copysign
        | O::F32ConvertI32S
        | O::F32ConvertI32U
        | O::F32ConvertI64S
        | O::F32ConvertI64U
        | O::F32DemoteF64
        | O::F32ReinterpretI32
        | O::F32Load { .. } => ValType::F32,
        O::F64Abs
        | O::F64Neg
        | O::F64Ceil
        | O::F64Floor
        | O::F64Trunc
        | O::F64Nearest
        | O::F64Sqrt
        | O::F64Add
        | O::F64Sub
        | O::F64Mul
        | O::F64Div
        | O::F64Min
        | O::F64Max
        | O::F64Copysign
        | O::F64ConvertI32S
        | O::F64ConvertI32U
        | O::F64ConvertI64S
        | O::F64ConvertI64U
        | O::F64PromoteF32
        | O::F64ReinterpretI64
        | O::F64Load { .. } => ValType::F64,
        _ => return scalar_result(op).filter(|t| matches!(t, ValType::F32 | ValType::F64)),
    })
}

/// A promotion's or demotion's result: its float type, or its `v128`
/// lane width in bits.
#[derive(Clone, Copy)]
enum Conversion {
    /// A scalar of this type.
    Scalar(ValType),
    /// A `v128` of lanes this many bits wide.
    Lanes(u32),
}

/// What a promotion or demotion produces (for
/// [`Options::canonical_conversions`]).
fn conversion_result(op: &wp::Operator) -> Option<Conversion> {
    use wp::Operator as O;
    Some(match op {
        O::F32DemoteF64 => Conversion::Scalar(ValType::F32),
        O::F64PromoteF32 => Conversion::Scalar(ValType::F64),
        O::F32x4DemoteF64x2Zero => Conversion::Lanes(32),
        O::F64x2PromoteLowF32x4 => Conversion::Lanes(64),
        _ => return None,
    })
}

/// The scratch locals a rewritten body uses, after its own.
struct Scratch {
    /// First index: i32, i64, then two each of i32, i64, f32, f64, then
    /// (with [`Options::simd`]) two v128s.
    base: u32,
}

impl Scratch {
    const TYPES: [ValType; 10] = [
        ValType::I32,
        ValType::I64,
        ValType::I32,
        ValType::I32,
        ValType::I64,
        ValType::I64,
        ValType::F32,
        ValType::F32,
        ValType::F64,
        ValType::F64,
    ];

    /// The local for a tapped value of type `ty`.
    fn tap(&self, ty: ValType) -> u32 {
        match ty {
            ValType::I32 => self.base,
            ValType::I64 => self.base + 1,
            _ => self.operand(ty, 0),
        }
    }

    /// The local for a comparison's operand `i` (0 or 1) of type `ty`.
    fn operand(&self, ty: ValType, i: u32) -> u32 {
        let pair = match ty {
            ValType::I32 => 2,
            ValType::I64 => 4,
            ValType::F32 => 6,
            _ => 8,
        };
        self.base + pair + i
    }
}

/// The integer type `op` produces when its result is to be observed.
fn observed_result(op: &wp::Operator) -> Option<ValType> {
    use wp::Operator as O;
    if comparison(op).is_some() {
        return Some(ValType::I32);
    }
    Some(match op {
        O::I32Clz
        | O::I32Ctz
        | O::I32Popcnt
        | O::I32Add
        | O::I32Sub
        | O::I32Mul
        | O::I32DivS
        | O::I32DivU
        | O::I32RemS
        | O::I32RemU
        | O::I32And
        | O::I32Or
        | O::I32Xor
        | O::I32Shl
        | O::I32ShrS
        | O::I32ShrU
        | O::I32Rotl
        | O::I32Rotr
        | O::I32WrapI64
        | O::I32TruncF32S
        | O::I32TruncF32U
        | O::I32TruncF64S
        | O::I32TruncF64U
        | O::I32TruncSatF32S
        | O::I32TruncSatF32U
        | O::I32TruncSatF64S
        | O::I32TruncSatF64U
        | O::I32Extend8S
        | O::I32Extend16S
        | O::I32Load { .. }
        | O::I32Load8S { .. }
        | O::I32Load8U { .. }
        | O::I32Load16S { .. }
        | O::I32Load16U { .. } => ValType::I32,
        O::I64Clz
        | O::I64Ctz
        | O::I64Popcnt
        | O::I64Add
        | O::I64Sub
        | O::I64Mul
        | O::I64DivS
        | O::I64DivU
        | O::I64RemS
        | O::I64RemU
        | O::I64And
        | O::I64Or
        | O::I64Xor
        | O::I64Shl
        | O::I64ShrS
        | O::I64ShrU
        | O::I64Rotl
        | O::I64Rotr
        | O::I64ExtendI32S
        | O::I64ExtendI32U
        | O::I64TruncF32S
        | O::I64TruncF32U
        | O::I64TruncF64S
        | O::I64TruncF64U
        | O::I64TruncSatF32S
        | O::I64TruncSatF32U
        | O::I64TruncSatF64S
        | O::I64TruncSatF64U
        | O::I64Extend8S
        | O::I64Extend16S
        | O::I64Extend32S
        | O::I64Load { .. }
        | O::I64Load8S { .. }
        | O::I64Load8U { .. }
        | O::I64Load16S { .. }
        | O::I64Load16U { .. }
        | O::I64Load32S { .. }
        | O::I64Load32U { .. } => ValType::I64,
        _ => return scalar_result(op).filter(|t| matches!(t, ValType::I32 | ValType::I64)),
    })
}

impl Rewriter {
    /// Emits `compare` so that its result is consumed by a fused form and
    /// rebuilt as 0 or 1.
    fn fused(
        &mut self,
        f: &mut wasm_encoder::Function,
        scratch: &Scratch,
        compare: Instruction<'_>,
        ty: ValType,
        unary: bool,
    ) {
        use wasm_encoder::BlockType;
        // wasmi 2.0 gets `select` wrong when its condition is an `eqz`
        // (or a comparison with zero; see docs/FUZZING.md): `eqz` never
        // takes the `select` form, and the other comparisons' operands
        // come from locals, so wasmi never sees a constant zero.
        let form = match self.compares % 3 {
            2 if unary => 0,
            form => form,
        };
        self.compares += 1;
        if form == 0 {
            f.instruction(&compare);
            f.instruction(&Instruction::If(BlockType::Result(ValType::I32)));
            f.instruction(&Instruction::I32Const(1));
            f.instruction(&Instruction::Else);
            f.instruction(&Instruction::I32Const(0));
            f.instruction(&Instruction::End);
            return;
        }
        // The operands go to scratch locals, so the constants can go under
        // them.
        let operands = if unary { 1 } else { 2 };
        for i in (0..operands).rev() {
            f.instruction(&Instruction::LocalSet(scratch.operand(ty, i)));
        }
        let reload = |f: &mut wasm_encoder::Function| {
            for i in 0..operands {
                f.instruction(&Instruction::LocalGet(scratch.operand(ty, i)));
            }
            f.instruction(&compare);
        };
        if form == 1 {
            f.instruction(&Instruction::Block(BlockType::Result(ValType::I32)));
            f.instruction(&Instruction::I32Const(1));
            reload(f);
            f.instruction(&Instruction::BrIf(0));
            f.instruction(&Instruction::Drop);
            f.instruction(&Instruction::I32Const(0));
            f.instruction(&Instruction::End);
        } else {
            f.instruction(&Instruction::I32Const(1));
            f.instruction(&Instruction::I32Const(0));
            reload(f);
            f.instruction(&Instruction::Select);
        }
    }

    /// Replaces the float (or float lanes) on top of the stack by the
    /// canonical NaN where it is a NaN, as wasm-smith's `canonicalize_nans`
    /// does: `x == x ? x : nan`, by `select` or `v128.bitselect`.
    fn canonicalize(&self, f: &mut wasm_encoder::Function, scratch: &Scratch, kind: Conversion) {
        const F32_NAN: u32 = 0x7fc0_0000;
        const F64_NAN: u64 = 0x7ff8_0000_0000_0000;
        let (local, nan, eq, select) = match kind {
            Conversion::Scalar(ValType::F32) => (
                scratch.tap(ValType::F32),
                Instruction::F32Const(f32::from_bits(F32_NAN).into()),
                Instruction::F32Eq,
                Instruction::Select,
            ),
            Conversion::Scalar(_) => (
                scratch.tap(ValType::F64),
                Instruction::F64Const(f64::from_bits(F64_NAN).into()),
                Instruction::F64Eq,
                Instruction::Select,
            ),
            Conversion::Lanes(bits) => {
                let (lane, eq) = if bits == 32 {
                    (u128::from(F32_NAN), Instruction::F32x4Eq)
                } else {
                    (u128::from(F64_NAN), Instruction::F64x2Eq)
                };
                let lanes = (0..128 / bits).fold(0, |v, i| v | lane << (i * bits));
                let local = self.v128_slots(scratch).locals[0];
                (
                    local,
                    Instruction::V128Const(lanes as i128),
                    eq,
                    Instruction::V128Bitselect,
                )
            }
        };
        f.instruction(&Instruction::LocalTee(local));
        f.instruction(&nan);
        f.instruction(&Instruction::LocalGet(local));
        f.instruction(&Instruction::LocalGet(local));
        f.instruction(&eq);
        f.instruction(&select);
    }

    /// Folds the value of type `ty` on top of the stack into the observed
    /// global, leaving it there.
    fn fold(&self, f: &mut wasm_encoder::Function, scratch: &Scratch, ty: ValType) {
        let local = scratch.tap(ty);
        f.instruction(&Instruction::LocalTee(local));
        f.instruction(&Instruction::LocalGet(local));
        self.fold_top(f, ty);
    }

    /// Folds the `v128` on top of the stack into the global `into` says,
    /// leaving it there, and counts it.
    fn fold_v128(&self, f: &mut wasm_encoder::Function, scratch: &Scratch, into: V128Fold) {
        self.v128_slots(scratch).fold(f, into);
    }

    /// Where [`Slots`] keeps its state in a body with `scratch`.
    fn v128_slots(&self, scratch: &Scratch) -> Slots {
        let v128 = scratch.base + Scratch::TYPES.len() as u32;
        Slots {
            observed: self.observed + 1,
            exact: self.observed + 2,
            count: self.observed + 3,
            locals: [v128, v128 + 1],
            canonical_conversions: self.options.canonical_conversions,
        }
    }

    /// Folds (and pops) the value of type `ty` on top of the stack.
    fn fold_top(&self, f: &mut wasm_encoder::Function, ty: ValType) {
        self.fold_top_into(f, ty, self.observed);
    }

    /// Folds (and pops) the value of type `ty` on top of the stack into
    /// the global `global`.
    fn fold_top_into(&self, f: &mut wasm_encoder::Function, ty: ValType, global: u32) {
        match ty {
            ValType::I32 => {
                f.instruction(&Instruction::I64ExtendI32U);
            }
            ValType::F32 => {
                f.instruction(&Instruction::I32ReinterpretF32);
                f.instruction(&Instruction::I64ExtendI32U);
            }
            ValType::F64 => {
                f.instruction(&Instruction::I64ReinterpretF64);
            }
            _ => {}
        }
        f.instruction(&Instruction::GlobalGet(global));
        f.instruction(&Instruction::I64Xor);
        f.instruction(&Instruction::I64Const(FNV_PRIME));
        f.instruction(&Instruction::I64Mul);
        f.instruction(&Instruction::GlobalSet(global));
    }
}

impl Rewriter {
    /// The body of [`FLOAT_OPS`]: every float operator that canonicalizes
    /// NaNs, applied to the parameters `(f32 a, f32 b, f64 c, f64 d)`, each
    /// result folded in by its bits.
    fn float_ops(&self) -> wasm_encoder::Function {
        use Instruction as I;
        let mut f = wasm_encoder::Function::new([]);
        let fold = |f: &mut wasm_encoder::Function, ops: &[I], ty| {
            for op in ops {
                f.instruction(op);
            }
            self.fold_top(f, ty);
        };
        let (a, b, c, d) = (
            I::LocalGet(0),
            I::LocalGet(1),
            I::LocalGet(2),
            I::LocalGet(3),
        );
        let binary32 = [
            I::F32Add,
            I::F32Sub,
            I::F32Mul,
            I::F32Div,
            I::F32Min,
            I::F32Max,
        ];
        for op in binary32 {
            fold(&mut f, &[a.clone(), b.clone(), op], ValType::F32);
        }
        let unary32 = [
            I::F32Sqrt,
            I::F32Ceil,
            I::F32Floor,
            I::F32Trunc,
            I::F32Nearest,
        ];
        for op in unary32 {
            fold(&mut f, &[a.clone(), op], ValType::F32);
        }
        fold(&mut f, &[c.clone(), I::F32DemoteF64], ValType::F32);
        let binary64 = [
            I::F64Add,
            I::F64Sub,
            I::F64Mul,
            I::F64Div,
            I::F64Min,
            I::F64Max,
        ];
        for op in binary64 {
            fold(&mut f, &[c.clone(), d.clone(), op], ValType::F64);
        }
        let unary64 = [
            I::F64Sqrt,
            I::F64Ceil,
            I::F64Floor,
            I::F64Trunc,
            I::F64Nearest,
        ];
        for op in unary64 {
            fold(&mut f, &[c.clone(), op], ValType::F64);
        }
        fold(&mut f, &[b, I::F64PromoteF32], ValType::F64);
        f.instruction(&I::End);
        f
    }
}

impl Reencode for Rewriter {
    type Error = std::convert::Infallible;

    fn memory_type(&mut self, ty: wp::MemoryType) -> Result<wasm_encoder::MemoryType, Error> {
        let mut ty = utils::memory_type(self, ty);
        ty.minimum = ty.minimum.max(1);
        ty.maximum = ty.maximum.map(|m| m.max(ty.minimum));
        Ok(ty)
    }

    fn parse_global_section(
        &mut self,
        globals: &mut wasm_encoder::GlobalSection,
        section: wp::GlobalSectionReader<'_>,
    ) -> Result<(), Error> {
        utils::parse_global_section(self, globals, section)?;
        let ty = GlobalType {
            val_type: ValType::I64,
            mutable: true,
            shared: false,
        };
        globals.global(ty, &ConstExpr::i64_const(0));
        if self.options.simd {
            // `V128_GLOBAL`, `EXACT_GLOBAL`, then `V128_FOLDS_GLOBAL`.
            let v128 = GlobalType {
                val_type: ValType::V128,
                ..ty
            };
            globals.global(v128, &ConstExpr::v128_const(0));
            globals.global(v128, &ConstExpr::v128_const(0));
            globals.global(ty, &ConstExpr::i64_const(0));
        }
        self.added_global = true;
        Ok(())
    }

    fn parse_type_section(
        &mut self,
        types: &mut wasm_encoder::TypeSection,
        section: wp::TypeSectionReader<'_>,
    ) -> Result<(), Error> {
        utils::parse_type_section(self, types, section)?;
        types.ty().function([ValType::I32, ValType::I32], []);
        types.ty().function([ValType::I32, ValType::FUNCREF], []);
        types.ty().function([ValType::I32, ValType::EXTERNREF], []);
        let floats = [ValType::F32, ValType::F32, ValType::F64, ValType::F64];
        types.ty().function(floats, []);
        if self.options.simd {
            types.ty().function([ValType::V128, ValType::V128], []);
        }
        Ok(())
    }

    fn parse_function_section(
        &mut self,
        functions: &mut wasm_encoder::FunctionSection,
        section: wp::FunctionSectionReader<'_>,
    ) -> Result<(), Error> {
        utils::parse_function_section(self, functions, section)?;
        for (ty, _) in &self.imported_funcs {
            functions.function(*ty);
        }
        for externref in &self.tables {
            functions.function(self.pair_type);
            functions.function(self.pair_type + 1 + u32::from(*externref));
        }
        if self.options.fold_floats {
            functions.function(self.pair_type + 3);
        }
        if self.options.simd {
            functions.function(self.pair_type + 4);
        }
        self.wrappers = true;
        Ok(())
    }

    fn parse_code_section(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        section: wp::CodeSectionReader<'_>,
    ) -> Result<(), Error> {
        utils::parse_code_section(self, code, section)?;
        for (import, (_, params)) in self.imported_funcs.iter().enumerate() {
            let mut f = wasm_encoder::Function::new([]);
            for i in 0..*params {
                f.instruction(&Instruction::LocalGet(i));
            }
            f.instruction(&Instruction::Call(import as u32));
            f.instruction(&Instruction::End);
            code.function(&f);
        }
        for table in 0..self.tables.len() as u32 {
            // `table.set t (a % size) (table.get t (b % size))`.
            let mut f = wasm_encoder::Function::new([]);
            for param in [0, 1] {
                f.instruction(&Instruction::LocalGet(param));
                f.instruction(&Instruction::TableSize(table));
                f.instruction(&Instruction::I32RemU);
            }
            f.instruction(&Instruction::TableGet(table));
            f.instruction(&Instruction::TableSet(table));
            f.instruction(&Instruction::End);
            code.function(&f);
            // `table.set t (a % size) r`.
            let mut f = wasm_encoder::Function::new([]);
            f.instruction(&Instruction::LocalGet(0));
            f.instruction(&Instruction::TableSize(table));
            f.instruction(&Instruction::I32RemU);
            f.instruction(&Instruction::LocalGet(1));
            f.instruction(&Instruction::TableSet(table));
            f.instruction(&Instruction::End);
            code.function(&f);
        }
        if self.options.fold_floats {
            code.function(&self.float_ops());
        }
        if self.options.simd {
            let slots = self.v128_slots(&Scratch { base: 0 });
            code.function(&slots.every_operator_body(self.options.relaxed_simd));
        }
        Ok(())
    }

    fn parse_export_section(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        section: wp::ExportSectionReader<'_>,
    ) -> Result<(), Error> {
        utils::parse_export_section(self, exports, section)?;
        if self.wrappers {
            let first = (self.imported_funcs.len() + self.params.len()) as u32;
            let imports = self.imported_funcs.len() as u32;
            for k in 0..imports {
                let name = format!("{WRAPPER_PREFIX}{k}");
                exports.export(&name, ExportKind::Func, first + k);
            }
            for t in 0..self.tables.len() as u32 {
                let index = first + imports + 2 * t;
                exports.export(&format!("{TABLE_COPY_PREFIX}{t}"), ExportKind::Func, index);
                let name = format!("{TABLE_SET_PREFIX}{t}");
                exports.export(&name, ExportKind::Func, index + 1);
            }
            let mut index = first + imports + 2 * self.tables.len() as u32;
            if self.options.fold_floats {
                exports.export(FLOAT_OPS, ExportKind::Func, index);
                index += 1;
            }
            if self.options.simd {
                exports.export(SIMD_OPS, ExportKind::Func, index);
            }
        }
        exports.export(OBSERVED_GLOBAL, ExportKind::Global, self.observed);
        if self.options.simd {
            exports.export(V128_GLOBAL, ExportKind::Global, self.observed + 1);
            exports.export(EXACT_GLOBAL, ExportKind::Global, self.observed + 2);
            exports.export(V128_FOLDS_GLOBAL, ExportKind::Global, self.observed + 3);
        }
        self.added_export = true;
        Ok(())
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        body: wp::FunctionBody<'_>,
    ) -> Result<(), Error> {
        let params = self.params.get(self.next_body).copied().unwrap_or(0);
        self.next_body += 1;
        let mut locals = Vec::new();
        let mut local_count = params;
        for pair in body.get_locals_reader()? {
            let (count, ty) = pair?;
            local_count += count;
            locals.push((count, self.val_type(ty)?));
        }
        let scratch = Scratch { base: local_count };
        locals.extend(Scratch::TYPES.iter().map(|ty| (1, *ty)));
        if self.options.simd {
            locals.push((2, ValType::V128));
        }
        let mut f = wasm_encoder::Function::new(locals);
        let mut reader = body.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            let mut observed = observed_result(&op);
            if self.options.fold_floats && observed.is_none() {
                observed = float_result(&op);
            }
            let v128 = self.options.simd.then(|| v128_result(&op)).flatten();
            let compare = comparison(&op).filter(|_| self.options.fused_compares);
            let conversion = conversion_result(&op).filter(|_| self.options.canonical_conversions);
            let instruction = self.instruction(op)?;
            match compare {
                Some((ty, unary)) => self.fused(&mut f, &scratch, instruction, ty, unary),
                None => {
                    f.instruction(&instruction);
                }
            }
            if let Some(kind) = conversion {
                self.canonicalize(&mut f, &scratch, kind);
            }
            if let Some(ty) = observed {
                self.fold(&mut f, &scratch, ty);
            }
            if let Some(into) = v128 {
                self.fold_v128(&mut f, &scratch, into);
            }
        }
        code.function(&f);
        Ok(())
    }
}

#[cfg(test)]
mod tests;

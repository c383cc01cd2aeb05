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
//!   stay in bounds.
//!
//! Float results are not folded in: NaN bit patterns legitimately differ
//! between engines. Float comparisons and truncations, which produce
//! integers, are.

use wasm_encoder::reencode::{utils, Error, Reencode};
use wasm_encoder::{ConstExpr, ExportKind, GlobalType, Instruction, ValType};
use wasmparser_smith as wp;

/// The name under which the folded value is exported.
pub const OBSERVED_GLOBAL: &str = "kindling_observed";

/// The FNV-1a 64-bit prime.
const FNV_PRIME: i64 = 0x100_0000_01b3;

/// `wasm`, rewritten as described in the module docs, or `None` when it
/// cannot be (it does not parse, or has no global or export section to
/// extend; wasm-smith's `ensure_termination` always adds a global).
pub fn observable(wasm: &[u8]) -> Option<Vec<u8>> {
    let layout = Layout::of(wasm)?;
    let mut rewriter = Rewriter {
        observed: layout.globals,
        params: layout.params,
        next_body: 0,
        added_global: false,
        added_export: false,
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
}

impl Layout {
    fn of(wasm: &[u8]) -> Option<Layout> {
        let mut type_params: Vec<u32> = Vec::new();
        let mut layout = Layout {
            globals: 0,
            params: Vec::new(),
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
                        if let wp::TypeRef::Global(_) = import.ok()?.ty {
                            layout.globals += 1;
                        }
                    }
                }
                wp::Payload::FunctionSection(section) => {
                    for ty in section {
                        layout.params.push(*type_params.get(ty.ok()? as usize)?);
                    }
                }
                wp::Payload::GlobalSection(section) => layout.globals += section.count(),
                _ => {}
            }
        }
        Some(layout)
    }
}

struct Rewriter {
    /// The index of the added global.
    observed: u32,
    params: Vec<u32>,
    next_body: usize,
    added_global: bool,
    added_export: bool,
}

/// The integer type `op` produces when its result is to be observed.
fn observed_result(op: &wp::Operator) -> Option<ValType> {
    use wp::Operator as O;
    Some(match op {
        O::I32Eqz
        | O::I32Eq
        | O::I32Ne
        | O::I32LtS
        | O::I32LtU
        | O::I32GtS
        | O::I32GtU
        | O::I32LeS
        | O::I32LeU
        | O::I32GeS
        | O::I32GeU
        | O::I64Eqz
        | O::I64Eq
        | O::I64Ne
        | O::I64LtS
        | O::I64LtU
        | O::I64GtS
        | O::I64GtU
        | O::I64LeS
        | O::I64LeU
        | O::I64GeS
        | O::I64GeU
        | O::F32Eq
        | O::F32Ne
        | O::F32Lt
        | O::F32Gt
        | O::F32Le
        | O::F32Ge
        | O::F64Eq
        | O::F64Ne
        | O::F64Lt
        | O::F64Gt
        | O::F64Le
        | O::F64Ge
        | O::I32Clz
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
        _ => return None,
    })
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
        self.added_global = true;
        Ok(())
    }

    fn parse_export_section(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        section: wp::ExportSectionReader<'_>,
    ) -> Result<(), Error> {
        utils::parse_export_section(self, exports, section)?;
        exports.export(OBSERVED_GLOBAL, ExportKind::Global, self.observed);
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
        // Two scratch locals for the copies that are folded in.
        let (scratch32, scratch64) = (local_count, local_count + 1);
        locals.push((1, ValType::I32));
        locals.push((1, ValType::I64));
        let mut f = wasm_encoder::Function::new(locals);
        let mut reader = body.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            let observed = observed_result(&op);
            f.instruction(&self.instruction(op)?);
            let Some(ty) = observed else { continue };
            if ty == ValType::I32 {
                f.instruction(&Instruction::LocalTee(scratch32));
                f.instruction(&Instruction::LocalGet(scratch32));
                f.instruction(&Instruction::I64ExtendI32U);
            } else {
                f.instruction(&Instruction::LocalTee(scratch64));
                f.instruction(&Instruction::LocalGet(scratch64));
            }
            f.instruction(&Instruction::GlobalGet(self.observed));
            f.instruction(&Instruction::I64Xor);
            f.instruction(&Instruction::I64Const(FNV_PRIME));
            f.instruction(&Instruction::I64Mul);
            f.instruction(&Instruction::GlobalSet(self.observed));
        }
        code.function(&f);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_integer_results_into_an_exported_global() {
        let wasm = wat::parse_str(
            r#"(module
                 (memory 0)
                 (global (mut i32) (i32.const 0))
                 (func (export "f") (param i32) (result i32)
                   (local i64)
                   (drop (i32.add (local.get 0) (i32.const 1)))
                   (i32.shr_u (local.get 0) (i32.const 2))))"#,
        )
        .unwrap();
        let out = observable(&wasm).expect("rewritten");
        wp::validate(&out).expect("valid");
        let text = wasmprinter_lite(&out);
        assert!(text.contains(OBSERVED_GLOBAL), "{text}");
        // Two tapped operators, each ending in a `global.set` of the new
        // global (index 1).
        assert_eq!(out.windows(2).filter(|w| w == &[0x24, 0x01]).count(), 2);
        // The zero-page memory became one page: limits flag 0, minimum 1.
        assert!(
            out.windows(5).any(|w| w == [0x05, 0x03, 0x01, 0x00, 0x01]),
            "{out:02x?}"
        );
    }

    /// The export names in `wasm`, as text (enough to check the export).
    fn wasmprinter_lite(wasm: &[u8]) -> String {
        let mut names = String::new();
        for payload in wp::Parser::new(0).parse_all(wasm) {
            if let Ok(wp::Payload::ExportSection(section)) = payload {
                for export in section.into_iter().flatten() {
                    names.push_str(export.name);
                    names.push(' ');
                }
            }
        }
        names
    }
}

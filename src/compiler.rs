//! `Compiler` for kindling: function bodies, trampolines and object emission.

use crate::codegen::{self, CodegenContext, CompiledCode, ModuleEnv};
use crate::isa::{with_masm, Isa};
use crate::masm::MacroAssembler;
use crate::object::{append_functions, TextOptions};
use crate::settings::{IsaFeatures, SharedFlags};
use crate::{trampolines, CompileFailure};
use anyhow::Result;
use object::write::{Object, SymbolId};
use std::any::Any;
use std::collections::BTreeMap;
use std::sync::Mutex;
use target_lexicon::Triple;
use wasmparser::FuncValidatorAllocations;
use wasmtime_environ::{
    CompileError, Compiler, DefinedFuncIndex, FlagValue, FuncIndex, FunctionBodyData, FunctionLoc,
    ModuleTranslation, ModuleTypes, PrimaryMap, Tunables, VMOffsets, WasmFuncType,
    WasmFunctionInfo,
};

/// The kindling compiler, as wasmtime sees it.
pub struct KindlingCompiler {
    isa: Isa,
    triple: Triple,
    shared: SharedFlags,
    features: IsaFeatures,
    tunables: Tunables,
    /// Reusable per-thread buffers (`CodegenContext`s of the ISA's masm), so
    /// functions compile without allocating.
    contexts: Mutex<Vec<Box<dyn Any + Send>>>,
    /// wasmparser's per-function validator buffers, reused the same way.
    validator_buffers: Mutex<Vec<FuncValidatorAllocations>>,
}

/// Runs `$body` with `$cx` bound to a codegen context of the compiler's
/// ISA, taken from and returned to the pool. The body is written once and
/// instantiated for each ISA's masm.
macro_rules! with_isa {
    ($self:ident, |$cx:ident| $body:expr) => {
        with_masm!($self.isa, M => with_pooled::<M, _>(&$self.contexts, &$self.features, |$cx| $body))
    };
}

/// Takes a context from `pool` (or makes one), runs `f`, and puts it back.
fn with_pooled<M: MacroAssembler + Send + 'static, T>(
    pool: &Mutex<Vec<Box<dyn Any + Send>>>,
    features: &IsaFeatures,
    f: impl FnOnce(&mut CodegenContext<M>) -> T,
) -> T {
    let pooled = pool.lock().ok().and_then(|mut v| v.pop());
    // The pool only ever holds contexts of this compiler's one ISA.
    let mut cx = pooled
        .and_then(|b| b.downcast::<CodegenContext<M>>().ok())
        .unwrap_or_else(|| Box::new(CodegenContext::new(features)));
    let result = f(&mut cx);
    if let Ok(mut v) = pool.lock() {
        v.push(cx);
    }
    result
}

impl KindlingCompiler {
    /// A compiler for `isa`.
    pub fn new(
        isa: Isa,
        triple: Triple,
        shared: SharedFlags,
        features: IsaFeatures,
        tunables: Tunables,
    ) -> Self {
        KindlingCompiler {
            isa,
            triple,
            shared,
            features,
            tunables,
            contexts: Mutex::new(Vec::new()),
            validator_buffers: Mutex::new(Vec::new()),
        }
    }

    fn offsets(&self, translation: &ModuleTranslation<'_>) -> VMOffsets<u8> {
        VMOffsets::new(8, &translation.module)
    }

    fn text_options(&self) -> TextOptions<'_> {
        TextOptions {
            triple: &self.triple,
            page_align: self.page_size_align(),
            address_map: self.tunables.generate_address_map,
            unwind_info: self.shared.unwind_info,
        }
    }
}

fn boxed(code: Result<CompiledCode, CompileFailure>) -> Result<Box<dyn Any + Send>, CompileError> {
    Ok(Box::new(code?))
}

impl Compiler for KindlingCompiler {
    fn compile_function(
        &self,
        translation: &ModuleTranslation<'_>,
        index: DefinedFuncIndex,
        data: FunctionBodyData<'_>,
        types: &ModuleTypes,
    ) -> Result<(WasmFunctionInfo, Box<dyn Any + Send>), CompileError> {
        let func_index = translation.module.func_index(index);
        let FunctionBodyData { body, validator } = data;
        let buffers = self
            .validator_buffers
            .lock()
            .ok()
            .and_then(|mut v| v.pop())
            .unwrap_or_default();
        let mut validator = validator.into_validator(buffers);
        let env = ModuleEnv {
            module: &translation.module,
            types,
            offsets: self.offsets(translation),
            tunables: &self.tunables,
            features: &self.features,
            flags: &self.shared,
        };
        let code = with_isa!(self, |cx| {
            codegen::compile_function(&env, cx, func_index, &body, &mut validator)
        });
        if let Ok(mut v) = self.validator_buffers.lock() {
            v.push(validator.into_allocations());
        }
        let mut code = code?;
        let info = WasmFunctionInfo {
            start_srcloc: code.start_srcloc,
            stack_maps: std::mem::take(&mut code.stack_maps).into_boxed_slice(),
        };
        Ok((info, Box::new(code)))
    }

    fn compile_array_to_wasm_trampoline(
        &self,
        translation: &ModuleTranslation<'_>,
        types: &ModuleTypes,
        index: DefinedFuncIndex,
    ) -> Result<Box<dyn Any + Send>, CompileError> {
        let func_index = translation.module.func_index(index);
        let ty = &types[translation.module.functions[func_index].signature];
        let offsets = self.offsets(translation);
        boxed(with_isa!(self, |cx| {
            trampolines::array_to_wasm(&mut cx.masm, &offsets, ty, func_index.as_u32())
        }))
    }

    fn compile_native_to_wasm_trampoline(
        &self,
        translation: &ModuleTranslation<'_>,
        types: &ModuleTypes,
        index: DefinedFuncIndex,
    ) -> Result<Box<dyn Any + Send>, CompileError> {
        let func_index = translation.module.func_index(index);
        let ty = &types[translation.module.functions[func_index].signature];
        let offsets = self.offsets(translation);
        boxed(with_isa!(self, |cx| {
            trampolines::native_to_wasm(&mut cx.masm, &offsets, ty, func_index.as_u32())
        }))
    }

    fn compile_wasm_to_native_trampoline(
        &self,
        ty: &WasmFuncType,
    ) -> Result<Box<dyn Any + Send>, CompileError> {
        boxed(with_isa!(self, |cx| trampolines::wasm_to_native(
            &mut cx.masm,
            ty
        )))
    }

    fn append_code(
        &self,
        obj: &mut Object<'static>,
        funcs: &[(String, Box<dyn Any + Send>)],
        resolve_reloc: &dyn Fn(usize, FuncIndex) -> usize,
    ) -> Result<Vec<(SymbolId, FunctionLoc)>> {
        let options = self.text_options();
        with_masm!(self.isa, M => append_functions::<M>(obj, &options, funcs, resolve_reloc))
    }

    fn emit_trampolines_for_array_call_host_func(
        &self,
        ty: &WasmFuncType,
        host_fn: usize,
        obj: &mut Object<'static>,
    ) -> Result<(FunctionLoc, FunctionLoc)> {
        let build = |through_wasm| {
            with_isa!(self, |cx| {
                trampolines::to_array_host(&mut cx.masm, ty, host_fn, through_wasm)
            })
            .map_err(|e| anyhow::anyhow!("{e}"))
        };
        let wasm_to_array = build(true)?;
        let native_to_array = build(false)?;
        let funcs: Vec<(String, Box<dyn Any + Send>)> = vec![
            ("wasm_to_array".to_string(), Box::new(wasm_to_array)),
            ("native_to_array".to_string(), Box::new(native_to_array)),
        ];
        let options = self.text_options();
        let no_calls = &|_, _| usize::MAX;
        let placed =
            with_masm!(self.isa, M => append_functions::<M>(obj, &options, &funcs, no_calls))?;
        Ok((placed[0].1, placed[1].1))
    }

    fn triple(&self) -> &Triple {
        &self.triple
    }

    fn flags(&self) -> BTreeMap<String, FlagValue> {
        BTreeMap::new()
    }

    fn isa_flags(&self) -> BTreeMap<String, FlagValue> {
        self.features.isa_flags()
    }

    fn is_branch_protection_enabled(&self) -> bool {
        false
    }

    #[cfg(feature = "component-model")]
    fn component_compiler(&self) -> &dyn wasmtime_environ::component::ComponentCompiler {
        self
    }

    fn append_dwarf(
        &self,
        _obj: &mut Object<'_>,
        _translation: &ModuleTranslation<'_>,
        _funcs: &PrimaryMap<DefinedFuncIndex, (SymbolId, &(dyn Any + Send))>,
    ) -> Result<()> {
        anyhow::bail!(
            "kindling does not emit DWARF debug info yet (Config::debug_info must stay off)"
        )
    }

    fn create_systemv_cie(&self) -> Option<gimli::write::CommonInformationEntry> {
        Some(with_masm!(self.isa, M => crate::unwind::systemv_cie::<M>()))
    }
}

#[cfg(feature = "component-model")]
impl wasmtime_environ::component::ComponentCompiler for KindlingCompiler {
    fn compile_trampoline(
        &self,
        _component: &wasmtime_environ::component::ComponentTranslation,
        _types: &wasmtime_environ::component::ComponentTypes,
        _trampoline: wasmtime_environ::component::TrampolineIndex,
    ) -> Result<wasmtime_environ::component::AllCallFunc<Box<dyn Any + Send>>> {
        anyhow::bail!("kindling does not compile component-model trampolines yet")
    }
}

//! What the host gives a module, the same in every engine: engine-neutral
//! values, the module's imports and the deterministic host functions,
//! globals, memories and tables that satisfy them.

use wasmparser_smith as wp;

/// Bytes any memory may grow to, in every engine.
pub const MEMORY_LIMIT: usize = 16 << 20;
/// Elements any table may grow to, in every engine.
pub const TABLE_LIMIT: usize = 10_000;

/// A value type the oracle can pass and compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// `funcref`.
    FuncRef,
    /// `externref`.
    ExternRef,
    /// `v128`.
    V128,
}

/// A value, in engine-neutral terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// An `i32`.
    I32(i32),
    /// An `i64`.
    I64(i64),
    /// An `f32`, by its bits.
    F32(u32),
    /// An `f64`, by its bits.
    F64(u64),
    /// A funcref: null, or the exported defined function it is (`"?"` for
    /// any other function).
    Func(Option<String>),
    /// An externref: null, or the id the host wrapped in it.
    Extern(Option<u32>),
    /// A `v128`, by its bits (lane 0 in the low bits).
    V128(u128),
}

impl Value {
    /// The value as compared: scalar NaNs all alike unless `exact_nans`;
    /// a `v128` always by its bits (its lane shape is unknown here; see
    /// `docs/FUZZING.md` for why its bits must agree).
    pub fn show(&self, exact_nans: bool) -> String {
        match self {
            Value::I32(x) => format!("i32:{x}"),
            Value::I64(x) => format!("i64:{x}"),
            Value::F32(b) if !exact_nans && f32::from_bits(*b).is_nan() => "f32:nan".into(),
            Value::F64(b) if !exact_nans && f64::from_bits(*b).is_nan() => "f64:nan".into(),
            Value::F32(b) => format!("f32:{b:#x}"),
            Value::F64(b) => format!("f64:{b:#x}"),
            Value::Func(None) => "funcref:null".into(),
            Value::Func(Some(name)) => format!("funcref:{name:?}"),
            Value::Extern(None) => "externref:null".into(),
            Value::Extern(Some(id)) => format!("externref:#{id}"),
            Value::V128(b) => format!("v128:{b:#034x}"),
        }
    }
}

/// What an import asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// A function of this type.
    Func {
        /// Parameter types.
        params: Vec<Ty>,
        /// Result types.
        results: Vec<Ty>,
    },
    /// A global of this type.
    Global {
        /// Its value type.
        ty: Ty,
        /// Whether it is mutable.
        mutable: bool,
    },
    /// A 32-bit memory with these limits, in pages.
    Memory {
        /// Minimum pages.
        min: u32,
        /// Maximum pages.
        max: Option<u32>,
    },
    /// A table with these limits.
    Table {
        /// Element type.
        ty: Ty,
        /// Minimum elements.
        min: u32,
        /// Maximum elements.
        max: Option<u32>,
    },
}

/// One import of a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// The module name.
    pub module: String,
    /// The field name.
    pub name: String,
    /// What it asks for.
    pub kind: ImportKind,
}

/// What the oracle needs to know about a module before running it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModuleInfo {
    /// The imports, in order.
    pub imports: Vec<Import>,
    /// The names of exported functions defined (not imported) by the
    /// module: a funcref is identified by which of these it is.
    pub defined_func_exports: Vec<String>,
    /// SIMD operators in the code but `v128.const` (relaxed ones included).
    pub simd_operators: u64,
    /// Relaxed-SIMD operators in the code.
    pub relaxed_operators: u64,
    /// `return_call` and `return_call_indirect` operators in the code.
    pub tail_calls: u64,
    /// An operator in the code that aborts wasmi 2.0 (the test process with
    /// it), if there is one: Cranelift is then the reference.
    pub wasmi_aborts: Option<String>,
}

fn ty(t: wp::ValType) -> Result<Ty, String> {
    Ok(match t {
        wp::ValType::I32 => Ty::I32,
        wp::ValType::I64 => Ty::I64,
        wp::ValType::F32 => Ty::F32,
        wp::ValType::F64 => Ty::F64,
        wp::ValType::Ref(r) if r == wp::RefType::FUNCREF => Ty::FuncRef,
        wp::ValType::Ref(r) if r == wp::RefType::EXTERNREF => Ty::ExternRef,
        wp::ValType::V128 => Ty::V128,
        other => return Err(format!("value type {other:?}")),
    })
}

impl ModuleInfo {
    /// The imports and exports of `wasm`, or why its imports cannot be
    /// satisfied.
    pub fn of(wasm: &[u8]) -> Result<ModuleInfo, String> {
        let mut info = ModuleInfo::default();
        let mut types: Vec<(Vec<Ty>, Vec<Ty>)> = Vec::new();
        let mut imported_funcs = 0;
        for payload in wp::Parser::new(0).parse_all(wasm) {
            match payload.map_err(|e| e.to_string())? {
                wp::Payload::TypeSection(section) => {
                    for t in section.into_iter_err_on_gc_types() {
                        let t = t.map_err(|e| e.to_string())?;
                        let params: Result<Vec<Ty>, String> =
                            t.params().iter().map(|p| ty(*p)).collect();
                        let results: Result<Vec<Ty>, String> =
                            t.results().iter().map(|r| ty(*r)).collect();
                        types.push((params?, results?));
                    }
                }
                wp::Payload::ImportSection(section) => {
                    for import in section.into_imports() {
                        let import = import.map_err(|e| e.to_string())?;
                        let kind = import_kind(import.ty, &types)?;
                        if let ImportKind::Func { .. } = kind {
                            imported_funcs += 1;
                        }
                        info.imports.push(Import {
                            module: import.module.to_string(),
                            name: import.name.to_string(),
                            kind,
                        });
                    }
                }
                wp::Payload::ExportSection(section) => {
                    for export in section {
                        let export = export.map_err(|e| e.to_string())?;
                        if export.kind == wp::ExternalKind::Func && export.index >= imported_funcs {
                            info.defined_func_exports.push(export.name.to_string());
                        }
                    }
                }
                wp::Payload::CodeSectionEntry(body) => {
                    let mut reader = body.get_operators_reader().map_err(|e| e.to_string())?;
                    while !reader.eof() {
                        let (op, offset) = reader.read_with_offset().map_err(|e| e.to_string())?;
                        info.tail_calls += u64::from(matches!(
                            op,
                            wp::Operator::ReturnCall { .. }
                                | wp::Operator::ReturnCallIndirect { .. }
                        ));
                        // The 0xfd prefix is SIMD's.
                        let constant = matches!(op, wp::Operator::V128Const { .. });
                        if wasm.get(offset as usize) == Some(&0xfd) && !constant {
                            info.simd_operators += 1;
                            info.relaxed_operators += u64::from(super::v128::is_relaxed(&op));
                            if info.wasmi_aborts.is_none() {
                                info.wasmi_aborts = super::v128::wasmi_aborts_on(&op);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(info)
    }
}

impl ModuleInfo {
    /// The exports the oracle calls, in name order: the defined functions.
    /// (An exported import is the host's own function: calling it from the
    /// host runs no compiled code.)
    pub fn called_exports(&self) -> Vec<String> {
        let mut names = self.defined_func_exports.clone();
        names.sort();
        names
    }
}

fn import_kind(t: wp::TypeRef, types: &[(Vec<Ty>, Vec<Ty>)]) -> Result<ImportKind, String> {
    Ok(match t {
        wp::TypeRef::Func(index) => {
            let (params, results) = types.get(index as usize).ok_or("a bad type index")?;
            ImportKind::Func {
                params: params.clone(),
                results: results.clone(),
            }
        }
        wp::TypeRef::Global(g) if !g.shared => ImportKind::Global {
            ty: ty(g.content_type)?,
            mutable: g.mutable,
        },
        wp::TypeRef::Memory(m) if !m.memory64 && !m.shared && m.page_size_log2.is_none() => {
            if m.initial as usize * 65_536 > MEMORY_LIMIT {
                return Err(format!("an imported memory of {} pages", m.initial));
            }
            ImportKind::Memory {
                min: m.initial as u32,
                max: m.maximum.map(|m| m as u32),
            }
        }
        wp::TypeRef::Table(t) if !t.table64 && !t.shared => {
            if t.initial as usize > TABLE_LIMIT {
                return Err(format!("an imported table of {} elements", t.initial));
            }
            ImportKind::Table {
                ty: ty(wp::ValType::Ref(t.element_type))?,
                min: t.initial as u32,
                max: t.maximum.map(|m| m as u32),
            }
        }
        other => return Err(format!("an import of {other:?}")),
    })
}

/// FNV-1a over `bytes`, continuing from `h`.
pub fn fnv(h: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(h, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3))
}

/// FNV-1a's starting value.
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// A value of type `t` made from the bits `h`: floats are never NaN,
/// externrefs never null, funcrefs always null; a `v128` is `h` and a hash
/// of it (any lanes, NaNs among them).
fn value_from(t: Ty, h: u64) -> Value {
    match t {
        Ty::I32 => Value::I32(h as i32),
        Ty::I64 => Value::I64(h as i64),
        Ty::F32 => Value::F32((h as u32) & !0x4000_0000),
        Ty::F64 => Value::F64(h & !0x4000_0000_0000_0000),
        Ty::FuncRef => Value::Func(None),
        Ty::ExternRef => Value::Extern(Some(1_000 + (h % 1_000) as u32)),
        Ty::V128 => Value::V128(u128::from(h) | u128::from(fnv(h, b"v128")) << 64),
    }
}

/// The host function for import `index` (named `name`): logs the call in
/// `log` and returns results that mix every argument, the call's place in
/// the log and the import.
pub fn host_call(
    index: usize,
    name: &str,
    args: &[Value],
    results: &[Ty],
    log: &mut Vec<String>,
) -> Vec<Value> {
    let shown: Vec<String> = args.iter().map(|a| a.show(false)).collect();
    let entry = format!("{index}:{name}({})", shown.join(", "));
    let h = fnv(fnv(FNV_START, entry.as_bytes()), &log.len().to_le_bytes());
    log.push(entry);
    results
        .iter()
        .enumerate()
        .map(|(i, t)| value_from(*t, fnv(h, &i.to_le_bytes())))
        .collect()
}

/// The initial value of the global that import `index` asks for.
pub fn global_value(index: usize, t: Ty) -> Value {
    value_from(t, fnv(FNV_START, &(index as u64 + 7).to_le_bytes()))
}

//! Running a module in wasmi, the reference.

use super::host::{global_value, host_call, ImportKind, ModuleInfo, Ty, Value};
use super::{
    arg, finish_call, show_memory, show_table, trap_name, Call, Observation, Outcome,
    CALLS_PER_EXPORT, MEMORY_LIMIT, TABLE_LIMIT,
};
use std::collections::HashMap;
use wasmi::{AsContext, AsContextMut};
use wasmi::{
    Extern, ExternRef, Func, FuncType, Global, Instance, Memory, MemoryType, Module, Mutability,
    Nullable, Ref, RefType, Store, Table, TableType, Val, ValType,
};

/// What a store holds: its limits and the host calls not yet compared.
struct State {
    limits: wasmi::StoreLimits,
    log: Vec<String>,
}

fn val_type(t: Ty) -> ValType {
    match t {
        Ty::I32 => ValType::I32,
        Ty::I64 => ValType::I64,
        Ty::F32 => ValType::F32,
        Ty::F64 => ValType::F64,
        Ty::FuncRef => ValType::FuncRef,
        Ty::ExternRef => ValType::ExternRef,
        Ty::V128 => ValType::V128,
    }
}

fn ty(t: &ValType) -> Ty {
    match t {
        ValType::I32 => Ty::I32,
        ValType::I64 => Ty::I64,
        ValType::F32 => Ty::F32,
        ValType::F64 => Ty::F64,
        ValType::FuncRef => Ty::FuncRef,
        ValType::ExternRef => Ty::ExternRef,
        ValType::V128 => Ty::V128,
    }
}

fn to_val(ctx: impl AsContextMut, v: &Value) -> Val {
    match v {
        Value::Extern(Some(id)) => Val::ExternRef(Nullable::Val(ExternRef::new(ctx, *id))),
        other => plain_val(other),
    }
}

/// The id an externref wraps.
fn extern_id(ctx: impl AsContext, r: &Nullable<ExternRef>) -> Option<u32> {
    match r {
        Nullable::Null => None,
        Nullable::Val(r) => Some(
            r.data(ctx.as_context())
                .downcast_ref::<u32>()
                .copied()
                .unwrap_or(u32::MAX),
        ),
    }
}

/// wasmi's funcs are handles without equality: their debug form names the
/// store entry, which is the function's identity.
fn identity(f: &Func) -> String {
    format!("{f:?}")
}

/// `v` as a [`Value`]; a funcref is named by `funcs` (identity to export
/// name), `"?"` if it is none of them.
fn value(ctx: impl AsContext, v: &Val, funcs: &HashMap<String, String>) -> Value {
    match v {
        Val::I32(x) => Value::I32(*x),
        Val::I64(x) => Value::I64(*x),
        Val::F32(f) => Value::F32(f.to_bits()),
        Val::F64(f) => Value::F64(f.to_bits()),
        Val::V128(b) => Value::V128(b.as_u128()),
        Val::FuncRef(Nullable::Null) => Value::Func(None),
        Val::FuncRef(Nullable::Val(f)) => Value::Func(Some(
            funcs
                .get(&identity(f))
                .cloned()
                .unwrap_or_else(|| "?".into()),
        )),
        Val::ExternRef(r) => Value::Extern(extern_id(ctx, r)),
    }
}

fn ref_value(store: &Store<State>, r: &Ref, funcs: &HashMap<String, String>) -> Value {
    match r {
        Ref::Func(f) => value(store, &Val::FuncRef(*f), funcs),
        Ref::Extern(e) => Value::Extern(extern_id(store, e)),
    }
}

/// The externs that satisfy `info`'s imports in `store`, in the order
/// wasmi takes them: functions, tables, memories, then globals, each kind
/// in module order.
fn imports(store: &mut Store<State>, info: &ModuleInfo) -> Result<Vec<Extern>, wasmi::Error> {
    let rank = |kind: &ImportKind| match kind {
        ImportKind::Func { .. } => 0,
        ImportKind::Table { .. } => 1,
        ImportKind::Memory { .. } => 2,
        ImportKind::Global { .. } => 3,
    };
    let mut ordered: Vec<(usize, &super::Import)> = info.imports.iter().enumerate().collect();
    ordered.sort_by_key(|(_, import)| rank(&import.kind));
    let mut externs = Vec::new();
    for (index, import) in ordered {
        externs.push(match &import.kind {
            ImportKind::Func { params, results } => {
                let fty = FuncType::new(
                    params.iter().map(|t| val_type(*t)),
                    results.iter().map(|t| val_type(*t)),
                );
                let (name, results) = (import.name.clone(), results.clone());
                Func::new(&mut *store, fty, move |mut caller, args, out| {
                    let none = HashMap::new();
                    let args: Vec<Value> = args.iter().map(|a| value(&caller, a, &none)).collect();
                    let log = &mut caller.data_mut().log;
                    let values = host_call(index, &name, &args, &results, log);
                    for (slot, v) in out.iter_mut().zip(&values) {
                        *slot = to_val(&mut caller, v);
                    }
                    Ok(())
                })
                .into()
            }
            ImportKind::Global { ty, mutable } => {
                let mutability = if *mutable {
                    Mutability::Var
                } else {
                    Mutability::Const
                };
                let v = to_val(&mut *store, &global_value(index, *ty));
                Global::new(&mut *store, v, mutability).into()
            }
            ImportKind::Memory { min, max } => {
                Memory::new(&mut *store, MemoryType::new(*min, *max))?.into()
            }
            ImportKind::Table { ty, min, max } => {
                let (rty, init) = if *ty == Ty::ExternRef {
                    (RefType::Extern, Ref::Extern(Nullable::Null))
                } else {
                    (RefType::Func, Ref::Func(Nullable::Null))
                };
                Table::new(&mut *store, TableType::new(rty, *min, *max), init)?.into()
            }
        });
    }
    Ok(externs)
}

/// A [`Value`] without a store: numbers and null references.
fn plain_val(v: &Value) -> Val {
    match v {
        Value::I32(x) => Val::I32(*x),
        Value::I64(x) => Val::I64(*x),
        Value::F32(b) => Val::F32(f32::from_bits(*b).into()),
        Value::F64(b) => Val::F64(f64::from_bits(*b).into()),
        Value::Func(_) => Val::FuncRef(Nullable::Null),
        Value::Extern(_) => Val::ExternRef(Nullable::Null),
        Value::V128(b) => Val::V128(wasmi::V128::from(*b)),
    }
}

/// Runs `wasm` in wasmi, showing float values' NaNs by their bits when
/// `exact_nans` (under NaN canonicalization). A panic inside wasmi is
/// returned as an error message, not propagated: the reference's own bugs
/// are inconclusive.
pub fn observe_wasmi(
    wasm: &[u8],
    info: &ModuleInfo,
    seed: u64,
    exact_nans: bool,
) -> Result<anyhow::Result<Observation>, String> {
    let observe = || observe_wasmi_unguarded(wasm, info, seed, exact_nans);
    std::panic::catch_unwind(observe).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "a panic".into())
    })
}

fn observe_wasmi_unguarded(
    wasm: &[u8],
    info: &ModuleInfo,
    seed: u64,
    exact_nans: bool,
) -> anyhow::Result<Observation> {
    let mut config = wasmi::Config::default();
    config.consume_fuel(true);
    config.wasm_tail_call(true);
    // wasmi recurses on the host stack; stop deep recursion early (a stack
    // overflow is inconclusive anyway).
    config.set_max_recursion_depth(1_000);
    config.compilation_mode(wasmi::CompilationMode::Eager);
    let engine = wasmi::Engine::new(&config);
    let module = Module::new(&engine, wasm).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut exports = Vec::new();
    let called = info.called_exports();
    for name in called.clone() {
        let limits = wasmi::StoreLimitsBuilder::new()
            .memory_size(MEMORY_LIMIT)
            .table_elements(TABLE_LIMIT)
            .build();
        let mut store = Store::new(
            &engine,
            State {
                limits,
                log: Vec::new(),
            },
        );
        store.limiter(|s| &mut s.limits);
        store
            .set_fuel(100_000_000)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let Ok(externs) = imports(&mut store, info) else {
            return Ok(Observation::failed(exports));
        };
        let instance = match Instance::new(&mut store, &module, &externs) {
            Ok(i) => i,
            Err(_) => return Ok(Observation::failed(exports)),
        };
        let mut funcs = HashMap::new();
        for defined in &info.defined_func_exports {
            if let Some(f) = instance.get_func(&store, defined) {
                funcs.insert(identity(&f), defined.clone());
            }
        }
        let func = instance.get_func(&store, &name).expect("exported");
        let fty = func.ty(&store);
        let mut calls = Vec::new();
        for call in 0..CALLS_PER_EXPORT {
            let params: Vec<Val> = fty
                .params()
                .iter()
                .enumerate()
                .map(|(i, t)| match arg(ty(t), seed, call, i, &called) {
                    Value::Func(Some(f)) => Val::FuncRef(
                        instance
                            .get_func(&store, &f)
                            .map_or(Nullable::Null, Nullable::Val),
                    ),
                    other => to_val(&mut store, &other),
                })
                .collect();
            let mut results: Vec<Val> = fty
                .results()
                .iter()
                .map(|t| Val::default_for_ty(*t))
                .collect();
            let outcome = match func.call(&mut store, &params, &mut results) {
                Ok(()) => Outcome::Returned(
                    results
                        .iter()
                        .map(|v| value(&store, v, &funcs).show(exact_nans))
                        .collect(),
                ),
                Err(e) => match e.as_trap_code() {
                    Some(wasmi::TrapCode::StackOverflow) | Some(wasmi::TrapCode::OutOfFuel) => {
                        Outcome::Inconclusive
                    }
                    Some(code) => Outcome::Trapped(trap_name(&format!("{code:?}"))),
                    None => Outcome::Trapped(format!("error: {e}")),
                },
            };
            let stop = outcome == Outcome::Inconclusive;
            calls.push(state(&mut store, &instance, &funcs, outcome, exact_nans));
            if stop {
                break;
            }
        }
        exports.push((name, calls));
    }
    Ok(Observation {
        exports,
        instantiation_failed: false,
    })
}

/// The call that ended with `outcome`, with the state after it.
fn state(
    store: &mut Store<State>,
    instance: &Instance,
    funcs: &HashMap<String, String>,
    outcome: Outcome,
    exact_nans: bool,
) -> Call {
    let mut parts = Vec::new();
    let mut table_elements = 0;
    let exports: Vec<(String, Extern)> = instance
        .exports(&*store)
        .map(|e| (e.name().to_string(), e.into_extern()))
        .collect();
    for (name, export) in exports {
        let shown = match export {
            Extern::Memory(m) => show_memory(m.data(&*store)),
            Extern::Global(g) => value(&*store, &g.get(&*store), funcs).show(exact_nans),
            Extern::Table(t) => {
                let elements: Vec<Value> = (0..t.size(&*store))
                    .map(|i| ref_value(store, &t.get(&*store, i).expect("in bounds"), funcs))
                    .collect();
                table_elements += elements.len() as u64;
                show_table(&elements)
            }
            _ => continue,
        };
        parts.push((name, shown));
    }
    finish_call(outcome, parts, table_elements, &mut store.data_mut().log)
}

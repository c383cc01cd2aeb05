//! Running a module in wasmtime, with kindling or Cranelift.

use super::host::{global_value, host_call, ImportKind, ModuleInfo, Ty, Value};
use super::{
    arg, finish_call, show_memory, show_table, trap_name, Call, Observation, Outcome, Setting,
    CALLS_PER_EXPORT, MEMORY_LIMIT, TABLE_LIMIT,
};
use std::collections::HashMap;
use wasm_encoder::reencode::{utils, Error, Reencode};
use wasmparser_smith as wp;
use wasmtime::{
    Engine, Extern, ExternRef, Func, FuncType, Global, GlobalType, Instance, Memory, MemoryType,
    Module, Mutability, Store, Table, TableType, Trap, Val, ValType,
};

/// What a store holds: its limits and the host calls not yet compared.
struct State {
    limits: wasmtime::StoreLimits,
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

fn to_val(v: &Value) -> Val {
    match v {
        Value::I32(x) => Val::I32(*x),
        Value::I64(x) => Val::I64(*x),
        Value::F32(b) => Val::F32(*b),
        Value::F64(b) => Val::F64(*b),
        Value::Func(_) => Val::FuncRef(None),
        Value::Extern(id) => Val::ExternRef(id.map(ExternRef::new)),
        Value::V128(b) => Val::V128(*b),
    }
}

/// `v` as a [`Value`]; a funcref is named by `funcs` (identity to export
/// name), `"?"` if it is none of them.
fn value(store: &mut Store<State>, v: &Val, funcs: &HashMap<usize, String>) -> Value {
    match v {
        Val::FuncRef(Some(f)) => {
            // SAFETY: the pointer is only compared, never used.
            let raw = unsafe { f.to_raw(&mut *store) } as usize;
            Value::Func(Some(funcs.get(&raw).cloned().unwrap_or_else(|| "?".into())))
        }
        other => plain(other),
    }
}

/// [`value`] without a store: a non-null funcref is `"?"`.
fn plain(v: &Val) -> Value {
    match v {
        Val::I32(x) => Value::I32(*x),
        Val::I64(x) => Value::I64(*x),
        Val::F32(b) => Value::F32(*b),
        Val::F64(b) => Value::F64(*b),
        Val::V128(b) => Value::V128(*b),
        Val::FuncRef(f) => Value::Func(f.map(|_| "?".into())),
        Val::ExternRef(r) => Value::Extern(
            r.as_ref()
                .map(|r| r.data().downcast_ref::<u32>().copied().unwrap_or(u32::MAX)),
        ),
    }
}

/// The externs that satisfy `info`'s imports in `store`.
fn imports(
    store: &mut Store<State>,
    info: &ModuleInfo,
    globals: V128Globals,
) -> anyhow::Result<Vec<Extern>> {
    let mut externs = Vec::new();
    for (index, import) in info.imports.iter().enumerate() {
        externs.push(match &import.kind {
            ImportKind::Func { params, results } => {
                let fty = FuncType::new(
                    params.iter().map(|t| val_type(*t)),
                    results.iter().map(|t| val_type(*t)),
                );
                let (name, results) = (import.name.clone(), results.clone());
                Func::new(&mut *store, fty, move |mut caller, args, out| {
                    let args: Vec<Value> = args.iter().map(plain).collect();
                    let log = &mut caller.data_mut().log;
                    let values = host_call(index, &name, &args, &results, log);
                    for (slot, v) in out.iter_mut().zip(&values) {
                        *slot = to_val(v);
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
                let gty = GlobalType::new(val_type(*ty), mutability);
                let value = globals.host_value(to_val(&global_value(index, *ty)));
                Global::new(&mut *store, gty, value)?.into()
            }
            ImportKind::Memory { min, max } => {
                Memory::new(&mut *store, MemoryType::new(*min, *max))?.into()
            }
            ImportKind::Table { ty, min, max } => {
                let init = if *ty == Ty::ExternRef {
                    Val::ExternRef(None)
                } else {
                    Val::FuncRef(None)
                };
                Table::new(&mut *store, TableType::new(val_type(*ty), *min, *max), init)?.into()
            }
        });
    }
    Ok(externs)
}

/// How a compiler's code reads and writes `v128` globals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum V128Globals {
    /// As the runtime and the host keep them (a native `u128`).
    AsTheHost,
    /// Byte-reversed: Cranelift 0.99 on s390x (see
    /// [`crate::CRANELIFT_REVERSES_V128_GLOBALS`]).
    Reversed,
}

impl V128Globals {
    /// The value the host must hold for the code to see `v`.
    fn host_value(self, v: Val) -> Val {
        match (self, v) {
            (V128Globals::Reversed, Val::V128(b)) => Val::V128(b.swap_bytes()),
            (_, v) => v,
        }
    }

    /// The value the code sees in a global whose host value is `v` (the
    /// reversal is its own inverse).
    fn code_value(self, v: Val) -> Val {
        self.host_value(v)
    }
}

/// Runs `wasm` in wasmtime with `engine`'s compiler, under `setting`.
pub fn observe_wasmtime(
    engine: &Engine,
    wasm: &[u8],
    info: &ModuleInfo,
    seed: u64,
    setting: Setting,
) -> anyhow::Result<Observation> {
    observe(engine, wasm, info, seed, setting, V128Globals::AsTheHost)
}

/// [`observe_wasmtime`] for an engine that compiles with Cranelift: where
/// Cranelift's code sees `v128` globals byte-reversed, this gives it
/// reversed initial values (in the module's constant initializers and in
/// the imported globals) and reverses what it left in them, so that what is
/// observed is what wasm semantics say.
pub fn observe_cranelift(
    engine: &Engine,
    wasm: &[u8],
    info: &ModuleInfo,
    seed: u64,
    setting: Setting,
) -> anyhow::Result<Observation> {
    if !crate::CRANELIFT_REVERSES_V128_GLOBALS {
        return observe_wasmtime(engine, wasm, info, seed, setting);
    }
    let reversed = reverse_v128_global_inits(wasm)?;
    observe(
        engine,
        &reversed,
        info,
        seed,
        setting,
        V128Globals::Reversed,
    )
}

/// `wasm` with every `v128.const` initializer of a global byte-reversed.
pub fn reverse_v128_global_inits(wasm: &[u8]) -> anyhow::Result<Vec<u8>> {
    /// Reverses `v128.const` constant expressions (only globals have them).
    struct Reverser;
    impl Reencode for Reverser {
        type Error = std::convert::Infallible;
        fn const_expr(
            &mut self,
            expr: wp::ConstExpr,
        ) -> Result<wasm_encoder::ConstExpr, Error<Self::Error>> {
            let mut ops = expr.get_operators_reader();
            if let Ok(wp::Operator::V128Const { value }) = ops.read() {
                if ops.is_end_then_eof() {
                    let bits = (value.i128() as u128).swap_bytes();
                    return Ok(wasm_encoder::ConstExpr::v128_const(bits as i128));
                }
            }
            utils::const_expr(self, expr)
        }
    }
    let mut module = wasm_encoder::Module::new();
    Reverser
        .parse_core_module(&mut module, wp::Parser::new(0), wasm)
        .map_err(|e| anyhow::anyhow!("reversing v128 global initializers: {e:?}"))?;
    Ok(module.finish())
}

fn observe(
    engine: &Engine,
    wasm: &[u8],
    info: &ModuleInfo,
    seed: u64,
    setting: Setting,
    globals: V128Globals,
) -> anyhow::Result<Observation> {
    let exact_nans = setting == Setting::NanCanonicalization;
    let module = Module::new(engine, wasm)?;
    let mut exports = Vec::new();
    let called = info.called_exports();
    for name in called.clone() {
        let limits = wasmtime::StoreLimitsBuilder::new()
            .memory_size(MEMORY_LIMIT)
            .table_elements(TABLE_LIMIT as u32)
            .build();
        let mut store = Store::new(
            engine,
            State {
                limits,
                log: Vec::new(),
            },
        );
        store.limiter(|s| &mut s.limits);
        if setting == Setting::Fuel {
            store.add_fuel(u64::MAX / 2)?;
        }
        if setting == Setting::Epochs {
            store.set_epoch_deadline(u64::MAX / 2);
        }
        let Ok(externs) = imports(&mut store, info, globals) else {
            return Ok(Observation::failed(exports));
        };
        let Ok(instance) = Instance::new(&mut store, &module, &externs) else {
            return Ok(Observation::failed(exports));
        };
        let mut funcs = HashMap::new();
        for defined in &info.defined_func_exports {
            if let Some(f) = instance.get_func(&mut store, defined) {
                // SAFETY: the pointer is only compared, never used.
                funcs.insert(unsafe { f.to_raw(&mut store) } as usize, defined.clone());
            }
        }
        let func = instance.get_func(&mut store, &name).expect("exported");
        let fty = func.ty(&store);
        let mut calls = Vec::new();
        for call in 0..CALLS_PER_EXPORT {
            let params: Vec<Val> = fty
                .params()
                .enumerate()
                .map(|(i, t)| match arg(ty(&t), seed, call, i, &called) {
                    Value::Func(Some(f)) => Val::FuncRef(instance.get_func(&mut store, &f)),
                    other => to_val(&other),
                })
                .collect();
            let mut results: Vec<Val> = fty.results().map(|_| Val::I32(0)).collect();
            let outcome = match func.call(&mut store, &params, &mut results) {
                Ok(()) => Outcome::Returned(
                    results
                        .iter()
                        .map(|v| value(&mut store, v, &funcs).show(exact_nans))
                        .collect(),
                ),
                Err(e) => match e.downcast_ref::<Trap>() {
                    Some(Trap::StackOverflow) | Some(Trap::OutOfFuel) => Outcome::Inconclusive,
                    Some(t) => Outcome::Trapped(trap_name(&format!("{t:?}"))),
                    None => Outcome::Trapped(format!("error: {e}")),
                },
            };
            let stop = outcome == Outcome::Inconclusive;
            calls.push(state(
                &mut store, &instance, &funcs, outcome, exact_nans, globals,
            ));
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
    funcs: &HashMap<usize, String>,
    outcome: Outcome,
    exact_nans: bool,
    globals: V128Globals,
) -> Call {
    let mut parts = Vec::new();
    let mut table_elements = 0;
    let names: Vec<String> = instance
        .exports(&mut *store)
        .map(|e| e.name().to_string())
        .collect();
    for name in names {
        let shown = match instance.get_export(&mut *store, &name) {
            Some(Extern::Memory(m)) => show_memory(m.data(&*store)),
            Some(Extern::Global(g)) => {
                let v = globals.code_value(g.get(&mut *store));
                value(store, &v, funcs).show(exact_nans)
            }
            Some(Extern::Table(t)) => {
                let elements: Vec<Value> = (0..t.size(&*store))
                    .map(|i| {
                        let v = t.get(&mut *store, i).expect("in bounds");
                        value(store, &v, funcs)
                    })
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

//! The trampolines between wasmtime's host calling conventions and
//! kindling's wasm-call ABI, written once over the `MacroAssembler`.
//!
//! * array-to-wasm: host `(vmctx, caller_vmctx, values, len)` → wasm;
//! * native-to-wasm: host native call → wasm, same argument placement;
//! * wasm-to-native: wasm → a `Func::wrap` host function, called from a
//!   frame that pops the stack arguments;
//! * wasm-to-array and native-to-array: into a `Func::new` host function.
//!
//! Entry trampolines save the native callee-saved registers (wasm code
//! preserves only the integer local homes) and record `last_wasm_entry_sp`; exit trampolines record
//! `last_wasm_exit_fp` and `last_wasm_exit_pc`, as wasmtime's backtraces need.
//!
//! The array-call values buffer (`ValRaw`s) is little-endian on every
//! host, as wasm memory is, so its slots are read and written with the
//! masm's `heap_load` and `heap_store` (byte-reversing on s390x); return
//! areas and stack arguments are native.

use crate::abi::{self, lower_signature, ArgLoc, Signature};
use crate::codegen::{mem, parallel_move, CompiledCode, Move};
use crate::masm::{
    CallTarget, IntCmp, Loc, MacroAssembler, Mem, MemSize, OperandSize, Reg, RegImm,
};
use crate::CompileFailure;
use wasmtime_environ::{PtrSize, VMOffsets, WasmFuncType, WasmType};

/// Bytes per value in wasmtime's array-call values buffer.
const VALUE_SIZE: u32 = 16;

fn value_size(ty: WasmType) -> MemSize {
    match ty {
        WasmType::I32 | WasmType::F32 => MemSize::S32,
        WasmType::V128 => MemSize::S128,
        _ => MemSize::S64,
    }
}

fn arg_loc<M: MacroAssembler>(loc: ArgLoc) -> Loc {
    match loc {
        ArgLoc::Reg(r) => Loc::Reg(r),
        ArgLoc::Stack(off) => Loc::Mem(mem(M::fp(), M::incoming_args_offset() + off as i32)),
    }
}

fn finish<M: MacroAssembler>(masm: &mut M, frame: u32) -> Result<CompiledCode, CompileFailure> {
    masm.patch_frame_size((frame + 15) & !15);
    let mut body = Vec::new();
    masm.finish(&mut body)
        .map_err(|e| CompileFailure::Internal(e.to_string()))?;
    Ok(CompiledCode {
        body,
        relocs: masm.relocs().to_vec(),
        unwind: masm.unwind_steps().to_vec(),
        alignment: M::function_alignment(),
        ..Default::default()
    })
}

/// Records `last_wasm_entry_sp` from `vmctx` (a register): the top of the
/// outgoing area of `stack_arg_bytes`. Every wasm frame pointer lies below it,
/// as wasmtime's backtrace walker requires, even after the first callee
/// tail-calls a function with fewer stack arguments, whose return address
/// then sits higher in that area.
fn save_entry_sp<M: MacroAssembler>(
    masm: &mut M,
    offsets: &VMOffsets<u8>,
    vmctx: Reg,
    stack_arg_bytes: u32,
) {
    let limits = M::core_temp();
    let limits_off = offsets.vmctx_runtime_limits() as i32;
    masm.mov(
        MemSize::S64,
        Loc::Reg(limits),
        Loc::Mem(mem(vmctx, limits_off)),
    );
    let entry_sp = offsets.ptr.vmruntime_limits_last_wasm_entry_sp() as i32;
    let entry_sp = mem(limits, entry_sp);
    masm.mov(MemSize::S64, Loc::Mem(entry_sp), Loc::Reg(M::sp()));
    if stack_arg_bytes > 0 {
        masm.add_to_mem(entry_sp, stack_arg_bytes as i32);
    }
}

/// The outgoing area at `offset`: above the ABI's reserved bytes at SP.
fn outgoing<M: MacroAssembler>(offset: u32) -> Mem {
    mem(M::sp(), (M::abi().outgoing_args_offset + offset) as i32)
}

/// The bytes of a frame's outgoing area for the stack arguments of `sig`.
fn outgoing_bytes<M: MacroAssembler>(sig: &Signature) -> u32 {
    M::abi().outgoing_args_offset + sig.stack_arg_bytes
}

/// Copies the stack arguments of `sig` (a signature of `ty`) from the
/// incoming area to the outgoing one at SP.
fn copy_stack_args<M: MacroAssembler>(masm: &mut M, sig: &Signature, ty: &WasmFuncType) {
    let types = [WasmType::I64; 2]
        .into_iter()
        .chain(ty.params().iter().copied())
        .chain(sig.has_ret_ptr().then_some(WasmType::I64));
    for (loc, ty) in sig.args.iter().zip(types) {
        if let ArgLoc::Stack(off) = *loc {
            let dst = Loc::Mem(outgoing::<M>(off));
            masm.mov(value_size(ty), dst, arg_loc::<M>(*loc));
        }
    }
}

/// Records `last_wasm_exit_fp` and `last_wasm_exit_pc` in the runtime
/// limits of `caller_vmctx`, from an exit trampoline's frame: the PC is our
/// return address and the FP our caller's, from our frame record. When a
/// function called straight from the host tail-calls a host function, that
/// "caller" is the entry trampoline, whose FP lies above
/// `last_wasm_entry_sp`, and wasmtime 12's walker would assert: then the FP
/// recorded is our own. The walker reports that one frame with the entry
/// trampoline's PC, which is in the module's code but in no function, so
/// backtraces and stack maps skip it, and it stops at the next frame record.
/// Uses the pinned vmctx and heap base registers as temporaries: wasm
/// callers reload both after every call.
fn save_exit_state<M: MacroAssembler>(masm: &mut M, ptr: u8, caller_vmctx: Reg) {
    let limits = M::core_temp();
    let limits_off = ptr.vmcontext_runtime_limits() as i32;
    masm.mov(
        MemSize::S64,
        Loc::Reg(limits),
        Loc::Mem(mem(caller_vmctx, limits_off)),
    );
    // Every wasm caller reloads both pinned registers after a call, and
    // neither carries an argument.
    let (exit_fp, entry_sp) = (M::vmctx_reg(), M::heap_base_reg());
    let (saved_fp, ret_addr) = M::frame_record();
    let fp = M::fp();
    masm.mov(MemSize::S64, Loc::Reg(exit_fp), Loc::Mem(mem(fp, saved_fp)));
    let entry_sp_off = ptr.vmruntime_limits_last_wasm_entry_sp() as i32;
    let entry_sp_at = Loc::Mem(mem(limits, entry_sp_off));
    masm.mov(MemSize::S64, Loc::Reg(entry_sp), entry_sp_at);
    let below_entry = masm.new_label();
    let size = OperandSize::S64;
    masm.br_cmp(
        IntCmp::LtU,
        size,
        exit_fp,
        RegImm::Reg(entry_sp),
        below_entry,
    );
    masm.mov(MemSize::S64, Loc::Reg(exit_fp), Loc::Reg(fp));
    masm.bind(below_entry);
    let exit_fp_at = mem(limits, ptr.vmruntime_limits_last_wasm_exit_fp() as i32);
    let exit_pc_at = mem(limits, ptr.vmruntime_limits_last_wasm_exit_pc() as i32);
    masm.mov(MemSize::S64, Loc::Mem(exit_fp_at), Loc::Reg(exit_fp));
    masm.mov(
        MemSize::S64,
        Loc::Mem(exit_pc_at),
        Loc::Mem(mem(fp, ret_addr)),
    );
}

fn reg_of(loc: ArgLoc) -> Reg {
    match loc {
        ArgLoc::Reg(r) => r,
        ArgLoc::Stack(_) => unreachable!("vmctx arguments are always in registers"),
    }
}

/// Loads the `ValRaw` at `src` into `dst`, a register or a stack slot
/// (through the core temp or the float temp).
fn load_value_raw<M: MacroAssembler>(masm: &mut M, ty: WasmType, dst: Loc, src: Mem) {
    let size = value_size(ty);
    // An i32 is loaded as `i32.load` loads it (sign-extended where the ISA
    // keeps i32s so); every other value is its bytes.
    let sign = (ty == WasmType::I32).then_some(OperandSize::S32);
    let reg = match dst {
        Loc::Reg(r) => r,
        _ => value_temp::<M>(ty),
    };
    masm.heap_load(size, sign, reg, src);
    if dst != Loc::Reg(reg) {
        masm.mov(size, dst, Loc::Reg(reg));
    }
}

/// Stores `src`, a register or a native memory location, as the `ValRaw` at
/// `dst` (through the core temp or the float temp from memory).
fn store_value_raw<M: MacroAssembler>(masm: &mut M, ty: WasmType, dst: Mem, src: Loc) {
    let size = value_size(ty);
    let reg = match src {
        Loc::Reg(r) => r,
        _ => value_temp::<M>(ty),
    };
    if src != Loc::Reg(reg) {
        masm.mov(size, Loc::Reg(reg), src);
    }
    masm.heap_store(size, dst, reg);
}

/// The temp a value of `ty` passes through on its way to or from memory.
fn value_temp<M: MacroAssembler>(ty: WasmType) -> Reg {
    if abi::is_float(ty) {
        M::float_temp()
    } else {
        M::core_temp()
    }
}

/// Host array call → wasm function `callee`.
pub fn array_to_wasm<M: MacroAssembler>(
    masm: &mut M,
    offsets: &VMOffsets<u8>,
    ty: &WasmFuncType,
    callee: u32,
) -> Result<CompiledCode, CompileFailure> {
    masm.reset();
    let abi = M::abi();
    let sig = lower_signature(abi, ty.params(), ty.returns());
    let (vmctx, values) = (abi.int_args[0], abi.int_args[2]);
    masm.prologue();
    let saved = masm.save_callee_saved() as i32;
    let values_slot = mem(M::fp(), -saved - 8);
    masm.mov(MemSize::S64, Loc::Mem(values_slot), Loc::Reg(values));
    let args_top = M::abi().outgoing_args_offset + sig.stack_arg_bytes;
    save_entry_sp(masm, offsets, vmctx, args_top);
    // The pinned vmctx register is free here: use it as the values base.
    let base = M::vmctx_reg();
    masm.mov(MemSize::S64, Loc::Reg(base), Loc::Reg(values));
    // Every source is in the values buffer, and its base is no argument
    // register: the arguments are loaded one by one.
    for (i, p) in ty.params().iter().enumerate() {
        masm.safe_point();
        let dst = match sig.args[2 + i] {
            ArgLoc::Reg(r) => Loc::Reg(r),
            ArgLoc::Stack(off) => Loc::Mem(outgoing::<M>(off)),
        };
        load_value_raw(masm, *p, dst, mem(base, (VALUE_SIZE * i as u32) as i32));
    }
    if sig.has_ret_ptr() {
        let at = outgoing::<M>(sig.stack_arg_bytes);
        let mut moves = vec![Move {
            size: MemSize::S64,
            dst: *sig.args.last().unwrap(),
            src: Loc::Addr(at),
        }];
        parallel_move(masm, &mut moves, outgoing::<M>(0), M::core_temp());
    }
    masm.call(CallTarget::Func(callee));
    // The callee popped its stack arguments; the return area is above them.
    masm.sub_sp(sig.stack_arg_bytes);
    masm.mov(MemSize::S64, Loc::Reg(base), Loc::Mem(values_slot));
    store_results(masm, &sig, ty, base, outgoing::<M>(sig.stack_arg_bytes));
    masm.restore_callee_saved();
    masm.epilogue(0);
    finish(
        masm,
        saved as u32 + 8 + outgoing_bytes::<M>(&sig) + sig.ret_area_bytes,
    )
}

/// Writes wasm results (first in its register, the rest in `ret_area`) into
/// the values buffer at `base`.
fn store_results<M: MacroAssembler>(
    masm: &mut M,
    sig: &Signature,
    ty: &WasmFuncType,
    base: Reg,
    ret_area: Mem,
) {
    for (i, r) in ty.returns().iter().enumerate() {
        let dst = mem(base, (VALUE_SIZE * i as u32) as i32);
        let src = if i == 0 {
            Loc::Reg(sig.first_result.unwrap())
        } else {
            let off = sig.extra_result_offsets[i - 1] as i32;
            Loc::Mem(mem(ret_area.base, ret_area.offset + off))
        };
        store_value_raw(masm, *r, dst, src);
    }
}

/// Host native call → wasm function `callee` (same argument placement).
pub fn native_to_wasm<M: MacroAssembler>(
    masm: &mut M,
    offsets: &VMOffsets<u8>,
    ty: &WasmFuncType,
    callee: u32,
) -> Result<CompiledCode, CompileFailure> {
    masm.reset();
    let abi = M::abi();
    let sig = lower_signature(abi, ty.params(), ty.returns());
    masm.prologue();
    let saved = masm.save_callee_saved();
    let args_top = abi.outgoing_args_offset + sig.stack_arg_bytes;
    save_entry_sp(masm, offsets, abi.int_args[0], args_top);
    copy_stack_args(masm, &sig, ty);
    masm.call(CallTarget::Func(callee));
    masm.restore_callee_saved();
    masm.epilogue(0);
    finish(masm, saved + outgoing_bytes::<M>(&sig))
}

/// Wasm call → a native host function found in the callee's
/// `VMNativeCallHostFuncContext`, called from a frame of our own that
/// records the exit state (see [`save_exit_state`]) and pops the stack
/// arguments a wasm-call callee must pop (the host function pops none).
pub fn wasm_to_native<M: MacroAssembler>(
    masm: &mut M,
    ty: &WasmFuncType,
) -> Result<CompiledCode, CompileFailure> {
    masm.reset();
    let abi = M::abi();
    let sig = lower_signature(abi, ty.params(), ty.returns());
    let ptr = 8u8;
    let (callee_vmctx, caller_vmctx) = (abi.int_args[0], abi.int_args[1]);
    let func = ptr.vmnative_call_host_func_context_func_ref() + ptr.vm_func_ref_native_call();
    let func = Loc::Mem(mem(callee_vmctx, func as i32));
    masm.prologue();
    save_exit_state(masm, ptr, caller_vmctx);
    copy_stack_args(masm, &sig, ty);
    let target = M::core_temp();
    masm.mov(MemSize::S64, Loc::Reg(target), func);
    masm.call(CallTarget::Reg(target));
    masm.epilogue(sig.stack_arg_bytes);
    finish(masm, outgoing_bytes::<M>(&sig))
}

/// Wasm call (`through_wasm`) or native call → a `Func::new` host function at
/// `host_fn` taking the array-call convention.
pub fn to_array_host<M: MacroAssembler>(
    masm: &mut M,
    ty: &WasmFuncType,
    host_fn: usize,
    through_wasm: bool,
) -> Result<CompiledCode, CompileFailure> {
    masm.reset();
    let abi = M::abi();
    let sig = lower_signature(abi, ty.params(), ty.returns());
    let ptr = 8u8;
    masm.prologue();
    if through_wasm {
        save_exit_state(masm, ptr, reg_of(sig.args[1]));
    }
    let ret_ptr_slot = mem(M::fp(), -8);
    if sig.has_ret_ptr() {
        masm.mov(
            MemSize::S64,
            Loc::Mem(ret_ptr_slot),
            arg_loc::<M>(*sig.args.last().unwrap()),
        );
    }
    let len = ty.params().len().max(ty.returns().len()) as u32;
    let values = outgoing::<M>(0);
    for (i, p) in ty.params().iter().enumerate() {
        masm.safe_point();
        let dst = outgoing::<M>(VALUE_SIZE * i as u32);
        store_value_raw(masm, *p, dst, arg_loc::<M>(sig.args[2 + i]));
    }
    // vmctx and caller vmctx are already in the first two argument registers.
    masm.mov(MemSize::S64, Loc::Reg(abi.int_args[2]), Loc::Addr(values));
    masm.mov(
        MemSize::S64,
        Loc::Reg(abi.int_args[3]),
        Loc::Imm(len as i64),
    );
    let target = M::core_temp();
    masm.mov(MemSize::S64, Loc::Reg(target), Loc::Imm(host_fn as i64));
    masm.call(CallTarget::Reg(target));
    // Extra results first: the first result's register must survive. The
    // third integer argument register is free after the call, and
    // caller-saved on every ISA.
    for (i, r) in ty.returns().iter().enumerate().skip(1) {
        let src = outgoing::<M>(VALUE_SIZE * i as u32);
        let ret_ptr = M::core_temp();
        masm.mov(MemSize::S64, Loc::Reg(ret_ptr), Loc::Mem(ret_ptr_slot));
        let value = if abi::is_float(*r) {
            M::float_temp()
        } else {
            abi.int_args[2]
        };
        load_value_raw(masm, *r, Loc::Reg(value), src);
        let off = sig.extra_result_offsets[i - 1] as i32;
        masm.mov(value_size(*r), Loc::Mem(mem(ret_ptr, off)), Loc::Reg(value));
    }
    if let Some(r) = ty.returns().first() {
        let dst = Loc::Reg(sig.first_result.unwrap());
        load_value_raw(masm, *r, dst, outgoing::<M>(0));
    }
    // A wasm caller expects its stack arguments popped; a native one pops
    // them itself.
    masm.epilogue(if through_wasm { sig.stack_arg_bytes } else { 0 });
    finish(masm, 16 + M::abi().outgoing_args_offset + VALUE_SIZE * len)
}

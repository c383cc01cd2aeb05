//! The calling conventions kindling code uses.
//!
//! kindling's wasm-call ABI deliberately matches wasmtime's native-call ABI
//! argument and result placement: `(callee_vmctx, caller_vmctx, params...)`,
//! integer and float arguments in the platform's argument registers and then
//! in stack slots (`Abi::stack_slot_size` bytes, 16 at a 16-byte offset for
//! a v128), the first result in the return register and any
//! further results written through a return pointer passed as the last
//! argument, laid out as wasmtime-cranelift 12 lays them out. Two things
//! differ:
//!
//! * wasm-call functions preserve only the stack and frame pointers and the
//!   integer local homes (`Abi::local_gprs`, a subset of the native
//!   callee-saved registers, which each function saves when it uses them);
//!   entry trampolines save the native callee-saved registers;
//! * the callee pops its stack arguments as it returns (`ret N` on x86_64,
//!   `add sp` on aarch64), and the caller re-reserves its outgoing area after
//!   the call. This is what lets a tail call pass more stack arguments than
//!   its caller received: the callee's area ends where the caller's ended and
//!   grows down into the dead frame, and the callee's pop leaves the original
//!   caller's SP as the tail-calling function's own pop would have. Native
//!   host functions pop nothing, so the exit trampoline for a signature with
//!   stack arguments calls them from a frame of its own.

use crate::masm::Reg;
use wasmtime_environ::WasmType;

/// An ISA's calling convention: what differs between ISAs in how the core
/// places arguments, results and buffers. Every core file that puts
/// something at SP reads it from here.
#[derive(Debug)]
pub struct Abi {
    /// Integer argument registers, in order.
    pub int_args: &'static [Reg],
    /// Float argument registers, in order.
    pub float_args: &'static [Reg],
    /// Integer return register.
    pub int_ret: Reg,
    /// Float return register.
    pub float_ret: Reg,
    /// Where v128 values travel when not with the floats: their own
    /// argument registers, counted apart from the float ones, and their
    /// return register (s390x: v24–v31 and v24). `None` where v128 values
    /// take the float argument and return registers, in the floats' order.
    pub v128_regs: Option<(&'static [Reg], Reg)>,
    /// Registers native code expects preserved across calls.
    pub callee_saved: &'static [Reg],
    /// Registers that hold integer locals for a whole function (see
    /// `codegen/locals.rs`): allocatable, natively callee-saved, and
    /// preserved by every wasm-call function that uses them.
    pub local_gprs: &'static [Reg],
    /// Registers that hold float and v128 locals for a whole function:
    /// allocatable and clobbered by calls, so the caller saves them to the
    /// locals' slots around each call.
    pub local_fprs: &'static [Reg],
    /// Bytes each stack argument occupies.
    pub stack_slot_size: u32,
    /// Bytes between SP and the first outgoing stack argument at a call,
    /// which the callee may use (s390x's register save area); outgoing
    /// return areas and buffers start above them too.
    pub outgoing_args_offset: u32,
    /// Whether a 32-bit argument sits at the high end of its stack slot
    /// (big-endian ABIs) rather than at its low end.
    pub narrow_args_at_slot_end: bool,
    /// Whether the caller must zero-extend 32-bit integer arguments of native
    /// calls to 64 bits (wasmtime marks its builtins' `u32`s `uext`, and the
    /// riscv64 and s390x ABIs rely on the caller doing it).
    pub extends_u32_args: bool,
}

/// Where one argument lives at a call boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgLoc {
    /// In a register.
    Reg(Reg),
    /// In the outgoing-argument area at this byte offset.
    Stack(u32),
}

/// The lowered form of a function signature.
#[derive(Clone, Debug, Default)]
pub struct Signature {
    /// Locations of `callee_vmctx`, `caller_vmctx`, the wasm params and, when
    /// present, the return pointer (last).
    pub args: Vec<ArgLoc>,
    /// Bytes of stack arguments.
    pub stack_arg_bytes: u32,
    /// The register that holds the first result, if any.
    pub first_result: Option<Reg>,
    /// Byte offsets in the return area of results 1.., if any.
    pub extra_result_offsets: Vec<u32>,
    /// Bytes of the return area (0 without extra results).
    pub ret_area_bytes: u32,
}

impl Signature {
    /// Whether results beyond the first travel through a return pointer.
    pub fn has_ret_ptr(&self) -> bool {
        !self.extra_result_offsets.is_empty()
    }
}

/// Whether a wasm type travels in a float register.
pub fn is_float(ty: WasmType) -> bool {
    matches!(ty, WasmType::F32 | WasmType::F64 | WasmType::V128)
}

/// The argument registers a value of `ty` takes, with the index of the
/// counter they share (0 integer, 1 float, 2 an ABI's own v128 registers).
fn arg_regs(abi: &Abi, ty: WasmType) -> (usize, &'static [Reg]) {
    match (ty, abi.v128_regs) {
        (WasmType::V128, Some((regs, _))) => (2, regs),
        _ if is_float(ty) => (1, abi.float_args),
        _ => (0, abi.int_args),
    }
}

/// The register the first result of type `ty` is returned in.
fn ret_reg(abi: &Abi, ty: WasmType) -> Reg {
    match (ty, abi.v128_regs) {
        (WasmType::V128, Some((_, ret))) => ret,
        _ if is_float(ty) => abi.float_ret,
        _ => abi.int_ret,
    }
}

/// The size in bytes of a value of `ty` in the native return area.
fn ret_area_size(ty: WasmType) -> u32 {
    match ty {
        WasmType::I32 | WasmType::F32 => 4,
        WasmType::I64 | WasmType::F64 | WasmType::Ref(_) => 8,
        WasmType::V128 => 16,
    }
}

fn align_to(v: u32, a: u32) -> u32 {
    (v + a - 1) & !(a - 1)
}

/// Lowers a wasm signature: `params` and `results` are the wasm types; the
/// two vmctx pointers are prepended here.
pub fn lower_signature(abi: &Abi, params: &[WasmType], results: &[WasmType]) -> Signature {
    let mut sig = Signature::default();
    lower_signature_into(abi, params, results, &mut sig);
    sig
}

/// [`lower_signature`] into `sig`, reusing its buffers.
pub fn lower_signature_into(
    abi: &Abi,
    params: &[WasmType],
    results: &[WasmType],
    sig: &mut Signature,
) {
    sig.args.clear();
    sig.extra_result_offsets.clear();
    sig.first_result = None;
    sig.ret_area_bytes = 0;
    // The next free register of each class: integer, float, own v128.
    let mut next = [0usize; 3];
    let mut stack = 0u32;
    // A v128 on the stack takes a 16-byte slot at a 16-byte offset, as
    // `__m128` and `uint8x16_t` do in the SysV and AAPCS64 ABIs.
    let mut place = |ty: WasmType, sig: &mut Signature| {
        let (class, regs) = arg_regs(abi, ty);
        let next = &mut next[class];
        if *next < regs.len() {
            sig.args.push(ArgLoc::Reg(regs[*next]));
            *next += 1;
        } else if ty == WasmType::V128 {
            stack = align_to(stack, 16);
            sig.args.push(ArgLoc::Stack(stack));
            stack += 16;
        } else {
            let narrow = matches!(ty, WasmType::I32 | WasmType::F32);
            let pad = if narrow && abi.narrow_args_at_slot_end {
                abi.stack_slot_size - 4
            } else {
                0
            };
            sig.args.push(ArgLoc::Stack(stack + pad));
            stack += abi.stack_slot_size;
        }
    };
    place(WasmType::I64, sig);
    place(WasmType::I64, sig);
    for &p in params {
        place(p, sig);
    }
    if let Some((&first, rest)) = results.split_first() {
        sig.first_result = Some(ret_reg(abi, first));
        let mut offset = 0;
        let mut max_align = 1;
        for &r in rest {
            let size = ret_area_size(r);
            offset = align_to(offset, size);
            sig.extra_result_offsets.push(offset);
            offset += size;
            max_align = max_align.max(size);
        }
        if !rest.is_empty() {
            sig.ret_area_bytes = align_to(offset, max_align);
            place(WasmType::I64, sig);
        }
    }
    sig.stack_arg_bytes = align_to(stack, 16);
}

#[cfg(test)]
mod tests {
    use super::*;

    static ABI: Abi = Abi {
        int_args: &[Reg::gpr(7), Reg::gpr(6)],
        float_args: &[Reg::fpr(0)],
        int_ret: Reg::gpr(0),
        float_ret: Reg::fpr(0),
        v128_regs: None,
        callee_saved: &[],
        local_gprs: &[],
        local_fprs: &[],
        stack_slot_size: 8,
        outgoing_args_offset: 0,
        narrow_args_at_slot_end: false,
        extends_u32_args: false,
    };

    #[test]
    fn overflowing_args_go_to_the_stack_and_extra_results_to_a_ret_area() {
        let sig = lower_signature(
            &ABI,
            &[WasmType::I32, WasmType::F64, WasmType::I64],
            &[WasmType::I32, WasmType::I32, WasmType::I64],
        );
        assert_eq!(
            sig.args,
            vec![
                ArgLoc::Reg(Reg::gpr(7)),
                ArgLoc::Reg(Reg::gpr(6)),
                ArgLoc::Stack(0),
                ArgLoc::Reg(Reg::fpr(0)),
                ArgLoc::Stack(8),
                ArgLoc::Stack(16),
            ]
        );
        assert_eq!(sig.stack_arg_bytes, 32);
        assert_eq!(sig.first_result, Some(Reg::gpr(0)));
        assert_eq!(sig.extra_result_offsets, vec![0, 8]);
        assert_eq!(sig.ret_area_bytes, 16);
    }

    #[test]
    fn a_big_endian_abi_puts_narrow_stack_arguments_at_their_slot_ends() {
        let abi = Abi {
            narrow_args_at_slot_end: true,
            ..ABI
        };
        let sig = lower_signature(&abi, &[WasmType::I32, WasmType::F32, WasmType::I64], &[]);
        assert_eq!(
            sig.args[2..],
            [ArgLoc::Stack(4), ArgLoc::Reg(Reg::fpr(0)), ArgLoc::Stack(8)]
        );
        let sig = lower_signature(&abi, &[WasmType::I64, WasmType::F64, WasmType::F32], &[]);
        assert_eq!(sig.args[4], ArgLoc::Stack(12));
    }

    #[test]
    fn own_v128_registers_are_counted_apart_from_the_floats() {
        let shared = lower_signature(&ABI, &[WasmType::V128, WasmType::F64], &[WasmType::V128]);
        assert_eq!(
            shared.args[2..],
            [ArgLoc::Reg(Reg::fpr(0)), ArgLoc::Stack(0)]
        );
        assert_eq!(shared.first_result, Some(Reg::fpr(0)));
        static V128_ARGS: [Reg; 1] = [Reg::fpr(24)];
        let abi = Abi {
            v128_regs: Some((&V128_ARGS, Reg::fpr(25))),
            ..ABI
        };
        let own = lower_signature(
            &abi,
            &[WasmType::V128, WasmType::F64, WasmType::V128],
            &[WasmType::V128],
        );
        assert_eq!(
            own.args[2..],
            [
                ArgLoc::Reg(Reg::fpr(24)),
                ArgLoc::Reg(Reg::fpr(0)),
                ArgLoc::Stack(0)
            ]
        );
        assert_eq!(own.first_result, Some(Reg::fpr(25)));
        let floats = lower_signature(&abi, &[WasmType::F32], &[WasmType::F32]);
        assert_eq!(floats.first_result, Some(Reg::fpr(0)));
    }
}

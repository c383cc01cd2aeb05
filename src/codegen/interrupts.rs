//! Fuel and epoch interruption, as wasmtime's `Config::consume_fuel` and
//! `Config::epoch_interruption` define them.
//!
//! Fuel: each function invocation costs 1 (as under Cranelift in wasmtime
//! 12) and each operator costs 1, except `nop`, `drop`, `block`, `loop`,
//! `unreachable`, `return`, `else` and `end`, which are free. Costs are
//! summed at compile time and added to `VMRuntimeLimits::fuel_consumed`
//! before every operator that branches, joins or calls, so every path into a
//! join has paid for what it ran. Function entry and loop headers check the
//! counter and call the `out_of_gas` builtin once it is no longer negative.
//!
//! Epochs: function entry and loop headers compare the engine's epoch with
//! `VMRuntimeLimits::epoch_deadline` and call the `new_epoch` builtin once the
//! deadline is reached.

use super::{mem, CodeGen};
use crate::masm::{IntCmp, Loc, MacroAssembler, MemSize, OperandSize, RegImm};
use wasmtime_environ::{BuiltinFunctionIndex, PtrSize};

/// The fuel an operator costs.
fn fuel_cost(op: &str) -> i64 {
    match op {
        "Nop" | "Drop" | "Block" | "Loop" | "Unreachable" | "Return" | "Else" | "End" => 0,
        _ => 1,
    }
}

/// Whether pending fuel must be added to the counter before `op`.
fn flushes_fuel(op: &str) -> bool {
    matches!(
        op,
        "Unreachable"
            | "Return"
            | "Call"
            | "CallIndirect"
            | "ReturnCall"
            | "ReturnCallIndirect"
            | "Loop"
            | "If"
            | "Else"
            | "End"
            | "Br"
            | "BrIf"
            | "BrTable"
    )
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Accounts for reachable operator `op` (only with fuel enabled).
    pub(super) fn fuel_before(&mut self, op: &str) {
        self.fuel_pending += fuel_cost(op);
        if flushes_fuel(op) {
            self.fuel_flush();
        }
    }

    /// Adds the pending fuel to `VMRuntimeLimits::fuel_consumed`.
    fn fuel_flush(&mut self) {
        let pending = std::mem::take(&mut self.fuel_pending);
        if pending == 0 {
            return;
        }
        let limits = self.load_runtime_limits();
        let fuel = self.env.offsets.ptr.vmruntime_limits_fuel_consumed();
        self.cx
            .masm
            .add_to_mem(mem(limits, i32::from(fuel)), pending as i32);
    }

    /// The `VMRuntimeLimits` pointer, in the core temp.
    fn load_runtime_limits(&mut self) -> crate::masm::Reg {
        let temp = M::core_temp();
        let at = self.vmctx_mem(self.env.offsets.vmctx_runtime_limits());
        self.cx.masm.mov(MemSize::S64, Loc::Reg(temp), Loc::Mem(at));
        temp
    }

    /// The checks at function entry and loop headers. Nothing on the value
    /// stack may be in a register here.
    pub(super) fn interruption_checks(&mut self) {
        let tunables = self.env.tunables;
        if tunables.consume_fuel && self.cx.control.len() == 1 {
            // Function entry.
            self.fuel_pending += 1;
        }
        if tunables.consume_fuel {
            self.fuel_check();
        }
        if tunables.epoch_interruption {
            self.epoch_check();
        }
    }

    fn fuel_check(&mut self) {
        self.fuel_flush();
        let limits = self.load_runtime_limits();
        let fuel = self.env.offsets.ptr.vmruntime_limits_fuel_consumed();
        self.cx.masm.mov(
            MemSize::S64,
            Loc::Reg(limits),
            Loc::Mem(mem(limits, i32::from(fuel))),
        );
        let enough = self.cx.masm.new_label();
        self.cx.masm.br_cmp(
            IntCmp::LtS,
            OperandSize::S64,
            limits,
            RegImm::Imm(0),
            enough,
        );
        self.emit_builtin_call(BuiltinFunctionIndex::out_of_gas(), &[]);
        self.cx.masm.bind(enough);
    }

    fn epoch_check(&mut self) {
        let deadline = self.alloc_gpr();
        let limits = self.load_runtime_limits();
        let field = self.env.offsets.ptr.vmruntime_limits_epoch_deadline();
        self.cx.masm.mov(
            MemSize::S64,
            Loc::Reg(deadline),
            Loc::Mem(mem(limits, i32::from(field))),
        );
        let epoch = M::core_temp();
        let ptr = self.vmctx_mem(self.env.offsets.vmctx_epoch_ptr());
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(epoch), Loc::Mem(ptr));
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(epoch), Loc::Mem(mem(epoch, 0)));
        let before = self.cx.masm.new_label();
        self.cx.masm.br_cmp(
            IntCmp::LtU,
            OperandSize::S64,
            epoch,
            RegImm::Reg(deadline),
            before,
        );
        self.free_reg(deadline);
        self.emit_builtin_call(BuiltinFunctionIndex::new_epoch(), &[]);
        self.cx.masm.bind(before);
    }
}

//! The single-pass code generator: one walk over a function's operators,
//! validating each with wasmparser's `FuncValidator` and emitting machine
//! code through a [`MacroAssembler`] as it goes.
//!
//! * `stack.rs`: the value stack (latent constants, latent `local.get`,
//!   latent compares) and register allocation at push, with single-register
//!   spills into fixed frame slots.
//! * `control.rs`: control frames, branches and merges.
//! * `calls.rs`: calls and the parallel moves into argument registers.
//! * `visit.rs`: the `VisitOperator` implementation, one method per operator.
//!
//! Frame layout, all offsets from the frame pointer (FP):
//!
//! ```text
//!   FP + incoming_args_offset ..   stack-passed arguments (read in place,
//!                                   but externrefs are copied to locals);
//!                                   the function pops them as it returns
//!   FP - 8                          the callee vmctx
//!   FP - 16                         the return-area pointer (multi-value)
//!   FP - 24 - ...                   the integer local homes' saved values
//!                                   (8 bytes each, see `locals.rs`)
//!   below them                      locals (8 bytes each, 16 for v128)
//!   below the locals                one 16-byte slot per value-stack depth
//!   SP + Abi::outgoing_args_offset  outgoing stack arguments, then the
//!                                   callee's return area (the offset is 0
//!                                   on x86_64 and aarch64)
//! ```

mod calls;
mod control;
mod floats;
mod indirect;
mod interrupts;
mod ints;
mod locals;
mod memory;
mod refs;
mod simd;
mod simd_lanes;
mod tables;
pub use calls::{parallel_move, Move};
mod stack;
#[macro_use]
mod visit_macros;
#[macro_use]
mod visit_simd;
mod visit;

use crate::abi::{lower_signature, ArgLoc, Signature};
use crate::masm::{
    CallReloc, Label, Loc, MacroAssembler, Mem, MemSize, Reg, StackCheck, UnwindStep,
};
use crate::settings::{IsaFeatures, SharedFlags};
use crate::CompileFailure;
use control::ControlFrame;
use stack::{RegSet, StackEntry};
use wasmparser::{FuncValidator, FunctionBody, ValType, ValidatorResources};
use wasmtime_environ::{
    FilePos, FuncIndex, InstructionAddressMap, Module, ModuleTypes, PtrSize, StackMapInformation,
    Trap, TrapInformation, Tunables, VMOffsets, WasmFuncType, WasmType,
};

/// Frame-pointer offset of the saved callee vmctx.
const VMCTX_SLOT: i32 = -8;
/// Frame-pointer offset of the saved return-area pointer.
const RET_PTR_SLOT: i32 = -16;
/// Bytes of each value-stack slot (room for a v128).
const SLOT_BYTES: u32 = 16;
/// Bytes above the locals reserved for the two slots above.
const FIXED_SLOTS_BYTES: u32 = 16;
/// Upper bound on a function's machine code, to fail cleanly on runaway
/// inputs instead of exhausting memory.
const MAX_FUNCTION_CODE_BYTES: u32 = 256 << 20;

/// The machine code and metadata of one compiled function or trampoline.
#[derive(Debug, Default)]
pub struct CompiledCode {
    /// The machine code.
    pub body: Vec<u8>,
    /// Direct calls to patch when the text section is laid out.
    pub relocs: Vec<CallReloc>,
    /// Trapping instructions and their codes.
    pub traps: Vec<TrapInformation>,
    /// Code offset to wasm offset, for backtraces.
    pub address_map: Vec<InstructionAddressMap>,
    /// Prologue unwind steps.
    pub unwind: Vec<UnwindStep>,
    /// The function's position in the wasm file.
    pub start_srcloc: FilePos,
    /// Required alignment of the code.
    pub alignment: u32,
    /// Stack maps at safepoints, sorted by code offset.
    pub stack_maps: Vec<StackMapInformation>,
}

/// What the code generator needs to know about the module.
pub struct ModuleEnv<'a> {
    /// The module being compiled.
    pub module: &'a Module,
    /// Its types.
    pub types: &'a ModuleTypes,
    /// The vmctx layout.
    pub offsets: VMOffsets<u8>,
    /// Runtime tunables.
    pub tunables: &'a Tunables,
    /// CPU features the code may use.
    pub features: &'a IsaFeatures,
    /// The shared settings that change code (NaN canonicalization, Spectre guards).
    pub flags: &'a SharedFlags,
}

impl<'a> ModuleEnv<'a> {
    /// The signature of function `index`.
    pub fn func_type(&self, index: FuncIndex) -> &'a WasmFuncType {
        &self.types[self.module.functions[index].signature]
    }

    /// Whether any signature or global of the module holds a v128.
    pub fn uses_v128(&self) -> bool {
        let v128 = |ty: &WasmType| *ty == WasmType::V128;
        self.types
            .wasm_signatures()
            .any(|(_, sig)| sig.params().iter().chain(sig.returns()).any(v128))
            || self.module.globals.values().any(|g| v128(&g.wasm_ty))
    }

    /// The signature declared as type `type_index`.
    pub fn type_at(&self, type_index: u32) -> Option<&'a WasmFuncType> {
        use wasmtime_environ::{ModuleType, TypeIndex};
        let index = TypeIndex::from_u32(type_index);
        match self.module.types.get(index)? {
            ModuleType::Function(sig) => Some(&self.types[*sig]),
        }
    }
}

/// Reusable per-thread state: the masm and the code generator's buffers.
pub struct CodegenContext<M: MacroAssembler> {
    pub(crate) masm: M,
    stack: Vec<StackEntry>,
    control: Vec<ControlFrame>,
    locals: Vec<ValType>,
    local_offsets: Vec<i32>,
    latent_local_refs: Vec<u32>,
    local_homes: Vec<Option<Reg>>,
    saved_homes: Vec<Reg>,
    clobbered_homes: Vec<u32>,
    local_weights: Vec<u32>,
    home_owners: Vec<(Reg, u32)>,
    scan_frames: Vec<bool>,
    call_sig: Signature,
    frame_types: Vec<ValType>,
    saved_vals: Vec<stack::Val>,
    trap_stubs: Vec<(Label, Trap, u32)>,
    address_map: Vec<InstructionAddressMap>,
    traps: Vec<TrapInformation>,
    arg_moves: Vec<calls::Move>,
    safepoints: Vec<refs::Safepoint>,
    safepoint_slots: Vec<i32>,
    ref_locals: Vec<i32>,
}

impl<M: MacroAssembler> CodegenContext<M> {
    /// A fresh context.
    pub fn new(features: &IsaFeatures) -> Self {
        CodegenContext {
            masm: M::new(features),
            stack: Vec::new(),
            control: Vec::new(),
            locals: Vec::new(),
            local_offsets: Vec::new(),
            latent_local_refs: Vec::new(),
            local_homes: Vec::new(),
            saved_homes: Vec::new(),
            clobbered_homes: Vec::new(),
            local_weights: Vec::new(),
            home_owners: Vec::new(),
            scan_frames: Vec::new(),
            call_sig: Signature::default(),
            frame_types: Vec::new(),
            saved_vals: Vec::new(),
            trap_stubs: Vec::new(),
            address_map: Vec::new(),
            traps: Vec::new(),
            arg_moves: Vec::new(),
            safepoints: Vec::new(),
            safepoint_slots: Vec::new(),
            ref_locals: Vec::new(),
        }
    }

    fn reset(&mut self) {
        self.masm.reset();
        self.stack.clear();
        self.control.clear();
        self.locals.clear();
        self.local_offsets.clear();
        self.latent_local_refs.clear();
        self.local_homes.clear();
        self.saved_homes.clear();
        self.clobbered_homes.clear();
        self.home_owners.clear();
        self.frame_types.clear();
        self.saved_vals.clear();
        self.trap_stubs.clear();
        self.address_map.clear();
        self.traps.clear();
        self.arg_moves.clear();
        self.safepoints.clear();
        self.safepoint_slots.clear();
        self.ref_locals.clear();
    }
}

/// The code generator for one function body.
pub struct CodeGen<'a, 'c, M: MacroAssembler> {
    env: &'a ModuleEnv<'a>,
    cx: &'c mut CodegenContext<M>,
    sig: Signature,
    results: Box<[WasmType]>,
    free: RegSet,
    /// The registers that are locals' homes.
    homes: RegSet,
    /// Entries below this index hold no register (a spill-scan hint).
    spill_scan_from: usize,
    /// Entries below this index are constants or in their slots.
    settled_below: usize,
    max_depth: u32,
    max_outgoing: u32,
    locals_end: u32,
    reachable: bool,
    /// The wasm offset of the operator being compiled.
    srcloc: u32,
    /// Fuel consumed since the last flush to `VMRuntimeLimits`.
    fuel_pending: i64,
    /// Whether an externref value was ever pushed (stack maps needed).
    saw_externref: bool,
    /// The wasm offset of the function body.
    body_offset: u32,
    /// The vmctx offset of memory 0's base when it stays in
    /// `heap_base_reg` (see `memory.rs`), decided once per function.
    pinned_heap_base: Option<u32>,
    /// When the operator being compiled is an integer binary operator that
    /// a `local.set` or `local.tee` of this local follows: its result can go
    /// straight to the local's home.
    result_local: Option<u32>,
}

/// Compiles one function body.
pub fn compile_function<M: MacroAssembler>(
    env: &ModuleEnv<'_>,
    cx: &mut CodegenContext<M>,
    func_index: FuncIndex,
    body: &FunctionBody<'_>,
    validator: &mut FuncValidator<ValidatorResources>,
) -> Result<CompiledCode, CompileFailure> {
    cx.reset();
    let ty = env.func_type(func_index);
    let sig = lower_signature(M::abi(), ty.params(), ty.returns());
    let body_offset = body.get_binary_reader().original_position() as u32;
    let mut cg = CodeGen {
        env,
        cx,
        sig,
        results: ty.returns().into(),
        free: RegSet::from_regs(M::allocatable_gprs())
            .union(RegSet::from_regs(M::allocatable_fprs())),
        homes: RegSet::default(),
        spill_scan_from: 0,
        settled_below: 0,
        max_depth: 0,
        max_outgoing: 0,
        locals_end: 0,
        reachable: true,
        srcloc: body_offset,
        fuel_pending: 0,
        saw_externref: false,
        body_offset,
        pinned_heap_base: None,
        result_local: None,
    };
    cg.pinned_heap_base = cg.find_pinned_heap_base();
    cg.declare_locals(ty, body, validator)?;
    let simd_unavailable = cg.cx.masm.simd_unavailable();
    if let Some(needs) = simd_unavailable {
        if cg.cx.locals.contains(&ValType::V128) || env.uses_v128() {
            return Err(CompileFailure::MissingFeature {
                op: "v128".into(),
                isa: M::ISA,
                needs,
            });
        }
    }
    cg.emit_prologue();
    let mut reader = body.get_operators_reader()?;
    let mut whole = body.get_binary_reader();
    let body_start = whole.original_position();
    let body_bytes = whole.read_bytes(whole.bytes_remaining())?;
    let mut visitor = visit::ValidateThenEmit {
        validator,
        cg: &mut cg,
        offset: 0,
        failure: None,
    };
    while !reader.eof() {
        visitor.offset = reader.original_position();
        visitor.cg.srcloc = visitor.offset as u32;
        let at = visitor.offset - body_start;
        if let Some(needs) = simd_unavailable {
            // Every SIMD operator starts with the 0xfd prefix.
            if body_bytes.get(at) == Some(&0xfd) && visitor.failure.is_none() {
                visitor.failure = Some(CompileFailure::MissingFeature {
                    op: format!("the SIMD operator at offset {:#x}", visitor.offset),
                    isa: M::ISA,
                    needs,
                });
            }
        }
        visitor.cg.result_local = binop_then_local_set(body_bytes, at);
        visitor.cg.cx.masm.safe_point();
        visitor.cg.record_srcloc();
        reader.visit_operator(&mut visitor)??;
        if visitor.failure.is_none() && visitor.cg.cx.masm.offset() > MAX_FUNCTION_CODE_BYTES {
            visitor.failure = Some(CompileFailure::Limit(format!(
                "function {} needs more than {MAX_FUNCTION_CODE_BYTES} bytes of code",
                func_index.as_u32()
            )));
        }
    }
    let end = reader.original_position();
    visitor.validator.finish(end)?;
    if let Some(failure) = visitor.failure.take() {
        return Err(failure);
    }
    cg.finish()
}

impl<'a, 'c, M: MacroAssembler> CodeGen<'a, 'c, M> {
    fn declare_locals(
        &mut self,
        ty: &WasmFuncType,
        body: &FunctionBody<'_>,
        validator: &mut FuncValidator<ValidatorResources>,
    ) -> Result<(), CompileFailure> {
        for p in ty.params() {
            self.cx.locals.push(val_type(*p));
        }
        let mut reader = body.get_locals_reader()?;
        for _ in 0..reader.get_count() {
            let offset = reader.original_position();
            let (count, ty) = reader.read()?;
            validator.define_locals(offset, count, ty)?;
            for _ in 0..count {
                self.cx.locals.push(ty);
            }
        }
        let n = self.cx.locals.len();
        self.cx.latent_local_refs.resize(n, 0);
        self.choose_local_homes(body);
        // Register params and declared locals get frame slots; stack params
        // are read where the caller put them, except externrefs (the frame's
        // stack maps must cover them, so they are copied in) and homed ones.
        let mut next_slot = (FIXED_SLOTS_BYTES + self.saved_homes_bytes()) as i32;
        for i in 0..n {
            let offset = match self.sig.args.get(2 + i) {
                Some(ArgLoc::Stack(off))
                    if i < ty.params().len()
                        && self.cx.locals[i] != ValType::EXTERNREF
                        && self.cx.local_homes[i].is_none() =>
                {
                    M::incoming_args_offset() + *off as i32
                }
                _ => {
                    next_slot += if self.cx.locals[i] == ValType::V128 {
                        16
                    } else {
                        8
                    };
                    -next_slot
                }
            };
            self.cx.local_offsets.push(offset);
        }
        self.locals_end = next_slot as u32;
        for i in 0..n {
            let offset = self.cx.local_offsets[i];
            if self.cx.locals[i] == ValType::EXTERNREF {
                self.cx.ref_locals.push(offset);
            }
        }
        Ok(())
    }

    fn emit_prologue(&mut self) {
        let vmctx = M::vmctx_reg();
        let fp = M::fp();
        let ArgLoc::Reg(vmctx_arg) = self.sig.args[0] else {
            unreachable!("the vmctx is always passed in a register")
        };
        let limits = self.env.offsets.vmctx_runtime_limits() as i32;
        let overflow = self.trap_label(Trap::StackOverflow);
        self.cx.masm.checked_prologue(StackCheck {
            runtime_limits: mem(vmctx_arg, limits),
            stack_limit_offset: self.env.offsets.ptr.vmruntime_limits_stack_limit() as i32,
            trap: overflow,
        });
        self.cx
            .masm
            .mov(MemSize::S64, Loc::Reg(vmctx), Loc::Reg(vmctx_arg));
        self.cx.masm.store(MemSize::S64, mem(fp, VMCTX_SLOT), vmctx);
        self.load_pinned_heap_base();
        self.save_homes();
        let nparams = self.sig.args.len() - 2 - usize::from(self.sig.has_ret_ptr());
        for i in 0..nparams {
            // Long prologues hold safe points, for ISAs whose branches
            // (the stack check's) reach only a short way.
            self.cx.masm.safe_point();
            let size = mem_size(self.cx.locals[i]);
            let dst = self.local_loc(i as u32);
            match self.sig.args[2 + i] {
                ArgLoc::Reg(r) => self.cx.masm.mov(size, dst, Loc::Reg(r)),
                ArgLoc::Stack(off)
                    if dst != Loc::Mem(mem(fp, M::incoming_args_offset() + off as i32)) =>
                {
                    let src = mem(fp, M::incoming_args_offset() + off as i32);
                    self.cx.masm.mov(size, dst, Loc::Mem(src));
                }
                ArgLoc::Stack(_) => {}
            }
        }
        if self.sig.has_ret_ptr() {
            let src = match *self.sig.args.last().unwrap() {
                ArgLoc::Reg(r) => Loc::Reg(r),
                ArgLoc::Stack(off) => Loc::Mem(mem(fp, M::incoming_args_offset() + off as i32)),
            };
            self.cx
                .masm
                .mov(MemSize::S64, Loc::Mem(mem(fp, RET_PTR_SLOT)), src);
        }
        for i in nparams..self.cx.locals.len() {
            self.cx.masm.safe_point();
            self.zero_local(i as u32);
        }
        let results = self.results.len();
        self.cx.control.push(ControlFrame::function(results));
        self.interruption_checks();
    }

    /// Records that code from here on belongs to the current operator.
    fn record_srcloc(&mut self) {
        if !self.env.tunables.generate_address_map {
            return;
        }
        let code_offset = self.cx.masm.offset();
        let srcloc = FilePos::new(self.srcloc);
        match self.cx.address_map.last_mut() {
            Some(last) if last.code_offset == code_offset => last.srcloc = srcloc,
            _ => self.cx.address_map.push(InstructionAddressMap {
                srcloc,
                code_offset,
            }),
        }
    }

    /// A label for an out-of-line trap of `code`, emitted at the function's end.
    fn trap_label(&mut self, code: Trap) -> Label {
        let label = self.cx.masm.new_label();
        self.cx.trap_stubs.push((label, code, self.srcloc));
        label
    }

    /// Emits a trap right here.
    fn trap_here(&mut self, code: Trap) {
        let code_offset = self.cx.masm.trap_instruction(code);
        self.cx.traps.push(TrapInformation {
            code_offset,
            trap_code: code,
        });
    }

    fn finish(mut self) -> Result<CompiledCode, CompileFailure> {
        let stubs = std::mem::take(&mut self.cx.trap_stubs);
        for &(label, code, srcloc) in &stubs {
            self.cx.masm.safe_point();
            self.cx.masm.bind(label);
            self.srcloc = srcloc;
            self.record_srcloc();
            self.trap_here(code);
        }
        self.cx.trap_stubs = stubs;
        // The ABI's reserved bytes at SP are in every frame, calls or not:
        // s390x keeps its back chain at SP + 0.
        let outgoing = self.max_outgoing.max(M::abi().outgoing_args_offset);
        let frame = self.locals_end + SLOT_BYTES * self.max_depth + outgoing;
        let frame = (frame + 15) & !15;
        self.cx.masm.patch_frame_size(frame);
        let mut body = Vec::new();
        self.cx
            .masm
            .finish(&mut body)
            .map_err(|e| CompileFailure::Internal(e.to_string()))?;
        Ok(CompiledCode {
            body,
            relocs: self.cx.masm.relocs().to_vec(),
            stack_maps: self.stack_maps(frame),
            // Copied out at their final size: the context keeps its
            // buffers, so the next function does not grow them again.
            traps: self.cx.traps.clone(),
            address_map: self.cx.address_map.clone(),
            unwind: self.cx.masm.unwind_steps().to_vec(),
            start_srcloc: FilePos::new(self.body_offset),
            alignment: M::function_alignment(),
        })
    }

    /// The frame slot of local `index`.
    fn local_mem(&self, index: u32) -> Mem {
        mem(M::fp(), self.cx.local_offsets[index as usize])
    }

    /// The fixed frame slot of value-stack depth `depth`.
    fn slot_mem(&self, depth: usize) -> Mem {
        mem(
            M::fp(),
            -((self.locals_end + SLOT_BYTES * (depth as u32 + 1)) as i32),
        )
    }

    /// The vmctx field at `offset`.
    fn vmctx_mem(&self, offset: u32) -> Mem {
        mem(M::vmctx_reg(), offset as i32)
    }
}

/// The local that a `local.set` or `local.tee` right after the operator at
/// `at` in `bytes` writes, when that operator is an integer binary operator
/// (a peek at two opcodes and a LEB128 index; nothing is decoded twice).
#[inline]
fn binop_then_local_set(bytes: &[u8], at: usize) -> Option<u32> {
    // i32.add ..= i32.rotr and i64.add ..= i64.rotr, none with immediates.
    if !matches!(bytes.get(at)?, 0x6a..=0x78 | 0x7c..=0x8a) {
        return None;
    }
    if !matches!(bytes.get(at + 1)?, 0x21 | 0x22) {
        return None;
    }
    let mut index = 0u32;
    for (i, &b) in bytes.get(at + 2..)?.iter().take(5).enumerate() {
        index |= u32::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some(index);
        }
    }
    None
}

/// `[base + offset]`.
pub(crate) fn mem(base: Reg, offset: i32) -> Mem {
    Mem { base, offset }
}

/// The wasmparser type of a wasmtime type.
fn val_type(ty: WasmType) -> ValType {
    match ty {
        WasmType::I32 => ValType::I32,
        WasmType::I64 => ValType::I64,
        WasmType::F32 => ValType::F32,
        WasmType::F64 => ValType::F64,
        WasmType::V128 => ValType::V128,
        WasmType::Ref(r) if r.heap_type == wasmtime_environ::WasmHeapType::Extern => {
            ValType::EXTERNREF
        }
        WasmType::Ref(_) => ValType::FUNCREF,
    }
}

/// The memory width of a value of `ty` held in a register or slot.
fn mem_size(ty: ValType) -> MemSize {
    match ty {
        ValType::I32 | ValType::F32 => MemSize::S32,
        ValType::V128 => MemSize::S128,
        _ => MemSize::S64,
    }
}

/// The error for an operator this ISA cannot do with the configured CPU
/// features; `name` names the operator.
fn missing_feature<M: MacroAssembler>(name: &str) -> CompileFailure {
    CompileFailure::MissingFeature {
        op: operator_name(name),
        isa: M::ISA,
        needs: M::MISSING_FEATURE_HINT,
    }
}

/// The wasm operator a visitor method compiles: `visit_i32x4_mul` is
/// `i32x4.mul`.
fn operator_name(visit: &str) -> String {
    let name = visit.strip_prefix("visit_").unwrap_or(visit);
    name.replacen('_', ".", 1)
}

#[cfg(test)]
mod tests {
    use super::binop_then_local_set;

    #[test]
    fn a_binop_followed_by_a_local_set_names_the_local() {
        // i32.add; local.set 3
        assert_eq!(binop_then_local_set(&[0x6a, 0x21, 0x03], 0), Some(3));
        // i64.rotr; local.tee 300 (LEB128 0xac 0x02)
        assert_eq!(
            binop_then_local_set(&[0x8a, 0x22, 0xac, 0x02], 0),
            Some(300)
        );
        // i32.add; local.get 3
        assert_eq!(binop_then_local_set(&[0x6a, 0x20, 0x03], 0), None);
        // i32.eqz is no binary operator; i32.add at the end of the bytes
        assert_eq!(binop_then_local_set(&[0x45, 0x21, 0x00], 0), None);
        assert_eq!(binop_then_local_set(&[0x6a], 0), None);
        // A truncated index
        assert_eq!(binop_then_local_set(&[0x6a, 0x21, 0x80], 0), None);
    }
}

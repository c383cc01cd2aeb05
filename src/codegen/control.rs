//! Control frames, branches and merges.
//!
//! The merge convention: on entry to a block, loop or if, every stack value
//! that holds a register or a latent local is stored into its fixed slot, so
//! the stack below a frame looks the same on every path. A branch to a block
//! or if stores the carried values into the slots at the frame's base; a loop
//! header expects its params there. A block nobody branches to keeps its
//! results wherever they are: its only way out is falling through.
//!
//! A block or if with no params and one integer or float result carries it
//! in a register instead ([`ControlFrame::result_reg`]: the first register
//! of its class the allocator hands out): every path into the join
//! moves the value there, and the join pushes it as that register. Nothing
//! else can be in it on those paths: the stack below the frame holds no
//! register (it was spilled at entry), and what lies above the frame's base
//! besides the carried value is dropped by the branch.

use super::stack::{op_size, Val};
use super::{mem, mem_size, CodeGen, RET_PTR_SLOT};
use crate::masm::{IntCmp, Label, Loc, MacroAssembler, OperandSize, RegImm};
use crate::CompileFailure;
use wasmparser::{BlockType, ValType};

/// What kind of construct a frame is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// The function body.
    Function,
    /// `block`
    Block,
    /// `loop`
    Loop,
    /// `if` before its `else`
    If,
    /// the `else` arm
    Else,
}

/// One open control construct. Its param and result types, and the
/// params an `if` saves for its `else` arm, live in stacks shared by all
/// open frames (`CodegenContext::frame_types` and `saved_vals`), so opening
/// a frame allocates nothing.
#[derive(Clone, Copy, Debug)]
pub struct ControlFrame {
    /// The construct.
    pub kind: FrameKind,
    /// Branch target: the end for blocks and ifs, the header for loops.
    pub label: Option<Label>,
    /// The `else` arm's start, for an `if`.
    pub else_label: Option<Label>,
    /// Stack height below the params.
    pub base: usize,
    /// Where the param types, then the result types, start in
    /// `frame_types`.
    pub types_at: usize,
    /// How many params.
    pub nparams: usize,
    /// How many results.
    pub nresults: usize,
    /// Whether some branch targets the end.
    pub branched_to: bool,
    /// The register the single result crosses the join in, or `None` when
    /// the results cross in the slots at `base`.
    pub result_reg: Option<crate::masm::Reg>,
    /// Whether the frame was entered in unreachable code (everything inside
    /// is skipped).
    pub dead: bool,
    /// Whether the `if` was entered reachably (so its else arm is reachable).
    pub entry_reachable: bool,
    /// Where the param entries at `if` entry, restored for the `else` arm,
    /// start in `saved_vals` (`nparams` of them, for an `if`).
    pub saved_at: usize,
}

impl ControlFrame {
    /// The frame for the function body.
    /// (Its result types are never read: `emit_return` uses the function's.)
    pub fn function(results: usize) -> ControlFrame {
        ControlFrame {
            kind: FrameKind::Function,
            label: None,
            else_label: None,
            base: 0,
            types_at: 0,
            nparams: 0,
            nresults: results,
            branched_to: false,
            result_reg: None,
            dead: false,
            entry_reachable: true,
            saved_at: 0,
        }
    }

    /// How many values a branch to this frame carries.
    fn branch_arity(&self) -> usize {
        if self.kind == FrameKind::Loop {
            self.nparams
        } else {
            self.nresults
        }
    }
}

/// A branch condition popped from the stack.
pub enum Condition {
    /// Known at compile time.
    Const(bool),
    /// `lhs cmp rhs`; the registers are owned by the condition.
    Cmp(IntCmp, OperandSize, crate::masm::Reg, RegImm),
}

impl<M: MacroAssembler> CodeGen<'_, '_, M> {
    /// Pushes the params and then the results of a block type onto
    /// `frame_types`; returns how many of each.
    fn push_block_types(&mut self, ty: BlockType) -> Result<(usize, usize), CompileFailure> {
        let types = &mut self.cx.frame_types;
        Ok(match ty {
            BlockType::Empty => (0, 0),
            BlockType::Type(t) => {
                types.push(t);
                (0, 1)
            }
            BlockType::FuncType(idx) => {
                let f = self
                    .env
                    .type_at(idx)
                    .ok_or_else(|| CompileFailure::Internal(format!("no type {idx}")))?;
                types.extend(f.params().iter().map(|t| super::val_type(*t)));
                types.extend(f.returns().iter().map(|t| super::val_type(*t)));
                (f.params().len(), f.returns().len())
            }
        })
    }

    /// Type `i` of `frame`'s params followed by its results.
    fn frame_type(&self, frame: &ControlFrame, i: usize) -> ValType {
        self.cx.frame_types[frame.types_at + i]
    }

    /// Drops what a closed frame kept in the shared stacks.
    fn release_frame(&mut self, frame: &ControlFrame) {
        self.cx.frame_types.truncate(frame.types_at);
        self.cx.saved_vals.truncate(frame.saved_at);
    }

    /// Opens a frame entered in unreachable code.
    fn push_dead_frame(&mut self, kind: FrameKind) {
        self.cx.control.push(ControlFrame {
            kind,
            label: None,
            else_label: None,
            base: self.cx.stack.len(),
            types_at: self.cx.frame_types.len(),
            nparams: 0,
            nresults: 0,
            branched_to: false,
            result_reg: None,
            dead: true,
            entry_reachable: false,
            saved_at: self.cx.saved_vals.len(),
        });
    }

    /// `block`, `loop` or `if`.
    pub(super) fn open_frame(
        &mut self,
        kind: FrameKind,
        ty: BlockType,
    ) -> Result<(), CompileFailure> {
        if !self.reachable {
            self.push_dead_frame(kind);
            return Ok(());
        }
        let types_at = self.cx.frame_types.len();
        let (nparams, nresults) = self.push_block_types(ty)?;
        let cond = if kind == FrameKind::If {
            Some(self.pop_condition())
        } else {
            None
        };
        self.spill_all();
        let base = self.cx.stack.len() - nparams;
        let result_reg = match kind {
            FrameKind::Block | FrameKind::If if nparams == 0 && nresults == 1 => {
                self.merge_reg(self.cx.frame_types[types_at])
            }
            _ => None,
        };
        let mut frame = ControlFrame {
            kind,
            label: Some(self.cx.masm.new_label()),
            else_label: None,
            base,
            types_at,
            nparams,
            nresults,
            branched_to: false,
            result_reg,
            dead: false,
            entry_reachable: true,
            saved_at: self.cx.saved_vals.len(),
        };
        match kind {
            FrameKind::Loop => {
                // Back edges store params into their slots; make entry agree.
                for depth in base..self.cx.stack.len() {
                    if let Val::Const(c) = self.cx.stack[depth].val {
                        let size = mem_size(self.cx.stack[depth].ty);
                        let dst = Loc::Mem(self.slot_mem(depth));
                        self.cx.masm.mov(size, dst, Loc::Imm(c));
                        self.cx.stack[depth].val = Val::Slot;
                    }
                }
                self.cx.masm.bind(frame.label.unwrap());
                self.interruption_checks();
            }
            FrameKind::If => {
                let else_label = self.cx.masm.new_label();
                frame.else_label = Some(else_label);
                let saved = self.cx.stack[base..].iter().map(|e| e.val);
                self.cx.saved_vals.extend(saved);
                match cond.unwrap() {
                    Condition::Const(true) => {}
                    Condition::Const(false) => self.cx.masm.jmp(else_label),
                    c => self.branch_unless(c, else_label),
                }
            }
            _ => {}
        }
        self.cx.control.push(frame);
        Ok(())
    }

    /// `else`.
    pub(super) fn visit_else_arm(&mut self) {
        let frame = self.cx.control.last_mut().expect("validated");
        frame.kind = FrameKind::Else;
        if frame.dead {
            return;
        }
        let frame = *frame;
        if self.reachable {
            self.carry_results(frame.base, frame.nresults, frame.result_reg);
            self.cx.masm.jmp(frame.label.unwrap());
            self.cx.control.last_mut().unwrap().branched_to = true;
        }
        self.truncate_stack(frame.base);
        self.cx.masm.bind(frame.else_label.unwrap());
        for i in 0..frame.nparams {
            let (ty, val) = (
                self.frame_type(&frame, i),
                self.cx.saved_vals[frame.saved_at + i],
            );
            self.push(ty, val);
        }
        self.cx.control.last_mut().unwrap().else_label = None;
        self.reachable = frame.entry_reachable;
    }

    /// `end`. Returns true when it closed the function body.
    pub(super) fn visit_frame_end(&mut self) -> Result<bool, CompileFailure> {
        let frame = self.cx.control.pop().expect("validated");
        if frame.kind == FrameKind::Function {
            if self.reachable {
                self.emit_return();
            }
            self.reachable = false;
            return Ok(true);
        }
        if frame.dead {
            self.release_frame(&frame);
            return Ok(false);
        }
        let n = frame.nresults;
        let joins = frame.branched_to || frame.else_label.is_some();
        match frame.kind {
            FrameKind::Loop => {}
            _ if joins => {
                if self.reachable {
                    self.carry_results(frame.base, n, frame.result_reg);
                }
                if let Some(else_label) = frame.else_label {
                    // An `if` without `else`: the implicit else passes its
                    // params (constants or already in their slots) through.
                    if self.reachable && n > 0 {
                        self.cx.masm.jmp(frame.label.unwrap());
                    }
                    self.cx.masm.bind(else_label);
                    for i in 0..frame.nparams {
                        if let Val::Const(c) = self.cx.saved_vals[frame.saved_at + i] {
                            let ty = self.frame_type(&frame, i);
                            let dst = Loc::Mem(self.slot_mem(frame.base + i));
                            self.cx.masm.mov(mem_size(ty), dst, Loc::Imm(c));
                        }
                    }
                }
                self.truncate_stack(frame.base);
                if let Some(r) = frame.result_reg {
                    debug_assert!(self.free.contains(r), "{r:?} is taken at a join");
                    self.free.remove(r);
                    let ty = self.frame_type(&frame, frame.nparams);
                    self.push(ty, Val::Reg(r));
                } else {
                    for i in 0..n {
                        let ty = self.frame_type(&frame, frame.nparams + i);
                        self.push(ty, Val::Slot);
                    }
                }
                self.reachable = self.reachable || frame.branched_to || frame.entry_reachable;
            }
            _ => {}
        }
        if let Some(label) = frame.label {
            if frame.kind != FrameKind::Loop {
                self.cx.masm.bind(label);
            }
        }
        self.release_frame(&frame);
        Ok(false)
    }

    /// The register a single result of type `ty` crosses joins in: the
    /// first allocatable register of its class that the allocator hands out
    /// (no local's home, and none of the integer homes, which belong to the
    /// caller unless this function saved them).
    /// `None` for types that stay in slots: v128 (a register file of its own
    /// on some ISAs) and externref (the stack maps cover slots only).
    fn merge_reg(&self, ty: ValType) -> Option<crate::masm::Reg> {
        let pool = match ty {
            ValType::I32 | ValType::I64 => M::allocatable_gprs(),
            ValType::F32 | ValType::F64 => M::allocatable_fprs(),
            _ => return None,
        };
        let caller_homes = M::abi().local_gprs;
        pool.iter()
            .copied()
            .find(|&r| !self.is_home(r) && !caller_homes.contains(&r))
    }

    /// Moves the `n` values a path carries into a join: into `reg` (one
    /// value) or the slots at `base`.
    fn carry_results(&mut self, base: usize, n: usize, reg: Option<crate::masm::Reg>) {
        let Some(r) = reg else {
            self.store_results_to_slots(base, n);
            return;
        };
        self.materialize_top_cmps(1);
        let depth = self.cx.stack.len() - 1;
        let entry = self.cx.stack[depth];
        if entry.val != Val::Reg(r) {
            let src = self.entry_loc(depth);
            self.cx.masm.mov(mem_size(entry.ty), Loc::Reg(r), src);
        }
    }

    /// Stores the top `n` values into the slots at `base..base + n`.
    fn store_results_to_slots(&mut self, base: usize, n: usize) {
        self.materialize_top_cmps(n);
        let top = self.cx.stack.len() - n;
        for i in 0..n {
            let src_depth = top + i;
            let dst_depth = base + i;
            let entry = self.cx.stack[src_depth];
            if src_depth == dst_depth && entry.val == Val::Slot {
                continue;
            }
            let src = self.entry_loc(src_depth);
            let dst = Loc::Mem(self.slot_mem(dst_depth));
            self.cx.masm.mov(mem_size(entry.ty), dst, src);
        }
    }

    /// Emits the moves a branch to the frame `depth` levels out needs, and
    /// the jump (or return).
    fn emit_branch(&mut self, depth: u32) {
        let index = self.cx.control.len() - 1 - depth as usize;
        let frame = &mut self.cx.control[index];
        if frame.kind == FrameKind::Function {
            self.emit_return();
            return;
        }
        frame.branched_to = true;
        let (base, arity, label) = (frame.base, frame.branch_arity(), frame.label.unwrap());
        let reg = frame.result_reg;
        self.carry_results(base, arity, reg);
        self.cx.masm.jmp(label);
    }

    /// Whether a branch to the frame `depth` levels out is a plain jump.
    fn branch_is_plain_jump(&self, depth: u32) -> bool {
        let index = self.cx.control.len() - 1 - depth as usize;
        let frame = &self.cx.control[index];
        if frame.kind == FrameKind::Function {
            return false;
        }
        let arity = frame.branch_arity();
        let top = self.cx.stack.len() - arity;
        if let Some(r) = frame.result_reg {
            return self.cx.stack[top].val == Val::Reg(r);
        }
        (0..arity).all(|i| top + i == frame.base + i && self.cx.stack[top + i].val == Val::Slot)
    }

    /// `br`.
    pub(super) fn visit_branch(&mut self, depth: u32) {
        self.emit_branch(depth);
        self.become_unreachable();
    }

    /// `br_if`.
    pub(super) fn visit_branch_if(&mut self, depth: u32) {
        let cond = self.pop_condition();
        let index = self.cx.control.len() - 1 - depth as usize;
        let arity = self.cx.control[index].branch_arity();
        self.materialize_top_cmps(arity);
        match cond {
            Condition::Const(false) => {}
            Condition::Const(true) => {
                self.emit_branch(depth);
                self.become_unreachable();
            }
            c if self.branch_is_plain_jump(depth) => {
                let frame = &mut self.cx.control[index];
                frame.branched_to = true;
                let label = frame.label.unwrap();
                self.branch_if(c, label);
            }
            c => {
                let skip = self.cx.masm.new_label();
                self.branch_unless(c, skip);
                self.emit_branch(depth);
                self.cx.masm.bind(skip);
            }
        }
    }

    /// `br_table`.
    pub(super) fn visit_branch_table(&mut self, targets: &[u32], default: u32) {
        let index = self.pop_reg();
        let default_index = self.cx.control.len() - 1 - default as usize;
        let arity = self.cx.control[default_index].branch_arity();
        self.materialize_top_cmps(arity);
        // One landing pad per distinct depth; plain jumps go straight there.
        let mut pads: Vec<(u32, Label)> = Vec::new();
        let mut labels = Vec::with_capacity(targets.len());
        let mut pad_for = |cg: &mut Self, depth: u32| -> Label {
            if let Some((_, l)) = pads.iter().find(|(d, _)| *d == depth) {
                return *l;
            }
            let l = if cg.branch_is_plain_jump(depth) {
                let i = cg.cx.control.len() - 1 - depth as usize;
                cg.cx.control[i].branched_to = true;
                cg.cx.control[i].label.unwrap()
            } else {
                cg.cx.masm.new_label()
            };
            pads.push((depth, l));
            l
        };
        for &t in targets {
            let l = pad_for(self, t);
            labels.push(l);
        }
        let default_label = pad_for(self, default);
        self.cx.masm.jump_table(index, &labels, default_label);
        self.free_reg(index);
        for (depth, label) in pads {
            if !self.branch_is_plain_jump(depth) {
                self.cx.masm.bind(label);
                self.emit_branch(depth);
            }
        }
        self.become_unreachable();
    }

    /// `return`.
    pub(super) fn visit_return_op(&mut self) {
        self.emit_return();
        self.become_unreachable();
    }

    /// Moves the results into their ABI locations and returns.
    pub(super) fn emit_return(&mut self) {
        let n = self.results.len();
        self.materialize_top_cmps(n);
        let top = self.cx.stack.len() - n;
        if n > 1 {
            let ptr = M::core_temp();
            let slot = Loc::Mem(mem(M::fp(), RET_PTR_SLOT));
            self.cx
                .masm
                .mov(crate::masm::MemSize::S64, Loc::Reg(ptr), slot);
            for i in 1..n {
                let off = self.sig.extra_result_offsets[i - 1] as i32;
                let src = self.entry_loc(top + i);
                let ty = self.cx.stack[top + i].ty;
                self.cx.masm.mov(mem_size(ty), Loc::Mem(mem(ptr, off)), src);
            }
        }
        if n > 0 {
            let src = self.entry_loc(top);
            let ty = self.cx.stack[top].ty;
            let dst = self.sig.first_result.expect("has results");
            self.cx.masm.mov(mem_size(ty), Loc::Reg(dst), src);
        }
        self.restore_homes();
        self.cx.masm.epilogue(self.sig.stack_arg_bytes);
    }

    /// Drops everything the current frame pushed and skips code until the
    /// frame ends.
    pub(super) fn become_unreachable(&mut self) {
        let base = self.cx.control.last().map(|f| f.base).unwrap_or(0);
        let keep = base.min(self.cx.stack.len());
        self.truncate_stack(keep);
        self.reachable = false;
    }

    /// Pops a branch condition, keeping a latent compare fused.
    pub(super) fn pop_condition(&mut self) -> Condition {
        let depth = self.cx.stack.len() - 1;
        let e = self.pop_entry();
        match e.val {
            Val::Const(c) => Condition::Const(c as i32 != 0),
            Val::Cmp {
                cmp,
                size,
                lhs,
                rhs,
            } => Condition::Cmp(cmp, size, lhs, rhs),
            // A homed local is tested in its home.
            Val::Local(i) if self.local_home(i).is_some() => {
                let home = self.local_home(i).expect("checked");
                Condition::Cmp(IntCmp::Ne, op_size(e.ty), home, RegImm::Imm(0))
            }
            _ => {
                let r = self.materialize(e, depth);
                Condition::Cmp(IntCmp::Ne, op_size(e.ty), r, RegImm::Imm(0))
            }
        }
    }

    /// Branches to `target` when `cond` holds, and releases its registers.
    pub(super) fn branch_if(&mut self, cond: Condition, target: Label) {
        match cond {
            Condition::Const(true) => self.cx.masm.jmp(target),
            Condition::Const(false) => {}
            Condition::Cmp(cmp, size, lhs, rhs) => {
                self.cx.masm.br_cmp(cmp, size, lhs, rhs, target);
                self.free_reg(lhs);
                if let RegImm::Reg(r) = rhs {
                    self.free_reg(r);
                }
            }
        }
    }

    /// Branches to `target` when `cond` does not hold.
    pub(super) fn branch_unless(&mut self, cond: Condition, target: Label) {
        let inverted = match cond {
            Condition::Const(b) => Condition::Const(!b),
            Condition::Cmp(cmp, size, lhs, rhs) => Condition::Cmp(cmp.invert(), size, lhs, rhs),
        };
        self.branch_if(inverted, target);
    }
}

//! What every masm keeps besides its encoder, written once: the map from
//! the core's labels to the encoder's, the call relocations, the prologue's
//! unwind steps and the position of the patchable frame reservation.

use super::{CallReloc, Label, UnwindStep};

/// The ISA-neutral part of a masm's state, generic over its encoder's label
/// type `L`. Every buffer is kept across functions (`reset` only clears).
pub struct MasmState<L> {
    labels: Vec<L>,
    relocs: Vec<CallReloc>,
    unwind: Vec<UnwindStep>,
    /// Where the prologue's frame reservation sits, once emitted.
    pub frame_size_patch: Option<u32>,
}

impl<L: Copy> Default for MasmState<L> {
    fn default() -> Self {
        MasmState {
            labels: Vec::new(),
            relocs: Vec::new(),
            unwind: Vec::new(),
            frame_size_patch: None,
        }
    }
}

impl<L: Copy> MasmState<L> {
    /// Forgets the last function, keeping the buffers.
    pub fn reset(&mut self) {
        self.labels.clear();
        self.relocs.clear();
        self.unwind.clear();
        self.frame_size_patch = None;
    }

    /// Gives the encoder's new label `encoder_label` a core label.
    pub fn add_label(&mut self, encoder_label: L) -> Label {
        self.labels.push(encoder_label);
        Label(self.labels.len() as u32 - 1)
    }

    /// The encoder's label behind `label`.
    pub fn label(&self, label: Label) -> L {
        self.labels[label.0 as usize]
    }

    /// Records a direct call or tail call to `callee` whose relocated field
    /// is at `offset`.
    pub fn call_reloc(&mut self, offset: u32, callee: u32) {
        self.relocs.push(CallReloc { offset, callee });
    }

    /// The call relocations recorded so far.
    pub fn relocs(&self) -> &[CallReloc] {
        &self.relocs
    }

    /// Appends an unwind step.
    pub fn record_unwind(&mut self, step: UnwindStep) {
        self.unwind.push(step);
    }

    /// The unwind steps recorded so far.
    pub fn unwind_steps(&self) -> &[UnwindStep] {
        &self.unwind
    }

    /// The unwind steps of pushing the frame record: at `offset`, the CFA is
    /// SP + 16 and each `(dwarf_reg, cfa_offset)` in `saved` is stored.
    pub fn frame_record_pushed(&mut self, offset: u32, saved: &[(u16, i32)]) {
        self.unwind.push(UnwindStep::CfaOffset {
            offset,
            cfa_offset: 16,
        });
        for &(dwarf_reg, cfa_offset) in saved {
            self.unwind.push(UnwindStep::Saved {
                offset,
                dwarf_reg,
                cfa_offset,
            });
        }
    }

    /// The unwind step of setting the frame pointer: from `offset` on, the
    /// CFA is computed from it.
    pub fn frame_pointer_set(&mut self, offset: u32) {
        self.unwind.push(UnwindStep::CfaOnFp { offset });
    }
}

/// The `MacroAssembler` items every masm writes the same way, for a masm
/// whose encoder is its field `asm` (with `offset`, `new_label` and `bind`)
/// and whose [`MasmState`] is its field `state`: invoked inside the impl
/// block with the encoder's label type, and optionally a method of the masm
/// to call after each `bind` (`after_bind: forget_cached_state`), for a masm
/// that caches machine state which a branch to the label may not share.
macro_rules! masm_plumbing {
    ($label:ty) => {
        $crate::masm::masm_plumbing!(@items $label,);
    };
    ($label:ty, after_bind: $hook:ident) => {
        $crate::masm::masm_plumbing!(@items $label, $hook);
    };
    (@items $label:ty, $($hook:ident)?) => {
        type EncoderLabel = $label;
        fn state(&self) -> &$crate::masm::MasmState<$label> {
            &self.state
        }
        fn state_mut(&mut self) -> &mut $crate::masm::MasmState<$label> {
            &mut self.state
        }
        fn offset(&self) -> u32 {
            self.asm.offset()
        }
        fn new_label(&mut self) -> $crate::masm::Label {
            let label = self.asm.new_label();
            self.state.add_label(label)
        }
        fn bind(&mut self, label: $crate::masm::Label) {
            let label = self.state.label(label);
            self.asm.bind(label);
            $(self.$hook();)?
        }
    };
}
pub(crate) use masm_plumbing;

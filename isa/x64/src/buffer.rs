//! The code buffer `dynasm!` and the short encoders write into: bytes,
//! dynamic labels and their fixups, resolved in one linear pass.
//!
//! It is `dynasmrt::VecAssembler` cut down to what kindling uses (dynamic
//! labels only), with one addition the hot encoders need: appending up to
//! eight bytes at once ([`CodeBuffer::put`]) instead of byte by byte, each
//! byte with its own capacity check and length update.

use dynasmrt::components::{LabelRegistry, PatchLoc, RelocRegistry};
use dynasmrt::x64::X64Relocation;
use dynasmrt::{AssemblyOffset, DynamicLabel, DynasmApi, DynasmError, DynasmLabelApi};

/// Bytes with dynamic labels and the fixups that refer to them.
#[derive(Debug)]
pub(crate) struct CodeBuffer {
    bytes: Vec<u8>,
    labels: LabelRegistry,
    relocs: RelocRegistry<X64Relocation>,
    error: Option<DynasmError>,
}

impl Default for CodeBuffer {
    fn default() -> Self {
        CodeBuffer {
            bytes: Vec::new(),
            labels: LabelRegistry::new(),
            relocs: RelocRegistry::new(),
            error: None,
        }
    }
}

impl CodeBuffer {
    /// Appends the low `len` bytes of `bytes`, least significant first
    /// (`len` ≤ 8): one 8-byte store of a value built in a register, then
    /// the length cut back.
    #[inline(always)]
    pub(crate) fn put(&mut self, bytes: u64, len: u32) {
        let end = self.bytes.len() + (len as usize).min(8);
        self.bytes.extend_from_slice(&bytes.to_le_bytes());
        self.bytes.truncate(end);
    }

    /// A new, unbound label.
    pub(crate) fn new_dynamic_label(&mut self) -> DynamicLabel {
        self.labels.new_dynamic_label()
    }

    /// Patches every fixup to its label and hands out the bytes, keeping the
    /// buffers (emptied) for the next function.
    pub(crate) fn drain(&mut self) -> Result<std::vec::Drain<'_, u8>, DynasmError> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        for (loc, id) in self.relocs.take_dynamics() {
            let target = self.labels.resolve_dynamic(id)?;
            let buf = &mut self.bytes[loc.range(0)];
            if loc.patch(buf, 0, target.0).is_err() {
                return Err(DynasmError::ImpossibleRelocation(
                    dynasmrt::TargetKind::Dynamic(id),
                ));
            }
        }
        self.labels.clear();
        Ok(self.bytes.drain(..))
    }

    /// Overwrites the bytes at `offset` with `bytes` (a patch of code
    /// already written; one past the end is an encoder bug, reported when
    /// the function finishes).
    pub(crate) fn overwrite(&mut self, offset: usize, bytes: &[u8]) {
        match self.bytes.get_mut(offset..offset + bytes.len()) {
            Some(dst) => dst.copy_from_slice(bytes),
            None => self.error = Some(DynasmError::CheckFailed),
        }
    }

    /// kindling's encoders use dynamic labels only; a static one is an
    /// error when the function finishes.
    fn static_label(&mut self, label: dynasmrt::LabelKind) {
        self.error = Some(DynasmError::UnknownLabel(label));
    }
}

impl Extend<u8> for CodeBuffer {
    fn extend<T: IntoIterator<Item = u8>>(&mut self, iter: T) {
        self.bytes.extend(iter)
    }
}

impl<'a> Extend<&'a u8> for CodeBuffer {
    fn extend<T: IntoIterator<Item = &'a u8>>(&mut self, iter: T) {
        self.bytes.extend(iter)
    }
}

impl DynasmApi for CodeBuffer {
    fn offset(&self) -> AssemblyOffset {
        AssemblyOffset(self.bytes.len())
    }

    fn push(&mut self, byte: u8) {
        self.bytes.push(byte);
    }

    fn align(&mut self, alignment: usize, with: u8) {
        while !self.bytes.len().is_multiple_of(alignment) {
            self.bytes.push(with);
        }
    }
}

impl DynasmLabelApi for CodeBuffer {
    type Relocation = X64Relocation;

    fn local_label(&mut self, name: &'static str) {
        self.static_label(dynasmrt::LabelKind::Local(name));
    }

    fn global_label(&mut self, name: &'static str) {
        self.static_label(dynasmrt::LabelKind::Global(name));
    }

    fn dynamic_label(&mut self, id: DynamicLabel) {
        let offset = self.offset();
        if let Err(e) = self.labels.define_dynamic(id, offset) {
            self.error = Some(e);
        }
    }

    fn forward_relocation(&mut self, name: &'static str, _: isize, _: u8, _: u8, _: X64Relocation) {
        self.static_label(dynasmrt::LabelKind::Local(name));
    }

    fn backward_relocation(
        &mut self,
        name: &'static str,
        _: isize,
        _: u8,
        _: u8,
        _: X64Relocation,
    ) {
        self.static_label(dynasmrt::LabelKind::Local(name));
    }

    fn global_relocation(&mut self, name: &'static str, _: isize, _: u8, _: u8, _: X64Relocation) {
        self.static_label(dynasmrt::LabelKind::Global(name));
    }

    fn dynamic_relocation(
        &mut self,
        id: DynamicLabel,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: X64Relocation,
    ) {
        let location = self.offset();
        let patch = PatchLoc::new(location, target_offset, field_offset, ref_offset, kind);
        self.relocs.add_dynamic(id, patch);
    }

    fn value_relocation(
        &mut self,
        value: usize,
        field_offset: u8,
        ref_offset: u8,
        kind: X64Relocation,
    ) {
        let location = self.offset();
        let patch = PatchLoc::new(location, 0, field_offset, ref_offset, kind);
        let range = patch.range(0);
        let Some(buf) = self.bytes.get_mut(range) else {
            return;
        };
        if patch.patch(buf, 0, value).is_err() {
            self.error = Some(DynasmError::ImpossibleRelocation(
                dynasmrt::TargetKind::Value(value),
            ));
        }
    }
}

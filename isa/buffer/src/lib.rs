//! A code buffer with labels, fixups and branch-range relaxation, shared by
//! kindling's hand-written encoders (aarch64 now; riscv64 and s390x next).
//!
//! It knows no instruction set. An ISA describes its kinds of label
//! reference through [`FixupKind`]: how far forward each reaches, how its
//! displacement is written, and which longer-reaching unconditional jump
//! serves as its veneer.
//!
//! # Relaxation
//!
//! A forward reference of a kind with a limited reach, to a label not yet
//! bound, is *pending*. Before it could fall out of reach, it is retargeted
//! to a veneer in an *island*: a run of veneer jumps, each to the original
//! label. Islands go where no code falls into them:
//! - after an unconditional transfer ([`CodeBuffer::barrier`]), for free,
//!   once a pending reference is half its reach behind;
//! - at a *safe point* ([`CodeBuffer::island_point`]), behind a jump over the
//!   island, when the oldest pending reference of some kind would otherwise
//!   fall out of reach before the next safe point. The encoder's user calls
//!   this between units of code it never wants split (kindling's core: between
//!   wasm operators and between trap stubs).
//!
//! An island veneers every pending reference of the kind that is due and of
//! all kinds with a shorter reach, shortest first, so its size is bounded by
//! the running total the trigger already accounts for. A veneer's own
//! reference may be pending in turn (a longer, still limited kind). Pending
//! references are queued per kind in emission order, so their deadlines are
//! sorted and each reference is veneered at most once per kind: the whole
//! scheme, like the final fixup pass, is linear in the code size.
//!
//! A reference that still cannot reach (a backward branch too far, or more
//! code between safe points than the caller promised) makes
//! [`CodeBuffer::finish_into`] fail with a [`BufferError`]; nothing is ever
//! encoded wrongly.

use std::collections::VecDeque;

#[cfg(test)]
mod tests;

/// A position in the code, bound once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(u32);

impl Label {
    /// The label's index, in creation order since the last clear.
    pub fn index(self) -> u32 {
        self.0
    }
}

/// An unconditional jump an ISA offers as a veneer or as an island's jump
/// over itself: its bytes with a zero displacement, and the kind of the
/// reference that starts at its first byte.
#[derive(Clone, Copy, Debug)]
pub struct Jump<K: 'static> {
    /// The instruction bytes, displacement zero.
    pub bytes: &'static [u8],
    /// How its displacement is patched.
    pub kind: K,
}

/// One ISA's kinds of label reference.
pub trait FixupKind: Copy + std::fmt::Debug + 'static {
    /// How many kinds there are; `index` is below this.
    const COUNT: usize;
    /// The kind's dense index.
    fn index(self) -> usize;
    /// How far forward, in bytes from the referencing instruction, this kind
    /// reaches; `None` for kinds that always reach within a function (or
    /// whose references always land close, such as an address of a table
    /// that follows at once).
    fn reach(self) -> Option<u32>;
    /// Writes the displacement to `target` into the referencing instruction
    /// that starts at `at` in `code`. Returns false when it does not fit.
    fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool;
    /// The veneer a pending reference of this kind is retargeted to: an
    /// unconditional jump that reaches further. Kinds with a limited reach
    /// must have one.
    fn veneer(self) -> Option<Jump<Self>>;
    /// The unconditional jump an island placed at a safe point begins with.
    fn jump_over() -> Jump<Self>;
}

/// A reference that could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BufferError(pub String);

impl std::fmt::Display for BufferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BufferError {}

const UNBOUND: u32 = u32::MAX;

/// A label reference: the referencing instruction's offset, its label, its
/// kind.
#[derive(Clone, Copy, Debug)]
struct Fixup<K> {
    at: u32,
    label: Label,
    kind: K,
}

/// Machine code being emitted, with labels, fixups and veneer islands.
/// Every buffer is kept across functions (`clear` and `finish_into` keep
/// the allocations).
pub struct CodeBuffer<K: FixupKind> {
    code: Vec<u8>,
    labels: Vec<u32>,
    fixups: Vec<Fixup<K>>,
    /// Per kind: indexes into `fixups` of pending references, oldest first.
    pending: Vec<VecDeque<usize>>,
    /// Per kind: the veneer bytes its pending references would take.
    pending_bytes: Vec<u32>,
    /// Kind indexes with a limited reach, shortest reach first.
    by_reach: Vec<(usize, u32)>,
    /// The offset from which an island point must emit an island.
    trigger_at: u32,
    /// While non-zero, no island is emitted.
    held: u32,
}

impl<K: FixupKind> Default for CodeBuffer<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: FixupKind> CodeBuffer<K> {
    /// An empty buffer.
    pub fn new() -> Self {
        CodeBuffer {
            code: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            pending: (0..K::COUNT).map(|_| VecDeque::new()).collect(),
            pending_bytes: vec![0; K::COUNT],
            by_reach: Vec::new(),
            trigger_at: u32::MAX,
            held: 0,
        }
    }

    /// The current offset in bytes.
    pub fn offset(&self) -> u32 {
        self.code.len() as u32
    }

    /// The code emitted so far.
    pub fn code(&self) -> &[u8] {
        &self.code
    }

    /// Appends raw instruction bytes.
    pub fn put(&mut self, bytes: &[u8]) {
        self.code.extend_from_slice(bytes);
    }

    /// Overwrites bytes already emitted at `at`.
    pub fn patch(&mut self, at: u32, bytes: &[u8]) {
        let at = at as usize;
        self.code[at..at + bytes.len()].copy_from_slice(bytes);
    }

    /// A new, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.labels.push(UNBOUND);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the current offset.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = self.offset();
    }

    /// Where `label` is bound, if it is.
    pub fn bound(&self, label: Label) -> Option<u32> {
        Some(self.labels[label.0 as usize]).filter(|&at| at != UNBOUND)
    }

    /// Records a reference of `kind` to `label` by the instruction about to
    /// be emitted at the current offset. Call it just before putting the
    /// instruction's bytes.
    pub fn reference(&mut self, label: Label, kind: K) {
        let index = self.push_fixup(label, kind);
        if self.bound(label).is_none() && kind.reach().is_some() {
            self.enqueue(index);
        }
    }

    fn push_fixup(&mut self, label: Label, kind: K) -> usize {
        self.fixups.push(Fixup {
            at: self.offset(),
            label,
            kind,
        });
        self.fixups.len() - 1
    }

    /// Holds back islands (`true`) until released (`false`): for code that
    /// must stay contiguous, such as a jump table's entries.
    pub fn hold_islands(&mut self, hold: bool) {
        if hold {
            self.held += 1;
        } else {
            self.held = self.held.saturating_sub(1);
        }
    }

    /// A safe point: emits an island (behind a jump over it) if a pending
    /// reference could otherwise fall out of reach within the next
    /// `upcoming` bytes, which the caller promises to emit before its next
    /// safe point or barrier.
    pub fn island_point(&mut self, upcoming: u32) {
        if self.offset().saturating_add(upcoming) < self.trigger_at || self.held > 0 {
            return;
        }
        let jump = K::jump_over().bytes.len() as u32;
        let now = self.offset() + upcoming;
        let due = self.last_kind_due(|front, cumulative| now + jump + cumulative >= front);
        if let Some(due) = due {
            self.island(due, true);
        }
    }

    /// Called right after an unconditional transfer, where nothing falls
    /// through: emits a free island once a pending reference is half its
    /// reach behind.
    pub fn barrier(&mut self) {
        if self.held > 0 || self.by_reach.is_empty() {
            return;
        }
        self.island_point(0);
        let now = self.offset();
        let due = self.last_kind_due_by_reach(|front, reach, cumulative| {
            now + cumulative + reach / 2 >= front
        });
        if let Some(due) = due {
            self.island(due, false);
        }
    }

    /// Resolves every reference in one linear pass and moves the finished
    /// code into `out`, keeping this buffer's allocations.
    pub fn finish_into(&mut self, out: &mut Vec<u8>) -> Result<(), BufferError> {
        let result = self.resolve_all();
        self.clear_labels();
        result?;
        out.clear();
        out.append(&mut self.code);
        Ok(())
    }

    /// Discards any unfinished code (after a failed compilation).
    pub fn clear(&mut self) {
        self.code.clear();
        self.clear_labels();
    }

    fn clear_labels(&mut self) {
        self.labels.clear();
        self.fixups.clear();
        for queue in &mut self.pending {
            queue.clear();
        }
        self.pending_bytes.iter_mut().for_each(|b| *b = 0);
        self.trigger_at = u32::MAX;
        self.held = 0;
    }

    fn resolve_all(&mut self) -> Result<(), BufferError> {
        for fixup in &self.fixups {
            let target = self.labels[fixup.label.0 as usize];
            if target == UNBOUND {
                return Err(BufferError(format!(
                    "label {} was never bound",
                    fixup.label.0
                )));
            }
            if !fixup.kind.patch(&mut self.code, fixup.at, target) {
                return Err(BufferError(format!(
                    "a {:?} reference at {:#x} cannot reach {target:#x}",
                    fixup.kind, fixup.at
                )));
            }
        }
        Ok(())
    }

    fn enqueue(&mut self, index: usize) {
        let kind = self.fixups[index].kind;
        let k = kind.index();
        if !self.by_reach.iter().any(|&(i, _)| i == k) {
            let reach = kind.reach().unwrap_or(u32::MAX);
            let at = self.by_reach.partition_point(|&(_, r)| r <= reach);
            self.by_reach.insert(at, (k, reach));
        }
        let veneer = kind.veneer().map_or(0, |v| v.bytes.len() as u32);
        self.pending[k].push_back(index);
        self.pending_bytes[k] += veneer;
        self.update_trigger();
    }

    /// Drops pending references at the queues' fronts whose labels are bound
    /// (they reach as they are), then recomputes `trigger_at`.
    fn update_trigger(&mut self) {
        let jump = K::jump_over().bytes.len() as u32;
        let mut cumulative = jump;
        self.trigger_at = u32::MAX;
        for &(k, reach) in &self.by_reach {
            while let Some(&front) = self.pending[k].front() {
                if self.labels[self.fixups[front].label.0 as usize] == UNBOUND {
                    break;
                }
                self.pending[k].pop_front();
                let kind = self.fixups[front].kind;
                self.pending_bytes[k] -= kind.veneer().map_or(0, |v| v.bytes.len() as u32);
            }
            cumulative += self.pending_bytes[k];
            if let Some(&front) = self.pending[k].front() {
                let deadline = self.fixups[front].at.saturating_add(reach);
                self.trigger_at = self.trigger_at.min(deadline.saturating_sub(cumulative));
            }
        }
    }

    /// The position in `by_reach` of the longest-reaching kind for which
    /// `due(front_deadline, cumulative_veneer_bytes)` holds.
    fn last_kind_due(&self, due: impl Fn(u32, u32) -> bool) -> Option<usize> {
        self.last_kind_due_by_reach(|front, _, cumulative| due(front, cumulative))
    }

    fn last_kind_due_by_reach(&self, due: impl Fn(u32, u32, u32) -> bool) -> Option<usize> {
        let mut cumulative = 0;
        let mut last = None;
        for (position, &(k, reach)) in self.by_reach.iter().enumerate() {
            cumulative += self.pending_bytes[k];
            if let Some(&front) = self.pending[k].front() {
                let deadline = self.fixups[front].at.saturating_add(reach);
                if due(deadline, reach, cumulative) {
                    last = Some(position);
                }
            }
        }
        last
    }

    /// Emits an island veneering every pending reference of the kinds
    /// `by_reach[..=last]`, shortest reach first, behind a jump over it when
    /// `jump_over`.
    fn island(&mut self, last: usize, jump_over: bool) {
        let kinds: Vec<usize> = self.by_reach[..=last].iter().map(|&(k, _)| k).collect();
        let any_unbound = kinds.iter().any(|&k| {
            self.pending[k]
                .iter()
                .any(|&i| self.labels[self.fixups[i].label.0 as usize] == UNBOUND)
        });
        if !any_unbound {
            for &k in &kinds {
                self.pending[k].clear();
                self.pending_bytes[k] = 0;
            }
            self.update_trigger();
            return;
        }
        let mut queues: Vec<(usize, VecDeque<usize>)> = kinds
            .iter()
            .map(|&k| {
                self.pending_bytes[k] = 0;
                (k, std::mem::take(&mut self.pending[k]))
            })
            .collect();
        let over = jump_over.then(|| {
            let over = self.new_label();
            let jump = K::jump_over();
            self.push_fixup(over, jump.kind);
            self.put(jump.bytes);
            over
        });
        for (_, queue) in &queues {
            for &index in queue {
                let Fixup { label, kind, .. } = self.fixups[index];
                if self.bound(label).is_some() {
                    continue;
                }
                let Some(veneer) = kind.veneer() else {
                    continue; // resolve_all reports it if it cannot reach
                };
                let at = self.new_label();
                self.bind(at);
                self.fixups[index].label = at;
                self.reference(label, veneer.kind);
                self.put(veneer.bytes);
            }
        }
        // Give the emptied queues back where no new reference took their place.
        for (k, queue) in &mut queues {
            queue.clear();
            if self.pending[*k].is_empty() {
                std::mem::swap(&mut self.pending[*k], queue);
            }
        }
        if let Some(over) = over {
            self.bind(over);
        }
        self.update_trigger();
    }
}

/// The methods every encoder over a [`CodeBuffer`] in its field `buf`
/// forwards the same way (construction, positions, labels, islands and
/// finishing), for use inside its `impl`; `$error` is its error type, a
/// tuple struct over a `String`.
#[macro_export]
macro_rules! forward_to_buffer {
    ($error:ident) => {
        /// Creates an empty assembler.
        pub fn new() -> Self {
            Self::default()
        }

        /// The current code offset in bytes.
        pub fn offset(&self) -> u32 {
            self.buf.offset()
        }

        /// Creates a new, unbound label.
        pub fn new_label(&mut self) -> $crate::Label {
            self.buf.new_label()
        }

        /// Binds `label` to the current offset.
        pub fn bind(&mut self, label: $crate::Label) {
            self.buf.bind(label);
        }

        /// Holds back islands (`true`) until released (`false`): for code
        /// that must stay contiguous, such as a jump table's entries.
        pub fn hold_islands(&mut self, hold: bool) {
            self.buf.hold_islands(hold);
        }

        /// A safe point between units of code of at most `upcoming` bytes:
        /// an island goes here, behind a jump over it, if a pending branch
        /// would otherwise fall out of reach.
        pub fn island_point(&mut self, upcoming: u32) {
            self.buf.island_point(upcoming);
        }

        /// Resolves every label reference (one linear pass) and moves the
        /// finished code into `out`, keeping this assembler's buffers.
        pub fn finish_into(&mut self, out: &mut Vec<u8>) -> Result<(), $error> {
            self.buf.finish_into(out).map_err(|e| $error(e.to_string()))
        }

        /// Discards any unfinished code (after a failed compilation).
        pub fn clear(&mut self) {
            self.buf.clear();
        }
    };
}

/// ORs `bits` into the little-endian 32-bit word at `at` in `code`: how a
/// fixup writes a displacement into the zero field its instruction was
/// emitted with.
pub fn or_le_word(code: &mut [u8], at: usize, bits: u32) {
    let site = &mut code[at..at + 4];
    let word = u32::from_le_bytes([site[0], site[1], site[2], site[3]]) | bits;
    site.copy_from_slice(&word.to_le_bytes());
}

//! The s390x kinds of label reference, for the shared code buffer.
//!
//! Every pc-relative field counts halfwords from the start of the
//! referencing instruction and sits at its bytes 2.., big-endian.

use kindling_isa_buffer::{FixupKind, Jump};

/// A label reference, by the width of the displacement its instruction
/// holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fixup {
    /// A 16-bit halfword displacement (`brc`, `crj`, `cij`, ...): ±64 KiB.
    Rel16,
    /// A 32-bit halfword displacement (`brcl`, `brasl`, `larl`): ±4 GiB,
    /// which every function reaches.
    Rel32,
}

/// `brcl 15, 0`: the unconditional long branch, veneer and jump-over.
pub(crate) const BRCL_ALWAYS: [u8; 6] = [0xc0, 0xf4, 0, 0, 0, 0];

/// The halfword displacement from `at` to `target`, if even.
fn halfwords(at: u32, target: u32) -> Option<i64> {
    let bytes = i64::from(target) - i64::from(at);
    (bytes % 2 == 0).then_some(bytes / 2)
}

/// Whether a 16-bit field reaches from `at` to `target`.
pub(crate) fn rel16_reaches(at: u32, target: u32) -> bool {
    halfwords(at, target).is_some_and(|h| i16::try_from(h).is_ok())
}

impl FixupKind for Fixup {
    const COUNT: usize = 2;
    fn index(self) -> usize {
        self as usize
    }
    fn reach(self) -> Option<u32> {
        match self {
            Fixup::Rel16 => Some(i16::MAX as u32 * 2),
            Fixup::Rel32 => None,
        }
    }
    fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool {
        let Some(h) = halfwords(at, target) else {
            return false;
        };
        let at = at as usize;
        match self {
            Fixup::Rel16 => match i16::try_from(h) {
                Ok(h) => code[at + 2..at + 4].copy_from_slice(&h.to_be_bytes()),
                Err(_) => return false,
            },
            Fixup::Rel32 => match i32::try_from(h) {
                Ok(h) => code[at + 2..at + 6].copy_from_slice(&h.to_be_bytes()),
                Err(_) => return false,
            },
        }
        true
    }
    fn veneer(self) -> Option<Jump<Fixup>> {
        match self {
            Fixup::Rel16 => Some(Fixup::jump_over()),
            Fixup::Rel32 => None,
        }
    }
    fn jump_over() -> Jump<Fixup> {
        Jump {
            bytes: &BRCL_ALWAYS,
            kind: Fixup::Rel32,
        }
    }
}

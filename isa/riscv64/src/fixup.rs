//! The RV64 kinds of label reference, for the shared code buffer.

use kindling_isa_buffer::{or_le_word, FixupKind, Jump};

/// A label reference, by the instruction that holds the displacement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fixup {
    /// A conditional branch (B-type): 13-bit signed even offset, ±4 KiB.
    Branch,
    /// `jal` (J-type): 21-bit signed even offset, ±1 MiB.
    Jal,
    /// `auipc rd, hi; jalr zero, lo(rd)`: 32-bit offset, ±2 GiB.
    Far,
}

/// `jal zero, 0`.
pub(crate) const JAL_ZERO: u32 = 0x0000_006f;
/// `auipc t6, 0`.
pub(crate) const AUIPC_T6: u32 = 0x0000_0f97;
/// `jalr zero, 0(t6)`.
pub(crate) const JALR_T6: u32 = 0x000f_8067;

const JAL_ZERO_BYTES: [u8; 4] = JAL_ZERO.to_le_bytes();
const FAR_BYTES: [u8; 8] = {
    let (a, b) = (AUIPC_T6.to_le_bytes(), JALR_T6.to_le_bytes());
    [a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]]
};

/// The B-type immediate field of `offset` (bits 12|10:5 at 31|30:25 and
/// 4:1|11 at 11:8|7).
pub(crate) fn b_field(offset: i32) -> u32 {
    let o = offset as u32;
    ((o >> 12) & 1) << 31 | ((o >> 5) & 0x3f) << 25 | ((o >> 1) & 0xf) << 8 | ((o >> 11) & 1) << 7
}

/// The J-type immediate field of `offset` (bits 20|10:1|11|19:12 at
/// 31|30:21|20|19:12).
pub(crate) fn j_field(offset: i32) -> u32 {
    let o = offset as u32;
    ((o >> 20) & 1) << 31
        | ((o >> 1) & 0x3ff) << 21
        | ((o >> 11) & 1) << 20
        | ((o >> 12) & 0xff) << 12
}

/// Whether `offset` fits a B-type branch.
pub(crate) fn branch_reaches(offset: i64) -> bool {
    offset % 2 == 0 && (-4096..=4094).contains(&offset)
}

/// Whether `offset` fits a `jal`.
pub(crate) fn jal_reaches(offset: i64) -> bool {
    offset % 2 == 0 && (-(1 << 20)..(1 << 20)).contains(&offset)
}

/// `offset` split for `auipc` + a 12-bit signed low part, if it fits.
pub(crate) fn far_parts(offset: i64) -> Option<(u32, i32)> {
    let lo = ((offset & 0xfff) ^ 0x800) - 0x800;
    let hi = (offset - lo) >> 12;
    (-(1 << 19)..(1 << 19))
        .contains(&hi)
        .then_some(((hi as u32) & 0xf_ffff, lo as i32))
}

impl FixupKind for Fixup {
    const COUNT: usize = 3;
    fn index(self) -> usize {
        self as usize
    }
    fn reach(self) -> Option<u32> {
        match self {
            Fixup::Branch => Some(4094),
            Fixup::Jal => Some((1 << 20) - 2),
            Fixup::Far => None,
        }
    }
    fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool {
        let offset = i64::from(target) - i64::from(at);
        let at = at as usize;
        match self {
            Fixup::Branch if branch_reaches(offset) => or_le_word(code, at, b_field(offset as i32)),
            Fixup::Jal if jal_reaches(offset) => or_le_word(code, at, j_field(offset as i32)),
            Fixup::Far => {
                let Some((hi, lo)) = far_parts(offset) else {
                    return false;
                };
                or_le_word(code, at, hi << 12);
                or_le_word(code, at + 4, ((lo as u32) & 0xfff) << 20);
            }
            _ => return false,
        }
        true
    }
    fn veneer(self) -> Option<Jump<Fixup>> {
        match self {
            Fixup::Branch => Some(Jump {
                bytes: &JAL_ZERO_BYTES,
                kind: Fixup::Jal,
            }),
            Fixup::Jal => Some(Jump {
                bytes: &FAR_BYTES,
                kind: Fixup::Far,
            }),
            Fixup::Far => None,
        }
    }
    fn jump_over() -> Jump<Fixup> {
        Jump {
            bytes: &JAL_ZERO_BYTES,
            kind: Fixup::Jal,
        }
    }
}

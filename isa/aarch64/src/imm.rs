//! Immediates that A64 encodes only in some shapes.

use crate::Size;

/// An add/sub immediate: 12 bits, optionally shifted left by 12.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Imm12 {
    bits: u16,
    shifted: bool,
}

impl Imm12 {
    /// `value` as an add/sub immediate, if it is one.
    pub fn new(value: u64) -> Option<Imm12> {
        if value < 4096 {
            Some(Imm12 {
                bits: value as u16,
                shifted: false,
            })
        } else if value & 0xfff == 0 && value < 1 << 24 {
            Some(Imm12 {
                bits: (value >> 12) as u16,
                shifted: true,
            })
        } else {
            None
        }
    }

    /// The value it stands for.
    pub fn value(self) -> u64 {
        u64::from(self.bits) << if self.shifted { 12 } else { 0 }
    }

    /// The `sh:imm12` fields, in place (bits 10..23).
    pub(crate) fn fields(self) -> u32 {
        (u32::from(self.shifted) << 22) | (u32::from(self.bits) << 10)
    }
}

/// A logical (bitmask) immediate: a rotated run of ones, replicated across
/// the register in elements of 2, 4, 8, 16, 32 or 64 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogicalImm {
    n: u8,
    immr: u8,
    imms: u8,
}

impl LogicalImm {
    /// `value` (its low `size` bits) as a bitmask immediate, if it is one.
    /// Zero and all-ones never are.
    pub fn new(value: u64, size: Size) -> Option<LogicalImm> {
        let bits = size.bits();
        let mut imm = if bits == 32 {
            value & 0xffff_ffff
        } else {
            value
        };
        let all = u64::MAX >> (64 - bits);
        if imm == 0 || imm == all {
            return None;
        }
        // The smallest element that replicates to the value.
        let mut element = bits;
        loop {
            element /= 2;
            let mask = (1u64 << element) - 1;
            if imm & mask != (imm >> element) & mask {
                element *= 2;
                break;
            }
            if element <= 2 {
                break;
            }
        }
        let mask = u64::MAX >> (64 - element);
        imm &= mask;
        let (rotation, ones) = if is_shifted_mask(imm) {
            let low = imm.trailing_zeros();
            (low, (imm >> low).trailing_ones())
        } else {
            // The ones wrap around the element's top: look at the zeros.
            let filled = imm | !mask;
            if !is_shifted_mask(!filled) {
                return None;
            }
            let leading = filled.leading_ones();
            (
                64 - leading,
                leading + filled.trailing_ones() - (64 - element),
            )
        };
        let immr = (element - rotation) & (element - 1);
        // imms: the element size in its high bits (as a run of ones and a
        // zero), the run length minus one in its low bits.
        let n_imms = ((!(element - 1)) << 1) | (ones - 1);
        Some(LogicalImm {
            n: (((n_imms >> 6) & 1) ^ 1) as u8,
            immr: immr as u8,
            imms: (n_imms & 0x3f) as u8,
        })
    }

    /// The immediate with these `N`, `immr` and `imms` fields (for decoding).
    pub fn from_fields(n: u8, immr: u8, imms: u8) -> LogicalImm {
        LogicalImm {
            n: n & 1,
            immr: immr & 0x3f,
            imms: imms & 0x3f,
        }
    }

    /// The value it stands for at width `size`.
    pub fn value(self, size: Size) -> u64 {
        let element = if self.n == 1 {
            64
        } else {
            element_size(self.imms)
        };
        let ones = u32::from(self.imms) & (element - 1);
        let run = if ones + 1 == 64 {
            u64::MAX
        } else {
            (1u64 << (ones + 1)) - 1
        };
        let mask = u64::MAX >> (64 - element);
        let rotate = u32::from(self.immr) & (element - 1);
        let rotated = if rotate == 0 {
            run
        } else {
            ((run >> rotate) | (run << (element - rotate))) & mask
        };
        let mut value = 0u64;
        let mut at = 0;
        while at < 64 {
            value |= rotated << at;
            at += element;
        }
        value & (u64::MAX >> (64 - size.bits()))
    }

    /// The `N:immr:imms` fields, in place (bits 10..23).
    pub(crate) fn fields(self) -> u32 {
        (u32::from(self.n) << 22) | (u32::from(self.immr) << 16) | (u32::from(self.imms) << 10)
    }
}

/// The element size an `N` = 0 `imms` field selects: two to the power of
/// the position of its highest clear bit (`0xxxxx` is 32, `11110x` is 2).
fn element_size(imms: u8) -> u32 {
    let inverted = u32::from(!imms & 0x3f).max(1);
    1 << (31 - inverted.leading_zeros())
}

/// Whether `x` is one contiguous run of ones.
fn is_shifted_mask(x: u64) -> bool {
    x != 0 && ((x | (x - 1)).wrapping_add(1) & (x | (x - 1))) == 0
}

/// The `size`-bit value that replicates an `element`-bit element holding a
/// run of `ones` ones rotated left by `rotation`: what a [`LogicalImm`]
/// encodes (`0 < ones < element`, `rotation < element`, `element` a power
/// of two up to `size`).
#[cfg(any(test, feature = "forms"))]
pub(crate) fn bitmask_pattern(size: Size, element: u32, ones: u32, rotation: u32) -> u64 {
    let run = (1u64 << ones) - 1;
    let mask = u64::MAX >> (64 - element);
    let rotated = if rotation == 0 {
        run
    } else {
        ((run << rotation) | (run >> (element - rotation))) & mask
    };
    let mut value = 0u64;
    let mut at = 0;
    while at < size.bits() {
        value |= rotated << at;
        at += element;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_immediates() {
        assert_eq!(Imm12::new(4095).map(Imm12::value), Some(4095));
        assert_eq!(Imm12::new(4096).map(Imm12::value), Some(4096));
        assert_eq!(Imm12::new(0xfff000).map(Imm12::value), Some(0xfff000));
        assert_eq!(Imm12::new(4097), None);
        assert_eq!(Imm12::new(1 << 24), None);
    }

    #[test]
    fn logical_immediates_round_trip() {
        // Every run of ones, at every rotation, in every element size.
        let mut count = 0;
        for size in [Size::S32, Size::S64] {
            let mut element = 2;
            while element <= size.bits() {
                for ones in 1..element {
                    for rotation in 0..element {
                        let value = bitmask_pattern(size, element, ones, rotation);
                        let imm = LogicalImm::new(value, size)
                            .unwrap_or_else(|| panic!("{value:#x} ({size:?}) is a bitmask"));
                        assert_eq!(imm.value(size), value, "{imm:?}");
                        count += 1;
                    }
                }
                element *= 2;
            }
        }
        assert_eq!(count, 5334 + 1302);
    }

    #[test]
    fn non_bitmasks_are_rejected() {
        for (value, size) in [
            (0, Size::S64),
            (u64::MAX, Size::S64),
            (0xffff_ffff, Size::S32),
            (5, Size::S64),
            (0x1234, Size::S32),
        ] {
            assert_eq!(LogicalImm::new(value, size), None, "{value:#x}");
        }
    }
}

//! The vector-facility instructions (v0..v31; the register fields hold the
//! low four bits, and the RXB field of byte 4 the fifth).

use crate::{Assembler, Disp12, Reg, VecMemOp, VecRrOp, VecRrrOp, VecRrrrOp, VecShiftOp};

/// The RXB bits for vector registers in the four register-field positions
/// (`None` where the field holds no vector register).
fn rxb(fields: [Option<Reg>; 4]) -> u8 {
    fields
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_some_and(|v| v & 16 != 0))
        .fold(0, |acc, (i, _)| acc | 8 >> i)
}

/// Two 4-bit fields in one byte.
fn nibbles(hi: u8, lo: u8) -> u8 {
    (hi & 15) << 4 | (lo & 15)
}

/// The first `count` masks of `m`, the rest zero.
fn masks(m: [u8; 3], count: usize) -> [u8; 3] {
    let mut out = [0; 3];
    out[..count].copy_from_slice(&m[..count]);
    out
}

impl Assembler {
    /// `op v1, disp(index, base), m3` (VRX).
    pub fn vec_mem(&mut self, op: VecMemOp, v1: Reg, index: Reg, base: Reg, disp: Disp12, m3: u8) {
        let (first, last) = op.code();
        let d = disp.get();
        let x = rxb([Some(v1), None, None, None]);
        self.buf.put(&[
            first,
            nibbles(v1, index),
            nibbles(base, (d >> 8) as u8),
            d as u8,
            nibbles(m3, x),
            last,
        ]);
    }

    /// `op v1, v2, m...` (VRR-a); masks beyond the operation's count are
    /// ignored.
    pub fn vec_rr(&mut self, op: VecRrOp, v1: Reg, v2: Reg, m: [u8; 3]) {
        let (code, count) = op.code();
        let [m3, m4, m5] = masks(m, count);
        let x = rxb([Some(v1), Some(v2), None, None]);
        self.buf.put(&[
            0xe7,
            nibbles(v1, v2),
            0,
            nibbles(m5, m4),
            nibbles(m3, x),
            code,
        ]);
    }

    /// `op v1, v2, v3, m...` (VRR-b, VRR-c); masks beyond the operation's
    /// count are ignored.
    pub fn vec_rrr(&mut self, op: VecRrrOp, v1: Reg, v2: Reg, v3: Reg, m: [u8; 3]) {
        let (code, count) = op.code();
        let [m4, m5, m6] = masks(m, count);
        let x = rxb([Some(v1), Some(v2), Some(v3), None]);
        let byte3 = if op.is_vrr_b() {
            nibbles(m5, 0)
        } else {
            nibbles(m6, m5)
        };
        self.buf.put(&[
            0xe7,
            nibbles(v1, v2),
            nibbles(v3, 0),
            byte3,
            nibbles(m4, x),
            code,
        ]);
    }

    /// `op v1, v2, v3, v4, m5, m6` (VRR-e); masks beyond the operation's
    /// count are ignored.
    pub fn vec_rrrr(&mut self, op: VecRrrrOp, v1: Reg, v2: Reg, v3: Reg, v4: Reg, m: [u8; 2]) {
        let (code, count) = op.code();
        let [m5, m6, _] = masks([m[0], m[1], 0], count);
        let x = rxb([Some(v1), Some(v2), Some(v3), Some(v4)]);
        self.buf.put(&[
            0xe7,
            nibbles(v1, v2),
            nibbles(v3, m6),
            nibbles(0, m5),
            nibbles(v4, x),
            code,
        ]);
    }

    /// A VRS instruction: two register fields, the base and 12-bit
    /// displacement `at`, `m4` and the RXB bits `x`.
    fn vrs(&mut self, code: u8, r1: Reg, r3: Reg, at: (Reg, Disp12), m4: u8, x: u8) {
        let (base, disp) = at;
        let d = disp.get();
        self.buf.put(&[
            0xe7,
            nibbles(r1, r3),
            nibbles(base, (d >> 8) as u8),
            d as u8,
            nibbles(m4, x),
            code,
        ]);
    }

    /// `op v1, v3, disp(base), m4`: shifts every element by the low bits
    /// of `base + disp` (VRS-a).
    pub fn vec_shift(&mut self, op: VecShiftOp, v1: Reg, v3: Reg, base: Reg, disp: Disp12, m4: u8) {
        let x = rxb([Some(v1), Some(v3), None, None]);
        self.vrs(op.code(), v1, v3, (base, disp), m4, x);
    }

    /// `vlvg v1, r3, disp(base), m4`: general register `r3` into element
    /// `base + disp` of `v1` (VRS-b).
    pub fn vlvg(&mut self, v1: Reg, r3: Reg, base: Reg, disp: Disp12, m4: u8) {
        let x = rxb([Some(v1), None, None, None]);
        self.vrs(0x22, v1, r3, (base, disp), m4, x);
    }

    /// `vlgv r1, v3, disp(base), m4`: element `base + disp` of `v3` into
    /// general register `r1` (VRS-c).
    pub fn vlgv(&mut self, r1: Reg, v3: Reg, base: Reg, disp: Disp12, m4: u8) {
        let x = rxb([None, Some(v3), None, None]);
        self.vrs(0x21, r1, v3, (base, disp), m4, x);
    }

    /// `vlvgp v1, r2, r3`: two general registers into the doublewords of
    /// `v1` (VRR-f).
    pub fn vlvgp(&mut self, v1: Reg, r2: Reg, r3: Reg) {
        let x = rxb([Some(v1), None, None, None]);
        self.buf.put(&[
            0xe7,
            nibbles(v1, r2),
            nibbles(r3, 0),
            0,
            nibbles(0, x),
            0x62,
        ]);
    }

    /// `vrepi v1, imm, m3`: the sign-extended immediate in every element
    /// (VRI-a).
    pub fn vrepi(&mut self, v1: Reg, imm: i16, m3: u8) {
        let [hi, lo] = imm.to_be_bytes();
        let x = rxb([Some(v1), None, None, None]);
        self.buf
            .put(&[0xe7, nibbles(v1, 0), hi, lo, nibbles(m3, x), 0x45]);
    }

    /// `vgbm v1, mask`: each byte all ones where `mask` has a one (VRI-a).
    pub fn vgbm(&mut self, v1: Reg, mask: u16) {
        let [hi, lo] = mask.to_be_bytes();
        let x = rxb([Some(v1), None, None, None]);
        self.buf
            .put(&[0xe7, nibbles(v1, 0), hi, lo, nibbles(0, x), 0x44]);
    }

    /// `vgm v1, start, end, m4`: in every element, ones from bit `start`
    /// to bit `end` (VRI-b).
    pub fn vgm(&mut self, v1: Reg, start: u8, end: u8, m4: u8) {
        let x = rxb([Some(v1), None, None, None]);
        self.buf
            .put(&[0xe7, nibbles(v1, 0), start, end, nibbles(m4, x), 0x46]);
    }

    /// `vrep v1, v3, index, m4`: element `index` of `v3` in every element
    /// (VRI-c).
    pub fn vrep(&mut self, v1: Reg, v3: Reg, index: u16, m4: u8) {
        let [hi, lo] = index.to_be_bytes();
        let x = rxb([Some(v1), Some(v3), None, None]);
        self.buf
            .put(&[0xe7, nibbles(v1, v3), hi, lo, nibbles(m4, x), 0x4d]);
    }

    /// `vsldb v1, v2, v3, bytes`: the 16 bytes from byte `bytes` of the
    /// 32-byte concatenation of `v2` and `v3` (VRI-d).
    pub fn vsldb(&mut self, v1: Reg, v2: Reg, v3: Reg, bytes: u8) {
        let x = rxb([Some(v1), Some(v2), Some(v3), None]);
        self.buf.put(&[
            0xe7,
            nibbles(v1, v2),
            nibbles(v3, 0),
            bytes,
            nibbles(0, x),
            0x77,
        ]);
    }
}

//! Advanced SIMD (NEON) instructions that change the shape of lanes or move
//! data across them: widening and narrowing, pairwise-long adds, long
//! multiplies, shifts by an immediate, across-lane reductions and table
//! lookups.

use crate::encode::{rd, rm, rn};
use crate::neon::{two_reg_misc, VecLanes};
use crate::{Assembler, Reg};

impl VecLanes {
    /// The next narrower arrangement (`.8h` for `.4s`); `None` for `.16b`.
    pub fn narrower(self) -> Option<VecLanes> {
        match self {
            VecLanes::B16 => None,
            VecLanes::H8 => Some(VecLanes::B16),
            VecLanes::S4 => Some(VecLanes::H8),
            VecLanes::D2 => Some(VecLanes::S4),
        }
    }

    /// The next wider arrangement (`.4s` for `.8h`); `None` for `.2d`.
    pub fn wider(self) -> Option<VecLanes> {
        match self {
            VecLanes::B16 => Some(VecLanes::H8),
            VecLanes::H8 => Some(VecLanes::S4),
            VecLanes::S4 => Some(VecLanes::D2),
            VecLanes::D2 => None,
        }
    }

    /// The suffix of the 64-bit half with these lanes, as in `v0.8b`.
    pub fn half_suffix(self) -> &'static str {
        match self {
            VecLanes::B16 => "8b",
            VecLanes::H8 => "4h",
            VecLanes::S4 => "2s",
            VecLanes::D2 => "1d",
        }
    }

    /// The suffix of the half (`upper` false) or the whole register holding
    /// these lanes: the operand spelling of the `2` and plain variants of
    /// widening and narrowing instructions.
    pub fn part_suffix(self, upper: bool) -> &'static str {
        if upper {
            self.suffix()
        } else {
            self.half_suffix()
        }
    }

    /// The width of one lane in bits.
    pub fn lane_bits(self) -> u32 {
        8 << self.size()
    }
}

/// Same-width integer operations of the two-register miscellaneous group,
/// and the pairwise-long adds (whose lanes are the result's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecMisc {
    /// `neg`: lane-wise negation
    Neg,
    /// `cmeq #0`: all ones where the lane is zero
    Cmeq0,
    /// `saddlp`: sums of adjacent signed lanes, each twice as wide (the
    /// arrangement is the result's; not `.16b`)
    Saddlp,
    /// `uaddlp`: sums of adjacent unsigned lanes, each twice as wide
    Uaddlp,
}

impl VecMisc {
    /// Every operation.
    pub const ALL: [VecMisc; 4] = [
        VecMisc::Neg,
        VecMisc::Cmeq0,
        VecMisc::Saddlp,
        VecMisc::Uaddlp,
    ];

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecMisc::Neg => "neg",
            VecMisc::Cmeq0 => "cmeq",
            VecMisc::Saddlp => "saddlp",
            VecMisc::Uaddlp => "uaddlp",
        }
    }

    /// Whether the instruction exists with result lanes `lanes`.
    pub fn supports(self, lanes: VecLanes) -> bool {
        !matches!(self, VecMisc::Saddlp | VecMisc::Uaddlp) || lanes != VecLanes::B16
    }
}

/// Narrowing moves: each lane of a `.8h`, `.4s` or `.2d` source to half its
/// width, into the low half of the destination (zeroing the high half) or,
/// for the `2` variants, into its high half (keeping the low half).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecNarrow {
    /// `xtn`: truncating
    Xtn,
    /// `sqxtn`: signed, saturating
    Sqxtn,
    /// `uqxtn`: unsigned, saturating
    Uqxtn,
    /// `sqxtun`: signed source, saturating to the unsigned range
    Sqxtun,
    /// `fcvtn`: f64 lanes to f32 (result lanes `.4s` only)
    Fcvtn,
}

impl VecNarrow {
    /// Every operation.
    pub const ALL: [VecNarrow; 5] = [
        VecNarrow::Xtn,
        VecNarrow::Sqxtn,
        VecNarrow::Uqxtn,
        VecNarrow::Sqxtun,
        VecNarrow::Fcvtn,
    ];

    /// The mnemonic of the plain variant.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecNarrow::Xtn => "xtn",
            VecNarrow::Sqxtn => "sqxtn",
            VecNarrow::Uqxtn => "uqxtn",
            VecNarrow::Sqxtun => "sqxtun",
            VecNarrow::Fcvtn => "fcvtn",
        }
    }

    /// Whether the instruction exists with (narrow) result lanes `lanes`.
    pub fn supports(self, lanes: VecLanes) -> bool {
        match self {
            VecNarrow::Fcvtn => lanes == VecLanes::S4,
            _ => lanes != VecLanes::D2,
        }
    }
}

/// Widening moves: each lane of the low half (or, for the `2` variants,
/// the high half) of the source to twice its width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecWiden {
    /// `sxtl` (`sshll #0`): sign-extending
    Sxtl,
    /// `uxtl` (`ushll #0`): zero-extending
    Uxtl,
    /// `fcvtl`: f32 lanes to f64 (result lanes `.2d` only)
    Fcvtl,
}

impl VecWiden {
    /// Every operation.
    pub const ALL: [VecWiden; 3] = [VecWiden::Sxtl, VecWiden::Uxtl, VecWiden::Fcvtl];

    /// The mnemonic of the plain variant.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecWiden::Sxtl => "sxtl",
            VecWiden::Uxtl => "uxtl",
            VecWiden::Fcvtl => "fcvtl",
        }
    }

    /// Whether the instruction exists with (wide) result lanes `lanes`.
    pub fn supports(self, lanes: VecLanes) -> bool {
        match self {
            VecWiden::Fcvtl => lanes == VecLanes::D2,
            _ => lanes != VecLanes::B16,
        }
    }
}

/// Shifts of every lane by an immediate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecShiftImm {
    /// `shl`: left, by `0..lane bits`
    Shl,
    /// `sshr`: arithmetic right, by `1..=lane bits`
    Sshr,
    /// `ushr`: logical right, by `1..=lane bits`
    Ushr,
}

impl VecShiftImm {
    /// Every operation.
    pub const ALL: [VecShiftImm; 3] = [VecShiftImm::Shl, VecShiftImm::Sshr, VecShiftImm::Ushr];

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecShiftImm::Shl => "shl",
            VecShiftImm::Sshr => "sshr",
            VecShiftImm::Ushr => "ushr",
        }
    }

    /// Whether `amount` is encodable for lanes of `lanes`.
    pub fn fits(self, lanes: VecLanes, amount: u32) -> bool {
        match self {
            VecShiftImm::Shl => amount < lanes.lane_bits(),
            VecShiftImm::Sshr | VecShiftImm::Ushr => (1..=lanes.lane_bits()).contains(&amount),
        }
    }
}

/// Reductions of all lanes to one, in the low lane of a scalar register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecAcross {
    /// `addv`: the wrapping sum
    Addv,
    /// `umaxv`: the unsigned maximum
    Umaxv,
    /// `uminv`: the unsigned minimum
    Uminv,
}

impl VecAcross {
    /// Every operation.
    pub const ALL: [VecAcross; 3] = [VecAcross::Addv, VecAcross::Umaxv, VecAcross::Uminv];

    /// The mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            VecAcross::Addv => "addv",
            VecAcross::Umaxv => "umaxv",
            VecAcross::Uminv => "uminv",
        }
    }
}

/// The two-register miscellaneous group with a `Q` bit: `0 Q U 01110 size
/// 10000 opcode 10 Rn Rd`.
fn misc_q(upper: bool, u: u32, size: u32, opcode: u32, dst: Reg, src: Reg) -> u32 {
    let word = two_reg_misc(u, size, opcode, dst, src);
    if upper {
        word
    } else {
        word & !(1 << 30)
    }
}

impl Assembler {
    /// `op vd.T, vn.T'` for result lanes `lanes`. Returns false, emitting
    /// nothing, when the instruction does not exist for `lanes`.
    pub fn vec_misc(&mut self, op: VecMisc, lanes: VecLanes, dst: Reg, src: Reg) -> bool {
        if !op.supports(lanes) {
            return false;
        }
        let (u, size, opcode) = match op {
            VecMisc::Neg => (1, lanes.size(), 0b01011),
            VecMisc::Cmeq0 => (0, lanes.size(), 0b01001),
            VecMisc::Saddlp => (0, lanes.size() - 1, 0b00010),
            VecMisc::Uaddlp => (1, lanes.size() - 1, 0b00010),
        };
        self.word(two_reg_misc(u, size, opcode, dst, src));
        true
    }

    /// `op vd.T, vn.T'` (or `op2`, into the high half, when `upper`):
    /// narrows the lanes of `src` to `lanes` (the result's). Returns false,
    /// emitting nothing, when the instruction does not exist for `lanes`.
    pub fn vec_narrow(
        &mut self,
        op: VecNarrow,
        lanes: VecLanes,
        upper: bool,
        dst: Reg,
        src: Reg,
    ) -> bool {
        if !op.supports(lanes) {
            return false;
        }
        let (u, size, opcode) = match op {
            VecNarrow::Xtn => (0, lanes.size(), 0b10010),
            VecNarrow::Sqxtn => (0, lanes.size(), 0b10100),
            VecNarrow::Uqxtn => (1, lanes.size(), 0b10100),
            VecNarrow::Sqxtun => (1, lanes.size(), 0b10010),
            VecNarrow::Fcvtn => (0, 1, 0b10110),
        };
        self.word(misc_q(upper, u, size, opcode, dst, src));
        true
    }

    /// `op vd.T, vn.T'` (or `op2`, from the high half, when `upper`):
    /// widens lanes to `lanes` (the result's). Returns false, emitting
    /// nothing, when the instruction does not exist for `lanes`.
    pub fn vec_widen(
        &mut self,
        op: VecWiden,
        lanes: VecLanes,
        upper: bool,
        dst: Reg,
        src: Reg,
    ) -> bool {
        if !op.supports(lanes) {
            return false;
        }
        let q = u32::from(upper) << 30;
        self.word(match op {
            VecWiden::Fcvtl => misc_q(upper, 0, 1, 0b10111, dst, src),
            // `sshll`/`ushll` by 0: `immh:immb` is the source lane width.
            VecWiden::Sxtl | VecWiden::Uxtl => {
                let u = u32::from(op == VecWiden::Uxtl) << 29;
                let immh_immb = lanes.lane_bits() / 2;
                0x0f00_a400 | q | u | (immh_immb << 16) | rn(src) | rd(dst)
            }
        });
        true
    }

    /// `smull`/`umull vd.T, vn.T', vm.T'` (`smull2`/`umull2`, from the high
    /// halves, when `upper`): products of lanes, each twice as wide, in
    /// lanes `lanes` (the result's). Returns false for `.16b`.
    pub fn vec_mull(
        &mut self,
        signed: bool,
        lanes: VecLanes,
        upper: bool,
        dst: Reg,
        a: Reg,
        b: Reg,
    ) -> bool {
        let Some(narrow) = lanes.narrower() else {
            return false;
        };
        let q = u32::from(upper) << 30;
        let u = u32::from(!signed) << 29;
        let size = narrow.size() << 22;
        self.word(0x0e20_c000 | q | u | size | rm(b) | rn(a) | rd(dst));
        true
    }

    /// `op vd.T, vn.T, #amount`. Returns false, emitting nothing, when
    /// `amount` is not encodable (see [`VecShiftImm::fits`]).
    pub fn vec_shift_imm(
        &mut self,
        op: VecShiftImm,
        lanes: VecLanes,
        dst: Reg,
        src: Reg,
        amount: u32,
    ) -> bool {
        if !op.fits(lanes, amount) {
            return false;
        }
        let bits = lanes.lane_bits();
        let (u, opcode, immh_immb) = match op {
            VecShiftImm::Shl => (0, 0b01010, bits + amount),
            VecShiftImm::Sshr => (0, 0b00000, 2 * bits - amount),
            VecShiftImm::Ushr => (1, 0b00000, 2 * bits - amount),
        };
        self.word(0x4f00_0400 | (u << 29) | (immh_immb << 16) | (opcode << 11) | rn(src) | rd(dst));
        true
    }

    /// `op bd|hd|sd, vn.T`: a reduction of every lane into the low lane of
    /// `dst` (the rest of `dst` zeroed). Returns false for `.2d`.
    pub fn vec_across(&mut self, op: VecAcross, lanes: VecLanes, dst: Reg, src: Reg) -> bool {
        if lanes == VecLanes::D2 {
            return false;
        }
        let (u, opcode) = match op {
            VecAcross::Addv => (0, 0b11011),
            VecAcross::Umaxv => (1, 0b01010),
            VecAcross::Uminv => (1, 0b11010),
        };
        let size = lanes.size() << 22;
        self.word(0x4e30_0800 | (u << 29) | size | (opcode << 12) | rn(src) | rd(dst));
        true
    }

    /// `tbl vd.16b, {vn.16b, ...}, vm.16b`: byte `i` of `dst` is byte
    /// `index[i]` of the `count` (1 to 4) consecutive registers from `table`
    /// (numbers wrap after v31), or 0 where the index is out of range.
    pub fn tbl(&mut self, dst: Reg, table: Reg, count: u8, index: Reg) {
        let len = u32::from(count.clamp(1, 4) - 1) << 13;
        self.word(0x4e00_0000 | rm(index) | len | rn(table) | rd(dst));
    }
}

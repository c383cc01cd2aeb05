//! The encoding forms of the lane-reshaping NEON instructions
//! (`neon_shape.rs`): [`NeonForm`], its own `form_table!`, nested into
//! [`super::Form`]'s as its last kinds. The forms whose operation limits
//! their lanes (and a shift's amount) are drawn whole, as one of the
//! `...Form` structs here.

use super::draw::{below, flag, pick, vreg};
use crate::{Assembler, Reg, VecAcross, VecLanes, VecMisc, VecNarrow, VecShiftImm, VecWiden};

/// Lanes that every narrowing (and across-lane) operation produces.
const NARROW: [VecLanes; 3] = [VecLanes::B16, VecLanes::H8, VecLanes::S4];
/// Lanes that every widening operation produces.
const WIDE: [VecLanes; 3] = [VecLanes::H8, VecLanes::S4, VecLanes::D2];

/// The `2` of the variants that read or write a vector's upper half.
fn two(upper: bool) -> &'static str {
    if upper {
        "2"
    } else {
        ""
    }
}

/// The narrower lanes of a form that was drawn to have them.
fn half(lanes: VecLanes) -> VecLanes {
    lanes.narrower().unwrap_or(VecLanes::B16)
}

kindling_isa_check::form_table! {
    /// One call of a lane-reshaping NEON method of [`Assembler`], with
    /// operands.
    pub enum NeonForm for Assembler;
    (asm, d, len)
    VecMisc { form: VecMiscForm = VecMiscForm::draw(d) }
        "vec_misc" => asm.vec_misc(form.op, form.lanes, form.dst, form.src), form.spell();
    VecNarrow { form: VecNarrowForm = VecNarrowForm::draw(d) }
        "vec_narrow" => asm.vec_narrow(form.op, form.lanes, form.upper, form.dst, form.src), form.spell();
    VecWiden { form: VecWidenForm = VecWidenForm::draw(d) }
        "vec_widen" => asm.vec_widen(form.op, form.lanes, form.upper, form.dst, form.src), form.spell();
    VecMull { signed: bool = flag(d), lanes: VecLanes = pick(d, &WIDE), upper: bool = flag(d), dst: Reg = vreg(d), a: Reg = vreg(d), b: Reg = vreg(d) }
        "vec_mull" => asm.vec_mull(signed, lanes, upper, dst, a, b), {
            let m = if signed { "smull" } else { "umull" };
            let (t, s) = (lanes.suffix(), half(lanes).part_suffix(upper));
            format!("{m}{} v{dst}.{t}, v{a}.{s}, v{b}.{s}", two(upper))
        };
    VecShiftImm { form: VecShiftImmForm = VecShiftImmForm::draw(d) }
        "vec_shift_imm" => asm.vec_shift_imm(form.op, form.lanes, form.dst, form.src, form.amount),
            form.spell();
    VecAcross { op: VecAcross = pick(d, &VecAcross::ALL), lanes: VecLanes = pick(d, &NARROW), dst: Reg = vreg(d), src: Reg = vreg(d) }
        "vec_across" => asm.vec_across(op, lanes, dst, src),
            format!("{} {}{dst}, v{src}.{}", op.mnemonic(), &lanes.half_suffix()[1..], lanes.suffix());
    Tbl { dst: Reg = vreg(d), table: Reg = vreg(d), count: u8 = 1 + below(d, 4) as u8, index: Reg = vreg(d) }
        "tbl" => asm.tbl(dst, table, count, index), {
            let list: Vec<String> = (0..count).map(|i| format!("v{}.16b", (table + i) % 32)).collect();
            format!("tbl v{dst}.16b, {{{}}}, v{index}.16b", list.join(", "))
        };
}

/// One `vec_misc` call: an operation at lanes it has.
#[derive(Clone, Copy, Debug)]
pub struct VecMiscForm {
    /// The operation.
    pub op: VecMisc,
    /// The result lanes.
    pub lanes: VecLanes,
    /// The destination.
    pub dst: Reg,
    /// The source.
    pub src: Reg,
}

impl VecMiscForm {
    /// Draws a `vec_misc` call with operands from `d` (widening lanes
    /// where the drawn operation lacks the drawn ones).
    pub fn draw(d: &mut dyn FnMut() -> u64) -> VecMiscForm {
        let op = pick(d, &VecMisc::ALL);
        let (lanes, wide) = (pick(d, &VecLanes::ALL), pick(d, &WIDE));
        VecMiscForm {
            op,
            lanes: if op.supports(lanes) { lanes } else { wide },
            dst: vreg(d),
            src: vreg(d),
        }
    }

    /// The instruction.
    fn spell(self) -> String {
        let VecMiscForm {
            op,
            lanes,
            dst,
            src,
        } = self;
        let t = lanes.suffix();
        match op {
            VecMisc::Neg => format!("neg v{dst}.{t}, v{src}.{t}"),
            VecMisc::Cmeq0 => format!("cmeq v{dst}.{t}, v{src}.{t}, #0"),
            VecMisc::Saddlp | VecMisc::Uaddlp => {
                let s = half(lanes).suffix();
                format!("{} v{dst}.{t}, v{src}.{s}", op.mnemonic())
            }
        }
    }
}

/// One `vec_narrow` call: an operation at result lanes it has.
#[derive(Clone, Copy, Debug)]
pub struct VecNarrowForm {
    /// The operation.
    pub op: VecNarrow,
    /// The result lanes.
    pub lanes: VecLanes,
    /// Whether the result goes to the destination's upper half (`xtn2`).
    pub upper: bool,
    /// The destination.
    pub dst: Reg,
    /// The source.
    pub src: Reg,
}

impl VecNarrowForm {
    /// Draws a `vec_narrow` call with operands from `d` (`.4s` where the
    /// drawn operation lacks the drawn lanes).
    pub fn draw(d: &mut dyn FnMut() -> u64) -> VecNarrowForm {
        let (op, lanes) = (pick(d, &VecNarrow::ALL), pick(d, &NARROW));
        VecNarrowForm {
            op,
            lanes: if op.supports(lanes) {
                lanes
            } else {
                VecLanes::S4
            },
            upper: flag(d),
            dst: vreg(d),
            src: vreg(d),
        }
    }

    /// The instruction.
    fn spell(self) -> String {
        let VecNarrowForm {
            op,
            lanes,
            upper,
            dst,
            src,
        } = self;
        let wide = lanes.wider().unwrap_or(VecLanes::D2).suffix();
        let (m, t) = (op.mnemonic(), lanes.part_suffix(upper));
        format!("{m}{} v{dst}.{t}, v{src}.{wide}", two(upper))
    }
}

/// One `vec_widen` call: an operation at result lanes it has.
#[derive(Clone, Copy, Debug)]
pub struct VecWidenForm {
    /// The operation.
    pub op: VecWiden,
    /// The result lanes.
    pub lanes: VecLanes,
    /// Whether the source is the upper half (`sxtl2`).
    pub upper: bool,
    /// The destination.
    pub dst: Reg,
    /// The source.
    pub src: Reg,
}

impl VecWidenForm {
    /// Draws a `vec_widen` call with operands from `d` (`.2d` where the
    /// drawn operation lacks the drawn lanes).
    pub fn draw(d: &mut dyn FnMut() -> u64) -> VecWidenForm {
        let (op, lanes) = (pick(d, &VecWiden::ALL), pick(d, &WIDE));
        VecWidenForm {
            op,
            lanes: if op.supports(lanes) {
                lanes
            } else {
                VecLanes::D2
            },
            upper: flag(d),
            dst: vreg(d),
            src: vreg(d),
        }
    }

    /// The instruction.
    fn spell(self) -> String {
        let VecWidenForm {
            op,
            lanes,
            upper,
            dst,
            src,
        } = self;
        let (m, t) = (op.mnemonic(), lanes.suffix());
        let s = half(lanes).part_suffix(upper);
        format!("{m}{} v{dst}.{t}, v{src}.{s}", two(upper))
    }
}

/// One `vec_shift_imm` call: an amount the operation takes at the lanes.
#[derive(Clone, Copy, Debug)]
pub struct VecShiftImmForm {
    /// The operation.
    pub op: VecShiftImm,
    /// The lanes.
    pub lanes: VecLanes,
    /// The destination.
    pub dst: Reg,
    /// The source.
    pub src: Reg,
    /// The shift amount: below the lane width for `shl`, from 1 to it for
    /// the right shifts.
    pub amount: u32,
}

impl VecShiftImmForm {
    /// Draws a `vec_shift_imm` call with operands from `d`: the operation
    /// and the amount each on their own, so every amount of every lane
    /// width can come up.
    pub fn draw(d: &mut dyn FnMut() -> u64) -> VecShiftImmForm {
        let lanes = pick(d, &VecLanes::ALL);
        let op = pick(d, &VecShiftImm::ALL);
        let amount = below(d, u64::from(lanes.lane_bits())) as u32;
        VecShiftImmForm {
            op,
            lanes,
            dst: vreg(d),
            src: vreg(d),
            amount: if op == VecShiftImm::Shl {
                amount
            } else {
                amount + 1
            },
        }
    }

    /// The instruction.
    fn spell(self) -> String {
        let VecShiftImmForm {
            op,
            lanes,
            dst,
            src,
            amount,
        } = self;
        let t = lanes.suffix();
        format!("{} v{dst}.{t}, v{src}.{t}, #{amount}", op.mnemonic())
    }
}

//! The encoding forms of the lane-reshaping NEON instructions
//! (`neon_shape.rs`): [`NeonForm`], one of [`super::Form`]'s kinds, with its
//! own drawing, emission and spelling.

use super::Intended;
use crate::{Assembler, Reg, VecAcross, VecLanes, VecMisc, VecNarrow, VecShiftImm, VecWiden};

/// One call of a lane-reshaping NEON method of [`Assembler`], with operands.
#[allow(missing_docs)] // the fields are the method's parameters
#[derive(Clone, Debug)]
pub enum NeonForm {
    VecMisc {
        op: VecMisc,
        lanes: VecLanes,
        dst: Reg,
        src: Reg,
    },
    VecNarrow {
        op: VecNarrow,
        lanes: VecLanes,
        upper: bool,
        dst: Reg,
        src: Reg,
    },
    VecWiden {
        op: VecWiden,
        lanes: VecLanes,
        upper: bool,
        dst: Reg,
        src: Reg,
    },
    VecMull {
        signed: bool,
        lanes: VecLanes,
        upper: bool,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    VecShiftImm {
        op: VecShiftImm,
        lanes: VecLanes,
        dst: Reg,
        src: Reg,
        amount: u32,
    },
    VecAcross {
        op: VecAcross,
        lanes: VecLanes,
        dst: Reg,
        src: Reg,
    },
    Tbl {
        dst: Reg,
        table: Reg,
        count: u8,
        index: Reg,
    },
}

/// The number of [`NeonForm`] kinds, for [`NeonForm::of_kind`].
pub const NEON_KINDS: u64 = 7;

impl NeonForm {
    /// The form of kind `kind` (`0..NEON_KINDS`, taken modulo), with
    /// operands from `next`; only operand combinations the instruction has.
    pub fn of_kind(kind: u64, next: &mut dyn FnMut() -> u64) -> NeonForm {
        let mut below = |n: u64| (next() % n) as usize;
        let lanes = VecLanes::ALL[below(4)];
        // Lanes that every narrowing (and across-lane) operation produces,
        // and lanes that every widening one does.
        let narrow = VecLanes::ALL[below(3)];
        let wide = VecLanes::ALL[1 + below(3)];
        let (upper, signed) = (below(2) == 1, below(2) == 1);
        let (dst, src, b) = (below(32) as Reg, below(32) as Reg, below(32) as Reg);
        // The operation, taken modulo the length of each kind's list.
        let pick = below(60);
        match kind % NEON_KINDS {
            0 => {
                let op = VecMisc::ALL[pick % VecMisc::ALL.len()];
                let lanes = if op.supports(lanes) { lanes } else { wide };
                NeonForm::VecMisc {
                    op,
                    lanes,
                    dst,
                    src,
                }
            }
            1 => {
                let op = VecNarrow::ALL[pick % VecNarrow::ALL.len()];
                let lanes = if op.supports(narrow) {
                    narrow
                } else {
                    VecLanes::S4
                };
                NeonForm::VecNarrow {
                    op,
                    lanes,
                    upper,
                    dst,
                    src,
                }
            }
            2 => {
                let op = VecWiden::ALL[pick % VecWiden::ALL.len()];
                let lanes = if op.supports(wide) {
                    wide
                } else {
                    VecLanes::D2
                };
                NeonForm::VecWiden {
                    op,
                    lanes,
                    upper,
                    dst,
                    src,
                }
            }
            3 => NeonForm::VecMull {
                signed,
                lanes: wide,
                upper,
                dst,
                a: src,
                b,
            },
            4 => {
                let op = VecShiftImm::ALL[pick % VecShiftImm::ALL.len()];
                let amount = (pick as u32 * 7) % lanes.lane_bits();
                let amount = if op == VecShiftImm::Shl {
                    amount
                } else {
                    amount + 1
                };
                NeonForm::VecShiftImm {
                    op,
                    lanes,
                    dst,
                    src,
                    amount,
                }
            }
            5 => {
                let op = VecAcross::ALL[pick % VecAcross::ALL.len()];
                NeonForm::VecAcross {
                    op,
                    lanes: narrow,
                    dst,
                    src,
                }
            }
            _ => NeonForm::Tbl {
                dst,
                table: src,
                count: 1 + (pick % 4) as u8,
                index: b,
            },
        }
    }

    /// The name of the [`Assembler`] method this form calls.
    pub fn method(&self) -> &'static str {
        match self {
            NeonForm::VecMisc { .. } => "vec_misc",
            NeonForm::VecNarrow { .. } => "vec_narrow",
            NeonForm::VecWiden { .. } => "vec_widen",
            NeonForm::VecMull { .. } => "vec_mull",
            NeonForm::VecShiftImm { .. } => "vec_shift_imm",
            NeonForm::VecAcross { .. } => "vec_across",
            NeonForm::Tbl { .. } => "tbl",
        }
    }

    /// Emits this form into `a`.
    pub fn emit(&self, a: &mut Assembler) {
        match *self {
            NeonForm::VecMisc {
                op,
                lanes,
                dst,
                src,
            } => {
                a.vec_misc(op, lanes, dst, src);
            }
            NeonForm::VecNarrow {
                op,
                lanes,
                upper,
                dst,
                src,
            } => {
                a.vec_narrow(op, lanes, upper, dst, src);
            }
            NeonForm::VecWiden {
                op,
                lanes,
                upper,
                dst,
                src,
            } => {
                a.vec_widen(op, lanes, upper, dst, src);
            }
            NeonForm::VecMull {
                signed,
                lanes,
                upper,
                dst,
                a: x,
                b,
            } => {
                a.vec_mull(signed, lanes, upper, dst, x, b);
            }
            NeonForm::VecShiftImm {
                op,
                lanes,
                dst,
                src,
                amount,
            } => {
                a.vec_shift_imm(op, lanes, dst, src, amount);
            }
            NeonForm::VecAcross {
                op,
                lanes,
                dst,
                src,
            } => {
                a.vec_across(op, lanes, dst, src);
            }
            NeonForm::Tbl {
                dst,
                table,
                count,
                index,
            } => a.tbl(dst, table, count, index),
        }
    }

    /// The instruction this form intends.
    pub fn intended(&self) -> Intended {
        let two = |upper: bool| if upper { "2" } else { "" };
        // The narrower lanes of a form that was drawn to have them.
        let half = |lanes: VecLanes| lanes.narrower().unwrap_or(VecLanes::B16);
        Intended::Source(match *self {
            NeonForm::VecMisc {
                op,
                lanes,
                dst,
                src,
            } => {
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
            NeonForm::VecNarrow {
                op,
                lanes,
                upper,
                dst,
                src,
            } => {
                let wide = lanes.wider().unwrap_or(VecLanes::D2).suffix();
                let (m, t) = (op.mnemonic(), lanes.part_suffix(upper));
                format!("{m}{} v{dst}.{t}, v{src}.{wide}", two(upper))
            }
            NeonForm::VecWiden {
                op,
                lanes,
                upper,
                dst,
                src,
            } => {
                let (m, t) = (op.mnemonic(), lanes.suffix());
                let s = half(lanes).part_suffix(upper);
                format!("{m}{} v{dst}.{t}, v{src}.{s}", two(upper))
            }
            NeonForm::VecMull {
                signed,
                lanes,
                upper,
                dst,
                a,
                b,
            } => {
                let m = if signed { "smull" } else { "umull" };
                let (t, s) = (lanes.suffix(), half(lanes).part_suffix(upper));
                format!("{m}{} v{dst}.{t}, v{a}.{s}, v{b}.{s}", two(upper))
            }
            NeonForm::VecShiftImm {
                op,
                lanes,
                dst,
                src,
                amount,
            } => {
                let t = lanes.suffix();
                format!("{} v{dst}.{t}, v{src}.{t}, #{amount}", op.mnemonic())
            }
            NeonForm::VecAcross {
                op,
                lanes,
                dst,
                src,
            } => {
                let scalar = &lanes.half_suffix()[1..];
                let t = lanes.suffix();
                format!("{} {scalar}{dst}, v{src}.{t}", op.mnemonic())
            }
            NeonForm::Tbl {
                dst,
                table,
                count,
                index,
            } => {
                let list: Vec<String> = (0..count)
                    .map(|i| format!("v{}.16b", (table + i) % 32))
                    .collect();
                format!("tbl v{dst}.16b, {{{}}}, v{index}.16b", list.join(", "))
            }
        })
    }
}

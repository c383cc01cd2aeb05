//! The VEX- and EVEX-encoded forms: the AVX three-operand forms of the
//! packed operations, the AVX2 broadcasts and the AVX-512 operations, each
//! as data that emits itself and spells what it intends.

use super::Draw;
use crate::{Assembler, AvxOp, EvexOp, PackedImmOp, PackedOp, PackedShift};

/// One call of a VEX- or EVEX-emitting [`Assembler`] method, with operands.
#[allow(missing_docs)] // the fields are the method's parameters
#[derive(Clone, Debug)]
pub enum VexForm {
    PackedVex {
        op: PackedOp,
        dst: u8,
        src1: u8,
        src2: u8,
    },
    PackedShiftImmVex {
        op: PackedShift,
        dst: u8,
        src: u8,
        imm: u8,
    },
    PackedImmVex {
        op: PackedImmOp,
        dst: u8,
        src1: u8,
        src2: u8,
        imm: u8,
    },
    PackedFloatCmpVex {
        double: bool,
        pred: u8,
        dst: u8,
        a: u8,
        b: u8,
    },
    Avx {
        op: AvxOp,
        dst: u8,
        src: u8,
    },
    Evex {
        op: EvexOp,
        dst: u8,
        a: u8,
        b: u8,
    },
    VpsraqImm {
        dst: u8,
        src: u8,
        imm: u8,
    },
}

/// How many kinds of VEX and EVEX forms there are.
pub const KINDS: u64 = 7;

/// One of `all`, drawn.
fn pick<T: Copy>(d: &mut Draw, all: &[T]) -> T {
    all[d.below(all.len() as u64) as usize]
}

impl VexForm {
    /// A form of kind `kind` (below [`KINDS`]) with drawn operands.
    pub(super) fn of_kind(kind: u64, d: &mut Draw) -> VexForm {
        match kind % KINDS {
            0 => VexForm::PackedVex {
                op: pick(d, &PackedOp::ALL),
                dst: d.reg(),
                src1: d.reg(),
                src2: d.reg(),
            },
            1 => VexForm::PackedShiftImmVex {
                op: pick(d, &PackedShift::ALL),
                dst: d.reg(),
                src: d.reg(),
                imm: d.below(256) as u8,
            },
            2 => VexForm::PackedImmVex {
                op: pick(d, &PackedImmOp::ALL),
                dst: d.reg(),
                src1: d.reg(),
                src2: d.reg(),
                imm: d.below(256) as u8,
            },
            3 => VexForm::PackedFloatCmpVex {
                double: d.flag(),
                pred: d.below(8) as u8,
                dst: d.reg(),
                a: d.reg(),
                b: d.reg(),
            },
            4 => VexForm::Avx {
                op: pick(d, &AvxOp::ALL),
                dst: d.reg(),
                src: d.reg(),
            },
            5 => VexForm::Evex {
                op: pick(d, &EvexOp::ALL),
                dst: d.reg(),
                a: d.reg(),
                b: d.reg(),
            },
            _ => VexForm::VpsraqImm {
                dst: d.reg(),
                src: d.reg(),
                imm: d.below(256) as u8,
            },
        }
    }

    /// The assembler method this form calls.
    pub fn method(&self) -> &'static str {
        match self {
            VexForm::PackedVex { .. } => "packed_vex",
            VexForm::PackedShiftImmVex { .. } => "packed_shift_imm_vex",
            VexForm::PackedImmVex { .. } => "packed_imm_vex",
            VexForm::PackedFloatCmpVex { .. } => "packed_float_cmp_vex",
            VexForm::Avx { .. } => "avx",
            VexForm::Evex { .. } => "evex",
            VexForm::VpsraqImm { .. } => "vpsraq_imm",
        }
    }

    /// Emits this form into `a`.
    pub fn emit(&self, a: &mut Assembler) {
        match *self {
            VexForm::PackedVex {
                op,
                dst,
                src1,
                src2,
            } => a.packed_vex(op, dst, src1, src2),
            VexForm::PackedShiftImmVex { op, dst, src, imm } => {
                a.packed_shift_imm_vex(op, dst, src, imm)
            }
            VexForm::PackedImmVex {
                op,
                dst,
                src1,
                src2,
                imm,
            } => a.packed_imm_vex(op, dst, src1, src2, imm),
            VexForm::PackedFloatCmpVex {
                double,
                pred,
                dst,
                a: x,
                b,
            } => a.packed_float_cmp_vex(double, pred, dst, x, b),
            VexForm::Avx { op, dst, src } => a.avx(op, dst, src),
            VexForm::Evex { op, dst, a: x, b } => a.evex(op, dst, x, b),
            VexForm::VpsraqImm { dst, src, imm } => a.vpsraq_imm(dst, src, imm),
        }
    }

    /// The one instruction this form intends, in llvm-mc's Intel syntax.
    pub fn spelling(&self) -> String {
        // Operand lists: `dst, src1, src2` or, reading one source, `dst, src2`.
        let regs = |three: bool, dst: u8, src1: u8, src2: u8| {
            if three {
                format!("xmm{dst}, xmm{src1}, xmm{src2}")
            } else {
                format!("xmm{dst}, xmm{src2}")
            }
        };
        match *self {
            VexForm::PackedVex {
                op,
                dst,
                src1,
                src2,
            } => format!(
                "v{} {}",
                op.mnemonic(),
                regs(op.encoding().three, dst, src1, src2)
            ),
            VexForm::PackedShiftImmVex { op, dst, src, imm } => {
                format!("v{} xmm{dst}, xmm{src}, {imm}", op.mnemonic())
            }
            VexForm::PackedImmVex {
                op,
                dst,
                src1,
                src2,
                imm,
            } => format!(
                "v{} {}, {imm}",
                op.mnemonic(),
                regs(op.encoding().three, dst, src1, src2)
            ),
            VexForm::PackedFloatCmpVex {
                double,
                pred,
                dst,
                a,
                b,
            } => format!(
                "vcmpp{} xmm{dst}, xmm{a}, xmm{b}, {pred}",
                if double { "d" } else { "s" }
            ),
            VexForm::Avx { op, dst, src } => format!("{} xmm{dst}, xmm{src}", op.mnemonic()),
            VexForm::Evex { op, dst, a, b } => {
                format!(
                    "{} {}",
                    op.mnemonic(),
                    regs(op.encoding().0.three, dst, a, b)
                )
            }
            VexForm::VpsraqImm { dst, src, imm } => format!("vpsraq xmm{dst}, xmm{src}, {imm}"),
        }
    }
}

//! Drawing and spelling the V extension's forms.

use super::{name, pick};
use crate::{Lmul, Sew, SrcKind, VSrc, VecOp};

pub(super) const SEWS: [Sew; 4] = [Sew::E8, Sew::E16, Sew::E32, Sew::E64];

/// One drawn `vec_op` call.
#[derive(Clone, Copy, Debug)]
pub struct VecBinForm {
    /// The operation.
    pub op: VecOp,
    /// Whether it is masked by v0.
    pub masked: bool,
    /// The destination.
    pub vd: u8,
    /// The second source.
    pub vs2: u8,
    /// The first source.
    pub src: VSrc,
}

impl VecBinForm {
    /// Draws an operation, one of its source kinds and registers that meet
    /// the V extension's overlap rules (a widening destination, a
    /// narrowing source and `vrgather`/`vslideup` keep clear of the others;
    /// a masked destination is never v0).
    pub fn draw(d: &mut dyn FnMut() -> u64) -> VecBinForm {
        let op = pick(d, VecOp::ALL);
        let masked = !op.on_masks() && d().is_multiple_of(3);
        let widens = matches!(
            op,
            VecOp::Vwaddu | VecOp::Vwadd | VecOp::Vwmulu | VecOp::Vwmul | VecOp::Vwmacc
        );
        let apart = matches!(op, VecOp::Vrgather | VecOp::Vslideup | VecOp::Vslidedown);
        let mut draw_in = |lo: u64, count: u64| (lo + d() % count) as u8;
        let (vd, vs2, vs1) = if widens {
            (2 * draw_in(1, 7), draw_in(16, 8), draw_in(24, 8))
        } else if op.narrows() {
            (draw_in(1, 15), 2 * draw_in(8, 8), draw_in(1, 15))
        } else if apart {
            (draw_in(1, 15), draw_in(16, 8), draw_in(24, 8))
        } else {
            let vd = if masked {
                draw_in(1, 31)
            } else {
                draw_in(0, 32)
            };
            (vd, draw_in(0, 32), draw_in(0, 32))
        };
        let src = match pick(d, op.sources()) {
            SrcKind::V => VSrc::V(vs1),
            SrcKind::X => VSrc::X(vs1),
            SrcKind::F => VSrc::F(vs1),
            SrcKind::I => VSrc::I((d() % 32) as i8 - 16),
            SrcKind::U => VSrc::I((d() % 32) as i8),
        };
        VecBinForm {
            op,
            masked,
            vd,
            vs2,
            src,
        }
    }

    /// Every operation with every source kind it has, each once masked and
    /// once not, with fixed registers that meet the overlap rules.
    pub fn every() -> Vec<VecBinForm> {
        let mut forms = Vec::new();
        for &op in VecOp::ALL {
            for (i, &kind) in op.sources().iter().enumerate() {
                for masked in [false, true] {
                    let masked = masked && !op.on_masks();
                    let (vd, vs2, vs1) = (2 + 2 * i as u8, 16 + 2 * i as u8, 25 + i as u8);
                    let value = 27 + i as u8;
                    forms.push(VecBinForm {
                        op,
                        masked,
                        vd,
                        vs2,
                        src: vec_src(kind, vs1, value),
                    });
                }
            }
        }
        forms
    }

    /// How llvm-mc spells it.
    pub fn spell(self) -> String {
        let kind = match self.src {
            VSrc::V(_) => 'v',
            VSrc::X(_) => 'x',
            VSrc::F(_) => 'f',
            VSrc::I(_) => 'i',
        };
        let suffix = if self.op.on_masks() {
            "mm".to_string()
        } else if self.op.narrows() {
            format!("w{kind}")
        } else {
            format!("v{kind}")
        };
        let src = spell_src(self.src);
        let (vd, vs2) = (self.vd, self.vs2);
        // The multiply-adds name their first source before the second.
        let operands = if matches!(self.op, VecOp::Vwmacc | VecOp::Vfmacc | VecOp::Vfnmsac) {
            format!("v{vd}, {src}, v{vs2}")
        } else {
            format!("v{vd}, v{vs2}, {src}")
        };
        let mask = if self.masked { ", v0.t" } else { "" };
        format!("{}.{suffix} {operands}{mask}", name(self.op))
    }
}

/// A source of `kind` from a drawn register number or value.
pub(super) fn vec_src(kind: SrcKind, reg: u8, value: u8) -> VSrc {
    match kind {
        SrcKind::V => VSrc::V(reg),
        SrcKind::X => VSrc::X(reg),
        SrcKind::F => VSrc::F(reg),
        SrcKind::I => VSrc::I((value % 32) as i8 - 16),
        SrcKind::U => VSrc::I((value % 32) as i8),
    }
}

/// The letter of a source kind in an instruction's name.
pub(super) fn kind_suffix(kind: SrcKind) -> char {
    match kind {
        SrcKind::V => 'v',
        SrcKind::X => 'x',
        SrcKind::F => 'f',
        SrcKind::I | SrcKind::U => 'i',
    }
}

/// A source operand as llvm-mc reads it.
pub(super) fn spell_src(src: VSrc) -> String {
    match src {
        VSrc::V(v) => format!("v{v}"),
        VSrc::X(x) => format!("x{x}"),
        VSrc::F(f) => format!("f{f}"),
        VSrc::I(i) => i.to_string(),
    }
}

/// `vsetivli` as llvm-mc reads it.
pub(super) fn spell_vsetivli(rd: u8, avl: u8, sew: Sew, lmul: Lmul, keep_tail: bool) -> String {
    let lmul = match lmul {
        Lmul::M1 => "m1",
        Lmul::Mf2 => "mf2",
    };
    let tail = if keep_tail { "tu" } else { "ta" };
    format!("vsetivli x{rd}, {avl}, e{}, {lmul}, {tail}, ma", sew.bits())
}

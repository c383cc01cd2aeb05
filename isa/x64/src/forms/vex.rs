//! The VEX- and EVEX-encoded forms: the AVX three-operand forms of the
//! packed operations, the AVX2 broadcasts and the AVX-512 operations, as a
//! form table of their own that the main one nests (its kinds follow the
//! main table's entries).

use super::draw::{below, flag, imm8, pick, reg};
use super::spelling::ps_or_pd;
use crate::{Assembler, AvxOp, EvexOp, PackedImmOp, PackedOp, PackedShift};

/// The operands of a packed operation: `dst, src1, src2`, or `dst, src2`
/// when it reads one source (`three` false).
fn regs(three: bool, dst: u8, src1: u8, src2: u8) -> String {
    if three {
        format!("xmm{dst}, xmm{src1}, xmm{src2}")
    } else {
        format!("xmm{dst}, xmm{src2}")
    }
}

kindling_isa_check::form_table! {
    /// One call of a VEX- or EVEX-emitting [`Assembler`] method, with
    /// operands.
    pub enum VexForm for Assembler;
    (asm, d, len)
    PackedVex {
        op: PackedOp = pick(d, &PackedOp::ALL), dst: u8 = reg(d), src1: u8 = reg(d),
        src2: u8 = reg(d),
    }
        "packed_vex" => asm.packed_vex(op, dst, src1, src2),
        format!("v{} {}", op.mnemonic(), regs(op.encoding().three, dst, src1, src2));
    PackedShiftImmVex {
        op: PackedShift = pick(d, &PackedShift::ALL),
        dst: u8 = reg(d), src: u8 = reg(d), imm: u8 = imm8(d),
    }
        "packed_shift_imm_vex" => asm.packed_shift_imm_vex(op, dst, src, imm),
        format!("v{} xmm{dst}, xmm{src}, {imm}", op.mnemonic());
    PackedImmVex {
        op: PackedImmOp = pick(d, &PackedImmOp::ALL),
        dst: u8 = reg(d), src1: u8 = reg(d), src2: u8 = reg(d), imm: u8 = imm8(d),
    }
        "packed_imm_vex" => asm.packed_imm_vex(op, dst, src1, src2, imm),
        format!("v{} {}, {imm}", op.mnemonic(), regs(op.encoding().three, dst, src1, src2));
    PackedFloatCmpVex {
        double: bool = flag(d), pred: u8 = below(d, 8) as u8,
        dst: u8 = reg(d), a: u8 = reg(d), b: u8 = reg(d),
    }
        "packed_float_cmp_vex" => asm.packed_float_cmp_vex(double, pred, dst, a, b),
        format!("vcmpp{} xmm{dst}, xmm{a}, xmm{b}, {pred}", ps_or_pd(double));
    Avx { op: AvxOp = pick(d, &AvxOp::ALL), dst: u8 = reg(d), src: u8 = reg(d) }
        "avx" => asm.avx(op, dst, src), format!("{} xmm{dst}, xmm{src}", op.mnemonic());
    Evex { op: EvexOp = pick(d, &EvexOp::ALL), dst: u8 = reg(d), a: u8 = reg(d), b: u8 = reg(d) }
        "evex" => asm.evex(op, dst, a, b),
        format!("{} {}", op.mnemonic(), regs(op.encoding().0.three, dst, a, b));
    VpsraqImm { dst: u8 = reg(d), src: u8 = reg(d), imm: u8 = imm8(d) }
        "vpsraq_imm" => asm.vpsraq_imm(dst, src, imm), format!("vpsraq xmm{dst}, xmm{src}, {imm}");
}

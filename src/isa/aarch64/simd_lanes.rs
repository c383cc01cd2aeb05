//! The aarch64 masm's v128 operations that reshape or cross lanes, over
//! NEON: narrowing, extending multiplies and dot products, swizzles and
//! shuffles (`tbl`), pseudo-minimum and -maximum and lane selects (`bsl` and
//! its kin), the fused relaxed multiply-adds, shifts and reductions.

use super::simd::vec_lanes;
use super::{Aarch64Masm, SCRATCH, SCRATCH2, V_SCRATCH, V_SCRATCH2};
use crate::masm::{MemSize, Reg, RegImm, SimdBinOp, SimdReduceOp, SimdShiftOp, SimdTernOp};
use kindling_isa_aarch64::{
    AddSub, Cond, Imm12, Logic, LogicalImm, Reg as HwReg, Shift, Size, VecAcross, VecArith,
    VecFloat, VecLanes, VecLogic, VecMisc, VecNarrow, VecShiftImm, ZR,
};

/// Byte `i` of a v128 constant is `1 << (i % 8)`: the weight of each byte
/// lane's bit in an `i8x16.bitmask` half.
const BYTE_BIT_WEIGHTS: u128 = 0x8040_2010_0804_0201_8040_2010_0804_0201;
/// Halfword `i` is `1 << i`.
const HALFWORD_BIT_WEIGHTS: u128 = 0x0080_0040_0020_0010_0008_0004_0002_0001;
/// Word `i` is `1 << i`.
const WORD_BIT_WEIGHTS: u128 = 0x0000_0008_0000_0004_0000_0002_0000_0001;
/// Every byte 0x01 or 0x10: the per-byte index arithmetic of shuffles.
const EVERY_BYTE: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;

impl Aarch64Masm {
    /// The `simd_binop`s that change lane widths or pick lanes, on lanes
    /// `lanes` (the result's for width-changing ones).
    pub(super) fn emit_simd_reshaping_binop(
        &mut self,
        op: SimdBinOp,
        lanes: VecLanes,
        d: HwReg,
        l: HwReg,
        r: HwReg,
    ) -> bool {
        use SimdBinOp as B;
        let double = lanes == VecLanes::D2;
        match op {
            B::NarrowS => self.narrow_pair(VecNarrow::Sqxtn, lanes, d, l, r),
            B::NarrowU => self.narrow_pair(VecNarrow::Sqxtun, lanes, d, l, r),
            B::ExtMulLowS => self.asm.vec_mull(true, lanes, false, d, l, r),
            B::ExtMulHighS => self.asm.vec_mull(true, lanes, true, d, l, r),
            B::ExtMulLowU => self.asm.vec_mull(false, lanes, false, d, l, r),
            B::ExtMulHighU => self.asm.vec_mull(false, lanes, true, d, l, r),
            // Signed products, each twice as wide, summed in adjacent pairs
            // (wrapping, as Cranelift's `addp` does for the relaxed one).
            B::DotI16x8S | B::RelaxedDotI8x16I7x16S => self.dot_pairs(lanes, d, l, r),
            // `tbl` gives 0 for indices past the table, as swizzle does.
            B::Swizzle | B::RelaxedSwizzle => {
                self.asm.tbl(d, l, 1, r);
                true
            }
            // pmin: `r < l ? r : l`, pmax: `l < r ? r : l`.
            B::FloatPMin | B::FloatPMax => {
                let (a, b) = if op == B::FloatPMin { (l, r) } else { (r, l) };
                self.asm.vec_float(VecFloat::Fcmgt, double, V_SCRATCH, a, b);
                self.select(d, V_SCRATCH, r, l);
                true
            }
            B::RelaxedMin => {
                self.asm.vec_float(VecFloat::Fmin, double, d, l, r);
                true
            }
            B::RelaxedMax => {
                self.asm.vec_float(VecFloat::Fmax, double, d, l, r);
                true
            }
            _ => false,
        }
    }

    /// `lhs`'s lanes narrowed into the low half of `dst`, then `rhs`'s into
    /// the high half (`lanes` is the result's).
    fn narrow_pair(
        &mut self,
        op: VecNarrow,
        lanes: VecLanes,
        d: HwReg,
        l: HwReg,
        r: HwReg,
    ) -> bool {
        if !op.supports(lanes) {
            return false;
        }
        // Writing the low half first would clobber `rhs` if it is `dst`.
        let to = if d == r { V_SCRATCH } else { d };
        self.asm.vec_narrow(op, lanes, false, to, l);
        self.asm.vec_narrow(op, lanes, true, to, r);
        if to != d {
            self.asm.mov_v16b(d, to);
        }
        true
    }

    /// Signed products of `a`'s and `b`'s lanes, each twice as wide, summed
    /// in adjacent pairs into lanes `lanes`. Uses `V_SCRATCH`.
    fn dot_pairs(&mut self, lanes: VecLanes, d: HwReg, a: HwReg, b: HwReg) -> bool {
        if !(self.asm.vec_mull(true, lanes, false, V_SCRATCH, a, b)) {
            return false;
        }
        self.asm.vec_mull(true, lanes, true, d, a, b);
        self.asm.vec_arith(VecArith::Addp, lanes, d, V_SCRATCH, d)
    }

    /// `dst = mask ? if_set : if_clear`, bit by bit, with whichever of
    /// `bsl`, `bit` and `bif` keeps what `dst` already holds.
    fn select(&mut self, d: HwReg, mask: HwReg, if_set: HwReg, if_clear: HwReg) {
        if d == mask {
            self.asm.vec_logic(VecLogic::Bsl, d, if_set, if_clear);
        } else if d == if_clear {
            self.asm.vec_logic(VecLogic::Bit, d, if_set, mask);
        } else if d == if_set {
            self.asm.vec_logic(VecLogic::Bif, d, if_clear, mask);
        } else {
            self.asm.mov_v16b(d, mask);
            self.asm.vec_logic(VecLogic::Bsl, d, if_set, if_clear);
        }
    }

    /// `dst = c ± a * b`, fused (`fmla`/`fmls` accumulate into `c`'s copy).
    fn fused_multiply_add(&mut self, op: VecFloat, double: bool, d: HwReg, [a, b, c]: [HwReg; 3]) {
        let acc = if d == c || (d != a && d != b) {
            d
        } else {
            V_SCRATCH
        };
        if acc != c {
            self.asm.mov_v16b(acc, c);
        }
        self.asm.vec_float(op, double, acc, a, b);
        if acc != d {
            self.asm.mov_v16b(d, acc);
        }
    }

    /// `simd_ternop`: the relaxed three-operand operators, as Cranelift
    /// gives them on aarch64.
    pub(super) fn emit_simd_ternop(
        &mut self,
        op: SimdTernOp,
        lane: MemSize,
        dst: Reg,
        operands: [Reg; 3],
    ) -> bool {
        let d = dst.hw();
        let [a, b, c] = operands.map(Reg::hw);
        let double = lane == MemSize::S64;
        match op {
            SimdTernOp::RelaxedMadd | SimdTernOp::RelaxedNmadd => {
                let fused = if op == SimdTernOp::RelaxedMadd {
                    VecFloat::Fmla
                } else {
                    VecFloat::Fmls
                };
                self.fused_multiply_add(fused, double, d, [a, b, c]);
            }
            SimdTernOp::RelaxedLaneselect => self.select(d, c, a, b),
            // 16-bit pair sums of byte products, then 32-bit pair sums of
            // those, plus `c`.
            SimdTernOp::RelaxedDotI8x16I7x16AddS => {
                self.dot_pairs(VecLanes::H8, V_SCRATCH2, a, b);
                self.asm
                    .vec_misc(VecMisc::Saddlp, VecLanes::S4, V_SCRATCH2, V_SCRATCH2);
                self.asm
                    .vec_arith(VecArith::Add, VecLanes::S4, d, V_SCRATCH2, c);
            }
        }
        true
    }

    /// `simd_shift`: the immediate forms for constant amounts, else
    /// `sshl`/`ushl` by the amount in every lane (negated for right shifts).
    pub(super) fn emit_simd_shift(
        &mut self,
        op: SimdShiftOp,
        lane: MemSize,
        dst: Reg,
        src: Reg,
        amount: RegImm,
    ) -> bool {
        let Some(lanes) = vec_lanes(lane) else {
            return false;
        };
        let (d, s) = (dst.hw(), src.hw());
        match amount {
            RegImm::Imm(n) => {
                let n = (n as u32) & (lanes.lane_bits() - 1);
                if n == 0 {
                    // `sshr`/`ushr` cannot shift by 0.
                    if d != s {
                        self.asm.mov_v16b(d, s);
                    }
                    return true;
                }
                let op = match op {
                    SimdShiftOp::Shl => VecShiftImm::Shl,
                    SimdShiftOp::ShrS => VecShiftImm::Sshr,
                    SimdShiftOp::ShrU => VecShiftImm::Ushr,
                };
                self.asm.vec_shift_imm(op, lanes, d, s, n)
            }
            RegImm::Reg(r) => {
                let r = r.hw();
                let shift = if op == SimdShiftOp::Shl {
                    r
                } else {
                    // `sshl`/`ushl` shift right by negative amounts; only
                    // each lane's low byte counts, so 32 bits will do.
                    self.asm.add_sub_rrr(AddSub::Sub, Size::S32, SCRATCH, ZR, r);
                    SCRATCH
                };
                self.asm.dup_gpr(lanes, V_SCRATCH, shift);
                let arith = if op == SimdShiftOp::ShrS {
                    VecArith::Sshl
                } else {
                    VecArith::Ushl
                };
                self.asm.vec_arith(arith, lanes, d, s, V_SCRATCH)
            }
        }
    }

    /// `cmp x16, #0` then `dst = cond` as 0 or 1.
    fn set_if_scratch_is(&mut self, size: Size, cond: Cond, dst: HwReg) {
        let zero = Imm12::new(0).expect("0 is an add/sub immediate");
        self.asm.add_sub_imm(AddSub::Subs, size, ZR, SCRATCH, zero);
        self.asm.cset(Size::S32, dst, cond);
    }

    /// `simd_reduce`: `any_true` and `all_true` from pairwise and across-lane
    /// maximums and minimums, `bitmask` from each lane's sign spread over
    /// the lane, masked to the lane's bit and summed.
    pub(super) fn emit_simd_reduce(
        &mut self,
        op: SimdReduceOp,
        lane: MemSize,
        dst: Reg,
        src: Reg,
    ) -> bool {
        let Some(lanes) = vec_lanes(lane) else {
            return false;
        };
        let (d, s) = (dst.hw(), src.hw());
        match op {
            // The pairwise maximums of the words fit in the low 64 bits.
            SimdReduceOp::AnyTrue => self.any_true_of(s, Cond::Ne, d),
            // No `uminv` for 64-bit lanes: none of them is zero.
            SimdReduceOp::AllTrue if lanes == VecLanes::D2 => {
                self.asm.vec_misc(VecMisc::Cmeq0, lanes, V_SCRATCH, s);
                self.any_true_of(V_SCRATCH, Cond::Eq, d);
            }
            SimdReduceOp::AllTrue => {
                self.asm.vec_across(VecAcross::Uminv, lanes, V_SCRATCH, s);
                self.asm.fmov_to_gpr(Size::S32, SCRATCH, V_SCRATCH);
                self.set_if_scratch_is(Size::S32, Cond::Ne, d);
            }
            SimdReduceOp::Bitmask => self.bitmask(lanes, d, s),
        }
        true
    }

    /// `dst = cond(v != 0)` for the whole 128 bits of `v`.
    fn any_true_of(&mut self, v: HwReg, cond: Cond, d: HwReg) {
        self.asm
            .vec_arith(VecArith::Umaxp, VecLanes::S4, V_SCRATCH, v, v);
        self.asm.fmov_to_gpr(Size::S64, SCRATCH, V_SCRATCH);
        self.set_if_scratch_is(Size::S64, cond, d);
    }

    /// The constant `bits` in the vector scratch register `v`: one `dup`
    /// of a general register when both halves are the same.
    fn scratch_const(&mut self, v: HwReg, bits: u128) {
        let (lo, hi) = (bits as u64, (bits >> 64) as u64);
        if lo == hi {
            self.asm.mov_imm(Size::S64, SCRATCH, lo);
            self.asm.dup_gpr(VecLanes::D2, v, SCRATCH);
        } else {
            self.emit_v128_const(Reg::fpr(v), bits);
        }
    }

    /// `*.bitmask`: lane `i`'s top bit in bit `i` of `dst`.
    fn bitmask(&mut self, lanes: VecLanes, d: HwReg, s: HwReg) {
        let weights = match lanes {
            VecLanes::B16 => BYTE_BIT_WEIGHTS,
            VecLanes::H8 => HALFWORD_BIT_WEIGHTS,
            VecLanes::S4 => WORD_BIT_WEIGHTS,
            VecLanes::D2 => {
                // Through general registers: bit 63 of each half.
                self.asm.umov_d(SCRATCH, s, 0);
                self.asm.umov_d(SCRATCH2, s, 1);
                self.asm
                    .shift_imm(Shift::Lsr, Size::S64, SCRATCH, SCRATCH, 63);
                self.asm
                    .shift_imm(Shift::Lsr, Size::S64, SCRATCH2, SCRATCH2, 62);
                let bit1 = LogicalImm::new(2, Size::S32).expect("a single bit is a bitmask");
                self.asm
                    .logic_imm(Logic::And, Size::S32, SCRATCH2, SCRATCH2, bit1);
                self.asm
                    .logic_rrr(Logic::Orr, Size::S32, d, SCRATCH, SCRATCH2);
                return;
            }
        };
        // All ones in each negative lane, then each lane's own bit.
        let sign = lanes.lane_bits() - 1;
        self.asm
            .vec_shift_imm(VecShiftImm::Sshr, lanes, V_SCRATCH, s, sign);
        self.scratch_const(V_SCRATCH2, weights);
        self.asm
            .vec_logic(VecLogic::And, V_SCRATCH, V_SCRATCH, V_SCRATCH2);
        if lanes == VecLanes::B16 {
            // Three pairwise sums leave the low eight bytes' sum in byte 0
            // and the high eight's in byte 1.
            for _ in 0..3 {
                self.asm
                    .vec_arith(VecArith::Addp, lanes, V_SCRATCH, V_SCRATCH, V_SCRATCH);
            }
            self.asm.umov(VecLanes::H8, d, V_SCRATCH, 0);
        } else {
            // `addv` zeroes the rest of the register.
            self.asm
                .vec_across(VecAcross::Addv, lanes, V_SCRATCH, V_SCRATCH);
            self.asm.fmov_to_gpr(Size::S32, d, V_SCRATCH);
        }
    }

    /// `shuffle`: one `tbl` over `lhs` alone, `rhs` alone, or both as a
    /// consecutive register pair (copied to v30/v31 unless they are one).
    pub(super) fn emit_shuffle(&mut self, dst: Reg, lhs: Reg, rhs: Reg, lanes: [u8; 16]) -> bool {
        let (d, l, r) = (dst.hw(), lhs.hw(), rhs.hw());
        let index = u128::from_le_bytes(lanes);
        let single = if l == r {
            Some((l, index & (EVERY_BYTE * 0x0f)))
        } else if lanes.iter().all(|&i| i < 16) {
            Some((l, index))
        } else if lanes.iter().all(|&i| i >= 16) {
            Some((r, index - EVERY_BYTE * 0x10))
        } else {
            None
        };
        if let Some((table, index)) = single {
            self.scratch_const(V_SCRATCH, index);
            self.asm.tbl(d, table, 1, V_SCRATCH);
        } else if r == (l + 1) % 32 {
            self.scratch_const(V_SCRATCH, index);
            self.asm.tbl(d, l, 2, V_SCRATCH);
        } else {
            // v30 and v31 make a pair; `dst` is free once both are copied.
            self.asm.mov_v16b(V_SCRATCH2, l);
            self.asm.mov_v16b(V_SCRATCH, r);
            self.emit_v128_const(dst, index);
            self.asm.tbl(d, V_SCRATCH2, 2, d);
        }
        true
    }
}

//! Drawing forms with pseudo-random operands: [`Form::generate`] and
//! [`Form::of_kind`], for the encoding test and the `encode_aarch64` fuzz
//! target.

use super::{spelling, Form, KINDS};
use crate::{
    AddSub, Cond, Extend, FpBinOp, FpUnOp, Imm12, Logic, LogicalImm, MemOp, Reg, Shift, Size,
    VecArith, VecFloat, VecFloatUnary, VecLanes, VecLogic, ALL_CONDS,
};

const ADD_SUBS: [AddSub; 4] = [AddSub::Add, AddSub::Adds, AddSub::Sub, AddSub::Subs];
const LOGICS: [Logic; 4] = [Logic::And, Logic::Orr, Logic::Eor, Logic::Ands];
const SHIFTS: [Shift; 4] = [Shift::Lsl, Shift::Lsr, Shift::Asr, Shift::Ror];
const EXTENDS: [Extend; 5] = [
    Extend::Sxtb,
    Extend::Sxth,
    Extend::Sxtw,
    Extend::Uxtb,
    Extend::Uxth,
];
const MEM_OPS: [MemOp; 19] = [
    MemOp::Ldr64,
    MemOp::Ldr32,
    MemOp::Ldrh,
    MemOp::Ldrb,
    MemOp::Ldrsb64,
    MemOp::Ldrsb32,
    MemOp::Ldrsh64,
    MemOp::Ldrsh32,
    MemOp::Ldrsw,
    MemOp::Str64,
    MemOp::Str32,
    MemOp::Strh,
    MemOp::Strb,
    MemOp::LdrD,
    MemOp::LdrS,
    MemOp::LdrQ,
    MemOp::StrD,
    MemOp::StrS,
    MemOp::StrQ,
];
const FP_BINOPS: [FpBinOp; 6] = [
    FpBinOp::Add,
    FpBinOp::Sub,
    FpBinOp::Mul,
    FpBinOp::Div,
    FpBinOp::Max,
    FpBinOp::Min,
];
const FP_UNOPS: [FpUnOp; 8] = [
    FpUnOp::Mov,
    FpUnOp::Abs,
    FpUnOp::Neg,
    FpUnOp::Sqrt,
    FpUnOp::RoundNearest,
    FpUnOp::Ceil,
    FpUnOp::Floor,
    FpUnOp::Trunc,
];

/// Operands drawn from a source of raw numbers.
struct Draw<'a>(&'a mut dyn FnMut() -> u64);

impl Draw<'_> {
    fn below(&mut self, n: u64) -> u64 {
        (self.0)() % n
    }
    fn flag(&mut self) -> bool {
        self.below(2) == 1
    }
    /// x0..x30: a general register that is not zr/sp.
    fn gpr(&mut self) -> Reg {
        self.below(31) as Reg
    }
    /// x0..x30 or zr.
    fn gpr_or_zr(&mut self) -> Reg {
        self.below(32) as Reg
    }
    fn vreg(&mut self) -> Reg {
        self.below(32) as Reg
    }
    fn size(&mut self) -> Size {
        if self.flag() {
            Size::S64
        } else {
            Size::S32
        }
    }
    fn cond(&mut self) -> Cond {
        ALL_CONDS[self.below(ALL_CONDS.len() as u64) as usize]
    }
    fn pick<T: Copy>(&mut self, all: &[T]) -> T {
        all[self.below(all.len() as u64) as usize]
    }
    fn imm12(&mut self) -> Imm12 {
        let v = self.below(4096);
        let v = if self.flag() { v << 12 } else { v };
        Imm12::new(v).unwrap_or(Imm12::new(0).expect("0 fits"))
    }
    /// A bitmask immediate: a rotated run of ones in a replicated element.
    fn logical(&mut self, size: Size) -> LogicalImm {
        let element = 2u32 << self.below(u64::from(size.bits().trailing_zeros()));
        let ones = 1 + self.below(u64::from(element - 1)) as u32;
        let rotation = self.below(u64::from(element)) as u32;
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
        LogicalImm::new(value, size)
            .unwrap_or_else(|| LogicalImm::new(1, size).expect("a single bit is a bitmask"))
    }
    /// An offset that `op`'s immediate forms take: scaled or unscaled.
    fn offset(&mut self, op: MemOp) -> i64 {
        if self.flag() {
            (self.below(4096) as i64) << op.scale()
        } else {
            self.below(512) as i64 - 256
        }
    }
    /// Two registers and a base (sp for 31), all different: a written-back
    /// base that is also transferred is unpredictable.
    fn distinct_pair(&mut self) -> (Reg, Reg, Reg) {
        let a = self.gpr();
        let b = (a + 1 + self.below(30) as Reg) % 31;
        let mut base = self.gpr_or_zr();
        while base == a || base == b {
            base = (base + 1) % 32;
        }
        (a, b, base)
    }
    fn pair_offset(&mut self) -> i16 {
        (self.below(128) as i16 - 64) * 8
    }
}

impl Form {
    /// A form of any kind, with operands from `next`.
    pub fn generate(next: &mut dyn FnMut() -> u64) -> Form {
        let kind = next() % KINDS;
        Form::of_kind(kind, next)
    }

    /// The form of kind `kind` (`0..KINDS`, taken modulo), with operands
    /// from `next`.
    pub fn of_kind(kind: u64, next: &mut dyn FnMut() -> u64) -> Form {
        let mut d = Draw(next);
        let d = &mut d;
        match kind % KINDS {
            0 => Form::MovRr {
                size: d.size(),
                dst: d.gpr(),
                src: d.gpr(),
            },
            1 => Form::MovSp {
                to_sp: d.flag(),
                reg: d.gpr(),
            },
            2 => Form::Movz {
                size: d.size(),
                dst: d.gpr(),
                imm16: d.below(65536) as u16,
                halfword: d.below(4) as u8,
            },
            3 => Form::Movn {
                size: d.size(),
                dst: d.gpr(),
                imm16: d.below(65536) as u16,
                halfword: d.below(4) as u8,
            },
            4 => Form::Movk {
                size: d.size(),
                dst: d.gpr(),
                imm16: d.below(65536) as u16,
                halfword: d.below(4) as u8,
            },
            5 => Form::AddSubRrr {
                op: d.pick(&ADD_SUBS),
                size: d.size(),
                dst: d.gpr_or_zr(),
                a: d.gpr(),
                b: d.gpr_or_zr(),
            },
            6 => Form::AddSubImm {
                op: d.pick(&ADD_SUBS),
                size: d.size(),
                dst: d.gpr_or_zr(),
                a: d.gpr_or_zr(),
                imm: d.imm12(),
            },
            7 => Form::AddSubSpReg {
                op: d.pick(&[AddSub::Add, AddSub::Sub]),
                src: d.gpr(),
            },
            8 => Form::LogicRrr {
                op: d.pick(&LOGICS),
                size: d.size(),
                dst: d.gpr_or_zr(),
                a: d.gpr(),
                b: d.gpr_or_zr(),
            },
            9 => {
                let size = d.size();
                let op = d.pick(&LOGICS);
                // Register 31 is sp as the destination of and/orr/eor.
                let dst = if op == Logic::Ands {
                    d.gpr_or_zr()
                } else {
                    d.gpr()
                };
                Form::LogicImm {
                    op,
                    size,
                    dst,
                    a: d.gpr_or_zr(),
                    imm: d.logical(size),
                }
            }
            10 => Form::Madd {
                size: d.size(),
                dst: d.gpr(),
                a: d.gpr(),
                b: d.gpr(),
                c: d.gpr_or_zr(),
            },
            11 => Form::Msub {
                size: d.size(),
                dst: d.gpr(),
                a: d.gpr(),
                b: d.gpr(),
                c: d.gpr_or_zr(),
            },
            12 => Form::Div {
                signed: d.flag(),
                size: d.size(),
                dst: d.gpr(),
                a: d.gpr(),
                b: d.gpr(),
            },
            13 => Form::ShiftRrr {
                op: d.pick(&SHIFTS),
                size: d.size(),
                dst: d.gpr(),
                a: d.gpr(),
                amount: d.gpr(),
            },
            14 => Form::ShiftImm {
                op: d.pick(&SHIFTS),
                size: d.size(),
                dst: d.gpr(),
                a: d.gpr(),
                amount: d.below(64) as u8,
            },
            15 => Form::Clz {
                size: d.size(),
                dst: d.gpr(),
                src: d.gpr(),
            },
            16 => Form::Rbit {
                size: d.size(),
                dst: d.gpr(),
                src: d.gpr(),
            },
            17 => {
                let op = d.pick(&EXTENDS);
                let size = if op == Extend::Sxtw {
                    Size::S64
                } else {
                    d.size()
                };
                Form::Extend {
                    op,
                    size,
                    dst: d.gpr(),
                    src: d.gpr(),
                }
            }
            18 => Form::Csel {
                size: d.size(),
                dst: d.gpr(),
                t: d.gpr_or_zr(),
                f: d.gpr_or_zr(),
                cond: d.cond(),
            },
            19 => Form::Cset {
                size: d.size(),
                dst: d.gpr(),
                cond: d.cond(),
            },
            20 => {
                let op = d.pick(&MEM_OPS);
                let reg = if spelling::is_vector(op) {
                    d.vreg()
                } else {
                    d.gpr()
                };
                Form::MemImm {
                    op,
                    reg,
                    base: d.gpr_or_zr(),
                    offset: d.offset(op),
                }
            }
            21 => {
                let op = d.pick(&MEM_OPS);
                let reg = if spelling::is_vector(op) {
                    d.vreg()
                } else {
                    d.gpr()
                };
                Form::MemReg {
                    op,
                    reg,
                    base: d.gpr_or_zr(),
                    index: d.gpr(),
                }
            }
            22 => {
                let (a, b, base) = d.distinct_pair();
                Form::StpPre {
                    a,
                    b,
                    base,
                    offset: d.pair_offset(),
                }
            }
            23 => {
                let (a, b, base) = d.distinct_pair();
                Form::LdpPost {
                    a,
                    b,
                    base,
                    offset: d.pair_offset(),
                }
            }
            24 => Form::B { backward: d.flag() },
            25 => Form::BCond {
                cond: d.cond(),
                backward: d.flag(),
            },
            26 => Form::Cbz {
                nonzero: d.flag(),
                size: d.size(),
                reg: d.gpr(),
                backward: d.flag(),
            },
            27 => Form::Adr {
                dst: d.gpr(),
                backward: d.flag(),
            },
            28 => Form::BlReloc,
            29 => Form::BReloc,
            30 => Form::Br { target: d.gpr() },
            31 => Form::Blr { target: d.gpr() },
            32 => Form::Ret,
            33 => Form::Udf {
                imm16: d.below(65536) as u16,
            },
            34 => Form::FpBinop {
                op: d.pick(&FP_BINOPS),
                size: d.size(),
                dst: d.vreg(),
                a: d.vreg(),
                b: d.vreg(),
            },
            35 => Form::FpUnop {
                op: d.pick(&FP_UNOPS),
                size: d.size(),
                dst: d.vreg(),
                src: d.vreg(),
            },
            36 => Form::Fcmp {
                size: d.size(),
                a: d.vreg(),
                b: d.vreg(),
            },
            37 => Form::Fcvt {
                to: d.size(),
                dst: d.vreg(),
                src: d.vreg(),
            },
            38 => Form::IntToFloat {
                signed: d.flag(),
                int: d.size(),
                float: d.size(),
                dst: d.vreg(),
                src: d.gpr_or_zr(),
            },
            39 => Form::FloatToInt {
                signed: d.flag(),
                float: d.size(),
                int: d.size(),
                dst: d.gpr_or_zr(),
                src: d.vreg(),
            },
            40 => Form::FmovToGpr {
                size: d.size(),
                dst: d.gpr_or_zr(),
                src: d.vreg(),
            },
            41 => Form::FmovFromGpr {
                size: d.size(),
                dst: d.vreg(),
                src: d.gpr_or_zr(),
            },
            42 => Form::Cnt8b {
                dst: d.vreg(),
                src: d.vreg(),
            },
            43 => Form::Addv8b {
                dst: d.vreg(),
                src: d.vreg(),
            },
            44 => Form::MovV16b {
                dst: d.vreg(),
                src: d.vreg(),
            },
            45 => Form::DupLane0 {
                wide: d.flag(),
                dst: d.vreg(),
                src: d.vreg(),
            },
            46 => Form::Uxtl2d {
                dst: d.vreg(),
                src: d.vreg(),
            },
            47 => Form::Ucvtf2d {
                dst: d.vreg(),
                src: d.vreg(),
            },
            48 => {
                let lanes = d.pick(&VecLanes::ALL);
                let mut op = d.pick(&VecArith::ALL);
                if !op.supports(lanes) {
                    op = VecArith::Add;
                }
                Form::VecArith {
                    op,
                    lanes,
                    dst: d.vreg(),
                    a: d.vreg(),
                    b: d.vreg(),
                }
            }
            49 => Form::VecLogic {
                op: d.pick(&VecLogic::ALL),
                dst: d.vreg(),
                a: d.vreg(),
                b: d.vreg(),
            },
            53 => Form::VecFloat {
                op: d.pick(&VecFloat::ALL),
                double: d.flag(),
                dst: d.vreg(),
                a: d.vreg(),
                b: d.vreg(),
            },
            54 => Form::VecFloatUnary {
                op: d.pick(&VecFloatUnary::ALL),
                double: d.flag(),
                dst: d.vreg(),
                src: d.vreg(),
            },
            55 => Form::VecNot {
                dst: d.vreg(),
                src: d.vreg(),
            },
            50 => Form::InsD {
                dst: d.vreg(),
                lane: d.below(2) as u8,
                src: d.gpr_or_zr(),
            },
            51 => Form::UmovD {
                dst: d.gpr_or_zr(),
                src: d.vreg(),
                lane: d.below(2) as u8,
            },
            56 => Form::Csdb,
            57 => Form::VecAbs {
                lanes: d.pick(&VecLanes::ALL),
                dst: d.vreg(),
                src: d.vreg(),
            },
            58 => Form::Cnt16b {
                dst: d.vreg(),
                src: d.vreg(),
            },
            59 => Form::DupGpr {
                lanes: d.pick(&VecLanes::ALL),
                dst: d.vreg(),
                src: d.gpr_or_zr(),
            },
            60 => Form::Umov {
                lanes: d.pick(&VecLanes::ALL),
                dst: d.gpr_or_zr(),
                src: d.vreg(),
                index: d.below(16) as u8,
            },
            61 => Form::SmovW {
                lanes: d.pick(&[VecLanes::B16, VecLanes::H8]),
                dst: d.gpr_or_zr(),
                src: d.vreg(),
                index: d.below(16) as u8,
            },
            62 => Form::DupScalar {
                double: d.flag(),
                dst: d.vreg(),
                src: d.vreg(),
                index: d.below(4) as u8,
            },
            63 => Form::InsGpr {
                lanes: d.pick(&VecLanes::ALL),
                dst: d.vreg(),
                index: d.below(16) as u8,
                src: d.gpr_or_zr(),
            },
            64 => Form::InsElem {
                lanes: d.pick(&VecLanes::ALL),
                dst: d.vreg(),
                index: d.below(16) as u8,
                src: d.vreg(),
            },
            k @ 65.. => Form::Neon(super::NeonForm::of_kind(k - 65, &mut *d.0)),
            _ => Form::Nop,
        }
    }
}

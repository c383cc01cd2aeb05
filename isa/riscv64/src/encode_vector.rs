//! The V extension's (1.0) instructions: `vsetivli`, unit-stride and
//! whole-register loads and stores, the OP-V arithmetic of the integer
//! (`OPIV*`), multiply and mask (`OPMV*`) and float (`OPFV*`) groups, their
//! unary forms, and the moves between vector elements and scalar registers.
//! Every instruction is one word; `v0.t` masking is what the `masked`
//! arguments select.

use crate::vector::{Group, Lmul, Sew, VReg, VSrc, VecOp, VecToScalar, VecUnary};
use crate::{Assembler, FReg, Reg};

const OP_V: u32 = 0x57;
const LOAD_FP: u32 = 0x07;
const STORE_FP: u32 = 0x27;

/// The `funct3` and first-source field of `src` in `group` (a kind the
/// group has no form for encodes as another group's; the form table draws
/// only the kinds `VecOp::sources` lists).
fn funct3(group: Group, src: VSrc) -> (u32, u32) {
    match (src, group) {
        (VSrc::V(v), Group::Int) => (0, u32::from(v)),
        (VSrc::V(v), Group::Float) => (1, u32::from(v)),
        (VSrc::V(v), Group::Mul) => (2, u32::from(v)),
        (VSrc::I(i), _) => (3, (i as u32) & 31),
        (VSrc::X(x), Group::Mul) => (6, u32::from(x)),
        (VSrc::X(x), _) => (4, u32::from(x)),
        (VSrc::F(f), _) => (5, u32::from(f)),
    }
}

fn op_v(funct6: u32, masked: bool, vs2: u8, src1: u32, funct3: u32, vd: u8) -> u32 {
    funct6 << 26
        | u32::from(!masked) << 25
        | u32::from(vs2 & 31) << 20
        | (src1 & 31) << 15
        | funct3 << 12
        | u32::from(vd & 31) << 7
        | OP_V
}

/// The width field of a unit-stride load or store of `sew` elements.
fn mem_width(sew: Sew) -> u32 {
    match sew {
        Sew::E8 => 0,
        Sew::E16 => 5,
        Sew::E32 => 6,
        Sew::E64 => 7,
    }
}

impl Assembler {
    /// `vsetivli rd, avl, sew, lmul, ta|tu, ma`: `avl` (0..=31) elements of
    /// `sew`, masked-off elements agnostic, and the elements past `avl`
    /// agnostic or (`keep_tail`) undisturbed.
    pub fn vsetivli(&mut self, rd: Reg, avl: u8, sew: Sew, lmul: Lmul, keep_tail: bool) {
        let lmul = match lmul {
            Lmul::M1 => 0,
            Lmul::Mf2 => 7,
        };
        let vtype = 1 << 7 | u32::from(!keep_tail) << 6 | sew.code() << 3 | lmul;
        let word = 3 << 30
            | vtype << 20
            | u32::from(avl & 31) << 15
            | 7 << 12
            | u32::from(rd & 31) << 7
            | OP_V;
        self.word(word);
    }

    /// `op vd, vs2, src` (with `v0.t` when `masked`).
    pub fn vec_op(&mut self, op: VecOp, vd: VReg, vs2: VReg, src: VSrc, masked: bool) {
        let (funct6, group) = op.encoding();
        let (f3, src1) = funct3(group, src);
        self.word(op_v(funct6, masked, vs2, src1, f3, vd));
    }

    /// `op vd, vs2` (with `v0.t` when `masked`).
    pub fn vec_unary(&mut self, op: VecUnary, vd: VReg, vs2: VReg, masked: bool) {
        let (funct6, group, vs1) = op.encoding();
        let f3 = if group == Group::Mul { 2 } else { 1 };
        self.word(op_v(funct6, masked, vs2, u32::from(vs1), f3, vd));
    }

    /// `vmerge.v{v,x,i}m vd, vs2, src, v0`: `src` where v0's bit is set,
    /// `vs2` elsewhere.
    pub fn vmerge(&mut self, vd: VReg, vs2: VReg, src: VSrc) {
        let (f3, src1) = funct3(Group::Int, src);
        self.word(op_v(0x17, true, vs2, src1, f3, vd));
    }

    /// `vmv.v.{v,x,i} vd, src` or `vfmv.v.f vd, src`: every element.
    pub fn vmv_v(&mut self, vd: VReg, src: VSrc) {
        let group = if matches!(src, VSrc::F(_)) {
            Group::Float
        } else {
            Group::Int
        };
        let (f3, src1) = funct3(group, src);
        self.word(op_v(0x17, false, 0, src1, f3, vd));
    }

    /// `vmv.s.x vd, rs1` (an integer register) or `vfmv.s.f vd, fs1`:
    /// element 0.
    pub fn vmv_s(&mut self, vd: VReg, src: VSrc) {
        let (f3, src1) = match src {
            VSrc::F(f) => (5, u32::from(f)),
            VSrc::X(x) | VSrc::V(x) => (6, u32::from(x)),
            VSrc::I(i) => (6, (i as u32) & 31),
        };
        self.word(op_v(0x10, false, 0, src1, f3, vd));
    }

    /// `op rd, vs2`: element 0 or a mask count into an integer register.
    pub fn vec_to_scalar(&mut self, op: VecToScalar, rd: Reg, vs2: VReg) {
        let vs1 = match op {
            VecToScalar::VmvXS => 0,
            VecToScalar::VcpopM => 0x10,
            VecToScalar::VfirstM => 0x11,
        };
        self.word(op_v(0x10, false, vs2, vs1, 2, rd));
    }

    /// `vfmv.f.s fd, vs2`: element 0 into a float register.
    pub fn vfmv_f_s(&mut self, fd: FReg, vs2: VReg) {
        self.word(op_v(0x10, false, vs2, 0, 1, fd));
    }

    /// `vid.v vd`: each element its own index.
    pub fn vid(&mut self, vd: VReg) {
        self.word(op_v(0x14, false, 0, 0x11, 2, vd));
    }

    /// `vmv1r.v vd, vs2`: the whole register.
    pub fn vmv1r(&mut self, vd: VReg, vs2: VReg) {
        self.word(op_v(0x27, false, vs2, 0, 3, vd));
    }

    /// `vle<sew>.v vd, (base)`: `vl` elements.
    pub fn vle(&mut self, sew: Sew, vd: VReg, base: Reg) {
        self.word(vec_mem(0, mem_width(sew), vd, base, LOAD_FP));
    }

    /// `vse<sew>.v vs3, (base)`: `vl` elements.
    pub fn vse(&mut self, sew: Sew, vs3: VReg, base: Reg) {
        self.word(vec_mem(0, mem_width(sew), vs3, base, STORE_FP));
    }

    /// `vl1re8.v vd, (base)`: the whole register, whatever `vtype` is.
    pub fn vl1r(&mut self, vd: VReg, base: Reg) {
        self.word(vec_mem(8, 0, vd, base, LOAD_FP));
    }

    /// `vs1r.v vs3, (base)`: the whole register, whatever `vtype` is.
    pub fn vs1r(&mut self, vs3: VReg, base: Reg) {
        self.word(vec_mem(8, 0, vs3, base, STORE_FP));
    }
}

/// A unit-stride (`lumop` 0) or whole-register (`lumop` 8) access.
fn vec_mem(lumop: u32, width: u32, v: VReg, base: Reg, opcode: u32) -> u32 {
    1 << 25
        | lumop << 20
        | u32::from(base & 31) << 15
        | width << 12
        | u32::from(v & 31) << 7
        | opcode
}

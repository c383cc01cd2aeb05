//! The instruction-emitting methods, one 32-bit word each (two or three for
//! long branches and constants).

use crate::fixup::{branch_reaches, jal_reaches, Fixup, AUIPC_T6, JALR_T6, JAL_ZERO};
use crate::{
    AluOp, AluWOp, Assembler, BitOp, BranchCond, Imm12, Imm20, ImmOp, Label, LoadOp, Reg,
    ShiftImmOp, StoreOp, RA, ZERO,
};

pub(crate) const OP: u32 = 0x33;
const OP_32: u32 = 0x3b;
const OP_IMM: u32 = 0x13;
const OP_IMM_32: u32 = 0x1b;
const LOAD: u32 = 0x03;
const STORE: u32 = 0x23;
const BRANCH: u32 = 0x63;
const JALR: u32 = 0x67;
const LUI: u32 = 0x37;
const AUIPC: u32 = 0x17;

pub(crate) fn r_type(funct7: u32, rs2: Reg, rs1: Reg, funct3: u32, rd: Reg, opcode: u32) -> u32 {
    funct7 << 25
        | u32::from(rs2 & 31) << 20
        | u32::from(rs1 & 31) << 15
        | funct3 << 12
        | u32::from(rd & 31) << 7
        | opcode
}

pub(crate) fn i_type(imm: i64, rs1: Reg, funct3: u32, rd: Reg, opcode: u32) -> u32 {
    ((imm as u32) & 0xfff) << 20
        | u32::from(rs1 & 31) << 15
        | funct3 << 12
        | u32::from(rd & 31) << 7
        | opcode
}

/// An S-type word: `imm` split around the two source registers.
pub(crate) fn s_type(imm: i64, rs2: Reg, rs1: Reg, funct3: u32, opcode: u32) -> u32 {
    let imm = imm as u32;
    ((imm >> 5) & 0x7f) << 25
        | u32::from(rs2 & 31) << 20
        | u32::from(rs1 & 31) << 15
        | funct3 << 12
        | (imm & 0x1f) << 7
        | opcode
}

fn branch_funct3(cond: BranchCond) -> u32 {
    match cond {
        BranchCond::Eq => 0,
        BranchCond::Ne => 1,
        BranchCond::Lt => 4,
        BranchCond::Ge => 5,
        BranchCond::Ltu => 6,
        BranchCond::Geu => 7,
    }
}

/// `value` sign-extended from its low 12 bits.
fn low12(value: i64) -> i64 {
    ((value & 0xfff) ^ 0x800) - 0x800
}

impl Assembler {
    /// `op rd, rs1, rs2` (64-bit, or M).
    pub fn alu(&mut self, op: AluOp, rd: Reg, rs1: Reg, rs2: Reg) {
        let (funct7, funct3) = match op {
            AluOp::Add => (0, 0),
            AluOp::Sub => (0x20, 0),
            AluOp::Sll => (0, 1),
            AluOp::Slt => (0, 2),
            AluOp::Sltu => (0, 3),
            AluOp::Xor => (0, 4),
            AluOp::Srl => (0, 5),
            AluOp::Sra => (0x20, 5),
            AluOp::Or => (0, 6),
            AluOp::And => (0, 7),
            AluOp::Mul => (1, 0),
            AluOp::Mulh => (1, 1),
            AluOp::Mulhsu => (1, 2),
            AluOp::Mulhu => (1, 3),
            AluOp::Div => (1, 4),
            AluOp::Divu => (1, 5),
            AluOp::Rem => (1, 6),
            AluOp::Remu => (1, 7),
            AluOp::Andn => (0x20, 7),
            AluOp::Orn => (0x20, 6),
            AluOp::Xnor => (0x20, 4),
            AluOp::Min => (5, 4),
            AluOp::Minu => (5, 5),
            AluOp::Max => (5, 6),
            AluOp::Maxu => (5, 7),
            AluOp::Rol => (0x30, 1),
            AluOp::Ror => (0x30, 5),
            AluOp::Sh1add => (0x10, 2),
            AluOp::Sh2add => (0x10, 4),
            AluOp::Sh3add => (0x10, 6),
        };
        self.word(r_type(funct7, rs2, rs1, funct3, rd, OP));
    }

    /// `op rd, rs1, rs2` on the low 32 bits, sign-extending the result.
    pub fn alu_w(&mut self, op: AluWOp, rd: Reg, rs1: Reg, rs2: Reg) {
        let (funct7, funct3) = match op {
            AluWOp::Addw => (0, 0),
            AluWOp::Subw => (0x20, 0),
            AluWOp::Sllw => (0, 1),
            AluWOp::Srlw => (0, 5),
            AluWOp::Sraw => (0x20, 5),
            AluWOp::Mulw => (1, 0),
            AluWOp::Divw => (1, 4),
            AluWOp::Divuw => (1, 5),
            AluWOp::Remw => (1, 6),
            AluWOp::Remuw => (1, 7),
            AluWOp::AddUw => (4, 0),
            AluWOp::Rolw => (0x30, 1),
            AluWOp::Rorw => (0x30, 5),
        };
        self.word(r_type(funct7, rs2, rs1, funct3, rd, OP_32));
    }

    /// `op rd, rs1, imm`.
    pub fn alu_imm(&mut self, op: ImmOp, rd: Reg, rs1: Reg, imm: Imm12) {
        let funct3 = match op {
            ImmOp::Addi => 0,
            ImmOp::Slti => 2,
            ImmOp::Sltiu => 3,
            ImmOp::Xori => 4,
            ImmOp::Ori => 6,
            ImmOp::Andi => 7,
        };
        self.word(i_type(imm.get(), rs1, funct3, rd, OP_IMM));
    }

    /// `addiw rd, rs1, imm`: a 32-bit add, sign-extending the result.
    pub fn addiw(&mut self, rd: Reg, rs1: Reg, imm: Imm12) {
        self.word(i_type(imm.get(), rs1, 0, rd, OP_IMM_32));
    }

    /// `op rd, rs1, amount`; the amount is taken modulo the width (64, or
    /// 32 for the `w` forms).
    pub fn shift_imm(&mut self, op: ShiftImmOp, rd: Reg, rs1: Reg, amount: u8) {
        let (high, funct3, opcode, mask) = match op {
            ShiftImmOp::Slli => (0, 1, OP_IMM, 63),
            ShiftImmOp::Srli => (0, 5, OP_IMM, 63),
            ShiftImmOp::Srai => (0x400, 5, OP_IMM, 63),
            ShiftImmOp::Slliw => (0, 1, OP_IMM_32, 31),
            ShiftImmOp::Srliw => (0, 5, OP_IMM_32, 31),
            ShiftImmOp::Sraiw => (0x400, 5, OP_IMM_32, 31),
            ShiftImmOp::Rori => (0x600, 5, OP_IMM, 63),
            ShiftImmOp::Roriw => (0x600, 5, OP_IMM_32, 31),
            ShiftImmOp::SlliUw => (0x080, 1, OP_IMM_32, 63),
        };
        let imm = high | i64::from(amount & mask);
        self.word(i_type(imm, rs1, funct3, rd, opcode));
    }

    /// `op rd, rs` (Zbb).
    pub fn bit_op(&mut self, op: BitOp, rd: Reg, rs: Reg) {
        let word = match op {
            BitOp::Clz => i_type(0x600, rs, 1, rd, OP_IMM),
            BitOp::Ctz => i_type(0x601, rs, 1, rd, OP_IMM),
            BitOp::Cpop => i_type(0x602, rs, 1, rd, OP_IMM),
            BitOp::SextB => i_type(0x604, rs, 1, rd, OP_IMM),
            BitOp::SextH => i_type(0x605, rs, 1, rd, OP_IMM),
            BitOp::Clzw => i_type(0x600, rs, 1, rd, OP_IMM_32),
            BitOp::Ctzw => i_type(0x601, rs, 1, rd, OP_IMM_32),
            BitOp::Cpopw => i_type(0x602, rs, 1, rd, OP_IMM_32),
            BitOp::ZextH => r_type(4, ZERO, rs, 4, rd, OP_32),
            BitOp::Rev8 => i_type(0x6b8, rs, 5, rd, OP_IMM),
        };
        self.word(word);
    }

    /// A load of `op`'s width from `offset(base)` into `rd`.
    pub fn load(&mut self, op: LoadOp, rd: Reg, base: Reg, offset: Imm12) {
        let funct3 = match op {
            LoadOp::Lb => 0,
            LoadOp::Lh => 1,
            LoadOp::Lw => 2,
            LoadOp::Ld => 3,
            LoadOp::Lbu => 4,
            LoadOp::Lhu => 5,
            LoadOp::Lwu => 6,
        };
        self.word(i_type(offset.get(), base, funct3, rd, LOAD));
    }

    /// A store of `op`'s width of `src` to `offset(base)`.
    pub fn store(&mut self, op: StoreOp, src: Reg, base: Reg, offset: Imm12) {
        let funct3 = match op {
            StoreOp::Sb => 0,
            StoreOp::Sh => 1,
            StoreOp::Sw => 2,
            StoreOp::Sd => 3,
        };
        self.word(s_type(offset.get(), src, base, funct3, STORE));
    }

    /// `lui rd, imm`: `rd = sign_extend(imm << 12)`.
    pub fn lui(&mut self, rd: Reg, imm: Imm20) {
        self.word(imm.get() << 12 | u32::from(rd & 31) << 7 | LUI);
    }

    /// `auipc rd, imm`: `rd = pc + sign_extend(imm << 12)`.
    pub fn auipc(&mut self, rd: Reg, imm: Imm20) {
        self.word(imm.get() << 12 | u32::from(rd & 31) << 7 | AUIPC);
    }

    /// `jalr rd, offset(rs1)`.
    pub fn jalr(&mut self, rd: Reg, rs1: Reg, offset: Imm12) {
        self.word(i_type(offset.get(), rs1, 0, rd, JALR));
        if rd == ZERO {
            self.buf.barrier();
        }
    }

    /// `ret` (`jalr zero, 0(ra)`).
    pub fn ret(&mut self) {
        self.jalr(ZERO, RA, Imm12::new(0).expect("0 fits"));
    }

    /// `b<cond> rs1, rs2, label`. A backward target out of a branch's reach
    /// gets the inverted branch over a `j label`.
    pub fn branch(&mut self, cond: BranchCond, rs1: Reg, rs2: Reg, label: Label) {
        let word = branch_funct3(cond) << 12
            | u32::from(rs2 & 31) << 20
            | u32::from(rs1 & 31) << 15
            | BRANCH;
        let far = self
            .buf
            .bound(label)
            .is_some_and(|at| !branch_reaches(i64::from(at) - i64::from(self.offset())));
        if !far {
            self.buf.reference(label, Fixup::Branch);
            self.word(word);
            return;
        }
        let skip = self.new_label();
        self.branch(cond.invert(), rs1, rs2, skip);
        self.j(label);
        self.bind(skip);
    }

    /// `j label` (`jal zero, label`); `auipc t6` + `jalr` for a backward
    /// target out of `jal`'s reach.
    pub fn j(&mut self, label: Label) {
        let far = self
            .buf
            .bound(label)
            .is_some_and(|at| !jal_reaches(i64::from(at) - i64::from(self.offset())));
        if far {
            self.buf.reference(label, Fixup::Far);
            self.word(AUIPC_T6);
            self.word(JALR_T6);
        } else {
            self.buf.reference(label, Fixup::Jal);
            self.word(JAL_ZERO);
        }
        self.buf.barrier();
    }

    /// `j label` as exactly one `jal zero` word, for jump tables: a
    /// forward target out of reach gets a veneer, a backward one is an error
    /// when the code is finished.
    pub fn j_word(&mut self, label: Label) {
        self.buf.reference(label, Fixup::Jal);
        self.word(JAL_ZERO);
        self.buf.barrier();
    }

    /// `ebreak`; returns its offset (for the trap table).
    pub fn ebreak(&mut self) -> u32 {
        let at = self.offset();
        self.word(0x0010_0073);
        at
    }

    /// `unimp` (`csrrw zero, cycle, zero`, which raises SIGILL); returns
    /// its offset (for the trap table).
    pub fn unimp(&mut self) -> u32 {
        let at = self.offset();
        self.word(0xc000_1073);
        at
    }

    /// `fence rw, rw`: orders every earlier load and store before every
    /// later one.
    pub fn fence(&mut self) {
        self.word(0x0330_000f);
    }

    /// `rd = value`, for any 64-bit constant: `addi`, `lui`+`addiw`, or a
    /// shorter constant shifted left and topped up with `addi`.
    pub fn mov_imm(&mut self, rd: Reg, value: i64) {
        if let Some(imm) = Imm12::new(value) {
            return self.alu_imm(ImmOp::Addi, rd, ZERO, imm);
        }
        let lo = low12(value);
        if value == value as i32 as i64 {
            let hi = ((value.wrapping_sub(lo) >> 12) as u32) & 0xf_ffff;
            self.lui(rd, Imm20::new(hi).expect("20 bits"));
            if lo != 0 {
                self.addiw(rd, rd, Imm12::new(lo).expect("12 bits"));
            }
            return;
        }
        let rest = value.wrapping_sub(lo) >> 12;
        let zeros = rest.trailing_zeros().min(63 - 12);
        self.mov_imm(rd, rest >> zeros);
        self.shift_imm(ShiftImmOp::Slli, rd, rd, (12 + zeros) as u8);
        if lo != 0 {
            self.alu_imm(ImmOp::Addi, rd, rd, Imm12::new(lo).expect("12 bits"));
        }
    }
}

//! Every instruction form the [`Assembler`] emits, as data, for checking
//! encodings against llvm-mc.
//!
//! The list is written once, in the `form_table!` below (see
//! `kindling-isa-check`): each entry names a form, its operands with how to
//! draw them, the assembler method it covers, how it emits itself and how
//! llvm-mc spells what it intends. The table generates the `Form` enum and
//! its kinds, methods, drawing, emitting and spelling, so no count or match
//! is kept by hand.

use crate::{
    AluOp, AluWOp, AmoOp, Assembler, AtomicOrder, AtomicWidth, BitOp, BranchCond, FSize, FpBinOp,
    FpCmp, Imm12, Imm20, ImmOp, IntKind, Lmul, LoadOp, Rounding, Sew, ShiftImmOp, SrcKind, StoreOp,
    VSrc, VecOp, VecToScalar, VecUnary,
};
mod decode;
mod vector;
pub use decode::decode_word;
use kindling_isa_check::{branch_around, pick};
pub use kindling_isa_check::{find_llvm_mc, Intended};
pub use vector::VecBinForm;
use vector::*;

kindling_isa_check::impl_labels!(Assembler, crate::Label);

fn reg(d: &mut dyn FnMut() -> u64) -> u8 {
    (d() % 32) as u8
}

fn imm12(d: &mut dyn FnMut() -> u64) -> Imm12 {
    let edges = [-2048, -1, 0, 1, 2047];
    let v = match d() % 3 {
        0 => edges[(d() % 5) as usize],
        _ => (d() % 4096) as i64 - 2048,
    };
    Imm12::new(v).expect("drawn in range")
}

fn imm20(d: &mut dyn FnMut() -> u64) -> Imm20 {
    Imm20::new((d() % (1 << 20)) as u32).expect("drawn in range")
}

/// The llvm-mc name of an operation, from its variant's name: lower case,
/// with the dot of the Zba and Zbb names (`AddUw` is `add.uw`).
fn name(op: impl std::fmt::Debug) -> String {
    let name = format!("{op:?}");
    let dotted = ["Uw", "B", "H"]
        .iter()
        .find(|suffix| name.len() > suffix.len() + 2 && name.ends_with(*suffix))
        .map(|suffix| format!("{}.{suffix}", &name[..name.len() - suffix.len()]));
    dotted.unwrap_or(name).to_lowercase()
}

/// The `.s` or `.d` suffix of a float operation.
fn fsuffix(size: FSize) -> &'static str {
    match size {
        FSize::S => "s",
        FSize::D => "d",
    }
}

/// A float operation's name with its precision: `fadd.d`.
fn fname(op: impl std::fmt::Debug, size: FSize) -> String {
    format!("{}.{}", name(op), fsuffix(size))
}

/// The rounding operand llvm-mc prints after a conversion: none for the
/// round-to-nearest-even of conversions that cannot round (`fcvt.d.w`).
fn rounding_operand(rounding: Rounding, exact: bool) -> String {
    if exact && rounding == Rounding::Rne {
        String::new()
    } else {
        format!(", {}", name(rounding))
    }
}

/// The `.w` or `.d` of an atomic instruction.
fn width_suffix(width: AtomicWidth) -> &'static str {
    match width {
        AtomicWidth::W => "w",
        AtomicWidth::D => "d",
    }
}

/// The ordering suffix of an atomic instruction: none, `.aq`, `.rl` or
/// `.aqrl`.
fn order_suffix(order: AtomicOrder) -> &'static str {
    match order {
        AtomicOrder::Relaxed => "",
        AtomicOrder::Acquire => ".aq",
        AtomicOrder::Release => ".rl",
        AtomicOrder::AcqRel => ".aqrl",
    }
}

const AMO_OPS: [AmoOp; 9] = [
    AmoOp::Swap,
    AmoOp::Add,
    AmoOp::Xor,
    AmoOp::And,
    AmoOp::Or,
    AmoOp::Min,
    AmoOp::Max,
    AmoOp::Minu,
    AmoOp::Maxu,
];
const WIDTHS: [AtomicWidth; 2] = [AtomicWidth::W, AtomicWidth::D];
const ORDERS: [AtomicOrder; 4] = [
    AtomicOrder::Relaxed,
    AtomicOrder::Acquire,
    AtomicOrder::Release,
    AtomicOrder::AcqRel,
];
const ALU_OPS: [AluOp; 30] = [
    AluOp::Add,
    AluOp::Sub,
    AluOp::Sll,
    AluOp::Slt,
    AluOp::Sltu,
    AluOp::Xor,
    AluOp::Srl,
    AluOp::Sra,
    AluOp::Or,
    AluOp::And,
    AluOp::Mul,
    AluOp::Mulh,
    AluOp::Mulhsu,
    AluOp::Mulhu,
    AluOp::Div,
    AluOp::Divu,
    AluOp::Rem,
    AluOp::Remu,
    AluOp::Andn,
    AluOp::Orn,
    AluOp::Xnor,
    AluOp::Min,
    AluOp::Minu,
    AluOp::Max,
    AluOp::Maxu,
    AluOp::Rol,
    AluOp::Ror,
    AluOp::Sh1add,
    AluOp::Sh2add,
    AluOp::Sh3add,
];
const ALU_W_OPS: [AluWOp; 13] = [
    AluWOp::Addw,
    AluWOp::Subw,
    AluWOp::Sllw,
    AluWOp::Srlw,
    AluWOp::Sraw,
    AluWOp::Mulw,
    AluWOp::Divw,
    AluWOp::Divuw,
    AluWOp::Remw,
    AluWOp::Remuw,
    AluWOp::AddUw,
    AluWOp::Rolw,
    AluWOp::Rorw,
];
const IMM_OPS: [ImmOp; 6] = [
    ImmOp::Addi,
    ImmOp::Slti,
    ImmOp::Sltiu,
    ImmOp::Xori,
    ImmOp::Ori,
    ImmOp::Andi,
];
const LOADS: [LoadOp; 7] = [
    LoadOp::Lb,
    LoadOp::Lh,
    LoadOp::Lw,
    LoadOp::Ld,
    LoadOp::Lbu,
    LoadOp::Lhu,
    LoadOp::Lwu,
];
const STORES: [StoreOp; 4] = [StoreOp::Sb, StoreOp::Sh, StoreOp::Sw, StoreOp::Sd];
const BIT_OPS: [BitOp; 10] = [
    BitOp::Clz,
    BitOp::Clzw,
    BitOp::Ctz,
    BitOp::Ctzw,
    BitOp::Cpop,
    BitOp::Cpopw,
    BitOp::SextB,
    BitOp::SextH,
    BitOp::ZextH,
    BitOp::Rev8,
];
const FP_BINOPS: [FpBinOp; 9] = [
    FpBinOp::Fadd,
    FpBinOp::Fsub,
    FpBinOp::Fmul,
    FpBinOp::Fdiv,
    FpBinOp::Fmin,
    FpBinOp::Fmax,
    FpBinOp::Fsgnj,
    FpBinOp::Fsgnjn,
    FpBinOp::Fsgnjx,
];
const FSIZES: [FSize; 2] = [FSize::S, FSize::D];
const INT_KINDS: [IntKind; 4] = [IntKind::W, IntKind::Wu, IntKind::L, IntKind::Lu];
const ROUNDINGS: [Rounding; 4] = [Rounding::Rne, Rounding::Rtz, Rounding::Rdn, Rounding::Rup];
const CONDS: [BranchCond; 6] = [
    BranchCond::Eq,
    BranchCond::Ne,
    BranchCond::Lt,
    BranchCond::Ge,
    BranchCond::Ltu,
    BranchCond::Geu,
];

kindling_isa_check::form_table! {
    /// One call of an instruction-emitting [`Assembler`] method, with
    /// operands.
    pub enum Form for Assembler;
    (a, d, len)
    Alu { op: AluOp = pick(d, &ALU_OPS), rd: u8 = reg(d), rs1: u8 = reg(d), rs2: u8 = reg(d) }
        "alu" => a.alu(op, rd, rs1, rs2), format!("{} x{rd}, x{rs1}, x{rs2}", name(op));
    AluW { op: AluWOp = pick(d, &ALU_W_OPS), rd: u8 = reg(d), rs1: u8 = reg(d), rs2: u8 = reg(d) }
        "alu_w" => a.alu_w(op, rd, rs1, rs2), format!("{} x{rd}, x{rs1}, x{rs2}", name(op));
    AluImm { op: ImmOp = pick(d, &IMM_OPS), rd: u8 = reg(d), rs1: u8 = reg(d), imm: Imm12 = imm12(d) }
        "alu_imm" => a.alu_imm(op, rd, rs1, imm), format!("{} x{rd}, x{rs1}, {}", name(op), imm.get());
    Addiw { rd: u8 = reg(d), rs1: u8 = reg(d), imm: Imm12 = imm12(d) }
        "addiw" => a.addiw(rd, rs1, imm), format!("addiw x{rd}, x{rs1}, {}", imm.get());
    Shift64 {
        op: ShiftImmOp = pick(d, &[ShiftImmOp::Slli, ShiftImmOp::Srli, ShiftImmOp::Srai]),
        rd: u8 = reg(d), rs1: u8 = reg(d), amount: u8 = (d() % 64) as u8,
    }
        "shift_imm" => a.shift_imm(op, rd, rs1, amount), format!("{} x{rd}, x{rs1}, {amount}", name(op));
    Shift32 {
        op: ShiftImmOp = pick(d, &[ShiftImmOp::Slliw, ShiftImmOp::Srliw, ShiftImmOp::Sraiw]),
        rd: u8 = reg(d), rs1: u8 = reg(d), amount: u8 = (d() % 32) as u8,
    }
        "shift_imm" => a.shift_imm(op, rd, rs1, amount), format!("{} x{rd}, x{rs1}, {amount}", name(op));
    Load { op: LoadOp = pick(d, &LOADS), rd: u8 = reg(d), base: u8 = reg(d), offset: Imm12 = imm12(d) }
        "load" => a.load(op, rd, base, offset), format!("{} x{rd}, {}(x{base})", name(op), offset.get());
    Store { op: StoreOp = pick(d, &STORES), src: u8 = reg(d), base: u8 = reg(d), offset: Imm12 = imm12(d) }
        "store" => a.store(op, src, base, offset), format!("{} x{src}, {}(x{base})", name(op), offset.get());
    Lui { rd: u8 = reg(d), imm: Imm20 = imm20(d) }
        "lui" => a.lui(rd, imm), format!("lui x{rd}, {}", imm.get());
    Auipc { rd: u8 = reg(d), imm: Imm20 = imm20(d) }
        "auipc" => a.auipc(rd, imm), format!("auipc x{rd}, {}", imm.get());
    Jalr { rd: u8 = reg(d), rs1: u8 = reg(d), offset: Imm12 = imm12(d) }
        "jalr" => a.jalr(rd, rs1, offset), format!("jalr x{rd}, {}(x{rs1})", offset.get());
    Ret {} "ret" => a.ret(), "jalr x0, 0(x1)".to_string();
    // A branch to the next instruction, or to itself.
    Branch { cond: BranchCond = pick(d, &CONDS), rs1: u8 = reg(d), rs2: u8 = reg(d), forward: bool = d().is_multiple_of(2) }
        "branch" => branch_around(a, !forward, |a, l| a.branch(cond, rs1, rs2, l)), format!("b{} x{rs1}, x{rs2}, {}", name(cond), if forward { 4 } else { 0 });
    J { forward: bool = d().is_multiple_of(2) }
        "j" => branch_around(a, !forward, |a, l| a.j(l)), format!("jal x0, {}", if forward { 4 } else { 0 });
    JWord { forward: bool = d().is_multiple_of(2) }
        "j_word" => branch_around(a, !forward, |a, l| a.j_word(l)), format!("jal x0, {}", if forward { 4 } else { 0 });
    Ebreak {} "ebreak" => a.ebreak(), "ebreak".to_string();
    Unimp {} "unimp" => a.unimp(), "unimp".to_string();
    Fence {} "fence" => a.fence(), "fence rw, rw".to_string();
    ShiftBitmanip {
        op: ShiftImmOp = pick(d, &[ShiftImmOp::Rori, ShiftImmOp::SlliUw]),
        rd: u8 = reg(d), rs1: u8 = reg(d), amount: u8 = (d() % 64) as u8,
    }
        "shift_imm" => a.shift_imm(op, rd, rs1, amount), format!("{} x{rd}, x{rs1}, {amount}", name(op));
    Roriw { rd: u8 = reg(d), rs1: u8 = reg(d), amount: u8 = (d() % 32) as u8 }
        "shift_imm" => a.shift_imm(ShiftImmOp::Roriw, rd, rs1, amount), format!("roriw x{rd}, x{rs1}, {amount}");
    Bit { op: BitOp = pick(d, &BIT_OPS), rd: u8 = reg(d), rs: u8 = reg(d) }
        "bit_op" => a.bit_op(op, rd, rs), format!("{} x{rd}, x{rs}", name(op));
    FpBin { op: FpBinOp = pick(d, &FP_BINOPS), size: FSize = pick(d, &FSIZES), rd: u8 = reg(d), rs1: u8 = reg(d), rs2: u8 = reg(d) }
        "fp_binop" => a.fp_binop(op, size, rd, rs1, rs2), {
            let rounds = matches!(op, FpBinOp::Fadd | FpBinOp::Fsub | FpBinOp::Fmul | FpBinOp::Fdiv);
            format!("{} f{rd}, f{rs1}, f{rs2}{}", fname(op, size), if rounds { ", rne" } else { "" })
        };
    Fsqrt { size: FSize = pick(d, &FSIZES), rd: u8 = reg(d), rs1: u8 = reg(d) }
        "fsqrt" => a.fsqrt(size, rd, rs1), format!("fsqrt.{} f{rd}, f{rs1}, rne", fsuffix(size));
    FpCompare { op: FpCmp = pick(d, &[FpCmp::Feq, FpCmp::Flt, FpCmp::Fle]), size: FSize = pick(d, &FSIZES), rd: u8 = reg(d), rs1: u8 = reg(d), rs2: u8 = reg(d) }
        "fp_cmp" => a.fp_cmp(op, size, rd, rs1, rs2), format!("{} x{rd}, f{rs1}, f{rs2}", fname(op, size));
    FcvtToInt { kind: IntKind = pick(d, &INT_KINDS), size: FSize = pick(d, &FSIZES), rd: u8 = reg(d), rs1: u8 = reg(d), rounding: Rounding = pick(d, &ROUNDINGS) }
        "fcvt_to_int" => a.fcvt_to_int(kind, size, rd, rs1, rounding),
            format!("fcvt.{}.{} x{rd}, f{rs1}, {}", name(kind), fsuffix(size), name(rounding));
    FcvtFromInt { kind: IntKind = pick(d, &INT_KINDS), size: FSize = pick(d, &FSIZES), rd: u8 = reg(d), rs1: u8 = reg(d) }
        "fcvt_from_int" => a.fcvt_from_int(kind, size, rd, rs1), {
            // Only the 64-bit integers, and 32-bit ones into a single, round.
            let exact = size == FSize::D && matches!(kind, IntKind::W | IntKind::Wu);
            format!("fcvt.{}.{} f{rd}, x{rs1}{}", fsuffix(size), name(kind), rounding_operand(Rounding::Rne, exact))
        };
    FcvtResize { to: FSize = pick(d, &FSIZES), rd: u8 = reg(d), rs1: u8 = reg(d) }
        "fcvt_resize" => a.fcvt_resize(to, rd, rs1), match to {
            FSize::S => format!("fcvt.s.d f{rd}, f{rs1}, rne"),
            FSize::D => format!("fcvt.d.s f{rd}, f{rs1}"),
        };
    FmvToInt { size: FSize = pick(d, &FSIZES), rd: u8 = reg(d), rs1: u8 = reg(d) }
        "fmv_to_int" => a.fmv_to_int(size, rd, rs1),
            format!("fmv.x.{} x{rd}, f{rs1}", if size == FSize::S { "w" } else { "d" });
    FmvFromInt { size: FSize = pick(d, &FSIZES), rd: u8 = reg(d), rs1: u8 = reg(d) }
        "fmv_from_int" => a.fmv_from_int(size, rd, rs1),
            format!("fmv.{}.x f{rd}, x{rs1}", if size == FSize::S { "w" } else { "d" });
    FpLoad { size: FSize = pick(d, &FSIZES), rd: u8 = reg(d), base: u8 = reg(d), offset: Imm12 = imm12(d) }
        "fp_load" => a.fp_load(size, rd, base, offset),
            format!("fl{} f{rd}, {}(x{base})", if size == FSize::S { "w" } else { "d" }, offset.get());
    Vsetivli { rd: u8 = reg(d), avl: u8 = (d() % 32) as u8, sew: Sew = pick(d, &SEWS), lmul: Lmul = pick(d, &[Lmul::M1, Lmul::Mf2]), keep_tail: bool = d().is_multiple_of(2) }
        "vsetivli" => a.vsetivli(rd, avl, sew, lmul, keep_tail), spell_vsetivli(rd, avl, sew, lmul, keep_tail);
    Fsrmi { rd: u8 = reg(d), rounding: Rounding = pick(d, &ROUNDINGS) }
        "fsrmi" => a.fsrmi(rd, rounding), format!("csrrwi x{rd}, frm, {}", rounding as u8);
    Fsrm { rs: u8 = reg(d) } "fsrm" => a.fsrm(rs), format!("csrrw x0, frm, x{rs}");
    VecBin { form: VecBinForm = VecBinForm::draw(d) }
        "vec_op" => a.vec_op(form.op, form.vd, form.vs2, form.src, form.masked), form.spell();
    VecUn { op: VecUnary = pick(d, VecUnary::ALL), masked: bool = d().is_multiple_of(3), vd: u8 = 1 + (d() % 15) as u8, vs2: u8 = 16 + (d() % 16) as u8 }
        "vec_unary" => a.vec_unary(op, vd, vs2, masked),
            format!("{} v{vd}, v{vs2}{}", op.mnemonic(), if masked { ", v0.t" } else { "" });
    Vmerge { vd: u8 = 1 + (d() % 31) as u8, vs2: u8 = reg(d), src_kind: SrcKind = pick(d, &[SrcKind::V, SrcKind::X, SrcKind::I]), value: u8 = reg(d) }
        "vmerge" => a.vmerge(vd, vs2, vec_src(src_kind, value, value)),
            format!("vmerge.v{}m v{vd}, v{vs2}, {}, v0", kind_suffix(src_kind), spell_src(vec_src(src_kind, value, value)));
    VmvV { vd: u8 = reg(d), src_kind: SrcKind = pick(d, &[SrcKind::V, SrcKind::X, SrcKind::I, SrcKind::F]), value: u8 = reg(d) }
        "vmv_v" => a.vmv_v(vd, vec_src(src_kind, value, value)), {
            let name = if src_kind == SrcKind::F { "vfmv" } else { "vmv" };
            format!("{name}.v.{} v{vd}, {}", kind_suffix(src_kind), spell_src(vec_src(src_kind, value, value)))
        };
    VmvS { vd: u8 = reg(d), float: bool = d().is_multiple_of(2), value: u8 = reg(d) }
        "vmv_s" => a.vmv_s(vd, if float { VSrc::F(value) } else { VSrc::X(value) }),
            if float { format!("vfmv.s.f v{vd}, f{value}") } else { format!("vmv.s.x v{vd}, x{value}") };
    VecToX { op: VecToScalar = pick(d, &[VecToScalar::VmvXS, VecToScalar::VcpopM, VecToScalar::VfirstM]), rd: u8 = reg(d), vs2: u8 = reg(d) }
        "vec_to_scalar" => a.vec_to_scalar(op, rd, vs2), {
            let name = match op {
                VecToScalar::VmvXS => "vmv.x.s",
                VecToScalar::VcpopM => "vcpop.m",
                VecToScalar::VfirstM => "vfirst.m",
            };
            format!("{name} x{rd}, v{vs2}")
        };
    VfmvFS { fd: u8 = reg(d), vs2: u8 = reg(d) }
        "vfmv_f_s" => a.vfmv_f_s(fd, vs2), format!("vfmv.f.s f{fd}, v{vs2}");
    Vid { vd: u8 = reg(d) } "vid" => a.vid(vd), format!("vid.v v{vd}");
    Vmv1r { vd: u8 = reg(d), vs2: u8 = reg(d) } "vmv1r" => a.vmv1r(vd, vs2), format!("vmv1r.v v{vd}, v{vs2}");
    Vle { sew: Sew = pick(d, &SEWS), vd: u8 = reg(d), base: u8 = reg(d) }
        "vle" => a.vle(sew, vd, base), format!("vle{}.v v{vd}, (x{base})", sew.bits());
    Vse { sew: Sew = pick(d, &SEWS), vs3: u8 = reg(d), base: u8 = reg(d) }
        "vse" => a.vse(sew, vs3, base), format!("vse{}.v v{vs3}, (x{base})", sew.bits());
    Vl1r { vd: u8 = reg(d), base: u8 = reg(d) } "vl1r" => a.vl1r(vd, base), format!("vl1re8.v v{vd}, (x{base})");
    Vs1r { vs3: u8 = reg(d), base: u8 = reg(d) } "vs1r" => a.vs1r(vs3, base), format!("vs1r.v v{vs3}, (x{base})");
    Lr { width: AtomicWidth = pick(d, &WIDTHS), order: AtomicOrder = pick(d, &ORDERS), rd: u8 = reg(d), addr: u8 = reg(d) }
        "lr" => a.lr(width, order, rd, addr), format!("lr.{}{} x{rd}, (x{addr})", width_suffix(width), order_suffix(order));
    Sc { width: AtomicWidth = pick(d, &WIDTHS), order: AtomicOrder = pick(d, &ORDERS), rd: u8 = reg(d), src: u8 = reg(d), addr: u8 = reg(d) }
        "sc" => a.sc(width, order, rd, src, addr),
            format!("sc.{}{} x{rd}, x{src}, (x{addr})", width_suffix(width), order_suffix(order));
    Amo { op: AmoOp = pick(d, &AMO_OPS), width: AtomicWidth = pick(d, &WIDTHS), order: AtomicOrder = pick(d, &ORDERS), rd: u8 = reg(d), src: u8 = reg(d), addr: u8 = reg(d) }
        "amo" => a.amo(op, width, order, rd, src, addr),
            format!("amo{}.{}{} x{rd}, x{src}, (x{addr})", name(op), width_suffix(width), order_suffix(order));
    FpStore { size: FSize = pick(d, &FSIZES), src: u8 = reg(d), base: u8 = reg(d), offset: Imm12 = imm12(d) }
        "fp_store" => a.fp_store(size, src, base, offset),
            format!("fs{} f{src}, {}(x{base})", if size == FSize::S { "w" } else { "d" }, offset.get());
}

/// Checks `forms` against llvm-mc (the binary `mc`): each form's bytes,
/// disassembled on their own, must be exactly the instruction it intends.
pub fn check_with_llvm_mc(mc: &str, forms: &[Form]) -> Result<(), String> {
    kindling_isa_check::check_forms(&oracle(mc), forms, Assembler::finish_into)
}

/// How to ask llvm-mc (the binary `mc`) about RV64 code.
pub fn oracle(mc: &str) -> kindling_isa_check::Oracle<'_> {
    kindling_isa_check::Oracle {
        mc,
        // No `c`: llvm-mc would compress what the forms spell.
        common_args: &["-triple=riscv64", "-mattr=+m,+a,+d,+zba,+zbb,+v"],
        assemble_args: &[],
        source_prologue: "",
        // `ecall`, which no form emits.
        separator: &[0x73, 0x00, 0x00, 0x00],
        separator_text: "ecall",
        comment: "#",
        normalize: |line| line.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// Checks that `mov_imm` builds `value` in `rd` (not `x0`) within eight
/// instructions, by evaluating its words.
pub fn check_mov_imm(rd: u8, value: i64) -> Result<(), String> {
    let mut a = Assembler::new();
    a.mov_imm(rd, value);
    let mut bytes = Vec::new();
    a.finish_into(&mut bytes)
        .map_err(|e| format!("mov_imm x{rd}, {value:#x}: {e:?}"))?;
    let words: Vec<u32> = bytes
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    if words.len() > 8 {
        return Err(format!(
            "mov_imm x{rd}, {value:#x}: {} instructions",
            words.len()
        ));
    }
    let wrong_register = words.iter().any(|w| (w >> 7) & 31 != u32::from(rd));
    match evaluate_mov_imm(&words) {
        Some(v) if v == value && !wrong_register => Ok(()),
        other => Err(format!(
            "mov_imm x{rd}, {value:#x} gave {other:#x?} in {words:08x?}"
        )),
    }
}

/// Evaluates a run of `addi`/`addiw`/`lui`/`slli` words that build one
/// register from zero, as `mov_imm` emits them; `None` for anything else.
pub fn evaluate_mov_imm(words: &[u32]) -> Option<i64> {
    let mut value: i64 = 0;
    for &w in words {
        let imm12 = i64::from((w as i32) >> 20);
        let rs1_zero = (w >> 15) & 31 == 0;
        match (w & 0x7f, (w >> 12) & 7) {
            (0x13, 0) => {
                value = if rs1_zero {
                    imm12
                } else {
                    value.wrapping_add(imm12)
                }
            }
            (0x1b, 0) => value = i64::from(value.wrapping_add(imm12) as i32),
            (0x37, _) => value = i64::from((w & 0xffff_f000) as i32),
            (0x13, 1) => value <<= (w >> 20) & 63,
            _ => return None,
        }
    }
    Some(value)
}

//! Every instruction form the [`Assembler`] emits, as data, for checking
//! encodings against an independent decoder.
//!
//! A [`Form`] is one call of an instruction-emitting assembler method with
//! its operands. The list is written once, in the `form_table!` below (see
//! `kindling-isa-check`), and the VEX and EVEX forms in one of their own
//! (`vex.rs`, [`VexForm`]) nested at its end. Each entry names a form, its
//! operands with how to draw them (`draw.rs`), the assembler method it
//! covers, how it emits itself and how llvm-mc's Intel syntax spells the
//! instructions it intends (`spelling.rs`, given the emitted length `len`
//! that places branch targets). The tables generate the enums and their
//! kinds, methods, drawing, emitting and spelling, so no count or match is
//! kept by hand.
//!
//! [`check_with_llvm_mc`] assembles those spellings and disassembles the
//! emitted bytes with llvm-mc, and the two must agree, form by form. The
//! encoding test draws forms of every kind with pseudo-random operands; the
//! `encode_x64` fuzz target draws them from the fuzzer's bytes.

use crate::{
    Alu, Assembler, BitCount, Cond, FmaOp, Gpr, Label, MoveMaskOp, PackedImmOp, PackedOp,
    PackedShift, Shift, Size, SseOp,
};

mod draw;
mod llvm_mc;
mod spelling;
mod vex;

use draw::*;
use spelling::*;

pub use draw::{JumpTableRegs, PinsrLane};
pub use vex::VexForm;

use kindling_isa_check::branch_around;
pub use kindling_isa_check::{find_llvm_mc, Intended};
#[cfg(test)]
pub(crate) use llvm_mc::check_bytes;
pub use llvm_mc::{check_with_llvm_mc, oracle};

kindling_isa_check::impl_labels!(Assembler, Label);

kindling_isa_check::form_table! {
    /// One call of an instruction-emitting [`Assembler`] method, with
    /// operands.
    pub enum Form for Assembler;
    (asm, d, len)
    MovRr { size: Size = wide(d), dst: Gpr = reg(d), src: Gpr = reg(d) }
        "mov_rr" => asm.mov_rr(size, dst, src), format!("mov {}, {}", r(size, dst), r(size, src));
    MovRi { size: Size = wide(d), dst: Gpr = reg(d), imm: i64 = imm64(d) }
        "mov_ri" => asm.mov_ri(size, dst, imm), mov_ri(size, dst, imm);
    Load { size: Size = wide(d), dst: Gpr = reg(d), base: Gpr = reg(d), disp: i32 = imm32(d) }
        "load" => asm.load(size, dst, base, disp),
        format!("mov {}, {}", r(size, dst), mem(size, base, disp));
    LoadZx { from: Size = any_size(d), dst: Gpr = reg(d), base: Gpr = reg(d), disp: i32 = imm32(d) }
        "load_zx" => asm.load_zx(from, dst, base, disp), load_zx(from, dst, base, disp);
    Store { size: Size = any_size(d), base: Gpr = reg(d), disp: i32 = imm32(d), src: Gpr = reg(d) }
        "store" => asm.store(size, base, disp, src),
        format!("mov {}, {}", mem(size, base, disp), r(size, src));
    StoreImm { size: Size = wide(d), base: Gpr = reg(d), disp: i32 = imm32(d), imm: i32 = imm32(d) }
        "store_imm" => asm.store_imm(size, base, disp, imm),
        format!("mov {}, {imm}", mem(size, base, disp));
    Lea { dst: Gpr = reg(d), base: Gpr = reg(d), disp: i32 = imm32(d) }
        "lea" => asm.lea(dst, base, disp),
        format!("lea {}, {}", r(Size::S64, dst), addr(base, disp));
    Push { src: Gpr = reg(d) } "push" => asm.push(src), format!("push {}", r(Size::S64, src));
    Pop { dst: Gpr = reg(d) } "pop" => asm.pop(dst), format!("pop {}", r(Size::S64, dst));
    MovXmmFromGpr { size: Size = wide(d), dst: u8 = reg(d), src: Gpr = reg(d) }
        "mov_xmm_from_gpr" => asm.mov_xmm_from_gpr(size, dst, src),
        format!("{} xmm{dst}, {}", movd_or_q(size), r(size, src));
    MovGprFromXmm { size: Size = wide(d), dst: Gpr = reg(d), src: u8 = reg(d) }
        "mov_gpr_from_xmm" => asm.mov_gpr_from_xmm(size, dst, src),
        format!("{} {}, xmm{src}", movd_or_q(size), r(size, dst));
    LoadXmm128 { dst: u8 = reg(d), base: Gpr = reg(d), disp: i32 = imm32(d) }
        "load_xmm128" => asm.load_xmm128(dst, base, disp),
        format!("movdqu xmm{dst}, xmmword ptr {}", addr(base, disp));
    StoreXmm128 { base: Gpr = reg(d), disp: i32 = imm32(d), src: u8 = reg(d) }
        "store_xmm128" => asm.store_xmm128(base, disp, src),
        format!("movdqu xmmword ptr {}, xmm{src}", addr(base, disp));
    Pshufd { dst: u8 = reg(d), src: u8 = reg(d), order: u8 = imm8(d) }
        "pshufd" => asm.pshufd(dst, src, order), format!("pshufd xmm{dst}, xmm{src}, {order}");
    Unpcklps { dst: u8 = reg(d), src: u8 = reg(d) }
        "unpcklps" => asm.unpcklps(dst, src), format!("unpcklps xmm{dst}, xmm{src}");
    Subpd { dst: u8 = reg(d), src: u8 = reg(d) }
        "subpd" => asm.subpd(dst, src), format!("subpd xmm{dst}, xmm{src}");
    Movaps { dst: u8 = reg(d), src: u8 = reg(d) }
        "movaps" => asm.movaps(dst, src), format!("movaps xmm{dst}, xmm{src}");
    LoadXmm { size: Size = wide(d), dst: u8 = reg(d), base: Gpr = reg(d), disp: i32 = imm32(d) }
        "load_xmm" => asm.load_xmm(size, dst, base, disp),
        format!("movs{} xmm{dst}, {}", sd(size), mem(size, base, disp));
    StoreXmm { size: Size = wide(d), base: Gpr = reg(d), disp: i32 = imm32(d), src: u8 = reg(d) }
        "store_xmm" => asm.store_xmm(size, base, disp, src),
        format!("movs{} {}, xmm{src}", sd(size), mem(size, base, disp));
    LoadSx {
        from: Size = narrow(d), to: Size = wide(d),
        dst: Gpr = reg(d), base: Gpr = reg(d), disp: i32 = imm32(d),
    }
        "load_sx" => asm.load_sx(from, to, dst, base, disp), load_sx(from, to, dst, base, disp);
    SseArith {
        op: SseOp = pick(d, &SSE_OPS), size: Size = wide(d), dst: u8 = reg(d), src: u8 = reg(d),
    }
        "sse_arith" => asm.sse_arith(op, size, dst, src),
        format!("{} xmm{dst}, xmm{src}", sse_mnemonic(op, size));
    Round {
        size: Size = wide(d), dst: u8 = reg(d), src: u8 = reg(d), mode: u8 = below(d, 16) as u8,
    }
        "round" => asm.round(size, dst, src, mode),
        format!("rounds{} xmm{dst}, xmm{src}, {mode}", sd(size));
    CvtIntToFloat {
        int_size: Size = wide(d), float_size: Size = wide(d), dst: u8 = reg(d), src: Gpr = reg(d),
    }
        "cvt_int_to_float" => asm.cvt_int_to_float(int_size, float_size, dst, src),
        format!("cvtsi2s{} xmm{dst}, {}", sd(float_size), r(int_size, src));
    CvtFloatToInt {
        float_size: Size = wide(d), int_size: Size = wide(d), dst: Gpr = reg(d), src: u8 = reg(d),
    }
        "cvt_float_to_int" => asm.cvt_float_to_int(float_size, int_size, dst, src),
        format!("cvtts{}2si {}, xmm{src}", sd(float_size), r(int_size, dst));
    AluRr { op: Alu = pick(d, &ALUS), size: Size = wide(d), dst: Gpr = reg(d), src: Gpr = reg(d) }
        "alu_rr" => asm.alu_rr(op, size, dst, src),
        format!("{} {}, {}", alu_mnemonic(op), r(size, dst), r(size, src));
    AluRi { op: Alu = pick(d, &ALUS), size: Size = wide(d), dst: Gpr = reg(d), imm: i32 = imm32(d) }
        "alu_ri" => asm.alu_ri(op, size, dst, imm),
        format!("{} {}, {imm}", alu_mnemonic(op), r(size, dst));
    AddMemImm { base: Gpr = reg(d), disp: i32 = imm32(d), imm: i32 = imm32(d) }
        "add_mem_imm" => asm.add_mem_imm(base, disp, imm),
        format!("add {}, {imm}", mem(Size::S64, base, disp));
    CmpMr { base: Gpr = reg(d), disp: i32 = imm32(d), src: Gpr = reg(d) }
        "cmp_mr" => asm.cmp_mr(base, disp, src),
        format!("cmp {}, {}", mem(Size::S64, base, disp), r(Size::S64, src));
    TestRr { size: Size = wide(d), a: Gpr = reg(d), b: Gpr = reg(d) }
        "test_rr" => asm.test_rr(size, a, b), format!("test {}, {}", r(size, a), r(size, b));
    ImulRr { size: Size = wide(d), dst: Gpr = reg(d), src: Gpr = reg(d) }
        "imul_rr" => asm.imul_rr(size, dst, src),
        format!("imul {}, {}", r(size, dst), r(size, src));
    ImulRri { size: Size = wide(d), dst: Gpr = reg(d), src: Gpr = reg(d), imm: i32 = imm32(d) }
        "imul_rri" => asm.imul_rri(size, dst, src, imm),
        format!("imul {}, {}, {imm}", r(size, dst), r(size, src));
    Neg { size: Size = wide(d), dst: Gpr = reg(d) }
        "neg" => asm.neg(size, dst), format!("neg {}", r(size, dst));
    ShiftCl { op: Shift = pick(d, &SHIFTS), size: Size = wide(d), dst: Gpr = reg(d) }
        "shift_cl" => asm.shift_cl(op, size, dst),
        format!("{} {}, cl", shift_mnemonic(op), r(size, dst));
    ShiftRi {
        op: Shift = pick(d, &SHIFTS), size: Size = wide(d), dst: Gpr = reg(d),
        imm: u8 = below(d, 64) as u8,
    }
        "shift_ri" => asm.shift_ri(op, size, dst, imm), shift_ri(op, size, dst, imm);
    SignExtendRaxIntoRdx { size: Size = wide(d) }
        "sign_extend_rax_into_rdx" => asm.sign_extend_rax_into_rdx(size),
        sign_extend_rax_into_rdx(size);
    Div { signed: bool = flag(d), size: Size = wide(d), src: Gpr = reg(d) }
        "div" => asm.div(signed, size, src),
        format!("{} {}", if signed { "idiv" } else { "div" }, r(size, src));
    BitCount {
        op: BitCount = pick(d, &BIT_COUNTS), size: Size = wide(d), dst: Gpr = reg(d),
        src: Gpr = reg(d),
    }
        "bit_count" => asm.bit_count(op, size, dst, src),
        format!("{} {}, {}", bit_count_mnemonic(op), r(size, dst), r(size, src));
    SetccZx { cond: Cond = cond(d), dst: Gpr = reg(d) }
        "setcc_zx" => asm.setcc_zx(cond, dst), setcc_zx(cond, dst);
    Cmov { cond: Cond = cond(d), size: Size = wide(d), dst: Gpr = reg(d), src: Gpr = reg(d) }
        "cmov" => asm.cmov(cond, size, dst, src),
        format!("cmov{} {}, {}", cc(cond), r(size, dst), r(size, src));
    MovsxRr { from: Size = narrow(d), to: Size = wide(d), dst: Gpr = reg(d), src: Gpr = reg(d) }
        "movsx_rr" => asm.movsx_rr(from, to, dst, src), movsx_rr(from, to, dst, src);
    /// `jmp label`, with the label bound before (`backward`) or after it.
    Jmp { backward: bool = flag(d) }
        "jmp" => branch_around(asm, backward, |asm, l| asm.jmp(l)), branch("jmp", backward, len);
    /// `jcc label`, with the label bound before (`backward`) or after it.
    Jcc { cond: Cond = cond(d), backward: bool = flag(d) }
        "jcc" => branch_around(asm, backward, |asm, l| asm.jcc(cond, l)),
        branch(&format!("j{}", cc(cond)), backward, len);
    JmpR { src: Gpr = reg(d) } "jmp_r" => asm.jmp_r(src), format!("jmp {}", r(Size::S64, src));
    CallRel32 {} "call_rel32" => asm.call_rel32(), Intended::Decoded("call 0".into());
    JmpRel32Reloc {} "jmp_rel32_reloc" => asm.jmp_rel32_reloc(), Intended::Decoded("jmp 0".into());
    CallR { src: Gpr = reg(d) } "call_r" => asm.call_r(src), format!("call {}", r(Size::S64, src));
    /// `ret`, popping `pop` bytes when nonzero.
    Ret { pop: u16 = if flag(d) { 0 } else { below(d, 1 << 16) as u16 } }
        "ret" => asm.ret(pop), ret(pop);
    Ud2 {} "ud2" => asm.ud2(), "ud2";
    /// `sub_rsp_patchable`, then `patch_u32` with `imm`.
    SubRspPatchable { imm: u32 = d() as u32 }
        "sub_rsp_patchable" => {
            let at = asm.sub_rsp_patchable();
            asm.patch_u32(at, imm)
        }, format!("sub rsp, {}", imm as i32);
    Packed { op: PackedOp = pick(d, &PackedOp::ALL), dst: u8 = reg(d), src: u8 = reg(d) }
        "packed" => asm.packed(op, dst, src), format!("{} xmm{dst}, xmm{src}", op.mnemonic());
    PackedShiftImm {
        op: PackedShift = pick(d, &PackedShift::ALL), dst: u8 = reg(d),
        imm: u8 = below(d, 64) as u8,
    }
        "packed_shift_imm" => asm.packed_shift_imm(op, dst, imm),
        format!("{} xmm{dst}, {imm}", op.mnemonic());
    PackedFloatCmp {
        double: bool = flag(d), pred: u8 = below(d, 8) as u8, dst: u8 = reg(d), src: u8 = reg(d),
    }
        "packed_float_cmp" => asm.packed_float_cmp(double, pred, dst, src),
        format!("cmpp{} xmm{dst}, xmm{src}, {pred}", ps_or_pd(double));
    Pextrw { dst: Gpr = reg(d), src: u8 = reg(d), index: u8 = below(d, 8) as u8 }
        "pextrw" => asm.pextrw(dst, src, index),
        format!("pextrw {}, xmm{src}, {index}", r(Size::S32, dst));
    Pinsr { lane: PinsrLane = PinsrLane::draw(d), dst: u8 = reg(d), src: Gpr = reg(d) }
        "pinsr" => asm.pinsr(lane.bytes, dst, src, lane.index), pinsr(lane, dst, src);
    Insertps { dst: u8 = reg(d), src: u8 = reg(d), imm: u8 = imm8(d) }
        "insertps" => asm.insertps(dst, src, imm), format!("insertps xmm{dst}, xmm{src}, {imm}");
    PackedImm {
        op: PackedImmOp = pick(d, &PackedImmOp::ALL),
        dst: u8 = reg(d), src: u8 = reg(d), imm: u8 = imm8(d),
    }
        "packed_imm" => asm.packed_imm(op, dst, src, imm),
        format!("{} xmm{dst}, xmm{src}, {imm}", op.mnemonic());
    MoveMask { op: MoveMaskOp = pick(d, &MoveMaskOp::ALL), dst: Gpr = reg(d), src: u8 = reg(d) }
        "move_mask" => asm.move_mask(op, dst, src),
        format!("{} {}, xmm{src}", op.mnemonic(), r(Size::S32, dst));
    Fma { op: FmaOp = pick(d, &FmaOp::ALL), dst: u8 = reg(d), b: u8 = reg(d), c: u8 = reg(d) }
        "fma" => asm.fma(op, dst, b, c), format!("{} xmm{dst}, xmm{b}, xmm{c}", op.mnemonic());
    /// `movdqu xmm, [rip + label]`, the label bound right after it.
    LoadXmm128Rip { dst: u8 = reg(d) }
        "load_xmm128_rip" => {
            let label = asm.new_label();
            asm.load_xmm128_rip(dst, label);
            asm.bind(label)
        }, format!("movdqu xmm{dst}, xmmword ptr [rip]");
    /// `jump_table` with `targets` labels, all bound right after the table.
    JumpTable { regs: JumpTableRegs = JumpTableRegs::draw(d), targets: u8 = 1 + below(d, 4) as u8 }
        "jump_table" => {
            let label = asm.new_label();
            asm.jump_table(regs.index, regs.tmp, &vec![label; targets as usize]);
            asm.bind(label)
        }, jump_table(regs, targets, len);
    @nested
    /// A VEX- or EVEX-encoded form (`forms/vex.rs`).
    Vex(VexForm);
}

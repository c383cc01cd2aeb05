//! Spells the instruction words of the extensions that capstone 0.14
//! cannot decode (Zba, Zbb, A and V), for `kindling disas`.
//!
//! Decoding searches the form table instead of repeating the encoder
//! backwards: a word's fields propose candidate forms, and a candidate is
//! the answer only if the [`Assembler`] emits exactly that word for it. A
//! word is therefore never spelled as an instruction that encodes
//! differently. The spelling is the form's own, with registers by their
//! ABI names, as llvm-mc and capstone print them.

use super::*;

/// The instruction `word` is, spelled as llvm-mc would read it, if it is one
/// that a form of the table emits in the Zba, Zbb, A or V extension (or any
/// other word the table's register-only forms cover); `None` otherwise.
pub fn decode_word(word: u32) -> Option<String> {
    candidates(word)
        .into_iter()
        .find(|form| emits(form, word))
        .map(|form| abi_spelling(&form))
}

/// Whether `form` emits exactly `word`.
fn emits(form: &Form, word: u32) -> bool {
    let mut a = Assembler::new();
    form.emit(&mut a);
    let mut bytes = Vec::new();
    a.finish_into(&mut bytes).is_ok() && bytes == word.to_le_bytes()
}

/// The `width` bits of `word` from bit `lo` up.
fn field(word: u32, lo: u32, width: u32) -> u8 {
    ((word >> lo) & ((1 << width) - 1)) as u8
}

/// The forms `word` may be, from its opcode and register fields.
fn candidates(word: u32) -> Vec<Form> {
    let (rd, rs1, rs2) = (field(word, 7, 5), field(word, 15, 5), field(word, 20, 5));
    let mut forms = Vec::new();
    let bit_ops = |forms: &mut Vec<Form>| {
        forms.extend(BIT_OPS.iter().map(|&op| Form::Bit { op, rd, rs: rs1 }));
    };
    match word & 0x7f {
        0x33 => forms.extend(ALU_OPS.iter().map(|&op| Form::Alu { op, rd, rs1, rs2 })),
        0x3b => {
            forms.extend(ALU_W_OPS.iter().map(|&op| Form::AluW { op, rd, rs1, rs2 }));
            bit_ops(&mut forms);
        }
        0x13 | 0x1b => {
            bit_ops(&mut forms);
            for op in [ShiftImmOp::Rori, ShiftImmOp::SlliUw] {
                let amount = field(word, 20, 6);
                forms.push(Form::ShiftBitmanip {
                    op,
                    rd,
                    rs1,
                    amount,
                });
            }
            let amount = field(word, 20, 5);
            forms.push(Form::Roriw { rd, rs1, amount });
        }
        0x2f => atomic_candidates(&mut forms, rd, rs1, rs2),
        0x57 => vector_candidates(&mut forms, word),
        0x07 | 0x27 => {
            for sew in SEWS {
                forms.push(Form::Vle {
                    sew,
                    vd: rd,
                    base: rs1,
                });
                forms.push(Form::Vse {
                    sew,
                    vs3: rd,
                    base: rs1,
                });
            }
            forms.push(Form::Vl1r { vd: rd, base: rs1 });
            forms.push(Form::Vs1r { vs3: rd, base: rs1 });
        }
        _ => {}
    }
    forms
}

/// The A extension's forms with these registers.
fn atomic_candidates(forms: &mut Vec<Form>, rd: u8, addr: u8, src: u8) {
    for width in WIDTHS {
        for order in ORDERS {
            forms.push(Form::Lr {
                width,
                order,
                rd,
                addr,
            });
            forms.push(Form::Sc {
                width,
                order,
                rd,
                src,
                addr,
            });
            forms.extend(AMO_OPS.iter().map(|&op| Form::Amo {
                op,
                width,
                order,
                rd,
                src,
                addr,
            }));
        }
    }
}

/// The V extension's OP-V forms `word` may be.
fn vector_candidates(forms: &mut Vec<Form>, word: u32) {
    let (vd, rs1, vs2) = (field(word, 7, 5), field(word, 15, 5), field(word, 20, 5));
    let masked = field(word, 25, 1) == 0;
    // The 5-bit immediate, signed.
    let simm = ((rs1 << 3) as i8) >> 3;
    let source = |kind: SrcKind| match kind {
        SrcKind::V => VSrc::V(rs1),
        SrcKind::X => VSrc::X(rs1),
        SrcKind::F => VSrc::F(rs1),
        SrcKind::I => VSrc::I(simm),
        SrcKind::U => VSrc::I(rs1 as i8),
    };
    // What `vec_src(kind, value, value)` reads back as this source.
    let value = |kind: SrcKind| match kind {
        SrcKind::I => (simm + 16) as u8,
        _ => rs1,
    };
    for sew in SEWS {
        for lmul in [Lmul::M1, Lmul::Mf2] {
            for keep_tail in [false, true] {
                forms.push(Form::Vsetivli {
                    rd: vd,
                    avl: rs1,
                    sew,
                    lmul,
                    keep_tail,
                });
            }
        }
    }
    for &op in VecOp::ALL {
        for &kind in op.sources() {
            let src = source(kind);
            let form = VecBinForm {
                op,
                masked,
                vd,
                vs2,
                src,
            };
            forms.push(Form::VecBin { form });
        }
    }
    forms.extend(VecUnary::ALL.iter().map(|&op| Form::VecUn {
        op,
        masked,
        vd,
        vs2,
    }));
    for src_kind in [SrcKind::V, SrcKind::X, SrcKind::I, SrcKind::F] {
        let value = value(src_kind);
        forms.push(Form::Vmerge {
            vd,
            vs2,
            src_kind,
            value,
        });
        forms.push(Form::VmvV {
            vd,
            src_kind,
            value,
        });
    }
    for float in [false, true] {
        forms.push(Form::VmvS {
            vd,
            float,
            value: rs1,
        });
    }
    for op in [
        VecToScalar::VmvXS,
        VecToScalar::VcpopM,
        VecToScalar::VfirstM,
    ] {
        forms.push(Form::VecToX { op, rd: vd, vs2 });
    }
    forms.push(Form::VfmvFS { fd: vd, vs2 });
    forms.push(Form::Vid { vd });
    forms.push(Form::Vmv1r { vd, vs2 });
}

/// The form's spelling with `xN` and `fN` registers by their ABI names.
fn abi_spelling(form: &Form) -> String {
    let text: Vec<String> = form
        .intended(4)
        .into_iter()
        .map(|line| match line {
            Intended::Source(s) | Intended::Decoded(s) | Intended::Encoded(s) => s,
        })
        .collect();
    let text = text.join("; ");
    let mut out = String::with_capacity(text.len());
    let mut token = String::new();
    for c in text.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
            token.push(c);
            continue;
        }
        out.push_str(&abi_name(&token).unwrap_or(std::mem::take(&mut token)));
        token.clear();
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

/// The ABI name of register token `xN` or `fN`.
fn abi_name(token: &str) -> Option<String> {
    const X: [&str; 32] = [
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
        "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
        "t5", "t6",
    ];
    const F: [&str; 32] = [
        "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2",
        "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9",
        "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
    ];
    let table = match token.as_bytes().first()? {
        b'x' => &X,
        b'f' => &F,
        _ => return None,
    };
    let n: usize = token[1..].parse().ok()?;
    (token[1..].bytes().all(|b| b.is_ascii_digit()) && n < 32).then(|| table[n].to_string())
}

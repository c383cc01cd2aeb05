//! Spells the instructions that capstone 0.14, whose SystemZ tables stop at
//! z14, cannot spell as llvm-mc `-mcpu=z15` does, for `kindling disas`:
//!
//! - the byte-reversing and element-reversing loads and stores of the
//!   vector-enhancements-2 facility (the 0xe6 opcode page: `vlbr`, `vstbr`,
//!   `vler`, `vster`, `vlebr*`, `vstebr*`, `vlbrrep`, `vllebrz`);
//! - `vl` and `vst`, whose alignment hint (`m3`) capstone does not decode;
//! - the vector conversions between integers and floats (`vcdg`, `vcdlg`,
//!   `vcgd`, `vclgd`), which capstone decodes but, for the 32-bit element
//!   size vector-enhancements 2 added, under their generic mnemonic where
//!   llvm-mc prints `vcefb` and the like;
//! - the trap, the two zero bytes, which no disassembler decodes (opcode 0
//!   is invalid by design): spelled `.insn e,0`, the directive that
//!   assembles to them, as llvm-mc prints it back.
//!
//! Decoding searches the form table instead of repeating the encoder
//! backwards: an instruction's fields propose candidate forms, and a
//! candidate is the answer only if the [`Assembler`] emits exactly those
//! bytes for it (and the table would draw it: no element index past the
//! vector, no base register 0). The spelling is llvm-mc's disassembler's,
//! extended mnemonics included.

use super::*;

/// How the trap is spelled: the `.insn` directive for its two zero bytes
/// (an E-format instruction of opcode 0), as llvm-mc prints it.
pub const TRAP_TEXT: &str = ".insn e,0";

/// The instruction at the start of `bytes`, as its length and llvm-mc's
/// spelling, if it is one this decoder covers (see the module docs);
/// `None` otherwise, or when `bytes` holds only part of it.
pub fn decode(bytes: &[u8]) -> Option<(usize, String)> {
    let len = match bytes.first()? >> 6 {
        0 => 2,
        1 | 2 => 4,
        _ => 6,
    };
    let insn = bytes.get(..len)?;
    if emits(|a| a.trap(), insn) {
        return Some((len, TRAP_TEXT.to_string()));
    }
    candidates(insn)
        .into_iter()
        .find(|form| emits(|a| form.emit(a), insn))
        .map(|form| (len, spelling(&form)))
}

/// Whether `emit` emits exactly `bytes`.
fn emits(emit: impl FnOnce(&mut Assembler), bytes: &[u8]) -> bool {
    let mut a = Assembler::new();
    emit(&mut a);
    let mut out = Vec::new();
    a.finish_into(&mut out).is_ok() && out == bytes
}

/// The vector register of a 4-bit field and its RXB bit (`rxb` the RXB
/// nibble, `position` the field's place, 0 to 3).
fn vector(field: u8, rxb: u8, position: u8) -> u8 {
    (field & 15) | ((rxb >> (3 - position)) & 1) << 4
}

/// Whether `op` is one of the loads and stores this decoder spells.
fn decodes_vec_mem(op: VecMemOp) -> bool {
    matches!(op, VecMemOp::Vl | VecMemOp::Vst) || op.code().0 == 0xe6
}

/// The vector conversions this decoder spells, with the names of their
/// 32-bit (`m3` 2) and 64-bit (`m3` 3) element forms.
const CONVERSIONS: [(VecRrOp, &str, &str); 4] = [
    (VecRrOp::Vcdg, "cefb", "cdgb"),
    (VecRrOp::Vcdlg, "celfb", "cdlgb"),
    (VecRrOp::Vcgd, "cfeb", "cgdb"),
    (VecRrOp::Vclgd, "clfeb", "clgdb"),
];

/// The forms `insn` may be, from its opcode and fields.
fn candidates(insn: &[u8]) -> Vec<Form> {
    let [first, b1, b2, b3, b4, last] = *insn else {
        return Vec::new();
    };
    let rxb = b4 & 15;
    let (m3, base) = (b4 >> 4, b2 >> 4);
    let disp = Disp12::new(i64::from(b2 & 15) << 8 | i64::from(b3));
    let mut forms = Vec::new();
    for &op in VecMemOp::ALL {
        // As the table draws them: an element of the vector, a base.
        let drawn = u64::from(m3) < element_indexes(op) && base != 0;
        if op.code() == (first, last) && decodes_vec_mem(op) && drawn {
            forms.extend(disp.map(|disp| Form::VecMem {
                op,
                v1: vector(b1 >> 4, rxb, 0),
                index: b1 & 15,
                base,
                disp,
                m3,
            }));
        }
    }
    for (op, _, _) in CONVERSIONS {
        if first == 0xe7 && op.code().0 == last {
            forms.push(Form::VecRr {
                op,
                v1: vector(b1 >> 4, rxb, 0),
                v2: vector(b1, rxb, 1),
                m: [b4 >> 4, b3 & 15, b3 >> 4],
            });
        }
    }
    forms
}

/// `form` as llvm-mc's disassembler prints it: a form [`candidates`]
/// proposes.
fn spelling(form: &Form) -> String {
    match *form {
        Form::VecMem {
            op,
            v1,
            index,
            base,
            disp,
            m3,
        } => {
            let operands = format!("%v{v1}, {}", addr(disp.get().into(), index, base));
            match vec_mem_suffix(op, m3) {
                Some(suffix) => format!("{}{suffix} {operands}", op.mnemonic()),
                None => format!("{} {operands}, {m3}", op.mnemonic()),
            }
        }
        Form::VecRr { op, v1, v2, m } => conversion_text(op, v1, v2, m),
        _ => unreachable!("no candidate is a {form:?}"),
    }
}

/// The extended-mnemonic suffix llvm-mc prints, in place of the `m3`
/// operand, for a load or store: the element size (`h`, `f`, `g`, `q`;
/// `e` for the left-aligned word of `vllebrz`), or nothing for `vl` and
/// `vst` without an alignment hint.
fn vec_mem_suffix(op: VecMemOp, m3: u8) -> Option<&'static str> {
    use VecMemOp::*;
    let sizes = match op {
        Vl | Vst => return (m3 == 0).then_some(""),
        Vlbr | Vstbr => 4,
        Vler | Vster | Vlbrrep | Vllebrz => 3,
        _ => 0,
    };
    match m3 {
        1..=4 if m3 <= sizes => Some(["h", "f", "g", "q"][usize::from(m3 - 1)]),
        6 if op == Vllebrz => Some("e"),
        _ => None,
    }
}

/// A conversion as llvm-mc prints it: for 32-bit and 64-bit elements the
/// extended mnemonic, `v...` or, when `m4` says one element only (8),
/// `w...` with that bit dropped and the registers as the floating-point
/// ones they overlap below 16; the generic form otherwise.
fn conversion_text(op: VecRrOp, v1: u8, v2: u8, m: [u8; 3]) -> String {
    let [m3, m4, m5] = m;
    let names = CONVERSIONS.iter().find(|(o, _, _)| *o == op);
    let name = names.and_then(|&(_, short, long)| match m3 {
        2 => Some(short),
        3 => Some(long),
        _ => None,
    });
    match name {
        Some(name) if m4 & 8 != 0 => {
            let scalar = |v: u8| format!("%{}{v}", if v < 16 { 'f' } else { 'v' });
            format!("w{name} {}, {}, {}, {m5}", scalar(v1), scalar(v2), m4 & 7)
        }
        Some(name) => format!("v{name} %v{v1}, %v{v2}, {m4}, {m5}"),
        None => format!("{} %v{v1}, %v{v2}, {m3}, {m4}, {m5}", op.mnemonic()),
    }
}

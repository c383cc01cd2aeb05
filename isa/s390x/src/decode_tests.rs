//! Checks of [`forms::decode`], the decoder `kindling disas` asks before
//! capstone: what it spells is what llvm-mc prints, it spells every form
//! capstone 0.14 cannot, and it declines everything else.

use crate::forms::{self, Form, Intended};
use crate::*;

/// Whether capstone 0.14 cannot spell `form` as llvm-mc `-mcpu=z15` does,
/// so that `kindling disas` needs [`forms::decode`] for it (found by
/// disassembling every form with both).
fn beyond_capstone(form: &Form) -> bool {
    use VecRrOp::*;
    match *form {
        // The vector-enhancements-2 page, and the alignment hints of `vl`
        // and `vst`: capstone decodes neither.
        Form::VecMem { op, m3, .. } => {
            op.code().0 == 0xe6 || (matches!(op, VecMemOp::Vl | VecMemOp::Vst) && m3 != 0)
        }
        // The 32-bit element conversions of vector-enhancements 2, which
        // capstone prints under the generic mnemonic (`vcdg` for `vcefb`).
        Form::VecRr { op, m, .. } => matches!(op, Vcdg | Vcdlg | Vcgd | Vclgd) && m[0] == 2,
        _ => false,
    }
}

/// Every operation the decoder covers, with every mask the table draws
/// for it, low and high vector registers, with and without an index.
fn decoder_sweep() -> Vec<Form> {
    let mut forms = Vec::new();
    let disp = Disp12::new(4095).unwrap();
    for &op in VecMemOp::ALL {
        for m3 in 0..forms::element_indexes(op) as u8 {
            for (v1, index) in [(3, 0), (29, 7)] {
                forms.push(Form::VecMem {
                    op,
                    v1,
                    index,
                    base: 15,
                    disp,
                    m3,
                });
            }
        }
    }
    use VecRrOp::*;
    for op in [Vcdg, Vcdlg, Vcgd, Vclgd] {
        for m in 0..512u16 {
            let m = [m & 15, (m >> 4) & 15, (m >> 8) * 7].map(|m| m as u8);
            for (v1, v2) in [(2, 18), (31, 0), (12, 9)] {
                forms.push(Form::VecRr { op, v1, v2, m });
            }
        }
    }
    forms
}

#[test]
fn decoded_instructions_are_what_llvm_mc_decodes() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    let mut forms: Vec<Form> = kindling_isa_check::of_every_kind(0xdec0, 40);
    forms.extend(decoder_sweep());
    let (mut decoded, mut intended, mut labels) = (Vec::new(), Vec::new(), Vec::new());
    let mut beyond = 0;
    for form in &forms {
        let mut a = Assembler::new();
        form.emit(&mut a);
        let mut bytes = Vec::new();
        a.finish_into(&mut bytes).unwrap();
        match forms::decode(&bytes) {
            Some((len, text)) => {
                decoded.push(bytes[..len].to_vec());
                intended.push(vec![Intended::Decoded(text)]);
                labels.push(format!("{form:?}"));
            }
            None => assert!(!beyond_capstone(form), "{form:?} does not decode"),
        }
        beyond += usize::from(beyond_capstone(form));
    }
    assert!(beyond > 500, "only {beyond} forms beyond capstone");
    assert!(decoded.len() > 4000, "only {} decoded", decoded.len());
    let result = kindling_isa_check::check(&forms::oracle(&mc), &labels, &intended, &decoded);
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn the_trap_decodes_as_the_directive_that_assembles_it() {
    let trap = forms::TRAP_TEXT.to_string();
    assert_eq!(forms::decode(&[0, 0, 0x07, 0xfe]), Some((2, trap.clone())));
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(&mc)
        .args(["-triple=s390x", "-mcpu=z15", "-show-encoding"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{trap}").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // llvm-mc prints the spelling back unchanged, with the trap's bytes.
    let line = text.lines().find(|l| l.contains("encoding")).unwrap();
    let (printed, encoding) = line.split_once('#').unwrap();
    assert_eq!(printed.trim(), trap, "{text}");
    assert_eq!(encoding.trim(), "encoding: [0x00,0x00]", "{text}");
}

#[test]
fn decode_declines_what_it_does_not_cover() {
    let vlbr = [0xe6, 0x81, 0xf2, 0x4c, 0x80, 0x06];
    let cases: &[&[u8]] = &[
        &[],
        &[0],
        &vlbr[..5],                            // cut short
        &[0x00, 0x01],                         // opcode 0, but not the trap
        &[0x07, 0xfe],                         // br %r14: capstone's
        &[0xb9, 0x04, 0x00, 0x12],             // lgr %r1, %r2: capstone's
        &[0xe7, 0x86, 0xba, 0xae, 0xb0, 0x08], // vsteb: capstone's
        &[0xe6, 0x81, 0xf2, 0x4c, 0x80, 0x35], // vlrl: no form's
        &[0xe6, 0x02, 0x64, 0xd2, 0x88, 0x01], // vlebrh of element 8
        &[0xe6, 0x81, 0x02, 0x4c, 0x80, 0x06], // vlbr with base r0
        &[0xe6, 0x81, 0xf2, 0x4c, 0x84, 0x06], // an RXB bit of no register
        &[0xe7, 0x13, 0x01, 0x00, 0x28, 0xc3], // vcdg with a reserved bit
        &[0xff; 6],
    ];
    for bytes in cases {
        assert_eq!(forms::decode(bytes), None, "{bytes:02x?}");
    }
    assert_eq!(
        forms::decode(&[&vlbr[..], &[0x07, 0xfe]].concat()),
        Some((6, "vlbr %v8, 588(%r1,%r15), 8".into()))
    );
    assert_eq!(
        forms::decode(&[0xe7, 0x13, 0x00, 0x09, 0x28, 0xc3]),
        Some((6, "wcefb %v17, %f3, 1, 0".into()))
    );
}

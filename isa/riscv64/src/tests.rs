use crate::forms::{self, Form, Intended};
use crate::*;

fn words(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn finished(mut a: Assembler) -> Vec<u32> {
    let mut out = Vec::new();
    a.finish_into(&mut out).unwrap();
    words(&out)
}

fn forms_of_every_kind(per_kind: u64) -> Vec<Form> {
    kindling_isa_check::of_every_kind(0x5eed_7157, per_kind)
}

#[test]
fn every_form_decodes_to_the_intended_instruction() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    if let Err(e) = forms::check_with_llvm_mc(&mc, &forms_of_every_kind(40)) {
        panic!("{e}");
    }
}

#[test]
fn every_vector_operation_decodes_with_each_of_its_sources() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    let forms: Vec<Form> = forms::VecBinForm::every()
        .into_iter()
        .map(|form| Form::VecBin { form })
        .collect();
    assert!(forms.len() > 200, "only {} vector forms", forms.len());
    if let Err(e) = forms::check_with_llvm_mc(&mc, &forms) {
        panic!("{e}");
    }
}

/// Whether capstone 0.14 lacks `form`'s instructions, so that `kindling
/// disas` spells them with [`forms::decode_word`].
fn beyond_capstone(form: &Form) -> bool {
    matches!(
        form,
        Form::Alu { .. }
            | Form::AluW { .. }
            | Form::ShiftBitmanip { .. }
            | Form::Roriw { .. }
            | Form::Bit { .. }
            | Form::Vsetivli { .. }
            | Form::VecBin { .. }
            | Form::VecUn { .. }
            | Form::Vmerge { .. }
            | Form::VmvV { .. }
            | Form::VmvS { .. }
            | Form::VecToX { .. }
            | Form::VfmvFS { .. }
            | Form::Vid { .. }
            | Form::Vmv1r { .. }
            | Form::Vle { .. }
            | Form::Vse { .. }
            | Form::Vl1r { .. }
            | Form::Vs1r { .. }
            | Form::Lr { .. }
            | Form::Sc { .. }
            | Form::Amo { .. }
    )
}

#[test]
fn decoded_words_are_what_llvm_mc_decodes() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    let mut forms: Vec<Form> = forms_of_every_kind(40);
    forms.extend(
        forms::VecBinForm::every()
            .into_iter()
            .map(|form| Form::VecBin { form }),
    );
    let (mut words, mut intended) = (Vec::new(), Vec::new());
    for form in &forms {
        let mut a = Assembler::new();
        form.emit(&mut a);
        for word in finished(a) {
            match forms::decode_word(word) {
                Some(text) => {
                    words.push(word.to_le_bytes().to_vec());
                    intended.push(vec![Intended::Source(text)]);
                }
                None => assert!(
                    !beyond_capstone(form),
                    "{form:?}: {word:08x} does not decode"
                ),
            }
        }
    }
    assert!(words.len() > 1000, "only {} words decoded", words.len());
    let labels: Vec<String> = words.iter().map(|w| format!("{w:02x?}")).collect();
    if let Err(e) = kindling_isa_check::check(&forms::oracle(&mc), &labels, &intended, &words) {
        panic!("{e}");
    }
}

#[test]
fn words_no_form_emits_do_not_decode() {
    // ecall, a word of zeros, and `vadd.vv` with a reserved funct3-free
    // funct6 (0x01) are no form's.
    for word in [0x0000_0073, 0, 0x0400_0057] {
        assert_eq!(forms::decode_word(word), None, "{word:08x}");
    }
    assert_eq!(
        forms::decode_word(0x0220_8057).as_deref(),
        Some("vadd.vv v0, v2, v1")
    );
    assert_eq!(
        forms::decode_word(0x40c5_f533).as_deref(),
        Some("andn a0, a1, a2")
    );
}

#[test]
fn the_checker_catches_a_wrong_encoding() {
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    // `sub` spelled as `add`: the checker must refuse it.
    let form = Form::Alu {
        op: AluOp::Sub,
        rd: 10,
        rs1: 11,
        rs2: 12,
    };
    let mut a = Assembler::new();
    form.emit(&mut a);
    let mut sub = Vec::new();
    a.finish_into(&mut sub).unwrap();
    let add = [0x33, 0x85, 0xc5, 0x00]; // add a0, a1, a2
    assert!(forms::check_with_llvm_mc(&mc, std::slice::from_ref(&form)).is_ok());
    let intended = vec![form.intended(4)];
    assert_ne!(sub, add);
    let oracle_ok =
        kindling_isa_check::check(&forms::oracle(&mc), &[form], &intended, &[add.to_vec()]);
    assert!(oracle_ok.is_err(), "an add passed for a sub");
}

#[test]
fn the_form_table_covers_every_instruction_method() {
    // Every public instruction-emitting method of the encoder is in the
    // table (mov_imm is checked by evaluation below).
    let source = [
        include_str!("encode.rs"),
        include_str!("encode_fp.rs"),
        include_str!("encode_vector.rs"),
        include_str!("encode_atomic.rs"),
    ]
    .concat();
    let missing = kindling_isa_check::uncovered_methods(&source, &Form::methods(), &["mov_imm"]);
    assert!(missing.is_empty(), "no encoding form for {missing:?}");
    assert!(kindling_isa_check::uncovered_methods(&source, &[], &[]).len() > 40);
}

#[test]
fn mov_imm_materialises_every_value() {
    let mut next = kindling_isa_check::operands(7);
    let mut values: Vec<i64> = vec![
        0,
        1,
        -1,
        2047,
        -2048,
        2048,
        -2049,
        0x7fff_f800,
        0x7fff_ffff,
        i32::MIN as i64,
        0x8000_0000,
        0xffff_ffff,
        i64::MAX,
        i64::MIN,
        0x1234_5678_9abc_def0,
        1 << 40,
    ];
    for _ in 0..5000 {
        let v = next() as i64;
        values.push(v);
        values.push(v >> (next() % 64));
    }
    for (i, v) in values.into_iter().enumerate() {
        if let Err(e) = forms::check_mov_imm(1 + (i % 31) as u8, v) {
            panic!("{e}");
        }
    }
}

/// The target of the branch or `jal` word at word index `at`.
fn target(code: &[u32], at: usize) -> usize {
    let w = code[at];
    let offset = if w & 0x7f == 0x63 {
        let imm = ((w >> 31) & 1) << 12
            | ((w >> 7) & 1) << 11
            | ((w >> 25) & 0x3f) << 5
            | ((w >> 8) & 0xf) << 1;
        ((imm << 19) as i32) >> 19
    } else {
        assert_eq!(w & 0x7f, 0x6f, "{w:08x} is no jal");
        let imm = ((w >> 31) & 1) << 20
            | ((w >> 12) & 0xff) << 12
            | ((w >> 20) & 1) << 11
            | ((w >> 21) & 0x3ff) << 1;
        ((imm << 11) as i32) >> 11
    };
    (at as i64 * 4 + i64::from(offset)) as usize / 4
}

#[test]
fn a_branch_over_more_than_4_kib_reaches_through_a_veneer() {
    // 16 KiB of straight-line code with safe points: the branch lands on a
    // `jal` in an island, which lands on the label; the island is jumped over.
    let mut a = Assembler::new();
    let l = a.new_label();
    a.branch(BranchCond::Ltu, 5, 6, l);
    for _ in 0..4096 {
        a.alu(AluOp::Add, 7, 7, 7);
        a.island_point(4);
    }
    a.bind(l);
    a.ebreak();
    let code = finished(a);
    let add = code[1];
    let veneer = target(&code, 0);
    assert!(
        veneer * 4 <= 4094,
        "the veneer is within the branch's reach"
    );
    assert_eq!(
        target(&code, veneer),
        code.len() - 1,
        "the veneer reaches the label"
    );
    let over = veneer - 1;
    assert_eq!(target(&code, over), veneer + 1, "the island is jumped over");
    let island = code.iter().filter(|&&w| w != add).count();
    assert_eq!(island, 4, "branch, jump over, veneer, ebreak");
}

#[test]
fn far_backward_branches_are_emitted_long() {
    let mut a = Assembler::new();
    let l = a.new_label();
    a.bind(l);
    for _ in 0..2048 {
        a.alu(AluOp::Add, 7, 7, 7);
    }
    a.branch(BranchCond::Eq, 5, 6, l);
    let code = finished(a);
    let n = code.len();
    assert_eq!(n, 2048 + 2, "bne over a jal");
    assert_eq!(code[n - 2] & 0x707f, 0x1063, "inverted to bne");
    assert_eq!(target(&code, n - 2), n, "skips the jal");
    assert_eq!(target(&code, n - 1), 0, "the jal reaches the label");
}

#[test]
fn jumps_past_1_mib_go_through_auipc_and_jalr() {
    let mut a = Assembler::new();
    let l = a.new_label();
    a.j(l);
    for _ in 0..(1 << 18) + 16 {
        a.alu(AluOp::Add, 7, 7, 7);
        a.island_point(4);
    }
    a.bind(l);
    a.ebreak();
    let code = finished(a);
    let veneer = target(&code, 0);
    // The veneer: auipc t6, hi; jalr zero, lo(t6).
    let (auipc, jalr) = (code[veneer], code[veneer + 1]);
    assert_eq!(auipc & 0xfff, 0xf97, "{auipc:08x}");
    assert_eq!(jalr & 0xfffff, 0xf8067, "{jalr:08x}");
    let reached = veneer as i64 * 4
        + i64::from((auipc & 0xffff_f000) as i32)
        + i64::from((jalr as i32) >> 20);
    assert_eq!(reached as usize, (code.len() - 1) * 4);
}

#[test]
fn backward_displacements_decode_as_intended() {
    // Negative and extreme displacements, which the forms (offsets 0 and 4)
    // do not reach: llvm-mc must read each as the offset intended.
    let Some(mc) = kindling_isa_check::llvm_mc_for_test() else {
        return;
    };
    let add = "add x7, x7, x7".to_string();
    let mut cases = Vec::new();
    let mut intended = Vec::new();
    let mut encoded = Vec::new();
    for (adds, jump) in [
        (1, false),
        (2, true),
        (1023, false),
        (1024, false),
        (700, true),
    ] {
        let mut a = Assembler::new();
        let l = a.new_label();
        a.bind(l);
        for _ in 0..adds {
            a.alu(AluOp::Add, 7, 7, 7);
        }
        let back = -4 * adds as i64;
        let last = if jump {
            a.j(l);
            format!("jal x0, {back}")
        } else {
            a.branch(BranchCond::Geu, 5, 6, l);
            format!("bgeu x5, x6, {back}")
        };
        let mut bytes = Vec::new();
        a.finish_into(&mut bytes).unwrap();
        let mut lines: Vec<Intended> = (0..adds).map(|_| Intended::Source(add.clone())).collect();
        lines.push(Intended::Source(last));
        cases.push(format!("{adds} adds back, jump {jump}"));
        intended.push(lines);
        encoded.push(bytes);
    }
    if let Err(e) = kindling_isa_check::check(&forms::oracle(&mc), &cases, &intended, &encoded) {
        panic!("{e}");
    }
}

//! Encoding checks against known-good byte sequences.
use super::*;

fn enc(f: impl FnOnce(&mut Assembler)) -> Vec<u8> {
    let mut a = Assembler::new();
    f(&mut a);
    let mut out = Vec::new();
    a.finish_into(&mut out).unwrap();
    out
}

#[test]
fn jump_table_entries_are_five_bytes() {
    let bytes = enc(|a| {
        let l = a.new_label();
        a.jump_table(0, 11, &[l, l, l]);
        a.bind(l);
    });
    // Three 5-byte `jmp rel32` entries close the sequence, each reaching the
    // label right after the table.
    let entries = &bytes[bytes.len() - 15..];
    for (i, e) in entries.chunks(5).enumerate() {
        assert_eq!(e[0], 0xe9, "{bytes:02x?}");
        let rel = i32::from_le_bytes([e[1], e[2], e[3], e[4]]);
        assert_eq!(rel, 10 - 5 * i as i32, "{bytes:02x?}");
    }
}

/// `llvm-mc`, if installed (`KINDLING_LLVM_MC` overrides the name).
fn llvm_mc() -> Option<String> {
    let candidates = match std::env::var("KINDLING_LLVM_MC") {
        Ok(v) => vec![v],
        Err(_) => vec!["llvm-mc-14".to_string(), "llvm-mc".to_string()],
    };
    candidates.into_iter().find(|c| {
        std::process::Command::new(c)
            .arg("--version")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    })
}

/// Runs llvm-mc over `input` with `args`, returning the printed instructions
/// (Intel syntax), one per instruction.
fn run_llvm_mc(mc: &str, args: &[&str], input: &str) -> Vec<String> {
    use std::io::Write;
    let mut child = std::process::Command::new(mc)
        .args(["-triple=x86_64", "-output-asm-variant=1"])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "llvm-mc failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim().replace('\t', " "))
        .filter(|l| !l.is_empty() && !l.starts_with('.'))
        .collect()
}

const NAMES64: [&str; 16] = [
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15",
];
const NAMES32: [&str; 16] = [
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d",
    "r13d", "r14d", "r15d",
];

type Case = (String, Box<dyn Fn(&mut Assembler)>);

fn cases() -> Vec<Case> {
    let mut v: Vec<Case> = Vec::new();
    let regs = [0u8, 3, 5, 7, 8, 12, 13, 15];
    let sized = |s: Size, r: u8| {
        if s == Size::S64 {
            NAMES64[r as usize]
        } else {
            NAMES32[r as usize]
        }
    };
    for &s in &[Size::S32, Size::S64] {
        for &d in &regs {
            for &r in &[1u8, 4, 9, 13] {
                if r == 4 {
                    continue;
                }
                v.push((
                    format!("mov {}, {}", sized(s, d), sized(s, r)),
                    Box::new(move |a| a.mov_rr(s, d, r)),
                ));
                for (op, name) in [
                    (Alu::Add, "add"),
                    (Alu::Sub, "sub"),
                    (Alu::And, "and"),
                    (Alu::Or, "or"),
                    (Alu::Xor, "xor"),
                    (Alu::Cmp, "cmp"),
                ] {
                    v.push((
                        format!("{name} {}, {}", sized(s, d), sized(s, r)),
                        Box::new(move |a| a.alu_rr(op, s, d, r)),
                    ));
                    v.push((
                        format!("{name} {}, 305419896", sized(s, d)),
                        Box::new(move |a| a.alu_ri(op, s, d, 0x12345678)),
                    ));
                }
                v.push((
                    format!("imul {}, {}", sized(s, d), sized(s, r)),
                    Box::new(move |a| a.imul_rr(s, d, r)),
                ));
                v.push((
                    format!("imul {}, {}, 1000", sized(s, d), sized(s, r)),
                    Box::new(move |a| a.imul_rri(s, d, r, 1000)),
                ));
                v.push((
                    format!("test {}, {}", sized(s, d), sized(s, r)),
                    Box::new(move |a| a.test_rr(s, d, r)),
                ));
                for (op, name) in [
                    (BitCount::Lzcnt, "lzcnt"),
                    (BitCount::Tzcnt, "tzcnt"),
                    (BitCount::Popcnt, "popcnt"),
                    (BitCount::Bsr, "bsr"),
                    (BitCount::Bsf, "bsf"),
                ] {
                    v.push((
                        format!("{name} {}, {}", sized(s, d), sized(s, r)),
                        Box::new(move |a| a.bit_count(op, s, d, r)),
                    ));
                }
                v.push((
                    format!("cmovne {}, {}", sized(s, d), sized(s, r)),
                    Box::new(move |a| a.cmov(Cond::Ne, s, d, r)),
                ));
            }
            for (base, disp) in [(5u8, -8i32), (4, 16), (12, 0), (13, 0x1000), (14, 8)] {
                let m = format!(
                    "[{} {} {}]",
                    NAMES64[base as usize],
                    if disp < 0 { "-" } else { "+" },
                    disp.abs()
                );
                let w = if s == Size::S64 { "qword" } else { "dword" };
                v.push((
                    format!("mov {}, {w} ptr {m}", sized(s, d)),
                    Box::new(move |a| a.load(s, d, base, disp)),
                ));
                v.push((
                    format!("mov {w} ptr {m}, {}", sized(s, d)),
                    Box::new(move |a| a.store(s, base, disp, d)),
                ));
                v.push((
                    format!("mov {w} ptr {m}, -5"),
                    Box::new(move |a| a.store_imm(s, base, disp, -5)),
                ));
                if s == Size::S64 {
                    v.push((
                        format!("lea {}, {m}", NAMES64[d as usize]),
                        Box::new(move |a| a.lea(d, base, disp)),
                    ));
                    v.push((
                        format!("movzx {}, byte ptr {m}", NAMES32[d as usize]),
                        Box::new(move |a| a.load_zx(Size::S8, d, base, disp)),
                    ));
                    v.push((
                        format!("movzx {}, word ptr {m}", NAMES32[d as usize]),
                        Box::new(move |a| a.load_zx(Size::S16, d, base, disp)),
                    ));
                    v.push((
                        format!("movsx {}, byte ptr {m}", NAMES64[d as usize]),
                        Box::new(move |a| a.load_sx(Size::S8, Size::S64, d, base, disp)),
                    ));
                    v.push((
                        format!("movsxd {}, dword ptr {m}", NAMES64[d as usize]),
                        Box::new(move |a| a.load_sx(Size::S32, Size::S64, d, base, disp)),
                    ));
                    v.push((
                        format!("movsd xmm{}, qword ptr {m}", d),
                        Box::new(move |a| a.load_xmm(Size::S64, d, base, disp)),
                    ));
                    v.push((
                        format!("movss dword ptr {m}, xmm{}", d),
                        Box::new(move |a| a.store_xmm(Size::S32, base, disp, d)),
                    ));
                }
            }
            for (op, name) in [
                (Shift::Shl, "shl"),
                (Shift::Shr, "shr"),
                (Shift::Sar, "sar"),
                (Shift::Rol, "rol"),
                (Shift::Ror, "ror"),
            ] {
                v.push((
                    format!("{name} {}, cl", sized(s, d)),
                    Box::new(move |a| a.shift_cl(op, s, d)),
                ));
                v.push((
                    format!("{name} {}, 7", sized(s, d)),
                    Box::new(move |a| a.shift_ri(op, s, d, 7)),
                ));
            }
            v.push((
                format!("neg {}", sized(s, d)),
                Box::new(move |a| a.neg(s, d)),
            ));
            v.push((
                format!("idiv {}", sized(s, d)),
                Box::new(move |a| a.div(true, s, d)),
            ));
            v.push((
                format!("div {}", sized(s, d)),
                Box::new(move |a| a.div(false, s, d)),
            ));
            let mov = if s == Size::S64 { "movq" } else { "movd" };
            v.push((
                format!("{mov} xmm{d}, {}", sized(s, d)),
                Box::new(move |a| a.mov_xmm_from_gpr(s, d, d)),
            ));
            v.push((
                format!("{mov} {}, xmm{d}", sized(s, d)),
                Box::new(move |a| a.mov_gpr_from_xmm(s, d, d)),
            ));
            let (cvt_to, cvt_from) = if s == Size::S64 {
                ("cvttsd2si", "cvtsi2sd")
            } else {
                ("cvttss2si", "cvtsi2ss")
            };
            v.push((
                format!("{cvt_to} {}, xmm{d}", NAMES64[d as usize]),
                Box::new(move |a| a.cvt_float_to_int(s, Size::S64, d, d)),
            ));
            v.push((
                format!("{cvt_from} xmm{d}, {}", sized(s, d)),
                Box::new(move |a| a.cvt_int_to_float(s, s, d, d)),
            ));
            for (op, name) in [
                (SseOp::Add, "add"),
                (SseOp::Sub, "sub"),
                (SseOp::Mul, "mul"),
                (SseOp::Div, "div"),
                (SseOp::Sqrt, "sqrt"),
            ] {
                let suffix = if s == Size::S64 { "sd" } else { "ss" };
                v.push((
                    format!("{name}{suffix} xmm{d}, xmm9"),
                    Box::new(move |a| a.sse_arith(op, s, d, 9)),
                ));
            }
        }
        v.push((
            "cdq".into(),
            Box::new(|a| a.sign_extend_rax_into_rdx(Size::S32)),
        ));
        v.push((
            "cqo".into(),
            Box::new(|a| a.sign_extend_rax_into_rdx(Size::S64)),
        ));
    }
    for &d in &regs {
        v.push((
            format!("mov {}, 0x123456789", NAMES64[d as usize]),
            Box::new(move |a| a.mov_ri(Size::S64, d, 0x1_2345_6789)),
        ));
        v.push((
            format!("mov {}, -2", NAMES64[d as usize]),
            Box::new(move |a| a.mov_ri(Size::S64, d, -2)),
        ));
        v.push((
            format!("mov {}, 77", NAMES32[d as usize]),
            Box::new(move |a| a.mov_ri(Size::S32, d, 77)),
        ));
        v.push((
            format!("push {}", NAMES64[d as usize]),
            Box::new(move |a| a.push(d)),
        ));
        v.push((
            format!("pop {}", NAMES64[d as usize]),
            Box::new(move |a| a.pop(d)),
        ));
        v.push((
            format!("call {}", NAMES64[d as usize]),
            Box::new(move |a| a.call_r(d)),
        ));
        v.push((
            format!("jmp {}", NAMES64[d as usize]),
            Box::new(move |a| a.jmp_r(d)),
        ));
        v.push((
            format!("movaps xmm{d}, xmm3"),
            Box::new(move |a| a.movaps(d, 3)),
        ));
        v.push((
            format!(
                "movsx {}, {}",
                NAMES64[d as usize],
                [
                    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b",
                    "r11b", "r12b", "r13b", "r14b", "r15b"
                ][6]
            ),
            Box::new(move |a| a.movsx_rr(Size::S8, Size::S64, d, 6)),
        ));
        v.push((
            format!("movsxd {}, esi", NAMES64[d as usize]),
            Box::new(move |a| a.movsx_rr(Size::S32, Size::S64, d, 6)),
        ));
        v.push((
            format!("cmp qword ptr [{}], rsp", NAMES64[d as usize]),
            Box::new(move |a| a.cmp_mr(d, 0, 4)),
        ));
    }
    v.push((
        "ud2".into(),
        Box::new(|a| {
            a.ud2();
        }),
    ));
    v.push(("ret".into(), Box::new(|a| a.ret())));
    v.push((
        "sub rsp, 0x12345678".into(),
        Box::new(|a| {
            let at = a.sub_rsp_patchable();
            a.patch_u32(at, 0x12345678);
        }),
    ));
    v.push((
        "call some_function".into(),
        Box::new(|a| {
            a.call_rel32();
        }),
    ));
    v
}

#[test]
fn encodings_decode_to_the_intended_instruction() {
    let Some(mc) = llvm_mc() else {
        eprintln!("skipping: llvm-mc not found (install llvm-14, or set KINDLING_LLVM_MC)");
        return;
    };
    let cases = cases();
    // llvm-mc's canonical spelling of each intended instruction...
    let mut source = String::from(".intel_syntax noprefix\n");
    for (text, _) in &cases {
        source.push_str(text);
        source.push('\n');
    }
    let intended = run_llvm_mc(&mc, &["-x86-asm-syntax=intel"], &source);
    assert_eq!(intended.len(), cases.len(), "llvm-mc rejected some lines");
    // ...and what kindling's bytes decode to, one instruction per case.
    let mut bytes_text = String::new();
    let mut lengths = Vec::new();
    for (_, emit) in &cases {
        let bytes = enc(|a| emit(a));
        lengths.push(bytes.len());
        for b in &bytes {
            bytes_text.push_str(&format!("0x{b:02x} "));
        }
        bytes_text.push('\n');
    }
    let decoded = run_llvm_mc(&mc, &["--disassemble"], &bytes_text);
    assert_eq!(
        decoded.len(),
        cases.len(),
        "some encodings decode to more or fewer than one instruction"
    );
    // dynasm always encodes a SIB byte for a dynamic base register (decoded as
    // `+ riz`, an index of none) and llvm prints a 32-bit store's immediate
    // unsigned: both are the same instruction.
    let normalize = |s: &str| {
        let s = s.replace(" + riz", "");
        if s.starts_with("mov dword ptr") {
            s.replace("4294967291", "-5")
        } else {
            s
        }
    };
    let decoded: Vec<String> = decoded.iter().map(|d| normalize(d)).collect();
    let mismatches: Vec<String> = intended
        .iter()
        .zip(&decoded)
        .zip(&cases)
        .filter(|((want, got), (text, _))| want != got && !text.starts_with("call some_function"))
        .map(|((want, got), (text, _))| format!("{text}: decodes as `{got}`, expected `{want}`"))
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    assert!(lengths.iter().all(|&l| l <= 15));
}

#[test]
fn setcc_covers_byte_registers_that_need_rex() {
    // sil/dil need a REX prefix, r8b-r15b need REX.B.
    let bytes = enc(|a| a.setcc_zx(Cond::E, 6));
    assert_eq!(&bytes[..4], &[0x40, 0x0f, 0x94, 0xc6]);
    let bytes = enc(|a| a.setcc_zx(Cond::L, 9));
    assert_eq!(&bytes[..4], &[0x41, 0x0f, 0x9c, 0xc1]);
}

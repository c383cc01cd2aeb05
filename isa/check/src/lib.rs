//! The llvm-mc oracle for kindling's assemblers, shared by every ISA.
//!
//! An ISA's encoding forms each say which instructions they intend, as
//! [`Intended`] lines, and emit bytes. [`check`] has llvm-mc assemble the
//! intended source lines (which prints them in its canonical spelling) and
//! disassemble the bytes, each form's bytes followed by a separator
//! instruction that no form emits, so that every form is decoded on its own.
//! The two spellings must agree, form by form: same instructions, same
//! operands, and no bytes left over or missing.

mod table;
pub use table::{below, branch_around, flag, pick, uncovered_methods, FormTable, Labels, Spelling};

/// One intended instruction, as llvm-mc is to read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intended {
    /// Assembly source, which llvm-mc assembles and prints canonically.
    Source(String),
    /// Already spelled as llvm-mc's disassembler prints it: branches with
    /// numeric displacements and pc-relative operands, which its assembler
    /// does not take as numbers. Where the disassembler prints a target as
    /// an absolute address (s390x), `{pc+N}` or `{pc-N}` stands for the
    /// address `N` bytes after or before the form's first byte.
    Decoded(String),
    /// Assembly source whose encoding, as llvm-mc assembles it, must be the
    /// form's bytes: for instructions llvm-mc's disassembler prints under
    /// extended mnemonics that its assembler does not print back (s390x's
    /// vector operations). The bytes must still decode. A form's lines are
    /// either all `Encoded` or none.
    Encoded(String),
}

/// How to ask llvm-mc about one ISA.
pub struct Oracle<'a> {
    /// The llvm-mc binary.
    pub mc: &'a str,
    /// Arguments for both directions (`-triple=...`, syntax variant).
    pub common_args: &'a [&'a str],
    /// Extra arguments for assembling the intended source.
    pub assemble_args: &'a [&'a str],
    /// A line put before the intended source (an assembler directive).
    pub source_prologue: &'a str,
    /// The separator instruction's bytes, which no form emits...
    pub separator: &'a [u8],
    /// ...and how llvm-mc prints it.
    pub separator_text: &'a str,
    /// What starts a comment in llvm-mc's output (`#` on x86, `//` on aarch64).
    pub comment: &'a str,
    /// Maps what llvm-mc prints two ways for one instruction to one spelling.
    pub normalize: fn(&str) -> String,
}

/// Emits each of `forms` on its own, with a fresh assembler that `finish`
/// finishes into the form's bytes, naming the form in any error.
pub fn emit_each<F, E>(
    forms: &[F],
    finish: impl Fn(&mut F::Assembler, &mut Vec<u8>) -> Result<(), E>,
) -> Result<Vec<Vec<u8>>, String>
where
    F: FormTable,
    F::Assembler: Default,
    E: std::fmt::Display,
{
    forms
        .iter()
        .map(|form| {
            let mut asm = F::Assembler::default();
            form.emit(&mut asm);
            let mut bytes = Vec::new();
            finish(&mut asm, &mut bytes).map_err(|e| format!("{form:?}: {e}"))?;
            Ok(bytes)
        })
        .collect()
}

/// Checks that `encoded[i]`, disassembled on its own, is exactly what
/// `forms[i]` intends for that many bytes.
pub fn check_encoded<F: FormTable>(
    oracle: &Oracle,
    forms: &[F],
    encoded: &[Vec<u8>],
) -> Result<(), String> {
    if forms.len() != encoded.len() {
        return Err(format!(
            "{} forms but {} encodings",
            forms.len(),
            encoded.len()
        ));
    }
    let intended: Vec<Vec<Intended>> = forms
        .iter()
        .zip(encoded)
        .map(|(form, bytes)| form.intended(bytes.len()))
        .collect();
    check(oracle, forms, &intended, encoded)
}

/// Emits each of `forms` on its own ([`emit_each`]) and checks its bytes
/// against what it intends ([`check_encoded`]).
pub fn check_forms<F, E>(
    oracle: &Oracle,
    forms: &[F],
    finish: impl Fn(&mut F::Assembler, &mut Vec<u8>) -> Result<(), E>,
) -> Result<(), String>
where
    F: FormTable,
    F::Assembler: Default,
    E: std::fmt::Display,
{
    let encoded = emit_each(forms, finish)?;
    check_encoded(oracle, forms, &encoded)
}

/// Checks that `encoded[i]`, disassembled on its own, is exactly
/// `intended[i]`, the instructions `forms[i]` (named in the report) intends.
pub fn check<F: std::fmt::Debug>(
    oracle: &Oracle,
    forms: &[F],
    intended: &[Vec<Intended>],
    encoded: &[Vec<u8>],
) -> Result<(), String> {
    let labels: Vec<String> = forms.iter().map(|f| format!("{f:?}")).collect();
    let mut source = String::from(oracle.source_prologue);
    let mut source_count = 0;
    for line in intended.iter().flatten() {
        if let Intended::Source(s) = line {
            source.push_str(s);
            source.push('\n');
            source_count += 1;
        }
    }
    let canonical = run_llvm_mc(oracle, oracle.assemble_args, &source)?;
    if canonical.len() != source_count {
        return Err(format!(
            "llvm-mc printed {} lines for {source_count} intended instructions",
            canonical.len()
        ));
    }
    let mut canonical = canonical.into_iter();
    let mut encodings = assemble_encodings(oracle, intended)?.into_iter();

    let mut bytes_text = String::new();
    for bytes in encoded {
        for b in bytes.iter().chain(oracle.separator) {
            bytes_text.push_str(&format!("0x{b:02x} "));
        }
        bytes_text.push('\n');
    }
    let decoded = run_llvm_mc(oracle, &["--disassemble"], &bytes_text)?;
    let mut groups: Vec<Vec<String>> = vec![Vec::new()];
    for line in decoded {
        if line == oracle.separator_text {
            groups.push(Vec::new());
        } else if let Some(last) = groups.last_mut() {
            last.push(line);
        }
    }
    groups.pop(); // after the last separator
    if groups.len() != encoded.len() {
        return Err(format!(
            "{} forms decoded as {} groups: some bytes swallowed a separator",
            encoded.len(),
            groups.len()
        ));
    }

    let mut mismatches = Vec::new();
    let mut start = 0usize;
    for (i, (want, got)) in intended.iter().zip(&groups).enumerate() {
        let label = labels.get(i).map(String::as_str).unwrap_or("?");
        let encoded_lines = want
            .iter()
            .filter(|line| matches!(line, Intended::Encoded(_)))
            .count();
        if encoded_lines > 0 {
            if encoded_lines != want.len() {
                return Err(format!("{label} mixes encoded and spelled lines"));
            }
            let lines: Vec<&Intended> = want.iter().collect();
            let want_bytes: Vec<u8> = lines
                .iter()
                .flat_map(|_| encodings.next().unwrap_or_default())
                .collect();
            if want_bytes != encoded[i] || got.is_empty() {
                mismatches.push(format!(
                    "{label}: emits {:02x?} (decoded as {got:?}), llvm-mc encodes {want:?} as {want_bytes:02x?}",
                    encoded[i]
                ));
            }
            start += encoded[i].len() + oracle.separator.len();
            continue;
        }
        let want: Vec<String> = want
            .iter()
            .map(|line| match line {
                Intended::Source(_) => canonical.next().unwrap_or_default(),
                Intended::Decoded(s) => with_addresses(s, start),
                Intended::Encoded(_) => unreachable!("handled above"),
            })
            .map(|s| (oracle.normalize)(&s))
            .collect();
        start += encoded[i].len() + oracle.separator.len();
        let got: Vec<String> = got.iter().map(|s| (oracle.normalize)(s)).collect();
        if want != got {
            mismatches.push(format!(
                "{label} ({:02x?}): decodes as {got:?}, intended {want:?}",
                encoded[i]
            ));
        }
    }
    if mismatches.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} of {} forms mismatch:\n{}",
            mismatches.len(),
            encoded.len(),
            mismatches.join("\n")
        ))
    }
}

/// The encodings llvm-mc gives the `Encoded` lines of `intended`, in
/// order (one llvm-mc run for them all).
fn assemble_encodings(oracle: &Oracle, intended: &[Vec<Intended>]) -> Result<Vec<Vec<u8>>, String> {
    let mut source = String::from(oracle.source_prologue);
    let mut count = 0;
    for line in intended.iter().flatten() {
        if let Intended::Encoded(s) = line {
            source.push_str(s);
            source.push('\n');
            count += 1;
        }
    }
    if count == 0 {
        return Ok(Vec::new());
    }
    let mut args = vec!["-show-encoding"];
    args.extend_from_slice(oracle.assemble_args);
    let text = run_llvm_mc_raw(oracle, &args, &source)?;
    let encodings: Vec<Vec<u8>> = text
        .lines()
        .filter_map(|line| line.split("encoding: [").nth(1))
        .map(|list| {
            list.trim_end_matches(']')
                .split(',')
                .filter_map(|b| u8::from_str_radix(b.trim().trim_start_matches("0x"), 16).ok())
                .collect()
        })
        .collect();
    if encodings.len() != count {
        return Err(format!(
            "llvm-mc encoded {} lines for {count} intended instructions",
            encodings.len()
        ));
    }
    Ok(encodings)
}

/// `text` with each `{pc+N}` and `{pc-N}` replaced by the address `N`
/// bytes after or before `start`, in llvm-mc's hex.
fn with_addresses(text: &str, start: usize) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("{pc") {
        out.push_str(&rest[..at]);
        let Some(end) = rest[at..].find('}') else {
            break;
        };
        let offset: i64 = rest[at + 3..at + end].replace('+', "").parse().unwrap_or(0);
        out.push_str(&format!("0x{:x}", start as i64 + offset));
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    out
}

/// Runs llvm-mc over `input`, returning the printed instructions, one per
/// line, without comments and directives.
fn run_llvm_mc(oracle: &Oracle, args: &[&str], input: &str) -> Result<Vec<String>, String> {
    Ok(run_llvm_mc_raw(oracle, args, input)?
        .lines()
        .map(|l| {
            l.split(oracle.comment)
                .next()
                .unwrap_or("")
                .trim()
                .replace('\t', " ")
        })
        .filter(|l| !l.is_empty() && !l.starts_with('.'))
        .collect())
}

/// Runs llvm-mc over `input`, returning what it prints, and an error for
/// anything it complains about.
fn run_llvm_mc_raw(oracle: &Oracle, args: &[&str], input: &str) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(oracle.mc)
        .args(oracle.common_args)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", oracle.mc))?;
    let mut stdin = child.stdin.take().ok_or("llvm-mc has no stdin")?;
    let input = input.to_string();
    // Write from another thread so that a full stdout pipe cannot deadlock.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("llvm-mc: {e}"))?;
    let _ = writer.join();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || stderr.contains("error") || stderr.contains("warning") {
        return Err(format!("llvm-mc {args:?} complained:\n{stderr}"));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `llvm-mc`, if installed: `KINDLING_LLVM_MC`, else `llvm-mc-14`, else
/// `llvm-mc`.
pub fn find_llvm_mc() -> Option<String> {
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

/// `llvm-mc` for a test that needs it: `None` (the test skips, saying so)
/// on a machine without it, but a panic in CI, where the setup installs it.
pub fn llvm_mc_for_test() -> Option<String> {
    let found = find_llvm_mc();
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "llvm-mc is missing in CI (scripts/setup.sh installs llvm-14)"
        );
        eprintln!("skipping: llvm-mc not found (install llvm-14, or set KINDLING_LLVM_MC)");
    }
    found
}

#[cfg(test)]
#[test]
fn addresses_are_filled_in() {
    assert_eq!(with_addresses("je {pc+4}", 0x10), "je 0x14");
    assert_eq!(with_addresses("j {pc-2}, x {pc+0}", 0x10), "j 0xe, x 0x10");
    assert_eq!(with_addresses("no placeholder", 3), "no placeholder");
}

/// `per_kind` forms of every kind of `F`, kind by kind round-robin, with
/// operands from [`operands`]`(seed)`.
pub fn of_every_kind<F: FormTable>(seed: u64, per_kind: u64) -> Vec<F> {
    let mut next = operands(seed);
    (0..F::KINDS * per_kind)
        .map(|kind| F::of_kind(kind, &mut next))
        .collect()
}

/// A deterministic source of operands for encoding tests (xorshift).
pub fn operands(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    }
}

//! The llvm-mc oracle: assembles what forms intend, disassembles what they
//! emit, and compares.

use super::spelling::NAMES32;
use super::{Form, Intended};
use crate::Assembler;

/// Checks `forms` against llvm-mc (the binary `mc`): each form's bytes,
/// disassembled on their own, must be exactly the instructions it intends,
/// spelled as llvm-mc spells them, and nothing more or less.
pub fn check_with_llvm_mc(mc: &str, forms: &[Form]) -> Result<(), String> {
    let mut encoded = Vec::with_capacity(forms.len());
    for form in forms {
        let mut a = Assembler::new();
        form.emit(&mut a);
        let mut bytes = Vec::new();
        a.finish_into(&mut bytes)
            .map_err(|e| format!("{form:?}: {e}"))?;
        encoded.push(bytes);
    }
    check_bytes(mc, forms, &encoded)
}

/// Checks that `encoded[i]`, disassembled on its own, is exactly what
/// `forms[i]` intends.
pub(crate) fn check_bytes(mc: &str, forms: &[Form], encoded: &[Vec<u8>]) -> Result<(), String> {
    let intended: Vec<Vec<Intended>> = forms
        .iter()
        .zip(encoded)
        .map(|(f, b)| f.intended(b.len()))
        .collect();

    // llvm-mc's canonical spelling of every intended source line, in one run.
    let mut source = String::from(".intel_syntax noprefix\n");
    let mut source_count = 0;
    for line in intended.iter().flatten() {
        if let Intended::Source(s) = line {
            source.push_str(s);
            source.push('\n');
            source_count += 1;
        }
    }
    let canonical = run_llvm_mc(mc, &["-x86-asm-syntax=intel"], &source)?;
    if canonical.len() != source_count {
        return Err(format!(
            "llvm-mc printed {} lines for {source_count} intended instructions",
            canonical.len()
        ));
    }
    let mut canonical = canonical.into_iter();

    // What the bytes decode to, each form followed by an `int3` separator
    // (which no form emits), so that every form is decoded on its own.
    let mut bytes_text = String::new();
    for bytes in encoded {
        for b in bytes {
            bytes_text.push_str(&format!("0x{b:02x} "));
        }
        bytes_text.push_str("0xcc\n");
    }
    let decoded = run_llvm_mc(mc, &["--disassemble"], &bytes_text)?;
    let mut groups: Vec<Vec<String>> = vec![Vec::new()];
    for line in decoded {
        if line == "int3" {
            groups.push(Vec::new());
        } else if let Some(last) = groups.last_mut() {
            last.push(line);
        }
    }
    groups.pop(); // after the last separator
    if groups.len() != forms.len() {
        return Err(format!(
            "{} forms decoded as {} groups: some bytes swallowed a separator",
            forms.len(),
            groups.len()
        ));
    }

    let mut mismatches = Vec::new();
    for ((form, want), (got, bytes)) in forms.iter().zip(intended).zip(groups.iter().zip(encoded)) {
        let want: Vec<String> = want
            .into_iter()
            .map(|line| match line {
                Intended::Source(_) => canonical.next().unwrap_or_default(),
                Intended::Decoded(s) => s,
            })
            .map(|s: String| normalize(&s))
            .collect();
        let got: Vec<String> = got.iter().map(|s| normalize(s)).collect();
        if want != got {
            mismatches.push(format!(
                "{form:?} ({bytes:02x?}): decodes as {got:?}, intended {want:?}"
            ));
        }
    }
    if mismatches.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} of {} forms mismatch:\n{}",
            mismatches.len(),
            forms.len(),
            mismatches.join("\n")
        ))
    }
}

/// One spelling for what llvm-mc prints two ways: dynasm always writes a SIB
/// byte for a dynamic base register (decoded as an index of `riz`), and
/// llvm-mc prints 32-bit immediates unsigned when decoding but signed when
/// assembling.
fn normalize(line: &str) -> String {
    let line = line.replace(" + riz", "").replace("+ 1*riz", "");
    let mut words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
    let narrow = words
        .get(1)
        .is_some_and(|w| w.starts_with("dword") || NAMES32.contains(&w.trim_end_matches(',')));
    if narrow {
        for w in words.iter_mut() {
            let (digits, comma) = match w.strip_suffix(',') {
                Some(d) => (d, ","),
                None => (w.as_str(), ""),
            };
            if let Ok(v) = digits.parse::<u64>() {
                if (1 << 31..1 << 32).contains(&v) {
                    *w = format!("{}{comma}", v as u32 as i32);
                }
            }
        }
    }
    words.join(" ")
}

/// Runs llvm-mc over `input` with `args`, returning the printed
/// instructions (Intel syntax), one per line, without comments.
fn run_llvm_mc(mc: &str, args: &[&str], input: &str) -> Result<Vec<String>, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(mc)
        .args(["-triple=x86_64", "-output-asm-variant=1"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {mc}: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("llvm-mc has no stdin")?;
    let input = input.to_string();
    // Write from another thread so a full stdout pipe cannot deadlock us.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("llvm-mc: {e}"))?;
    let _ = writer.join();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || stderr.contains("error") || stderr.contains("warning") {
        return Err(format!("llvm-mc {args:?} complained:\n{stderr}"));
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().replace('\t', " "))
        .filter(|l| !l.is_empty() && !l.starts_with('.'))
        .collect())
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

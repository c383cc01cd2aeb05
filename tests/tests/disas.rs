//! Disassembly filetests: every `tests/disas/<isa>/*.wat` is compiled with
//! kindling for that ISA and its listing compared with the expectation
//! stored in the file. `KINDLING_BLESS=1` rewrites the expectations instead,
//! so that a change in the emitted code shows up as a reviewed diff.

use kindling_tests::filetests::{blessed, check, Filetest};
use std::path::Path;

/// The filetest directories, by ISA, with the target each compiles for.
const ISAS: [(&str, &str); 4] = [
    ("x86_64", "x86_64-unknown-linux-gnu"),
    ("aarch64", "aarch64-unknown-linux-gnu"),
    ("riscv64", "riscv64gc-unknown-linux-gnu"),
    ("s390x", "s390x-unknown-linux-gnu"),
];

/// At least this many filetests per ISA, so that lost files are noticed.
const MINIMUM_PER_ISA: usize = 40;

#[test]
fn disassembly_filetests() {
    let bless = std::env::var("KINDLING_BLESS").is_ok_and(|v| v == "1");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("disas");
    let mut failures = Vec::new();
    for (isa, triple) in ISAS {
        let mut files: Vec<_> = std::fs::read_dir(root.join(isa))
            .unwrap_or_else(|e| panic!("cannot read tests/disas/{isa}: {e}"))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "wat"))
            .collect();
        files.sort();
        assert!(
            files.len() >= MINIMUM_PER_ISA,
            "tests/disas/{isa} has {} filetests, expected at least {MINIMUM_PER_ISA}",
            files.len()
        );
        for path in &files {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(path)
                .display()
                .to_string();
            let text = std::fs::read_to_string(path).expect("readable filetest");
            let outcome = Filetest::parse(&text)
                .and_then(|test| test.actual(triple).map(|actual| (test, actual)));
            let (test, actual) = match outcome {
                Ok(pair) => pair,
                Err(e) => {
                    failures.push(format!("{name}: {e:#}"));
                    continue;
                }
            };
            // Every instruction word kindling emits is spelled (by capstone,
            // or riscv64's extension decoder); none is left a raw `.word`.
            // (x86_64's constant pools after the code are data, shown as
            // `.byte`.)
            if let Some(raw) = actual.iter().find(|l| l.contains(".word")) {
                failures.push(format!("{name}: an undecoded instruction: {raw}"));
            }
            if bless {
                std::fs::write(path, blessed(&test, &actual)).expect("writable filetest");
            } else if let Err(diff) = check(&test, &actual) {
                failures.push(format!(
                    "{name}: the listing changed (-expected +actual):\n{diff}"
                ));
            }
        }
        println!("{isa}: {} filetests", files.len());
    }
    assert!(
        failures.is_empty(),
        "{} filetest(s) failed; rerun with KINDLING_BLESS=1 to accept the new code\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

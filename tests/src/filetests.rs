//! Disassembly filetests: `tests/disas/<isa>/*.wat`, each a module followed
//! by the disassembly kindling is expected to emit for it.
//!
//! A filetest looks like this:
//!
//! ```text
//! ;;! func = trampoline
//! ;;! no-guard-pages
//! (module ...)
//!
//! ;; ==== kindling disas ====
//! ;; wasm[0]::function[0] (f): kindling, x86_64-unknown-linux-gnu: ...
//! ;;   @0022: local.get 0
//! ;;       0: 55                     push rbp
//! ```
//!
//! Directives (`;;! `) choose the functions (`func = INDEX|NAME|part of a
//! symbol`, as `kindling disas --func`) and the engine (`no-guard-pages`:
//! dynamic, bounds-checked memories; `set NAME=VALUE`: a compiler setting, as
//! `kindling disas --set`, repeatable). Everything after the marker is the
//! expected listing; [`check`] compares it with the actual one, and
//! [`blessed`] writes the actual one in its place.

use anyhow::{bail, Context, Result};
use kindling_cli::disas::{disassemble, header, DisasRequest};
use kindling_cli::{Compiler, EngineOptions};

/// The line that separates a filetest's module from its expected listing.
pub const MARKER: &str = ";; ==== kindling disas ====";

/// A parsed filetest.
#[derive(Debug)]
pub struct Filetest {
    /// The module and directives: everything before the marker.
    pub source: String,
    /// `func = ...`, if given.
    pub func: Option<String>,
    /// `no-guard-pages` was given.
    pub no_guard_pages: bool,
    /// `set NAME=VALUE` directives, in order.
    pub settings: Vec<(String, String)>,
    /// The expected listing, without the `;; ` prefixes.
    pub expected: Vec<String>,
}

impl Filetest {
    /// Parses a filetest's text.
    pub fn parse(text: &str) -> Result<Filetest> {
        let (source, expected) = match text.split_once(MARKER) {
            Some((source, rest)) => (source, Some(rest)),
            None => (text, None),
        };
        let mut test = Filetest {
            source: source.trim_end().to_string(),
            func: None,
            no_guard_pages: false,
            settings: Vec::new(),
            expected: Vec::new(),
        };
        for line in source.lines() {
            let Some(directive) = line.strip_prefix(";;!") else {
                continue;
            };
            let directive = directive.trim();
            if let Some(setting) = directive.strip_prefix("set ") {
                match setting.split_once('=') {
                    Some((name, value)) => test
                        .settings
                        .push((name.trim().to_string(), value.trim().to_string())),
                    None => bail!("filetest directive `{directive}` is not `set NAME=VALUE`"),
                }
                continue;
            }
            match directive.split_once('=') {
                Some((key, value)) if key.trim() == "func" => {
                    test.func = Some(value.trim().to_string())
                }
                None if directive == "no-guard-pages" => test.no_guard_pages = true,
                _ => bail!("unknown filetest directive `{directive}`"),
            }
        }
        if let Some(expected) = expected {
            test.expected = expected
                .lines()
                .skip_while(|l| l.trim().is_empty())
                .map(|l| {
                    l.strip_prefix(";; ")
                        .or_else(|| l.strip_prefix(";;"))
                        .unwrap_or(l)
                        .to_string()
                })
                .collect();
            while test.expected.last().is_some_and(|l| l.trim().is_empty()) {
                test.expected.pop();
            }
        }
        Ok(test)
    }

    /// The listing kindling emits now for this test's module on `triple`.
    pub fn actual(&self, triple: &str) -> Result<Vec<String>> {
        let wasm = wat::parse_str(&self.source).context("the filetest's module does not parse")?;
        let mut options = EngineOptions::new(Compiler::Kindling);
        options.no_guard_pages = self.no_guard_pages;
        options.settings = cpu_features(triple);
        options.settings.extend(self.settings.iter().cloned());
        let request = DisasRequest {
            options,
            target: Some(triple),
            func: self.func.as_deref(),
            enable: &[],
        };
        let mut lines = Vec::new();
        for listing in disassemble(&wasm, &request)? {
            lines.push(header(&listing, Compiler::Kindling, triple));
            lines.extend(listing.text.lines().map(|l| l.trim_end().to_string()));
        }
        Ok(lines)
    }
}

/// The CPU features a filetest for `triple` compiles with, on and off,
/// whatever the host has, so that the listings are the same on every
/// machine (a filetest's own `;;! set` lines come after and win).
fn cpu_features(triple: &str) -> Vec<(String, String)> {
    let on = [
        "has_lzcnt",
        "has_bmi1",
        "has_popcnt",
        "has_sse3",
        "has_ssse3",
        "has_sse41",
        "has_sse42",
    ];
    let setting = |name: &str, value: &str| (name.to_string(), value.to_string());
    if triple.starts_with("riscv64") {
        // The RV64GC baseline; filetests of Zba and Zbb code set them.
        return ["has_zba", "has_zbb", "has_v"]
            .iter()
            .map(|name| setting(name, "false"))
            .collect();
    }
    if triple.starts_with("s390x") {
        // The z14 baseline; filetests of z15 code set them.
        return ["has_vxrs_ext2", "has_mie2"]
            .iter()
            .map(|name| setting(name, "false"))
            .collect();
    }
    let off = std::iter::once(&"has_bmi2").chain(crate::AVX_FEATURES);
    if !triple.starts_with("x86_64") {
        return Vec::new();
    }
    on.iter()
        .map(|name| setting(name, "true"))
        .chain(off.map(|name| setting(name, "false")))
        .collect()
}

/// The whole filetest text with `actual` as its expected listing.
pub fn blessed(test: &Filetest, actual: &[String]) -> String {
    let mut text = format!("{}\n\n{MARKER}\n", test.source);
    for line in actual {
        text.push_str(";; ");
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// `Ok` when `actual` is what `test` expects; otherwise a readable diff
/// (`-` expected, `+` actual, with a little context).
pub fn check(test: &Filetest, actual: &[String]) -> Result<(), String> {
    if test.expected == actual {
        Ok(())
    } else {
        Err(diff(&test.expected, actual))
    }
}

/// A line diff of `old` and `new` (longest common subsequence), showing two
/// lines of context around each change.
pub fn diff(old: &[String], new: &[String]) -> String {
    // lcs[i][j]: the LCS length of old[i..] and new[j..].
    let (n, m) = (old.len(), new.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut rows: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            rows.push((' ', &old[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            rows.push(('-', &old[i]));
            i += 1;
        } else {
            rows.push(('+', &new[j]));
            j += 1;
        }
    }
    let near_change = |k: usize| {
        rows[k.saturating_sub(2)..(k + 3).min(rows.len())]
            .iter()
            .any(|(c, _)| *c != ' ')
    };
    let mut out = String::new();
    let mut skipped = false;
    for (k, (c, line)) in rows.iter().enumerate() {
        if near_change(k) {
            out.push_str(&format!("{c} {line}\n"));
            skipped = false;
        } else if !skipped {
            out.push_str("  ...\n");
            skipped = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<String> {
        s.lines().map(str::to_string).collect()
    }

    #[test]
    fn parses_directives_source_and_expectation() {
        let t = Filetest::parse(
            ";;! func = add\n;;! no-guard-pages\n(module)\n\n;; ==== kindling disas ====\n;; a\n;;   b\n\n",
        )
        .unwrap();
        assert_eq!(t.func.as_deref(), Some("add"));
        assert!(t.no_guard_pages);
        assert_eq!(t.source, ";;! func = add\n;;! no-guard-pages\n(module)");
        assert_eq!(t.expected, ["a", "  b"]);
        assert!(Filetest::parse(";;! bogus\n(module)").is_err());
        let t = Filetest::parse(";;! set a = 1\n;;! set b=x\n(module)").unwrap();
        assert_eq!(
            t.settings,
            [("a".to_string(), "1".to_string()), ("b".into(), "x".into())]
        );
        assert!(Filetest::parse(";;! set novalue\n(module)").is_err());
        let again = Filetest::parse(&blessed(&t, &t.expected)).unwrap();
        assert_eq!(again.expected, t.expected);
        assert_eq!(again.source, t.source);
    }

    #[test]
    fn a_changed_instruction_shows_as_a_diff() {
        let old = lines("h\n  0: 55 push rbp\n  1: 4889e5 mov rbp, rsp\n  4: c3 ret");
        let mut new = old.clone();
        new[2] = "  1: 4889e6 mov rsi, rsp".into();
        let t = Filetest {
            source: String::new(),
            func: None,
            no_guard_pages: false,
            settings: Vec::new(),
            expected: old,
        };
        let d = check(&t, &new).unwrap_err();
        assert!(d.contains("-   1: 4889e5 mov rbp, rsp"), "{d}");
        assert!(d.contains("+   1: 4889e6 mov rsi, rsp"), "{d}");
        assert!(d.find("-   1:") < d.find("+   1:"), "deletions first: {d}");
        assert!(check(&t, &t.expected.clone()).is_ok());
    }
}

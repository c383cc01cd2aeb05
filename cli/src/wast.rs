//! Running `.wast` scripts through `wasmtime_wast`, one fresh store per file.

use crate::{panics, EngineOptions};
use anyhow::{Context, Result};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use wasmtime::{Config, Engine};
use wasmtime_wast::WastContext;

/// Longest failure message kept on a `FAIL` line, in bytes.
pub const MAX_MESSAGE_LEN: usize = 2000;

/// The result of running one `.wast` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileOutcome {
    /// Every directive in the file succeeded.
    Pass,
    /// The first failure, as one line (a panic is reported as a failure too).
    Fail(String),
}

impl FileOutcome {
    /// Whether the file passed.
    pub fn passed(&self) -> bool {
        matches!(self, FileOutcome::Pass)
    }
}

/// Per-file results of a run over several `.wast` files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WastSummary {
    /// Each file with its outcome, in the order they ran.
    pub results: Vec<(PathBuf, FileOutcome)>,
}

impl WastSummary {
    /// How many files passed.
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|(_, o)| o.passed()).count()
    }

    /// How many files failed.
    pub fn failed(&self) -> usize {
        self.results.len() - self.passed()
    }
}

/// The wasm proposals a `.wast` file needs, decided the way wasmtime 12's own `tests/all/wast.rs` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WastFeatures {
    /// `memory64` proposal.
    pub memory64: bool,
    /// `multi-memory` proposal (off for the core spec suite).
    pub multi_memory: bool,
    /// `threads` proposal.
    pub threads: bool,
    /// `function-references` proposal.
    pub function_references: bool,
    /// `reference-types` proposal (on, except for the threads proposal's own tests).
    pub reference_types: bool,
    /// `relaxed-simd` proposal.
    pub relaxed_simd: bool,
    /// `tail-call` proposal.
    pub tail_call: bool,
    /// Whether the `spectest` module should export a shared memory.
    pub shared_memory: bool,
    /// Whether Cranelift should canonicalize NaNs.
    pub canonicalize_nan: bool,
}

impl WastFeatures {
    /// Decides the features from the file's path components and its source text.
    pub fn detect(path: &Path, source: &[u8]) -> WastFeatures {
        let found = |name: &str| {
            path.iter()
                .any(|part| part.to_str().is_some_and(|s| s.contains(name)))
        };
        let threads = found("threads");
        let function_references = found("function-references");
        WastFeatures {
            memory64: found("memory64"),
            multi_memory: found("multi-memory"),
            threads,
            function_references,
            reference_types: !(threads && found("proposals")),
            relaxed_simd: found("relaxed-simd"),
            tail_call: found("tail-call") || function_references,
            shared_memory: contains(source, b"shared_memory") || contains(source, b"shared)"),
            canonicalize_nan: found("canonicalize-nan"),
        }
    }

    /// Applies these features to `config`; everything else keeps wasmtime's defaults.
    ///
    /// wasmtime builds shared memories only from a static reservation. When
    /// `options` turn static reservations off (as the qemu runs do, so that
    /// emulation does not back multi-GiB reservations with real memory), a
    /// file that uses the spectest's shared memory gets the smallest static
    /// reservation that holds it: one wasm page, with the guard that
    /// dynamic memories have.
    pub fn apply(&self, config: &mut Config, options: &EngineOptions) {
        if self.shared_memory && options.turns_static_memories_off() {
            config.static_memory_maximum_size(SPECTEST_SHARED_MEMORY_BYTES);
            let guard = if options.no_guard_pages {
                0
            } else {
                DEFAULT_DYNAMIC_MEMORY_GUARD_BYTES
            };
            config.static_memory_guard_size(guard);
        }
        config
            .wasm_multi_memory(self.multi_memory)
            .wasm_threads(self.threads)
            .wasm_memory64(self.memory64)
            .wasm_function_references(self.function_references)
            .wasm_reference_types(self.reference_types)
            .wasm_relaxed_simd(self.relaxed_simd)
            .wasm_tail_call(self.tail_call);
        if self.canonicalize_nan {
            // The flag reaches kindling too, as `enable_nan_canonicalization`.
            config.cranelift_nan_canonicalization(true);
        }
    }
}

/// The size of the spectest module's shared memory: `(memory 1 1 shared)`.
const SPECTEST_SHARED_MEMORY_BYTES: u64 = 1 << 16;

/// wasmtime's default `Config::dynamic_memory_guard_size`, which no static
/// guard may be smaller than.
const DEFAULT_DYNAMIC_MEMORY_GUARD_BYTES: u64 = 1 << 16;

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Runs one `.wast` file in a fresh engine and store; never panics.
pub fn run_wast_file(path: &Path, options: &EngineOptions) -> FileOutcome {
    match panics::catch(|| run_wast_file_unguarded(path, options)) {
        Ok(Ok(())) => FileOutcome::Pass,
        Ok(Err(e)) => FileOutcome::Fail(one_line(&format!("{e:#}"))),
        Err(panic) => FileOutcome::Fail(one_line(&format!("panicked: {panic}"))),
    }
}

/// Runs one `.wast` file in a fresh engine and store, returning its first failure; may panic.
pub fn run_wast_file_unguarded(path: &Path, options: &EngineOptions) -> Result<()> {
    let source =
        std::fs::read(path).with_context(|| format!("failed to read `{}`", path.display()))?;
    let features = WastFeatures::detect(path, &source);
    let mut config = options.config();
    features.apply(&mut config, options);
    let engine = Engine::new(&config).context("failed to create the engine")?;
    let mut context = WastContext::new(options.store(&engine)?);
    context.register_spectest(features.shared_memory)?;
    context.run_buffer(&path.display().to_string(), &source)
}

/// Runs each file, printing `PASS <file>` / `FAIL <file>: <reason>` and then `N passed, M failed`.
pub fn run_wast_files(
    files: &[PathBuf],
    options: &EngineOptions,
    out: &mut dyn Write,
) -> io::Result<WastSummary> {
    let mut summary = WastSummary::default();
    for file in files {
        let outcome = run_wast_file(file, options);
        match &outcome {
            FileOutcome::Pass => writeln!(out, "PASS {}", file.display())?,
            FileOutcome::Fail(why) => writeln!(out, "FAIL {}: {why}", file.display())?,
        }
        out.flush()?;
        summary.results.push((file.clone(), outcome));
    }
    writeln!(
        out,
        "{} passed, {} failed",
        summary.passed(),
        summary.failed()
    )?;
    out.flush()?;
    Ok(summary)
}

/// Squeezes a message onto one line and caps its length at [`MAX_MESSAGE_LEN`].
pub fn one_line(message: &str) -> String {
    let mut line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.len() > MAX_MESSAGE_LEN {
        let mut end = MAX_MESSAGE_LEN;
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        line.truncate(end);
        line.push_str(" [...]");
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_follow_wasmtime_conventions() {
        let core = WastFeatures::detect(Path::new("/s/wasm-testsuite/memory.wast"), b"");
        assert!(!core.multi_memory && !core.memory64 && !core.threads);
        assert!(core.reference_types && !core.tail_call && !core.shared_memory);

        let mm = WastFeatures::detect(
            Path::new("/s/wasm-testsuite/proposals/multi-memory/load.wast"),
            b"",
        );
        assert!(mm.multi_memory && mm.reference_types);

        let threads = WastFeatures::detect(
            Path::new("/s/wasm-testsuite/proposals/threads/atomic.wast"),
            b"(memory 1 1 shared)",
        );
        assert!(threads.threads && !threads.reference_types && threads.shared_memory);

        let fr = WastFeatures::detect(Path::new("/m/function-references/a.wast"), b"");
        assert!(fr.function_references && fr.tail_call);
    }

    /// Runs `source` as a `.wast` file under `options`.
    fn run_source(name: &str, source: &str, options: &EngineOptions) -> FileOutcome {
        let dir = std::env::temp_dir().join(format!("kindling-wast-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, source).unwrap();
        let outcome = run_wast_file(&path, options);
        let _ = std::fs::remove_file(&path);
        outcome
    }

    #[test]
    fn shared_memory_files_run_without_static_reservations() {
        // misc:missing-atomics.wast mentions a shared memory, so the
        // spectest module exports one, which wasmtime builds only from a
        // static reservation.
        let source = "(assert_invalid (module (memory 1 1 shared)) \"threads must be enabled\")";
        for no_guard_pages in [false, true] {
            let options = EngineOptions {
                static_memory_maximum: Some(0),
                dynamic_memory_reserved: Some(0),
                no_guard_pages,
                ..EngineOptions::new(crate::Compiler::Cranelift)
            };
            assert_eq!(
                run_source("shared.wast", source, &options),
                FileOutcome::Pass,
                "no_guard_pages: {no_guard_pages}"
            );
            // Without the adjustment, the spectest module cannot be built.
            let mut config = options.config();
            WastFeatures::detect(Path::new("shared.wast"), b"").apply(&mut config, &options);
            let engine = Engine::new(&config).unwrap();
            let mut context = WastContext::new(options.store(&engine).unwrap());
            let err = context.register_spectest(true).unwrap_err();
            assert!(format!("{err:#}").contains("static memory"), "{err:#}");
        }
    }

    #[test]
    fn messages_become_one_line() {
        assert_eq!(one_line("a\n  b\tc \n"), "a b c");
        let long = "é".repeat(MAX_MESSAGE_LEN);
        let short = one_line(&long);
        assert!(short.len() <= MAX_MESSAGE_LEN + 6);
        assert!(short.ends_with(" [...]"));
    }

    #[test]
    fn missing_file_fails_without_panicking() {
        let options = EngineOptions::new(crate::Compiler::Cranelift);
        let mut out = Vec::new();
        let files = [PathBuf::from("/nonexistent/kindling/none.wast")];
        let summary = run_wast_files(&files, &options, &mut out).unwrap();
        assert_eq!((summary.passed(), summary.failed()), (0, 1));
        let out = String::from_utf8(out).unwrap();
        assert_eq!(
            out,
            "FAIL /nonexistent/kindling/none.wast: failed to read \
             `/nonexistent/kindling/none.wast`: No such file or directory (os error 2)\n\
             0 passed, 1 failed\n"
        );
    }
}

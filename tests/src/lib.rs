//! Support code for kindling's wasmtime-driven tests.
//!
//! The spec-suite harness (`tests/spec.rs`) runs the `.wast` files named in
//! `tests/spec-files.txt` through the same runner as `kindling wast`, and
//! compares the outcome with `tests/expected-failures/<target>.txt`. This
//! library holds the parts of it that are worth unit-testing: reading the two
//! lists, judging the results, and running one file in a child process so that
//! a crash in generated code fails only that file.

#![warn(missing_docs)]

pub mod differential;
pub mod filetests;
pub mod instrument;

use anyhow::{bail, Context, Result};
use kindling_cli::{Compiler, EngineOptions, FileOutcome};
use std::collections::BTreeMap;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The x86_64 settings of the VEX- and EVEX-encoded instructions kindling
/// and Cranelift may use.
pub const AVX_FEATURES: &[&str] = &[
    "has_avx",
    "has_avx2",
    "has_fma",
    "has_avx512f",
    "has_avx512vl",
    "has_avx512dq",
    "has_avx512bitalg",
    "has_avx512vbmi",
];

/// Which CPU features a test's compilers may use. Features are only ever
/// forced off: code using one the host lacks would not run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Features {
    /// Everything the host has (on a machine with AVX-512, kindling's VEX
    /// and EVEX code; on z15, its vector-enhancements-2 code).
    Host,
    /// The host's, less what the baseline CPU lacks: on x86_64 every
    /// [`AVX_FEATURES`] setting off (the SSE code), on s390x the z15
    /// facilities (the z14 code); elsewhere the same as `Host`.
    Baseline,
}

impl Features {
    /// Both, the host's first.
    pub const BOTH: [Features; 2] = [Features::Host, Features::Baseline];

    /// Sets these features in `config`, for whichever compiler it selects.
    pub fn apply(self, config: &mut wasmtime::Config) {
        let off: &[&str] = match self {
            Features::Baseline if cfg!(target_arch = "x86_64") => AVX_FEATURES,
            Features::Baseline if cfg!(target_arch = "s390x") => &["has_vxrs_ext2", "has_mie2"],
            _ => &[],
        };
        for name in off {
            // SAFETY: turning a CPU feature off never makes code the host
            // cannot run.
            unsafe {
                config.cranelift_flag_set(name, "false");
            }
        }
    }
}

/// The target triple these tests were built for (from `build.rs`).
pub const TARGET: &str = env!("KINDLING_TARGET");

/// Whether kindling compiles SIMD where these tests run: everywhere but on
/// a riscv64 host without the V extension, which kindling's riscv64 SIMD
/// code needs.
pub fn target_compiles_simd() -> bool {
    static HAS_V: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    !cfg!(target_arch = "riscv64")
        || *HAS_V.get_or_init(|| {
            kindling::isa::Isa::Riscv64
                .cpu_features()
                .iter()
                .any(|feature| feature.name == "has_v" && (feature.detect)())
        })
}

/// Whether wasmi 2.0 runs SIMD right here: not on big-endian hosts
/// (s390x), where it splits and joins v128 lanes in native byte order
/// (`V128::as_u128`, its `SplitInto`), so lanes come out in the wrong
/// places. There the differential test checks SIMD seeds against Cranelift.
pub const WASMI_RUNS_SIMD: bool = cfg!(target_endian = "little");

/// Whether Cranelift 0.99's code sees `v128` globals byte-reversed: on
/// s390x, where it loads and stores them as big-endian vectors in
/// little-endian lane order (element-reversed, which for its `i8x16` is
/// every byte), while the runtime and the host keep a native `u128`. The
/// differential test compensates ([`differential::observe_cranelift`]);
/// `tests/tests/v128.rs` checks that this still holds.
pub const CRANELIFT_REVERSES_V128_GLOBALS: bool = cfg!(target_arch = "s390x");

/// Whether wasmtime 12 runs tail calls where these tests run (not on
/// s390x, where it refuses them for every compiler).
pub fn host_has_tail_calls() -> bool {
    kindling_cli::tail_calls_supported(&target_lexicon::Triple::host())
}

/// Whether Cranelift 0.99 can be the differential test's same-machine
/// reference (for relaxed SIMD, NaN canonicalization and what wasmi aborts
/// on): not on riscv64, where it panics lowering many SIMD operators and
/// miscompiles scalar code (seed 1085118452955893908, which kindling and
/// both x86_64 compilers agree on). There wasmi is the reference under NaN
/// canonicalization too: its deterministic profile canonicalizes every NaN
/// kindling does (and promotion's and demotion's, which the differential
/// rewrite canonicalizes there).
pub const CRANELIFT_IS_A_REFERENCE: bool = !cfg!(target_arch = "riscv64");

/// Whether kindling's relaxed-SIMD results here are those of wasmi's
/// deterministic choices (`swizzle`, `bitselect`, `min`/`max`,
/// `q15mulr_sat`, `trunc_sat`, fused multiply-add, the signed dot
/// product), so that wasmi can be their reference: on riscv64.
pub const RELAXED_SIMD_AS_WASMI: bool = cfg!(target_arch = "riscv64");

/// For a SIMD test: whether it can run here. Where it cannot (on riscv64
/// without V, which fails under CI, which runs riscv64 with V) it checks
/// instead that kindling refuses v128 code with an error that says why.
pub fn simd_runs_here() -> bool {
    if target_compiles_simd() {
        return true;
    }
    assert!(
        !suites_required(),
        "this riscv64 host has no V extension; CI runs qemu with it (QEMU_CPU)"
    );
    assert_simd_refused();
    println!("note: kindling compiles no v128 code here, so only its refusal was checked");
    false
}

/// Checks that kindling refuses a v128 module on this target with an error
/// that names what it lacks (riscv64's V extension).
pub fn assert_simd_refused() {
    let config = EngineOptions::new(Compiler::Kindling).config();
    let engine = wasmtime::Engine::new(&config).expect("a kindling engine");
    let wat = "(module (func (param v128) (result v128) local.get 0 i32x4.neg))";
    let Err(err) = wasmtime::Module::new(&engine, wat) else {
        panic!("kindling compiled v128 code on {TARGET}");
    };
    let text = format!("{err:?}");
    assert!(text.contains("V extension"), "{text}");
}

/// Environment variable: directory of the WebAssembly spec suite.
pub const ENV_SPEC_DIR: &str = "KINDLING_SPEC_DIR";
/// Environment variable: directory of wasmtime's misc test suite.
pub const ENV_MISC_DIR: &str = "KINDLING_MISC_DIR";
/// Environment variable: `cranelift` runs the spec harness with Cranelift as a baseline.
pub const ENV_COMPILER: &str = "KINDLING_SPEC_COMPILER";
/// Environment variable: `0` runs every file in the harness process instead of a child.
pub const ENV_ISOLATE: &str = "KINDLING_SPEC_ISOLATE";
/// Environment variable: seconds a child process may run one file (default 600).
pub const ENV_TIMEOUT: &str = "KINDLING_SPEC_TIMEOUT";

/// Environment variable: `1` makes a missing test-suite directory a failure (as `CI` does).
pub const ENV_REQUIRE_SUITES: &str = "KINDLING_REQUIRE_SUITES";

/// Whether the suites must be present: under CI (`CI` set and not `false`
/// or `0`), or with `KINDLING_REQUIRE_SUITES=1`. Then a missing suite, or a
/// run of fewer files than the list names, fails instead of being skipped.
pub fn suites_required() -> bool {
    let on = |name: &str| {
        std::env::var(name)
            .is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
    };
    on("CI") || on(ENV_REQUIRE_SUITES)
}

/// Argument that makes the spec harness binary run a single file and report it.
pub const CHILD_FLAG: &str = "--kindling-run-one";
/// Argument that makes the spec harness binary just report that it can run as a child.
pub const PROBE_FLAG: &str = "--kindling-probe";
/// Prefix of the line with which a child process reports its result.
pub const RESULT_MARKER: &str = "@@kindling-result@@ ";

/// Which test suite a listed file belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Suite {
    /// The WebAssembly spec suite (`spec:` prefix).
    Spec,
    /// wasmtime's misc test suite (`misc:` prefix).
    Misc,
}

impl Suite {
    /// The prefix naming this suite in the list files.
    pub fn prefix(self) -> &'static str {
        match self {
            Suite::Spec => "spec",
            Suite::Misc => "misc",
        }
    }
}

/// One `.wast` file from `spec-files.txt`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// The suite it lives in.
    pub suite: Suite,
    /// Its path relative to the suite's directory.
    pub path: String,
}

impl Entry {
    /// Parses `spec:path` or `misc:path`.
    pub fn parse(text: &str) -> Result<Entry> {
        let (prefix, path) = text
            .split_once(':')
            .with_context(|| format!("`{text}` has no `spec:` or `misc:` prefix"))?;
        let suite = match prefix {
            "spec" => Suite::Spec,
            "misc" => Suite::Misc,
            other => bail!("unknown suite prefix `{other}:` in `{text}` (expected spec: or misc:)"),
        };
        let path = path.trim();
        if path.is_empty() || path.starts_with('/') || path.split('/').any(|c| c == "..") {
            bail!("`{text}` must name a file inside its suite directory");
        }
        Ok(Entry {
            suite,
            path: path.to_string(),
        })
    }

    /// The entry as written in the list files, e.g. `spec:i32.wast`.
    pub fn name(&self) -> String {
        format!("{}:{}", self.suite.prefix(), self.path)
    }
}

/// Lines of a list file that carry content: comments (`#`) and blank lines removed.
fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// Parses `spec-files.txt`: one `spec:`/`misc:` path per line; duplicates are errors.
pub fn parse_file_list(text: &str) -> Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = Vec::new();
    for (number, line) in content_lines(text) {
        let entry = Entry::parse(line).with_context(|| format!("line {number}"))?;
        if entries.contains(&entry) {
            bail!("line {number}: `{}` is listed twice", entry.name());
        }
        entries.push(entry);
    }
    Ok(entries)
}

/// Parses an expected-failures file: `<prefix:path> # <reason>` per line, reason required.
pub fn parse_expected_failures(text: &str) -> Result<BTreeMap<String, String>> {
    let mut expected = BTreeMap::new();
    for (number, line) in content_lines(text) {
        let (name, reason) = line
            .split_once('#')
            .with_context(|| format!("line {number}: `{line}` needs a `# reason`"))?;
        let reason = reason.trim();
        if reason.is_empty() {
            bail!("line {number}: `{line}` needs a non-empty reason after `#`");
        }
        let entry = Entry::parse(name.trim()).with_context(|| format!("line {number}"))?;
        if expected.insert(entry.name(), reason.to_string()).is_some() {
            bail!("line {number}: `{}` is listed twice", entry.name());
        }
    }
    Ok(expected)
}

/// What the harness concludes from a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verdict {
    /// Files that failed but are not expected to: `(name, first failure)`.
    pub unexpected_failures: Vec<(String, String)>,
    /// Files expected to fail that passed: their entries must be removed.
    pub unexpected_passes: Vec<String>,
    /// Expected-failure entries that name no file in the file list.
    pub stale_entries: Vec<String>,
}

impl Verdict {
    /// Whether the run matches the expectations exactly.
    pub fn ok(&self) -> bool {
        self.unexpected_failures.is_empty()
            && self.unexpected_passes.is_empty()
            && self.stale_entries.is_empty()
    }
}

/// Compares `results` (by entry name) with the `expected` failures; `listed` is every known entry name.
pub fn judge(
    results: &[(String, FileOutcome)],
    expected: &BTreeMap<String, String>,
    listed: &[String],
) -> Verdict {
    let mut verdict = Verdict::default();
    for (name, outcome) in results {
        match (outcome, expected.contains_key(name)) {
            (FileOutcome::Pass, true) => verdict.unexpected_passes.push(name.clone()),
            (FileOutcome::Fail(why), false) => verdict
                .unexpected_failures
                .push((name.clone(), why.clone())),
            _ => {}
        }
    }
    verdict.stale_entries = expected
        .keys()
        .filter(|name| !listed.contains(name))
        .cloned()
        .collect();
    verdict
}

/// Where the test data lives: the `tests/` package directory and the two suites.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The `tests/` package directory (holding the list files).
    pub package_dir: PathBuf,
    /// The spec suite directory.
    pub spec_dir: PathBuf,
    /// The misc suite directory.
    pub misc_dir: PathBuf,
}

impl Layout {
    /// Reads the suite locations from the environment, defaulting to `<workspace>/../shared/...`.
    pub fn from_env() -> Layout {
        let package_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let workspace = package_dir.parent().unwrap_or(&package_dir);
        let parent = workspace.parent().unwrap_or(workspace);
        let shared = parent.join("shared");
        let dir = |var: &str, default: &str| match std::env::var_os(var) {
            Some(value) if !value.is_empty() => PathBuf::from(value),
            _ => shared.join(default),
        };
        Layout {
            spec_dir: dir(ENV_SPEC_DIR, "wasm-testsuite"),
            misc_dir: dir(ENV_MISC_DIR, "wasmtime-misc-testsuite"),
            package_dir,
        }
    }

    /// The directory of `suite`.
    pub fn suite_dir(&self, suite: Suite) -> &Path {
        match suite {
            Suite::Spec => &self.spec_dir,
            Suite::Misc => &self.misc_dir,
        }
    }

    /// The file list, `tests/spec-files.txt`.
    pub fn file_list(&self) -> PathBuf {
        self.package_dir.join("spec-files.txt")
    }

    /// The expected-failures file for `target`.
    pub fn expected_failures(&self, target: &str) -> PathBuf {
        self.package_dir
            .join("expected-failures")
            .join(format!("{target}.txt"))
    }
}

/// Reads a whole list file, naming it in errors.
pub fn read_list(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("failed to read `{}`", path.display()))
}

/// Runs `wast` in a child process `exe CHILD_FLAG wast`, so a crash or hang fails only this file.
///
/// Returns `Err` only if the child could not be started at all (for example
/// under qemu-user without binfmt_misc); the caller then runs files in-process.
pub fn run_in_child(
    exe: &Path,
    wast: &Path,
    envs: &[(&str, &str)],
    timeout: Duration,
) -> io::Result<FileOutcome> {
    let mut child = Command::new(exe)
        .arg(CHILD_FLAG)
        .arg(wast)
        .envs(envs.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.read_to_end(&mut text);
        String::from_utf8_lossy(&text).into_owned()
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let output = reader.join().unwrap_or_default();
    let Some(status) = status else {
        return Ok(FileOutcome::Fail(format!(
            "timed out after {timeout:?} (set {ENV_TIMEOUT} to change)"
        )));
    };
    let reported = output
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix(RESULT_MARKER));
    Ok(match reported {
        Some("PASS") => FileOutcome::Pass,
        Some(line) => FileOutcome::Fail(line.strip_prefix("FAIL ").unwrap_or(line).to_string()),
        None => FileOutcome::Fail(format!("crashed: {}", describe_status(&status))),
    })
}

/// Whether `exe PROBE_FLAG` runs and answers with [`probe_line`].
///
/// Under qemu-user without binfmt_misc a child of a foreign-ISA binary cannot
/// start (it may still "exit" with a status), so this is checked up front.
pub fn child_processes_work(exe: &Path) -> bool {
    Command::new(exe)
        .arg(PROBE_FLAG)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map(|out| {
            out.status.success()
                && String::from_utf8_lossy(&out.stdout)
                    .lines()
                    .any(|line| line == probe_line())
        })
        .unwrap_or(false)
}

/// The line a child prints in answer to [`PROBE_FLAG`].
pub fn probe_line() -> String {
    format!("{RESULT_MARKER}PROBE")
}

/// The line a child prints to report `outcome` to [`run_in_child`].
pub fn result_line(outcome: &FileOutcome) -> String {
    match outcome {
        FileOutcome::Pass => format!("{RESULT_MARKER}PASS"),
        FileOutcome::Fail(why) => format!("{RESULT_MARKER}FAIL {why}"),
    }
}

fn describe_status(status: &std::process::ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = match signal {
                4 => " (SIGILL)",
                5 => " (SIGTRAP)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                _ => "",
            };
            return format!("killed by signal {signal}{name}");
        }
    }
    format!("exited with {status} without reporting a result")
}

/// The per-file timeout for child processes, from [`ENV_TIMEOUT`].
pub fn child_timeout() -> Result<Duration> {
    match std::env::var(ENV_TIMEOUT) {
        Ok(value) => {
            let secs: u64 = value
                .trim()
                .parse()
                .with_context(|| format!("{ENV_TIMEOUT}=`{value}` is not a number of seconds"))?;
            Ok(Duration::from_secs(secs))
        }
        Err(_) => Ok(Duration::from_secs(600)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_lists_parse() {
        let list = parse_file_list("# c\n\nspec:i32.wast\n  misc:winch/br.wast  \n").unwrap();
        assert_eq!(
            list,
            [
                Entry {
                    suite: Suite::Spec,
                    path: "i32.wast".into()
                },
                Entry {
                    suite: Suite::Misc,
                    path: "winch/br.wast".into()
                }
            ]
        );
        assert_eq!(list[1].name(), "misc:winch/br.wast");
        let err = format!(
            "{:#}",
            parse_file_list("spec:a.wast\nfoo.wast").unwrap_err()
        );
        assert!(
            err.contains("line 2") && err.contains("no `spec:` or `misc:`"),
            "{err}"
        );
        assert!(parse_file_list("spec:a\nspec:a").is_err());
        assert!(parse_file_list("other:a").is_err());
        assert!(parse_file_list("spec:../x.wast").is_err());
        assert!(parse_file_list("spec:/x.wast").is_err());
        assert!(parse_file_list("spec:").is_err());
    }

    #[test]
    fn expected_failures_parse() {
        let text = "# header\nspec:a.wast # no floats yet\nmisc:b.wast#reason two\n";
        let expected = parse_expected_failures(text).unwrap();
        assert_eq!(expected["spec:a.wast"], "no floats yet");
        assert_eq!(expected["misc:b.wast"], "reason two");
        assert!(parse_expected_failures("spec:a.wast").is_err());
        assert!(parse_expected_failures("spec:a.wast #   ").is_err());
        assert!(parse_expected_failures("a.wast # r").is_err());
        assert!(parse_expected_failures("spec:a # r\nspec:a # s").is_err());
    }

    #[test]
    fn judging_catches_both_directions() {
        let expected = parse_expected_failures("spec:x # r\nspec:y # r\nspec:gone # r").unwrap();
        let listed = vec!["spec:x".into(), "spec:y".into(), "spec:z".into()];
        let results = vec![
            ("spec:x".to_string(), FileOutcome::Fail("bad".into())),
            ("spec:y".to_string(), FileOutcome::Pass),
            ("spec:z".to_string(), FileOutcome::Fail("oops".into())),
        ];
        let verdict = judge(&results, &expected, &listed);
        assert_eq!(
            verdict.unexpected_failures,
            [("spec:z".to_string(), "oops".to_string())]
        );
        assert_eq!(verdict.unexpected_passes, ["spec:y"]);
        assert_eq!(verdict.stale_entries, ["spec:gone"]);
        assert!(!verdict.ok());

        let results = vec![("spec:x".to_string(), FileOutcome::Fail("bad".into()))];
        let expected = parse_expected_failures("spec:x # r").unwrap();
        assert!(judge(&results, &expected, &["spec:x".into()]).ok());
    }

    /// Writes an executable shell script standing in for the harness binary.
    #[cfg(unix)]
    fn fake_harness(name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("kindling-tests-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    #[cfg(unix)]
    #[test]
    #[cfg_attr(
        not(target_arch = "x86_64"),
        ignore = "CI runs this ISA under qemu-user, where a child spawned while other test threads run can hang in qemu's fork emulation (a trivial script once timed out after 60 s on aarch64); the spec harness runs files in-process there anyway"
    )]
    fn child_processes_report_results_crashes_and_hangs() {
        let wast = Path::new("x.wast");
        let long = Duration::from_secs(60);
        let pass = fake_harness(
            "pass.sh",
            &format!("echo noise; echo '{}'", result_line(&FileOutcome::Pass)),
        );
        assert_eq!(
            run_in_child(&pass, wast, &[], long).unwrap(),
            FileOutcome::Pass
        );

        let fail = fake_harness(
            "fail.sh",
            &format!(
                "echo '{}'",
                result_line(&FileOutcome::Fail("it $2 broke".into()))
            ),
        );
        assert_eq!(
            run_in_child(&fail, wast, &[], long).unwrap(),
            FileOutcome::Fail("it $2 broke".into())
        );

        let segv = fake_harness("segv.sh", "kill -SEGV $$");
        let outcome = run_in_child(&segv, wast, &[], long).unwrap();
        assert_eq!(
            outcome,
            FileOutcome::Fail("crashed: killed by signal 11 (SIGSEGV)".into())
        );

        let silent = fake_harness("silent.sh", "exit 3");
        let FileOutcome::Fail(why) = run_in_child(&silent, wast, &[], long).unwrap() else {
            panic!("a child without a result line must fail");
        };
        assert!(why.contains("without reporting a result"), "{why}");

        let hang = fake_harness("hang.sh", "exec sleep 30");
        let FileOutcome::Fail(why) =
            run_in_child(&hang, wast, &[], Duration::from_millis(200)).unwrap()
        else {
            panic!("a hanging child must fail");
        };
        assert!(why.starts_with("timed out after 200ms"), "{why}");

        // A missing harness is an error on Linux; under qemu-user, whose
        // spawn cannot report a failed exec, a failed file. Never a pass.
        let missing = run_in_child(Path::new("/nonexistent/harness"), wast, &[], long);
        assert!(!matches!(missing, Ok(FileOutcome::Pass)), "{missing:?}");

        let probe = fake_harness(
            "probe.sh",
            &format!("[ \"$1\" = {PROBE_FLAG} ] && echo '{}'", probe_line()),
        );
        assert!(child_processes_work(&probe));
        assert!(!child_processes_work(&silent));
        assert!(!child_processes_work(Path::new("/nonexistent/harness")));
    }

    #[test]
    fn checked_in_lists_are_well_formed() {
        let layout = Layout::from_env();
        let entries = parse_file_list(&read_list(&layout.file_list()).unwrap()).unwrap();
        assert!(!entries.is_empty());
        let names: Vec<String> = entries.iter().map(Entry::name).collect();
        let dir = layout.package_dir.join("expected-failures");
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let expected = parse_expected_failures(&read_list(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
            for name in expected.keys() {
                assert!(
                    names.contains(name),
                    "{}: `{name}` is not in spec-files.txt",
                    path.display()
                );
            }
        }
    }
}

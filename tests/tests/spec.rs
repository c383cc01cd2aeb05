//! The spec-suite harness: runs the files in `tests/spec-files.txt` with kindling.
//!
//! Each file runs in a fresh store through `kindling_cli::run_wast_file` (the
//! runner behind `kindling wast`), by default in a child process so that a
//! crash or hang in generated code fails only that file (in-process where the
//! binary cannot start itself, as under qemu-user). The run fails when a
//! file fails that `tests/expected-failures/<target>.txt` does not list, and
//! when a listed file passes (so the list stays honest).
//!
//! `KINDLING_SPEC_COMPILER=cranelift` runs the same files with Cranelift, as a
//! baseline for the list itself.
//!
//! Arguments (after `cargo test --test spec --`): substrings select files;
//! `--skip SUBSTRING` leaves files out; `--list` prints the files; other
//! libtest flags are accepted and ignored.

use anyhow::{Context, Result};
use kindling_cli::{panics, run_wast_file, Compiler, EngineOptions, FileOutcome};
use kindling_tests::{
    child_processes_work, child_timeout, judge, parse_expected_failures, parse_file_list,
    probe_line, read_list, result_line, run_in_child, suites_required, Layout, Suite, CHILD_FLAG,
    ENV_COMPILER, ENV_ISOLATE, ENV_MISC_DIR, ENV_REQUIRE_SUITES, ENV_SPEC_DIR, PROBE_FLAG, TARGET,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// libtest options that take a value, so the value is not mistaken for a filter.
const VALUE_FLAGS: &[&str] = &[
    "--test-threads",
    "--logfile",
    "--format",
    "--color",
    "--shuffle-seed",
    "-Z",
];

struct Args {
    filters: Vec<String>,
    skips: Vec<String>,
    list: bool,
}

fn parse_args(args: &[String]) -> Args {
    let mut parsed = Args {
        filters: Vec::new(),
        skips: Vec::new(),
        list: false,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--skip" {
            parsed.skips.extend(iter.next().cloned());
        } else if arg == "--list" {
            parsed.list = true;
        } else if VALUE_FLAGS.contains(&arg.as_str()) {
            iter.next();
        } else if !arg.starts_with('-') {
            parsed.filters.push(arg.clone());
        }
    }
    parsed
}

fn main() -> ExitCode {
    panics::install_quiet_hook();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, wast] if flag == CHILD_FLAG => return child(Path::new(wast)),
        [flag] if flag == PROBE_FLAG => {
            println!("{}", probe_line());
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    match harness(&parse_args(&args)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            println!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The s390x settings of the z15 facilities beyond kindling's z14 baseline.
const S390X_Z15_SETTINGS: [&str; 2] = ["has_vxrs_ext2", "has_mie2"];

/// The engine options from the environment: kindling unless `KINDLING_SPEC_COMPILER` says otherwise.
///
/// On s390x the z15 settings start off (`KINDLING_SETTINGS` and variants
/// may turn them on), so that the main run is the z14 code whatever the host
/// reports (`.ci/run`'s qemu shim reports z15) and the `[vxrs_ext2 + mie2]`
/// run the z15 code.
fn engine_options() -> Result<EngineOptions> {
    let compiler = match std::env::var(ENV_COMPILER) {
        Ok(name) if !name.is_empty() => name
            .parse::<Compiler>()
            .with_context(|| format!("in {ENV_COMPILER}"))?,
        _ => Compiler::Kindling,
    };
    let mut options = EngineOptions::from_env(compiler)?;
    if cfg!(target_arch = "s390x") {
        // First, so that a later setting of the same name wins.
        let z14 = S390X_Z15_SETTINGS.map(|name| (name.to_string(), "false".to_string()));
        options.settings.splice(0..0, z14);
    }
    Ok(options)
}

/// Runs one file and reports it on stdout for the parent process.
fn child(wast: &Path) -> ExitCode {
    let outcome = match engine_options() {
        Ok(options) => run_wast_file(wast, &options),
        Err(e) => FileOutcome::Fail(format!("{e:#}")),
    };
    println!("{}", result_line(&outcome));
    ExitCode::SUCCESS
}

fn harness(args: &Args) -> Result<bool> {
    let layout = Layout::from_env();
    let entries = parse_file_list(&read_list(&layout.file_list())?)
        .with_context(|| format!("in `{}`", layout.file_list().display()))?;
    let expected_path = layout.expected_failures(TARGET);
    let expected = if expected_path.exists() {
        parse_expected_failures(&read_list(&expected_path)?)
            .with_context(|| format!("in `{}`", expected_path.display()))?
    } else {
        Default::default()
    };
    let options = engine_options()?;
    // With `--list`, print only the file names, as libtest does.
    let say = |line: String| {
        if !args.list {
            println!("{line}");
        }
    };
    say(format!(
        "kindling spec harness: target {TARGET}, compiler {}",
        options.compiler
    ));
    let required = suites_required();
    let mut present = Vec::new();
    for (suite, var) in [(Suite::Spec, ENV_SPEC_DIR), (Suite::Misc, ENV_MISC_DIR)] {
        let dir = layout.suite_dir(suite);
        let count = entries.iter().filter(|e| e.suite == suite).count();
        if dir.is_dir() {
            say(format!("{} suite: {}", suite.prefix(), dir.display()));
            present.push(suite);
        } else if count > 0 && required {
            anyhow::bail!(
                "the {count} `{}:` file(s) cannot run: `{}` is not a directory; set {var} to the \
                 suite (a missing suite fails under CI or {ENV_REQUIRE_SUITES}=1)",
                suite.prefix(),
                dir.display()
            );
        } else if count > 0 {
            say(format!(
                "skipping the {count} `{}:` file(s): `{}` is not a directory (set {var})",
                suite.prefix(),
                dir.display()
            ));
        }
    }
    // In list order, the entries whose suite directory exists.
    let runnable: Vec<(String, PathBuf)> = entries
        .iter()
        .filter(|e| present.contains(&e.suite))
        .map(|e| (e.name(), layout.suite_dir(e.suite).join(&e.path)))
        .collect();
    if runnable.is_empty() {
        say("nothing to run: no test-suite directory found".to_string());
        say("0 passed, 0 failed".to_string());
        return Ok(true);
    }
    let known: Vec<String> = entries.iter().map(|e| e.name()).collect();

    let selected: Vec<(String, PathBuf)> = runnable
        .into_iter()
        .filter(|(name, _)| {
            (args.filters.is_empty() || args.filters.iter().any(|f| name.contains(f.as_str())))
                && !args.skips.iter().any(|s| name.contains(s.as_str()))
        })
        .collect();
    if args.list {
        for (name, _) in &selected {
            println!("{name}: test");
        }
        return Ok(true);
    }
    println!(
        "expected failures: `{}` ({} entries)",
        expected_path.display(),
        expected.len()
    );

    let mut results = run_all(&selected, &options, &expected, &Variant::default())?;
    let unfiltered = args.filters.is_empty() && args.skips.is_empty();
    println!(
        "spec files run on {TARGET}: {} of {} listed",
        results.len(),
        entries.len()
    );
    if required && unfiltered && results.len() < entries.len() {
        println!(
            "error: only {} of the {} listed spec files ran (suites are required under CI)",
            results.len(),
            entries.len()
        );
        println!("0 passed, 1 failed");
        return Ok(false);
    }
    // The same files again under other engine configurations.
    let mut variants_not_run = 0;
    for variant in variants() {
        let mut options = options.clone();
        (variant.adjust)(&mut options);
        let files: Vec<(String, PathBuf)> = selected
            .iter()
            .filter(|(name, _)| (variant.selects)(name))
            .cloned()
            .collect();
        if !files.is_empty() {
            if let Some(why) = (variant.unavailable)(&options) {
                // Under CI a variant this host cannot run is a failure, not a skip.
                let label = variant.label.trim_end();
                if required {
                    println!("error: the {label} run cannot happen here: {why}");
                    variants_not_run += 1;
                } else {
                    println!("--- {label} skipped ({} files): {why}", files.len());
                }
                continue;
            }
        }
        println!("--- {} ({} files)", variant.label, files.len());
        results.extend(run_all(&files, &options, &expected, &variant)?);
    }
    // Only files that ran are judged; entries naming no listed file are stale.
    let verdict = judge(&results, &expected, &known);
    let rel = expected_path
        .strip_prefix(&layout.package_dir)
        .unwrap_or(&expected_path)
        .display()
        .to_string();
    for (name, _) in &verdict.unexpected_failures {
        println!("unexpected failure (fix it, or list it in tests/{rel}): {name}");
    }
    for name in &verdict.unexpected_passes {
        println!("now passes (remove it from tests/{rel}): {name}");
    }
    for name in &verdict.stale_entries {
        println!("stale entry in tests/{rel}: {name} is not in tests/spec-files.txt");
    }
    let passed = results.iter().filter(|(_, o)| o.passed()).count();
    let expected_failed = results
        .iter()
        .filter(|(n, o)| !o.passed() && expected.contains_key(n))
        .count();
    let ok = verdict.ok() && variants_not_run == 0;
    println!(
        "{expected_failed} expected failure(s); verdict: {}",
        if ok { "ok" } else { "FAILED" }
    );
    // Expected failures count as skipped; failed counts what breaks the
    // verdict (a variant that could not run under CI counts as one).
    let failed =
        verdict.unexpected_failures.len() + verdict.unexpected_passes.len() + variants_not_run;
    println!("{passed} passed, {failed} failed, {expected_failed} skipped");
    Ok(ok)
}

/// A configuration the harness runs (some of) the files under.
struct Variant {
    /// Printed before each result.
    label: &'static str,
    /// Environment for child processes.
    envs: &'static [(&'static str, &'static str)],
    /// The same change for in-process runs.
    adjust: fn(&mut EngineOptions),
    /// Which files (by list name) run under it.
    selects: fn(&str) -> bool,
    /// Why this host cannot run code under the (adjusted) options, if it
    /// cannot: then the variant fails under CI and is skipped elsewhere.
    unavailable: fn(&EngineOptions) -> Option<String>,
}

impl Default for Variant {
    fn default() -> Self {
        Variant {
            label: "",
            envs: &[],
            adjust: |_| {},
            selects: |_| true,
            unavailable: |_| None,
        }
    }
}

/// The extra configurations: memory files with guard pages off (every access
/// bounds-checked), everything with fuel and epoch interruption on, on
/// riscv64 everything with Zba and Zbb, and on s390x everything with the
/// z15 settings (`has_vxrs_ext2`, `has_mie2`). qemu 7.2 executes z15 code,
/// but its `AT_HWCAP` lacks `HWCAP_S390_VXRS_EXT2`, which wasmtime checks
/// both settings against; `.ci/run` therefore preloads
/// `tests/qemu/s390x-hwcap-vxrs-ext2.c` into the whole s390x qemu run
/// (`QEMU_SET_ENV=LD_PRELOAD=...`), a shim that makes `getauxval` report the
/// bit. Without it wasmtime refuses the code as not for this host, and the
/// z15 run fails under CI (elsewhere it is skipped with the reason). The
/// main run has the z15 settings off (see `engine_options`), so it stays the
/// z14 code under the shim.
fn variants() -> Vec<Variant> {
    vec![
        Variant {
            label: "[no guard pages] ",
            envs: &[(kindling_cli::ENV_NO_GUARD_PAGES, "1")],
            adjust: |o| o.no_guard_pages = true,
            selects: |name| {
                name.starts_with("spec:memory")
                    || [
                        "spec:address.wast",
                        "spec:load.wast",
                        "spec:store.wast",
                        "spec:float_memory.wast",
                    ]
                    .contains(&name)
            },
            ..Variant::default()
        },
        Variant {
            label: "[fuel + epochs] ",
            envs: &[
                (kindling_cli::ENV_FUEL, "1"),
                (kindling_cli::ENV_EPOCHS, "1"),
            ],
            adjust: |o| {
                o.fuel = true;
                o.epochs = true;
            },
            ..Variant::default()
        },
        // riscv64's Zba and Zbb code, which the baseline run does not use
        // (qemu's default riscv64 CPU has both).
        Variant {
            label: "[zba + zbb] ",
            envs: &[(kindling_cli::ENV_SETTINGS, "has_zba=true,has_zbb=true")],
            adjust: |o| {
                for name in ["has_zba", "has_zbb"] {
                    o.settings.push((name.to_string(), "true".to_string()));
                }
            },
            selects: |_| cfg!(target_arch = "riscv64"),
            ..Variant::default()
        },
        // s390x's z15 code (byte-reversing vector loads and stores for wasm
        // memory), which the main run does not use (`engine_options` turns
        // the z15 settings off there).
        Variant {
            label: "[vxrs_ext2 + mie2] ",
            envs: &[(
                kindling_cli::ENV_SETTINGS,
                "has_vxrs_ext2=true,has_mie2=true",
            )],
            adjust: |o| {
                for name in S390X_Z15_SETTINGS {
                    o.settings.push((name.to_string(), "true".to_string()));
                }
            },
            selects: |_| cfg!(target_arch = "s390x"),
            unavailable: host_refuses,
        },
    ]
}

/// Why wasmtime refuses to run code compiled under `options` on this host,
/// if it does: it checks every enabled CPU-feature setting against the host
/// (on s390x, `has_vxrs_ext2` and `has_mie2` against `getauxval(AT_HWCAP)`)
/// before it compiles a module, so an empty module tells.
fn host_refuses(options: &EngineOptions) -> Option<String> {
    // An engine that cannot be built is no property of the host: the files
    // then fail with that error.
    let engine = wasmtime::Engine::new(&options.config()).ok()?;
    let err = wasmtime::Module::new(&engine, "(module)").err()?;
    let hint = if cfg!(target_arch = "s390x") {
        "; under qemu-user, whose AT_HWCAP lacks HWCAP_S390_VXRS_EXT2, preload the shim as \
         .ci/run does: build tests/qemu/s390x-hwcap-vxrs-ext2.c with s390x-linux-gnu-gcc and \
         set QEMU_SET_ENV=LD_PRELOAD=<shim>"
    } else {
        ""
    };
    Some(format!("{err:#}{hint}"))
}

/// Runs every selected file, in child processes unless disabled or impossible, printing each result.
fn run_all(
    selected: &[(String, PathBuf)],
    options: &EngineOptions,
    expected: &BTreeMap<String, String>,
    variant: &Variant,
) -> Result<Vec<(String, FileOutcome)>> {
    let label = variant.label;
    let mut isolate = std::env::var(ENV_ISOLATE).map_or(true, |v| v != "0");
    let exe = std::env::current_exe().context("cannot find the harness executable")?;
    if isolate && !child_processes_work(&exe) {
        println!("note: the harness cannot start itself as a child process (qemu-user?)");
        println!("note: running every file in-process; a crash stops the run");
        isolate = false;
    }
    let timeout = child_timeout()?;
    let mut results = Vec::new();
    for (name, path) in selected {
        let mut outcome = None;
        if isolate {
            match run_in_child(&exe, path, variant.envs, timeout) {
                Ok(o) => outcome = Some(o),
                Err(e) => {
                    println!("note: cannot start child processes ({e}); running in-process");
                    isolate = false;
                }
            }
        }
        let outcome = outcome.unwrap_or_else(|| {
            // In-process, a crash kills the harness: name the file first.
            println!("RUN  {label}{name}");
            run_wast_file(path, options)
        });
        match (&outcome, expected.get(name)) {
            (FileOutcome::Pass, _) => println!("PASS {label}{name}"),
            (FileOutcome::Fail(why), Some(reason)) => {
                println!("FAIL {label}{name}: {why} [expected: {reason}]")
            }
            (FileOutcome::Fail(why), None) => println!("FAIL {label}{name}: {why}"),
        }
        results.push((name.clone(), outcome));
    }
    Ok(results)
}

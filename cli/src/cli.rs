//! Command-line parsing and the `wast`, `compile` and `run` subcommands.

use crate::values::{default_value, format_value, parse_value};
use crate::{panics, read_wasm, wast, Compiler, EngineOptions};
use anyhow::Context;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use wasmtime::{Engine, Instance, Module, Trap, WasmBacktrace};

/// Exit code for success.
pub const EXIT_OK: i32 = 0;
/// Exit code for a failure: a failed `.wast` file, a compile error, a trap, an I/O error.
pub const EXIT_FAILURE: i32 = 1;
/// Exit code for a malformed command line.
pub const EXIT_USAGE: i32 = 2;
/// Exit code when kindling or wasmtime panicked (an internal bug, reported as an error).
pub const EXIT_PANIC: i32 = 101;

/// The text printed by `kindling --help`.
pub const USAGE: &str = "\
kindling: a single-pass WebAssembly compiler for wasmtime 12.0.2

Usage:
  kindling wast [--compiler kindling|cranelift] [--set NAME=VALUE]... FILE.wast...
      Run spec-test scripts, one fresh store per file. Prints `PASS <file>` or
      `FAIL <file>: <first failure>` per file, then `N passed, M failed`.
  kindling compile IN.wasm|IN.wat -o OUT [--target TRIPLE] [--compiler kindling|cranelift]
                   [--set NAME=VALUE]...
      Write wasmtime's precompiled artifact (a .cwasm) for the host or TRIPLE.
  kindling run IN.wasm|IN.wat --invoke NAME [ARGS...] [--compiler kindling|cranelift]
               [--set NAME=VALUE]...
      Instantiate a module without imports and call export NAME. Integer
      arguments are decimal or 0x hex, floats use Rust syntax. Prints each
      result on its own line.
  kindling compare IN.wasm|IN.wat [--set NAME=VALUE]...
      Compile with kindling and with Cranelift, print compile time and code
      size, run every exported function without arguments (and _start) under
      both, and report any difference. Exits 1 when they differ.
  kindling disas IN.wasm|IN.wat [--target TRIPLE] [--func NAME|INDEX] [--compiler C]
                [--compare cranelift] [--set NAME=VALUE]...
      Disassemble the code of each wasm function (or of those --func selects:
      an index, an export or name-section name, or part of a symbol name such
      as `trampoline`), for the host or TRIPLE. Each run of instructions is
      annotated with the wasm operator and byte offset that produced it. With
      --compare cranelift, Cranelift's code follows kindling's, with
      instruction and byte counts for both.
  kindling help | --help | -h
  kindling --version | -V

The default compiler is kindling (wasmtime's Strategy::Winch).
--set NAME=VALUE (repeatable) passes a compiler setting to whichever compiler
runs, like wasmtime's --cranelift-set: e.g. --set enable_nan_canonicalization=true,
--set enable_heap_access_spectre_mitigation=false, --set has_avx=false. kindling
refuses a setting it does not know or cannot honour, naming it.
Environment:
  KINDLING_STATIC_MEMORY_MAXIMUM    Config::static_memory_maximum_size (bytes; K/M/G suffixes)
  KINDLING_DYNAMIC_MEMORY_RESERVED  Config::dynamic_memory_reserved_for_growth (bytes)
  KINDLING_NO_GUARD_PAGES=1         no guard pages: every memory is dynamic and bounds-checked
  KINDLING_FUEL=1, KINDLING_EPOCHS=1  Config::consume_fuel / Config::epoch_interruption

Exit codes: 0 success, 1 failure or trap, 2 bad command line, 101 internal panic.
";

/// An error that ends a subcommand: the message printed after `error: ` and the exit code.
#[derive(Debug)]
struct Failure {
    code: i32,
    message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: EXIT_USAGE,
            message: message.into(),
        }
    }

    fn failed(error: &anyhow::Error) -> Failure {
        Failure {
            code: EXIT_FAILURE,
            message: format!("{error:#}"),
        }
    }
}

/// Runs the command line `args` (without the program name), writing to `stdout` and `stderr`.
///
/// Returns the process exit code. Never panics: a panic inside kindling or
/// wasmtime is caught and reported as `error: internal error: ...`.
pub fn run_cli<I, S>(args: I, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let result = match panics::catch(|| dispatch(&args, stdout)) {
        Ok(result) => result,
        Err(panic) => Err(Failure {
            code: EXIT_PANIC,
            message: format!("internal error: kindling panicked: {panic}"),
        }),
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            let _ = writeln!(stderr, "error: {}", failure.message);
            if failure.code == EXIT_USAGE {
                let _ = writeln!(stderr, "Run `kindling --help` for usage.");
            }
            let _ = stderr.flush();
            failure.code
        }
    }
}

fn dispatch(args: &[OsString], stdout: &mut dyn Write) -> Result<i32, Failure> {
    let args = args
        .iter()
        .map(|a| {
            a.to_str()
                .map(str::to_owned)
                .ok_or_else(|| Failure::usage(format!("argument {a:?} is not valid UTF-8")))
        })
        .collect::<Result<Vec<String>, Failure>>()?;
    let Some((command, rest)) = args.split_first() else {
        return Err(Failure::usage(
            "missing subcommand (wast, compile, run, compare or disas)",
        ));
    };
    match command.as_str() {
        "wast" => cmd_wast(rest, stdout),
        "compile" => cmd_compile(rest, stdout),
        "run" => cmd_run(rest, stdout),
        "compare" => cmd_compare(rest, stdout),
        "disas" => cmd_disas(rest, stdout),
        "help" | "--help" | "-h" => print(stdout, USAGE),
        "--version" | "-V" => print(stdout, &format!("kindling {}\n", env!("CARGO_PKG_VERSION"))),
        other if other.starts_with('-') => Err(Failure::usage(format!(
            "unknown flag `{other}` (expected a subcommand: wast, compile, run, compare or disas)"
        ))),
        other => Err(Failure::usage(format!(
            "unknown subcommand `{other}` (expected wast, compile, run, compare or disas)"
        ))),
    }
}

fn print(stdout: &mut dyn Write, text: &str) -> Result<i32, Failure> {
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .context("failed to write to stdout")
        .map_err(|e| Failure::failed(&e))?;
    Ok(EXIT_OK)
}

/// A flag that takes a value: its long name and an optional short name.
struct FlagSpec {
    long: &'static str,
    short: Option<&'static str>,
    /// The flag may be given more than once (every value is kept).
    repeatable: bool,
}

const COMPILER: FlagSpec = FlagSpec {
    long: "--compiler",
    short: None,
    repeatable: false,
};
const OUTPUT: FlagSpec = FlagSpec {
    long: "--output",
    short: Some("-o"),
    repeatable: false,
};
const TARGET: FlagSpec = FlagSpec {
    long: "--target",
    short: None,
    repeatable: false,
};
const INVOKE: FlagSpec = FlagSpec {
    long: "--invoke",
    short: None,
    repeatable: false,
};
const FUNC: FlagSpec = FlagSpec {
    long: "--func",
    short: None,
    repeatable: false,
};
const SET: FlagSpec = FlagSpec {
    long: "--set",
    short: None,
    repeatable: true,
};
const COMPARE: FlagSpec = FlagSpec {
    long: "--compare",
    short: None,
    repeatable: false,
};

/// A parsed subcommand line: flag values by long name, and positional arguments.
#[derive(Default)]
struct Parsed {
    flags: Vec<(&'static str, String)>,
    positionals: Vec<String>,
    help: bool,
}

impl Parsed {
    fn flag(&self, long: &str) -> Option<&str> {
        self.flags
            .iter()
            .find(|(name, _)| *name == long)
            .map(|(_, value)| value.as_str())
    }

    /// Every value of a repeatable flag, in order.
    fn values<'a>(&'a self, long: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.flags
            .iter()
            .filter(move |(name, _)| *name == long)
            .map(|(_, value)| value.as_str())
    }

    fn engine_options(&self) -> Result<EngineOptions, Failure> {
        let compiler = match self.flag(COMPILER.long) {
            Some(name) => name
                .parse::<Compiler>()
                .map_err(|e| Failure::usage(e.to_string()))?,
            None => Compiler::Kindling,
        };
        let mut options =
            EngineOptions::from_env(compiler).map_err(|e| Failure::usage(format!("{e:#}")))?;
        for setting in self.values(SET.long) {
            options
                .settings
                .push(parse_setting(setting).map_err(Failure::usage)?);
        }
        Ok(options)
    }
}

/// Splits a `--set` value, `NAME=VALUE`.
fn parse_setting(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() && !value.trim().is_empty() => {
            Ok((name.trim().to_string(), value.trim().to_string()))
        }
        _ => Err(format!(
            "--set expects NAME=VALUE (e.g. --set enable_nan_canonicalization=true), got `{text}`"
        )),
    }
}

/// Whether `token` is a negative number (or -inf/-nan) rather than a flag.
fn is_negative_number(token: &str) -> bool {
    let Some(rest) = token.strip_prefix('-') else {
        return false;
    };
    rest.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        || ["inf", "infinity", "nan"].contains(&rest.to_ascii_lowercase().as_str())
}

fn parse_flags(args: &[String], specs: &[&FlagSpec]) -> Result<Parsed, Failure> {
    let mut parsed = Parsed::default();
    let mut iter = args.iter();
    while let Some(token) = iter.next() {
        if token == "--" {
            parsed.positionals.extend(iter.by_ref().cloned());
            break;
        }
        if token == "-h" || token == "--help" {
            parsed.help = true;
            continue;
        }
        if !token.starts_with('-') || token == "-" || is_negative_number(token) {
            parsed.positionals.push(token.clone());
            continue;
        }
        let (name, inline_value) = match token.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (token.as_str(), None),
        };
        let spec = specs
            .iter()
            .find(|s| s.long == name || s.short == Some(name))
            .ok_or_else(|| Failure::usage(format!("unknown flag `{name}`")))?;
        let value = match inline_value {
            Some(value) => value,
            None => iter
                .next()
                .cloned()
                .ok_or_else(|| Failure::usage(format!("flag `{name}` needs a value")))?,
        };
        if !spec.repeatable && parsed.flag(spec.long).is_some() {
            return Err(Failure::usage(format!(
                "flag `{}` given more than once",
                spec.long
            )));
        }
        parsed.flags.push((spec.long, value));
    }
    Ok(parsed)
}

fn cmd_wast(args: &[String], stdout: &mut dyn Write) -> Result<i32, Failure> {
    let parsed = parse_flags(args, &[&COMPILER, &SET])?;
    if parsed.help {
        return print(stdout, USAGE);
    }
    if parsed.positionals.is_empty() {
        return Err(Failure::usage(
            "`kindling wast` needs at least one .wast file",
        ));
    }
    let options = parsed.engine_options()?;
    let files: Vec<PathBuf> = parsed.positionals.iter().map(PathBuf::from).collect();
    let summary = wast::run_wast_files(&files, &options, stdout)
        .context("failed to write to stdout")
        .map_err(|e| Failure::failed(&e))?;
    Ok(if summary.failed() == 0 {
        EXIT_OK
    } else {
        EXIT_FAILURE
    })
}

fn single_input<'a>(parsed: &'a Parsed, command: &str) -> Result<&'a str, Failure> {
    match parsed.positionals.as_slice() {
        [input] => Ok(input),
        [] => Err(Failure::usage(format!(
            "`kindling {command}` needs an input .wasm or .wat file"
        ))),
        [_, extra, ..] => Err(Failure::usage(format!(
            "`kindling {command}` takes one input file; unexpected argument `{extra}`"
        ))),
    }
}

fn cmd_compile(args: &[String], stdout: &mut dyn Write) -> Result<i32, Failure> {
    let parsed = parse_flags(args, &[&COMPILER, &OUTPUT, &TARGET, &SET])?;
    if parsed.help {
        return print(stdout, USAGE);
    }
    let input = single_input(&parsed, "compile")?;
    let output = parsed
        .flag(OUTPUT.long)
        .ok_or_else(|| Failure::usage("`kindling compile` needs `-o OUT`"))?;
    let options = parsed.engine_options()?;
    let mut config = options.config();
    if let Some(triple) = parsed.flag(TARGET.long) {
        crate::set_target(&mut config, triple)
            .map_err(|e| Failure::usage(format!("invalid --target `{triple}`: {e:#}")))?;
    }
    let wasm = read_wasm(Path::new(input)).map_err(|e| Failure::failed(&e))?;
    let compiled = Engine::new(&config)
        .context("failed to create the engine")
        .and_then(|engine| engine.precompile_module(&wasm))
        .with_context(|| format!("failed to compile `{input}`"))
        .map_err(|e| Failure::failed(&e))?;
    std::fs::write(output, compiled)
        .with_context(|| format!("failed to write `{output}`"))
        .map_err(|e| Failure::failed(&e))?;
    Ok(EXIT_OK)
}

fn cmd_compare(args: &[String], stdout: &mut dyn Write) -> Result<i32, Failure> {
    let parsed = parse_flags(args, &[&SET])?;
    if parsed.help {
        return print(stdout, USAGE);
    }
    let input = single_input(&parsed, "compare")?;
    let options = parsed.engine_options()?;
    let wasm = read_wasm(Path::new(input)).map_err(|e| Failure::failed(&e))?;
    let same = crate::compare::compare(&wasm, &options, stdout)
        .with_context(|| format!("failed to compare `{input}`"))
        .map_err(|e| Failure::failed(&e))?;
    Ok(if same { EXIT_OK } else { EXIT_FAILURE })
}

fn cmd_disas(args: &[String], stdout: &mut dyn Write) -> Result<i32, Failure> {
    use crate::disas::{disassemble, header, DisasRequest};
    use crate::Compiler;
    let parsed = parse_flags(args, &[&COMPILER, &TARGET, &FUNC, &COMPARE, &SET])?;
    if parsed.help {
        return print(stdout, USAGE);
    }
    let input = single_input(&parsed, "disas")?;
    let options = parsed.engine_options()?;
    let compare = match parsed.flag(COMPARE.long) {
        None => None,
        Some(name) => Some(
            name.parse::<Compiler>()
                .map_err(|e| Failure::usage(format!("--compare: {e}")))?,
        ),
    };
    let wasm = read_wasm(Path::new(input)).map_err(|e| Failure::failed(&e))?;
    let target = parsed.flag(TARGET.long);
    let triple = target
        .map(str::to_string)
        .unwrap_or_else(|| target_lexicon::Triple::host().to_string());
    let mut compilers = vec![options.compiler];
    compilers.extend(compare.filter(|c| *c != options.compiler));
    let mut all = Vec::new();
    for compiler in &compilers {
        let request = DisasRequest {
            options: crate::EngineOptions {
                compiler: *compiler,
                ..options.clone()
            },
            target,
            func: parsed.flag(FUNC.long),
            enable: &[],
        };
        let listings = disassemble(&wasm, &request)
            .with_context(|| format!("failed to disassemble `{input}`"))
            .map_err(|e| Failure::failed(&e))?;
        all.push((*compiler, listings));
    }
    let mut text = String::new();
    for (compiler, listings) in &all {
        for listing in listings {
            text.push_str(&header(listing, *compiler, &triple));
            text.push('\n');
            text.push_str(&listing.text);
            text.push('\n');
        }
    }
    if let [(first, ours), (second, theirs)] = all.as_slice() {
        text.push_str(&format!("{:<40} {first:>22} {second:>22}\n", "function"));
        for (a, b) in ours.iter().zip(theirs) {
            let name = a.name.as_deref().unwrap_or(&a.symbol);
            let counts =
                |l: &crate::disas::Listing| format!("{} insns {} B", l.instructions, l.bytes);
            text.push_str(&format!(
                "{name:<40} {:>22} {:>22}  ({:.2}x bytes)\n",
                counts(a),
                counts(b),
                a.bytes as f64 / b.bytes.max(1) as f64
            ));
        }
    }
    print(stdout, &text)
}

fn cmd_run(args: &[String], stdout: &mut dyn Write) -> Result<i32, Failure> {
    let parsed = parse_flags(args, &[&COMPILER, &INVOKE, &SET])?;
    if parsed.help {
        return print(stdout, USAGE);
    }
    let Some((input, call_args)) = parsed.positionals.split_first() else {
        return Err(Failure::usage(
            "`kindling run` needs an input .wasm or .wat file",
        ));
    };
    let name = parsed
        .flag(INVOKE.long)
        .ok_or_else(|| Failure::usage("`kindling run` needs `--invoke NAME`"))?;
    let options = parsed.engine_options()?;
    let wasm = read_wasm(Path::new(input)).map_err(|e| Failure::failed(&e))?;
    let engine = Engine::new(&options.config())
        .context("failed to create the engine")
        .map_err(|e| Failure::failed(&e))?;
    let module = Module::new(&engine, &wasm)
        .with_context(|| format!("failed to compile `{input}`"))
        .map_err(|e| Failure::failed(&e))?;
    if let Some(import) = module.imports().next() {
        return Err(Failure::failed(&anyhow::anyhow!(
            "`{input}` imports `{}::{}`; `kindling run` only runs modules without imports",
            import.module(),
            import.name()
        )));
    }
    let mut store = options.store(&engine).map_err(|e| Failure::failed(&e))?;
    let instance = Instance::new(&mut store, &module, &[]).map_err(|e| trap_failure(&e))?;
    let func = instance
        .get_func(&mut store, name)
        .ok_or_else(|| Failure::usage(format!("`{input}` has no exported function `{name}`")))?;
    let ty = func.ty(&store);
    let param_types: Vec<_> = ty.params().collect();
    if param_types.len() != call_args.len() {
        let types: Vec<String> = param_types.iter().map(ToString::to_string).collect();
        return Err(Failure::usage(format!(
            "`{name}` takes {} argument(s) ({}), got {}",
            param_types.len(),
            types.join(", "),
            call_args.len()
        )));
    }
    let params = call_args
        .iter()
        .zip(&param_types)
        .enumerate()
        .map(|(i, (text, ty))| {
            parse_value(text, ty).map_err(|e| Failure::usage(format!("argument {}: {e:#}", i + 1)))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let mut results: Vec<_> = ty.results().map(|t| default_value(&t)).collect();
    func.call(&mut store, &params, &mut results)
        .map_err(|e| trap_failure(&e))?;
    let text: String = results
        .iter()
        .map(|v| format!("{}\n", format_value(v)))
        .collect();
    print(stdout, &text)
}

/// Reports a trap as its message (plus the wasm backtrace), anything else as the error chain.
fn trap_failure(error: &anyhow::Error) -> Failure {
    let Some(trap) = error.downcast_ref::<Trap>() else {
        return Failure::failed(error);
    };
    let mut message = trap.to_string();
    if let Some(backtrace) = error.downcast_ref::<WasmBacktrace>() {
        message.push('\n');
        message.push_str(&backtrace.to_string());
    }
    Failure {
        code: EXIT_FAILURE,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_and_positionals() {
        let args = strings(&[
            "a.wat",
            "--invoke=f",
            "-1",
            "--compiler",
            "cranelift",
            "-inf",
        ]);
        let p = parse_flags(&args, &[&COMPILER, &INVOKE]).unwrap();
        assert_eq!(p.positionals, ["a.wat", "-1", "-inf"]);
        assert_eq!(p.flag("--invoke"), Some("f"));
        assert_eq!(p.flag("--compiler"), Some("cranelift"));

        let args = strings(&["x", "-o", "out", "--", "--not-a-flag"]);
        let p = parse_flags(&args, &[&OUTPUT]).unwrap();
        assert_eq!(p.flag("--output"), Some("out"));
        assert_eq!(p.positionals, ["x", "--not-a-flag"]);
    }

    #[test]
    fn bad_flags_are_usage_errors() {
        let err = parse_flags(&strings(&["--bogus"]), &[&COMPILER])
            .err()
            .unwrap();
        assert_eq!(
            (err.code, err.message.as_str()),
            (2, "unknown flag `--bogus`")
        );
        let err = parse_flags(&strings(&["--compiler"]), &[&COMPILER])
            .err()
            .unwrap();
        assert_eq!(err.message, "flag `--compiler` needs a value");
        let args = strings(&["--compiler", "a", "--compiler=b"]);
        let err = parse_flags(&args, &[&COMPILER]).err().unwrap();
        assert_eq!(err.message, "flag `--compiler` given more than once");
        let err = parse_flags(&strings(&["-x"]), &[&OUTPUT]).err().unwrap();
        assert_eq!(err.message, "unknown flag `-x`");
    }

    #[test]
    fn set_is_repeatable_and_checked() {
        let args = strings(&["--set", "a=1", "--set=b = 2", "x.wat"]);
        let p = parse_flags(&args, &[&SET]).unwrap();
        let options = p.engine_options().unwrap();
        assert_eq!(
            options.settings,
            [("a".to_string(), "1".to_string()), ("b".into(), "2".into())]
        );
        for bad in ["novalue", "=1", "name="] {
            let p = parse_flags(&strings(&["--set", bad]), &[&SET]).unwrap();
            let err = p.engine_options().err().unwrap();
            assert_eq!(err.code, EXIT_USAGE);
            assert!(err.message.contains("NAME=VALUE"), "{}", err.message);
        }
    }

    #[test]
    fn negative_numbers_are_not_flags() {
        for n in ["-1", "-0x10", "-.5", "-inf", "-NaN", "-Infinity"] {
            assert!(is_negative_number(n), "{n}");
        }
        for f in ["-o", "--x", "-", "1", "-i"] {
            assert!(!is_negative_number(f), "{f}");
        }
    }
}

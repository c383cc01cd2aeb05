//! The reusable half of the `kindling` command-line tool.
//!
//! `kindling` is a single-pass WebAssembly compiler that wasmtime 12.0.2 uses
//! as its `Strategy::Winch` compiler. This library holds everything the
//! `kindling` binary does, so that tests can drive it in-process:
//!
//! - [`EngineOptions`] builds a [`wasmtime::Config`] for either compiler;
//! - [`wast`] runs `.wast` scripts, one fresh store per file, panics caught;
//! - [`values`] parses command-line arguments into wasm values and back;
//! - [`disas`] disassembles what either compiler emits, annotated with the
//!   wasm operators;
//! - [`cli`] parses the command line and runs a subcommand.

#![warn(missing_docs)]

pub mod cli;
pub mod compare;
pub mod disas;
pub mod panics;
pub mod values;
pub mod wast;

pub use cli::run_cli;
pub use wast::{run_wast_file, run_wast_files, FileOutcome, WastSummary};

use anyhow::{bail, Context, Result};
use std::fmt;
use std::path::Path;
use std::str::FromStr;
use wasmtime::{Config, Strategy};

/// Environment variable: maximum size in bytes of a "static" linear memory reservation.
pub const ENV_STATIC_MEMORY_MAXIMUM: &str = "KINDLING_STATIC_MEMORY_MAXIMUM";

/// Environment variable: bytes reserved after a dynamic linear memory for growth.
pub const ENV_DYNAMIC_MEMORY_RESERVED: &str = "KINDLING_DYNAMIC_MEMORY_RESERVED";

/// Which code generator wasmtime uses to compile wasm functions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Compiler {
    /// kindling, plugged in as wasmtime's `Strategy::Winch`.
    #[default]
    Kindling,
    /// wasmtime's own optimizing compiler, Cranelift 0.99, as a baseline.
    Cranelift,
}

impl Compiler {
    /// The wasmtime strategy that selects this compiler.
    pub fn strategy(self) -> Strategy {
        match self {
            Compiler::Kindling => Strategy::Winch,
            Compiler::Cranelift => Strategy::Cranelift,
        }
    }
}

impl fmt::Display for Compiler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Compiler::Kindling => "kindling",
            Compiler::Cranelift => "cranelift",
        })
    }
}

impl FromStr for Compiler {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<Self> {
        match s {
            "kindling" | "winch" => Ok(Compiler::Kindling),
            "cranelift" => Ok(Compiler::Cranelift),
            other => bail!("unknown compiler `{other}` (expected `kindling` or `cranelift`)"),
        }
    }
}

/// Engine settings shared by every subcommand and by the test harnesses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EngineOptions {
    /// The compiler to select.
    pub compiler: Compiler,
    /// Overrides `Config::static_memory_maximum_size` when set.
    pub static_memory_maximum: Option<u64>,
    /// Overrides `Config::dynamic_memory_reserved_for_growth` when set.
    pub dynamic_memory_reserved: Option<u64>,
    /// Turns guard pages off: every memory is dynamic and bounds-checked.
    pub no_guard_pages: bool,
    /// Turns on `Config::consume_fuel` (stores get all the fuel they can use).
    pub fuel: bool,
    /// Turns on `Config::epoch_interruption` (with a deadline never reached).
    pub epochs: bool,
    /// Compiler settings, `(name, value)`, as `--set NAME=VALUE` gives them;
    /// the compiler that runs validates them when the engine is built.
    pub settings: Vec<(String, String)>,
}

impl EngineOptions {
    /// Options for `compiler` with wasmtime's default memory settings.
    pub fn new(compiler: Compiler) -> Self {
        EngineOptions {
            compiler,
            ..EngineOptions::default()
        }
    }

    /// Options for `compiler`, with memory settings read from the environment.
    pub fn from_env(compiler: Compiler) -> Result<Self> {
        Ok(EngineOptions {
            compiler,
            static_memory_maximum: size_from_env(ENV_STATIC_MEMORY_MAXIMUM)?,
            dynamic_memory_reserved: size_from_env(ENV_DYNAMIC_MEMORY_RESERVED)?,
            no_guard_pages: flag_from_env(ENV_NO_GUARD_PAGES)?,
            fuel: flag_from_env(ENV_FUEL)?,
            epochs: flag_from_env(ENV_EPOCHS)?,
            settings: settings_from_env(ENV_SETTINGS)?,
        })
    }

    /// Whether these options make every linear memory dynamic.
    pub fn turns_static_memories_off(&self) -> bool {
        self.no_guard_pages || self.static_memory_maximum == Some(0)
    }

    /// A `Config` with wasmtime's defaults, this compiler and these memory settings.
    pub fn config(&self) -> Config {
        let mut config = Config::new();
        config.strategy(self.compiler.strategy());
        // Relaxed SIMD and tail calls on, so `run`, `compile` and `disas`
        // accept every operator kindling compiles (the wast runner sets
        // proposals per file), where wasmtime allows them.
        config
            .wasm_relaxed_simd(true)
            .wasm_tail_call(tail_calls_supported(&target_lexicon::Triple::host()));
        if let Some(size) = self.static_memory_maximum {
            config.static_memory_maximum_size(size);
        }
        if let Some(size) = self.dynamic_memory_reserved {
            config.dynamic_memory_reserved_for_growth(size);
        }
        if self.no_guard_pages {
            config.static_memory_maximum_size(0);
            config.static_memory_guard_size(0);
            config.dynamic_memory_guard_size(0);
            config.guard_before_linear_memory(false);
        }
        config.consume_fuel(self.fuel);
        config.epoch_interruption(self.epochs);
        for (name, value) in &self.settings {
            // SAFETY: wasmtime only records the setting here; the compiler
            // builder refuses unknown names and values when the engine is
            // built. Settings that claim CPU features the host lacks are the
            // caller's responsibility, as with wasmtime's `--cranelift-set`.
            unsafe {
                config.cranelift_flag_set(name, value);
            }
        }
        config
    }

    /// A store for `engine` that can run under these options' fuel and epoch
    /// settings without being interrupted.
    pub fn store(&self, engine: &wasmtime::Engine) -> Result<wasmtime::Store<()>> {
        let mut store = wasmtime::Store::new(engine, ());
        if self.fuel {
            store.add_fuel(u64::MAX / 2)?;
        }
        if self.epochs {
            store.set_epoch_deadline(u64::MAX / 2);
        }
        Ok(store)
    }
}

/// Environment variable: `1` turns guard pages off (see [`EngineOptions::no_guard_pages`]).
pub const ENV_NO_GUARD_PAGES: &str = "KINDLING_NO_GUARD_PAGES";
/// Environment variable: `1` turns fuel consumption on.
pub const ENV_FUEL: &str = "KINDLING_FUEL";
/// Environment variable: `1` turns epoch interruption on.
pub const ENV_EPOCHS: &str = "KINDLING_EPOCHS";

/// Environment variable: compiler settings, `NAME=VALUE` separated by commas
/// (as `--set`, for instance `has_zba=true,has_zbb=true`).
pub const ENV_SETTINGS: &str = "KINDLING_SETTINGS";

/// Reads `NAME=VALUE,...` settings from environment variable `name`.
pub fn settings_from_env(name: &str) -> Result<Vec<(String, String)>> {
    let text = match std::env::var(name) {
        Ok(text) => text,
        Err(std::env::VarError::NotPresent) => return Ok(Vec::new()),
        Err(std::env::VarError::NotUnicode(_)) => {
            bail!("environment variable {name} is not valid UTF-8")
        }
    };
    parse_settings(&text).with_context(|| format!("in environment variable {name}"))
}

/// Parses `NAME=VALUE` settings separated by commas.
pub fn parse_settings(text: &str) -> Result<Vec<(String, String)>> {
    text.split(',')
        .filter(|item| !item.trim().is_empty())
        .map(|item| match item.split_once('=') {
            Some((setting, value)) => Ok((setting.trim().to_string(), value.trim().to_string())),
            None => bail!("`{item}` is not NAME=VALUE"),
        })
        .collect()
}

/// Reads a boolean environment variable: unset, empty or `0` is false, `1` true.
pub fn flag_from_env(name: &str) -> Result<bool> {
    match std::env::var(name) {
        Ok(v) if v.is_empty() || v == "0" => Ok(false),
        Ok(v) if v == "1" => Ok(true),
        Ok(v) => bail!("environment variable {name} must be 0 or 1, not `{v}`"),
        Err(std::env::VarError::NotPresent) => Ok(false),
        Err(std::env::VarError::NotUnicode(_)) => {
            bail!("environment variable {name} is not valid UTF-8")
        }
    }
}

/// Reads a byte size from environment variable `name`; `None` when unset or empty.
pub fn size_from_env(name: &str) -> Result<Option<u64>> {
    match std::env::var(name) {
        Ok(value) if value.trim().is_empty() => Ok(None),
        Ok(value) => parse_size(&value)
            .map(Some)
            .with_context(|| format!("invalid value for environment variable {name}")),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => {
            bail!("environment variable {name} is not valid UTF-8")
        }
    }
}

/// Parses a byte size such as `0`, `65536`, `64K`, `512M` or `4G` (binary units).
pub fn parse_size(text: &str) -> Result<u64> {
    let text = text.trim();
    let (digits, shift) = match text.char_indices().last() {
        Some((i, 'k' | 'K')) => (&text[..i], 10),
        Some((i, 'm' | 'M')) => (&text[..i], 20),
        Some((i, 'g' | 'G')) => (&text[..i], 30),
        _ => (text, 0),
    };
    let value: u64 = digits
        .parse()
        .with_context(|| format!("`{text}` is not a size (expected e.g. 0, 65536, 64K, 4G)"))?;
    value
        .checked_mul(1u64 << shift)
        .with_context(|| format!("size `{text}` is too large"))
}

/// Reads a `.wasm` or `.wat` file and returns wasm binary bytes, naming the file in errors.
pub fn read_wasm(path: &Path) -> Result<Vec<u8>> {
    let bytes =
        std::fs::read(path).with_context(|| format!("failed to read `{}`", path.display()))?;
    match wat::parse_bytes(&bytes) {
        Ok(wasm) => Ok(wasm.into_owned()),
        Err(mut e) => {
            e.set_path(path);
            Err(anyhow::Error::new(e))
        }
    }
}

/// Whether wasmtime 12 runs the tail-call proposal on `target`: it refuses
/// it on s390x (for every compiler), so there kindling's tail calls cannot
/// be used.
pub fn tail_calls_supported(target: &target_lexicon::Triple) -> bool {
    target.architecture != target_lexicon::Architecture::S390x
}

/// Points `config` at `triple`, with tail calls on only where wasmtime
/// allows them there.
pub fn set_target(config: &mut Config, triple: &str) -> Result<()> {
    let parsed: target_lexicon::Triple = triple.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
    config.target(triple)?;
    config.wasm_tail_call(tail_calls_supported(&parsed));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_name_value_pairs() {
        let parsed = parse_settings("has_zba=true, has_zbb = false,").unwrap();
        let pair = |n: &str, v: &str| (n.to_string(), v.to_string());
        assert_eq!(parsed, [pair("has_zba", "true"), pair("has_zbb", "false")]);
        assert!(parse_settings("").unwrap().is_empty());
        let err = parse_settings("has_zba").unwrap_err();
        assert!(
            err.to_string().contains("`has_zba` is not NAME=VALUE"),
            "{err}"
        );
    }

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("0").unwrap(), 0);
        assert_eq!(parse_size("65536").unwrap(), 65536);
        assert_eq!(parse_size("64K").unwrap(), 64 << 10);
        assert_eq!(parse_size(" 512m ").unwrap(), 512 << 20);
        assert_eq!(parse_size("4G").unwrap(), 4 << 30);
        assert!(parse_size("").is_err());
        assert!(parse_size("G").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("4T").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
        assert!(parse_size("18446744073709551615G").is_err());
    }

    #[test]
    fn compilers_parse() {
        assert_eq!("kindling".parse::<Compiler>().unwrap(), Compiler::Kindling);
        assert_eq!("winch".parse::<Compiler>().unwrap(), Compiler::Kindling);
        assert_eq!(
            "cranelift".parse::<Compiler>().unwrap(),
            Compiler::Cranelift
        );
        let err = "llvm".parse::<Compiler>().unwrap_err().to_string();
        assert!(err.contains("unknown compiler `llvm`"), "{err}");
    }

    #[test]
    fn read_wasm_reports_file_problems() {
        let missing = Path::new("/nonexistent/kindling/x.wat");
        let err = format!("{:#}", read_wasm(missing).unwrap_err());
        assert!(
            err.contains("failed to read `/nonexistent/kindling/x.wat`"),
            "{err}"
        );

        let dir = std::env::temp_dir().join(format!("kindling-cli-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bad = dir.join("bad.wat");
        std::fs::write(&bad, "(module (func (result i32) i32.konst 1))").unwrap();
        let err = format!("{:#}", read_wasm(&bad).unwrap_err());
        assert!(err.contains("bad.wat"), "{err}");

        let good = dir.join("good.wat");
        std::fs::write(&good, "(module)").unwrap();
        assert_eq!(read_wasm(&good).unwrap(), b"\0asm\x01\0\0\0");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

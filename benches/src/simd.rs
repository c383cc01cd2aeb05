//! The SIMD benchmark programs: C sources in `benches/simd/`, compiled to
//! WASI modules with clang and `-msimd128` when the run-time bench starts.
//!
//! Each program checks its SIMD kernel against a scalar reference inside
//! itself and prints `ok <checksum>`; the bench compares that with
//! `NAME.stdout.expected`, and refuses a module with no SIMD operator.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The programs, by file stem (`benches/simd/NAME.c`).
pub const PROGRAMS: [&str; 6] = ["adler32", "blur", "matmul", "strsearch", "xxhash", "yuv"];

/// The directory of the C sources and the expected outputs.
pub fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("simd")
}

/// The clang that compiles the C programs (SIMD and realistic):
/// `KINDLING_CLANG`, or `clang-14`.
pub(crate) fn clang() -> String {
    std::env::var("KINDLING_CLANG").unwrap_or_else(|_| "clang-14".to_string())
}

/// The WASI sysroot: `KINDLING_WASI_SYSROOT`, or `/usr` (Debian's
/// `wasi-libc` puts its headers and libraries under `/usr/*/wasm32-wasi`).
pub(crate) fn sysroot() -> String {
    std::env::var("KINDLING_WASI_SYSROOT").unwrap_or_else(|_| "/usr".to_string())
}

/// A compiled SIMD program.
pub struct SimdProgram {
    /// The file stem, e.g. `blur`.
    pub name: &'static str,
    /// The WASI module.
    pub wasm: Vec<u8>,
    /// What its stdout must be.
    pub expected: PathBuf,
    /// How many SIMD operators its code holds.
    pub simd_operators: usize,
}

/// Compiles every program into `out_dir`, checking that each holds SIMD
/// operators. A missing clang or WASI libc is an error that says what to
/// install.
pub fn build_all(out_dir: &Path) -> Result<Vec<SimdProgram>> {
    std::fs::create_dir_all(out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    PROGRAMS.iter().map(|name| build(name, out_dir)).collect()
}

fn build(name: &'static str, out_dir: &Path) -> Result<SimdProgram> {
    let source = source_dir().join(format!("{name}.c"));
    let out = out_dir.join(format!("{name}.wasm"));
    let clang = clang();
    let output = Command::new(&clang)
        .args([
            "--target=wasm32-wasi",
            "-O2",
            "-msimd128",
            "-Wall",
            "-Wextra",
            "-Werror",
        ])
        .arg(format!("--sysroot={}", sysroot()))
        .arg(&source)
        .arg("-o")
        .arg(&out)
        .output()
        .with_context(|| {
            format!(
                "running `{clang}` to build the SIMD benchmark programs; install clang-14, \
                 lld-14, wasi-libc and libclang-rt-14-dev-wasm32 (scripts/setup.sh does), \
                 or set KINDLING_CLANG"
            )
        })?;
    if !output.status.success() {
        bail!(
            "{clang} failed on {} ({}); it needs lld-14, wasi-libc and \
             libclang-rt-14-dev-wasm32 (scripts/setup.sh installs them):\n{}",
            source.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let wasm = std::fs::read(&out).with_context(|| format!("reading {}", out.display()))?;
    let simd_operators =
        simd_operator_count(&wasm).with_context(|| format!("parsing {name}.wasm"))?;
    if simd_operators == 0 {
        bail!("{name}.wasm has no SIMD operator: clang compiled {name}.c to scalar code");
    }
    Ok(SimdProgram {
        name,
        wasm,
        expected: source_dir().join(format!("{name}.stdout.expected")),
        simd_operators,
    })
}

/// How many operators in `wasm`'s function bodies are SIMD ones (encoded
/// behind the `0xfd` prefix byte).
pub fn simd_operator_count(wasm: &[u8]) -> Result<usize> {
    let mut count = 0;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CodeSectionEntry(body) = payload? {
            let mut reader = body.get_operators_reader()?;
            while !reader.eof() {
                let (_, offset) = reader.read_with_offset()?;
                if wasm.get(offset) == Some(&0xfd) {
                    count += 1;
                }
            }
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::simd_operator_count;

    #[test]
    fn counts_only_simd_operators() {
        let simd = wat::parse_str(
            "(module (func (param i32) (result i32)
               local.get 0 i32x4.splat local.get 0 i32x4.splat i32x4.add
               i32x4.extract_lane 1))",
        )
        .unwrap();
        assert_eq!(simd_operator_count(&simd).unwrap(), 4);
        let scalar =
            wat::parse_str("(module (func (result i32) i32.const 1 i32.const 2 i32.add))").unwrap();
        assert_eq!(simd_operator_count(&scalar).unwrap(), 0);
    }
}

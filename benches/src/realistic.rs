//! The realistic run-time programs: real C libraries and Rust crates doing
//! what their users do, built into WASI modules when the run-time bench
//! starts.
//!
//! Every program lives in `benches/realistic/NAME/`. A C program is a
//! driver, `main.c`, compiled with clang against wasi-libc together with a
//! library's C sources, which come from a crates.io package that vendors
//! them (`benches/realistic/c-sources/Cargo.toml` pins the packages; `cargo
//! metadata` downloads them and says where they are). A Rust program is a
//! standalone crate with its own `Cargo.lock`, built for `wasm32-wasip1`.
//! Each prints what it computed (checksums, query results) and checks its
//! own round trips; the bench compares the output with
//! `NAME/stdout.expected`.
//!
//! Outputs are cached in the bench's target tmpdir: a C program is rebuilt
//! when its command line changes or a file of its directory is newer than
//! the module; cargo decides for the Rust ones.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// How a program is built.
pub enum Build {
    /// `NAME/main.c` with a library's sources from a crates.io package.
    C {
        /// The package that vendors the library (a dependency of
        /// `c-sources/Cargo.toml`).
        package: &'static str,
        /// The library's sources, relative to the package; a name may end in
        /// `*.c` for every C file of a directory.
        sources: &'static [&'static str],
        /// File names that a `*.c` pattern leaves out.
        exclude: &'static [&'static str],
        /// Include directories, relative to the package (the program's own
        /// directory comes first).
        includes: &'static [&'static str],
        /// More clang flags; `{dir}` stands for the program's directory.
        flags: &'static [&'static str],
    },
    /// A crate in `NAME/`, built with cargo for `wasm32-wasip1`.
    Rust,
}

/// A realistic program.
pub struct Spec {
    /// The directory name under `benches/realistic/`.
    pub name: &'static str,
    /// Where the code comes from, for the report.
    pub origin: &'static str,
    /// How it is built.
    pub build: Build,
}

/// The programs, in the order the bench runs them.
pub const PROGRAMS: &[Spec] = &[
    Spec {
        name: "sqlite",
        origin: "SQLite amalgamation (libsqlite3-sys)",
        build: Build::C {
            package: "libsqlite3-sys",
            sources: &["sqlite3/sqlite3.c"],
            exclude: &[],
            includes: &["sqlite3"],
            flags: &[
                "-DSQLITE_OS_OTHER=1",
                "-DSQLITE_THREADSAFE=0",
                "-DSQLITE_TEMP_STORE=3",
                "-DSQLITE_OMIT_LOAD_EXTENSION",
                "-DSQLITE_DEFAULT_MEMSTATUS=0",
            ],
        },
    },
    Spec {
        name: "lua",
        origin: "Lua 5.4.7 interpreter (lua-src)",
        build: Build::C {
            package: "lua-src",
            sources: &["lua-5.4.7/*.c"],
            exclude: &[
                "lua.c",
                "luac.c",
                "linit.c",
                "liolib.c",
                "loslib.c",
                "loadlib.c",
            ],
            includes: &["lua-5.4.7"],
            flags: &["-include", "{dir}/prelude.h"],
        },
    },
    Spec {
        name: "zlib",
        origin: "zlib (libz-sys)",
        build: Build::C {
            package: "libz-sys",
            sources: &[
                "src/zlib/adler32.c",
                "src/zlib/compress.c",
                "src/zlib/crc32.c",
                "src/zlib/deflate.c",
                "src/zlib/inffast.c",
                "src/zlib/inflate.c",
                "src/zlib/inftrees.c",
                "src/zlib/trees.c",
                "src/zlib/uncompr.c",
                "src/zlib/zutil.c",
            ],
            exclude: &[],
            includes: &["src/zlib"],
            flags: &[],
        },
    },
    Spec {
        name: "zstd",
        origin: "Zstandard 1.5.7 (zstd-sys)",
        build: Build::C {
            package: "zstd-sys",
            sources: &[
                "zstd/lib/common/*.c",
                "zstd/lib/compress/*.c",
                "zstd/lib/decompress/*.c",
            ],
            exclude: &[],
            includes: &["zstd/lib", "zstd/lib/common"],
            flags: &["-DZSTD_DISABLE_ASM"],
        },
    },
    Spec {
        name: "lz4",
        origin: "LZ4 1.10.0 (lz4-sys)",
        build: Build::C {
            package: "lz4-sys",
            sources: &["liblz4/lib/lz4.c", "liblz4/lib/lz4hc.c"],
            exclude: &[],
            includes: &["liblz4/lib"],
            flags: &[],
        },
    },
    Spec {
        name: "bzip2",
        origin: "bzip2 1.0.8 (bzip2-sys)",
        build: Build::C {
            package: "bzip2-sys",
            sources: &[
                "bzip2-1.0.8/blocksort.c",
                "bzip2-1.0.8/huffman.c",
                "bzip2-1.0.8/crctable.c",
                "bzip2-1.0.8/randtable.c",
                "bzip2-1.0.8/compress.c",
                "bzip2-1.0.8/decompress.c",
                "bzip2-1.0.8/bzlib.c",
            ],
            exclude: &[],
            includes: &["bzip2-1.0.8"],
            flags: &[],
        },
    },
    Spec {
        name: "brotli",
        origin: "Brotli 0.6 C library (brotli-sys)",
        build: Build::C {
            package: "brotli-sys",
            sources: &["brotli/common/*.c", "brotli/dec/*.c", "brotli/enc/*.c"],
            exclude: &[],
            includes: &["brotli/include"],
            flags: &[],
        },
    },
    Spec {
        name: "blake3",
        origin: "BLAKE3 portable C (blake3 crate's c/)",
        build: Build::C {
            package: "blake3",
            sources: &["c/blake3.c", "c/blake3_dispatch.c", "c/blake3_portable.c"],
            exclude: &[],
            includes: &["c"],
            flags: &[
                "-DBLAKE3_NO_SSE2",
                "-DBLAKE3_NO_SSE41",
                "-DBLAKE3_NO_AVX2",
                "-DBLAKE3_NO_AVX512",
                "-DBLAKE3_USE_NEON=0",
            ],
        },
    },
    Spec {
        name: "webp",
        origin: "libwebp (libwebp-sys)",
        build: Build::C {
            package: "libwebp-sys",
            sources: &[
                "vendor/src/dec/*.c",
                "vendor/src/dsp/*.c",
                "vendor/src/enc/*.c",
                "vendor/src/utils/*.c",
                "vendor/sharpyuv/*.c",
            ],
            exclude: &[],
            includes: &["vendor", "vendor/src"],
            flags: &["-DNDEBUG"],
        },
    },
    Spec {
        name: "json-rs",
        origin: "serde_json 1 with serde derive",
        build: Build::Rust,
    },
    Spec {
        name: "regex-rs",
        origin: "regex 1",
        build: Build::Rust,
    },
    Spec {
        name: "sha-rs",
        origin: "RustCrypto sha2 and sha3",
        build: Build::Rust,
    },
    Spec {
        name: "hashmap-rs",
        origin: "hashbrown 0.15 and std collections",
        build: Build::Rust,
    },
    Spec {
        name: "sort-rs",
        origin: "Rust standard library sorts",
        build: Build::Rust,
    },
    Spec {
        name: "markdown-rs",
        origin: "pulldown-cmark 0.12",
        build: Build::Rust,
    },
    Spec {
        name: "png-rs",
        origin: "png 0.17 (with fdeflate and miniz_oxide)",
        build: Build::Rust,
    },
    Spec {
        name: "rhai-rs",
        origin: "Rhai 1 scripting engine",
        build: Build::Rust,
    },
];

/// A built realistic program.
pub struct RealisticProgram {
    /// The directory name, e.g. `sqlite`.
    pub name: &'static str,
    /// `C` or `Rust`.
    pub language: &'static str,
    /// The WASI module.
    pub wasm: Vec<u8>,
    /// What its stdout must be.
    pub expected: PathBuf,
}

/// The directory of the programs' sources.
pub fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("realistic")
}

/// The cargo that builds the Rust programs and fetches the C sources: the
/// one running the bench (`CARGO`), or `cargo`.
fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

/// Builds every program into `out_dir`. A missing tool, target or package
/// is an error that says what to install.
pub fn build_all(out_dir: &Path) -> Result<Vec<RealisticProgram>> {
    std::fs::create_dir_all(out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    let packages = c_packages()?;
    let mut programs = Vec::new();
    for spec in PROGRAMS {
        let (language, wasm_path) = match &spec.build {
            Build::C { package, .. } => {
                let root = packages
                    .iter()
                    .find(|(name, _)| name == package)
                    .map(|(_, root)| root.clone())
                    .with_context(|| format!("c-sources/Cargo.toml has no package {package}"))?;
                ("C", build_c(spec, &root, out_dir)?)
            }
            Build::Rust => ("Rust", build_rust(spec.name, out_dir)?),
        };
        let wasm = std::fs::read(&wasm_path)
            .with_context(|| format!("reading {}", wasm_path.display()))?;
        programs.push(RealisticProgram {
            name: spec.name,
            language,
            wasm,
            expected: source_dir().join(spec.name).join("stdout.expected"),
        });
    }
    Ok(programs)
}

/// The packages of `c-sources/Cargo.toml` and their source directories,
/// downloaded by `cargo metadata` if needed.
fn c_packages() -> Result<Vec<(String, PathBuf)>> {
    let manifest = source_dir().join("c-sources/Cargo.toml");
    let cargo = cargo();
    let output = Command::new(&cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--manifest-path",
        ])
        .arg(&manifest)
        .output()
        .with_context(|| format!("running `{cargo} metadata`"))?;
    if !output.status.success() {
        bail!(
            "`cargo metadata --manifest-path {}` failed ({}); it downloads the C libraries' \
             sources from crates.io (or reads them from ~/.cargo/registry when offline):\n{}",
            manifest.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).context("parsing `cargo metadata` output")?;
    let mut packages = Vec::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let (Some(name), Some(manifest)) =
            (package["name"].as_str(), package["manifest_path"].as_str())
        else {
            continue;
        };
        if let Some(root) = Path::new(manifest).parent() {
            packages.push((name.to_string(), root.to_path_buf()));
        }
    }
    Ok(packages)
}

/// Expands `sources` (relative to `root`, `*.c` patterns allowed) to files.
fn expand_sources(root: &Path, sources: &[&str], exclude: &[&str]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for source in sources {
        let Some(dir) = source.strip_suffix("/*.c") else {
            files.push(root.join(source));
            continue;
        };
        let dir = root.join(dir);
        let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| {
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.ends_with(".c") && !exclude.contains(&name)
            })
            .collect();
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

/// The newest modification time of the C sources and headers directly in
/// `dir` and of `common.h`.
fn newest_input(dir: &Path) -> Result<SystemTime> {
    let mut newest = std::fs::metadata(source_dir().join("common.h"))?.modified()?;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if matches!(path.extension().and_then(|e| e.to_str()), Some("c" | "h")) {
            newest = newest.max(std::fs::metadata(&path)?.modified()?);
        }
    }
    Ok(newest)
}

/// Compiles a C program, unless its cached module is up to date; returns
/// the module's path.
fn build_c(spec: &Spec, root: &Path, out_dir: &Path) -> Result<PathBuf> {
    let Build::C {
        sources,
        exclude,
        includes,
        flags,
        ..
    } = &spec.build
    else {
        unreachable!("build_c on a Rust program");
    };
    let dir = source_dir().join(spec.name);
    let dir_text = dir.display().to_string();
    let out = out_dir.join(format!("{}.wasm", spec.name));
    let mut args: Vec<String> = vec![
        "--target=wasm32-wasi".into(),
        "-O2".into(),
        format!("--sysroot={}", crate::simd::sysroot()),
        format!("-I{dir_text}"),
    ];
    args.extend(
        includes
            .iter()
            .map(|i| format!("-I{}", root.join(i).display())),
    );
    args.extend(flags.iter().map(|f| f.replace("{dir}", &dir_text)));
    // The driver is held to warnings; the library's own sources are not.
    let driver = dir.join("main.c");
    let driver_obj = out_dir.join(format!("{}.main.o", spec.name));
    let mut driver_cmd = args.clone();
    driver_cmd.extend(["-Wall", "-Wextra", "-Werror", "-c"].map(String::from));
    driver_cmd.push(driver.display().to_string());
    driver_cmd.push("-o".into());
    driver_cmd.push(driver_obj.display().to_string());
    let mut link_cmd = args;
    // wasi-libc's DWARF would be most of a small module.
    link_cmd.extend(["-w", "-Wl,-z,stack-size=1048576", "-Wl,--strip-debug"].map(String::from));
    for file in expand_sources(root, sources, exclude)? {
        link_cmd.push(file.display().to_string());
    }
    link_cmd.push(driver_obj.display().to_string());
    link_cmd.push("-o".into());
    link_cmd.push(out.display().to_string());

    let stamp = out_dir.join(format!("{}.cmd", spec.name));
    let recorded = format!(
        "{clang} {}\n{clang} {}\n",
        driver_cmd.join(" "),
        link_cmd.join(" "),
        clang = crate::simd::clang()
    );
    let fresh = std::fs::read_to_string(&stamp).is_ok_and(|s| s == recorded)
        && std::fs::metadata(&out)
            .and_then(|m| m.modified())
            .is_ok_and(|built| newest_input(&dir).is_ok_and(|newest| newest <= built));
    if fresh {
        return Ok(out);
    }
    eprintln!("building realistic program {} (C)", spec.name);
    run_clang(&driver_cmd, spec.name)?;
    run_clang(&link_cmd, spec.name)?;
    std::fs::write(&stamp, recorded)?;
    Ok(out)
}

fn run_clang(args: &[String], name: &str) -> Result<()> {
    let clang = crate::simd::clang();
    let output = Command::new(&clang).args(args).output().with_context(|| {
        format!(
            "running `{clang}` to build the realistic program {name}; install clang-14, \
             lld-14, wasi-libc and libclang-rt-14-dev-wasm32 (scripts/setup.sh does), \
             or set KINDLING_CLANG"
        )
    })?;
    if !output.status.success() {
        bail!(
            "{clang} failed on the realistic program {name} ({}); linking needs lld-14, \
             wasi-libc and libclang-rt-14-dev-wasm32 (scripts/setup.sh installs them):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

/// The Rust target the Rust programs are built for.
const RUST_TARGET: &str = "wasm32-wasip1";

/// Builds a Rust program with cargo (which skips the work when nothing
/// changed); returns the module's path.
fn build_rust(name: &str, out_dir: &Path) -> Result<PathBuf> {
    check_rust_target()?;
    let manifest = source_dir().join(name).join("Cargo.toml");
    let target_dir = out_dir.join("rust-target");
    let cargo = cargo();
    let output = Command::new(&cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "--quiet",
            "--target",
            RUST_TARGET,
        ])
        .arg("--manifest-path")
        .arg(&manifest)
        .env("CARGO_TARGET_DIR", &target_dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .with_context(|| format!("running `{cargo} build` for the realistic program {name}"))?;
    if !output.status.success() {
        bail!(
            "`cargo build --release --target {RUST_TARGET} --manifest-path {}` failed ({}):\n{}",
            manifest.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(target_dir
        .join(RUST_TARGET)
        .join("release")
        .join(format!("{name}.wasm")))
}

/// Fails with what to install when the Rust toolchain lacks the WASI target.
fn check_rust_target() -> Result<()> {
    let output = Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .context("running `rustc --print sysroot`")?;
    let sysroot = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let lib = Path::new(&sysroot).join("lib/rustlib").join(RUST_TARGET);
    if !lib.is_dir() {
        bail!(
            "the Rust target {RUST_TARGET} is not installed (no {}); run \
             `rustup target add {RUST_TARGET}` (scripts/setup.sh does)",
            lib.display()
        );
    }
    Ok(())
}

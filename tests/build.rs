//! Exports the target triple being built for as `KINDLING_TARGET`, which picks
//! the spec harness's expected-failures file.

fn main() {
    let target = std::env::var("TARGET").unwrap_or_else(|_| "unknown".to_string());
    println!("cargo:rustc-env=KINDLING_TARGET={target}");
    println!("cargo:rerun-if-changed=build.rs");
}

//! The `wasmtime-winch` crate of this workspace: wasmtime 12.0.2 calls
//! [`builder`] for `Strategy::Winch`, and gets kindling.
//!
//! Patch it in with `[patch.crates-io] wasmtime-winch = { path = "…" }` and
//! enable wasmtime's `winch` feature.

/// The kindling compiler builder, for the host target.
pub fn builder() -> Box<dyn wasmtime_environ::CompilerBuilder> {
    kindling::builder()
}

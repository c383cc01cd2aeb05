//! kindling: a single-pass WebAssembly compiler for wasmtime 12.0.2.
//!
//! kindling walks wasmparser's operators once, validating as it goes, and
//! emits machine code through a per-ISA [`masm::MacroAssembler`]. It plugs
//! into wasmtime through [`builder`], which the workspace's `wasmtime-winch`
//! crate returns so that `Strategy::Winch` selects kindling.
//!
//! See `docs/ARCHITECTURE.md` for the pipeline and where each part lives.

pub mod abi;
mod builder;
pub mod codegen;
mod compiler;
pub mod isa;
pub mod masm;
mod object;
pub mod settings;
mod trampolines;
mod unwind;

pub use builder::{builder, KindlingBuilder};
pub use compiler::KindlingCompiler;

/// Why a function could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum CompileFailure {
    /// The wasm is invalid (with the byte offset).
    #[error("invalid WebAssembly: {0}")]
    Invalid(#[from] wasmparser::BinaryReaderError),
    /// kindling does not compile this operator on this ISA yet.
    #[error("kindling does not support `{op}` on {isa} yet")]
    Unsupported {
        /// The operator's name.
        op: String,
        /// The ISA.
        isa: &'static str,
    },
    /// This ISA compiles the operator only with CPU features the settings
    /// leave off (or, on a backend still growing, not yet at all).
    #[error("kindling cannot compile `{op}` on {isa}: it needs {needs}")]
    MissingFeature {
        /// The operator's name.
        op: String,
        /// The ISA.
        isa: &'static str,
        /// What would enable it.
        needs: &'static str,
    },
    /// A size limit was exceeded.
    #[error("{0}")]
    Limit(String),
    /// An internal error (a bug in kindling).
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<CompileFailure> for wasmtime_environ::CompileError {
    fn from(e: CompileFailure) -> Self {
        match e {
            CompileFailure::Invalid(e) => wasmtime_environ::CompileError::Wasm(
                wasmtime_environ::WasmError::InvalidWebAssembly {
                    message: e.message().to_string(),
                    offset: e.offset(),
                },
            ),
            other => wasmtime_environ::CompileError::Codegen(other.to_string()),
        }
    }
}

//! Per-ISA `MacroAssembler` implementations and target selection.

pub mod aarch64;
pub mod x64;

use anyhow::{bail, Result};
use target_lexicon::{Architecture, Triple};

/// The ISAs kindling can emit code for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Isa {
    /// x86_64
    X64,
    /// AArch64 (arm64)
    Aarch64,
}

impl Isa {
    /// The ISA for `triple`, or an error naming the unsupported target.
    pub fn for_triple(triple: &Triple) -> Result<Isa> {
        match triple.architecture {
            Architecture::X86_64 => Ok(Isa::X64),
            Architecture::Aarch64(target_lexicon::Aarch64Architecture::Aarch64) => Ok(Isa::Aarch64),
            Architecture::S390x | Architecture::Riscv64(_) => bail!(
                "kindling has no {} backend yet (x86_64 and aarch64 only for now)",
                triple.architecture
            ),
            other => bail!("kindling does not support target architecture {other}"),
        }
    }
}

#[cfg(test)]
mod tests;

//! Per-ISA `MacroAssembler` implementations and target selection.

pub mod aarch64;
pub mod riscv64;
pub mod s390x;
pub mod x64;

use anyhow::{bail, Result};
use target_lexicon::{Architecture, Triple};

/// The one list of kindling's ISAs: each entry is the `Isa` variant, the
/// target architectures it serves, and its masm. Adding an ISA is an entry
/// here plus `src/isa/<arch>.rs` and `isa/<arch>/`.
macro_rules! isas {
    ($($(#[doc = $doc:literal])* $variant:ident: $($arch:pat_param)|+ => $masm:ty;)*) => {
        /// The ISAs kindling can emit code for.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Isa {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Isa {
            /// The ISA for `triple`, or an error naming the unsupported target.
            pub fn for_triple(triple: &Triple) -> Result<Isa> {
                match triple.architecture {
                    $($($arch)|+ => Ok(Isa::$variant),)*
                    other => bail!("kindling does not support target architecture {other}"),
                }
            }

            /// The ISA's CPU feature settings.
            pub fn cpu_features(self) -> &'static [crate::settings::CpuFeature] {
                match self {
                    $(Isa::$variant => <$masm as crate::masm::MacroAssembler>::CPU_FEATURES,)*
                }
            }
        }

        /// Runs `$body` with the type name `$M` standing for the masm of the
        /// ISA `$isa`: the body is written once and instantiated per ISA.
        macro_rules! with_masm {
            ($isa_value:expr, $M:ident => $body:expr) => {
                match $isa_value {
                    $($crate::isa::Isa::$variant => {
                        #[allow(dead_code)]
                        type $M = $masm;
                        $body
                    })*
                }
            };
        }
        pub(crate) use with_masm;
    };
}

isas! {
    /// x86_64
    X64: Architecture::X86_64 => crate::isa::x64::X64Masm;
    /// AArch64 (arm64)
    Aarch64: Architecture::Aarch64(target_lexicon::Aarch64Architecture::Aarch64)
        => crate::isa::aarch64::Aarch64Masm;
    /// riscv64 (RV64GC)
    Riscv64: Architecture::Riscv64(_) => crate::isa::riscv64::Riscv64Masm;
    /// s390x (z/Architecture, z14 and later)
    S390x: Architecture::S390x => crate::isa::s390x::S390xMasm;
}

#[cfg(test)]
mod tests;

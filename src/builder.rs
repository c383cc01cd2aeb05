//! `CompilerBuilder` for kindling: target, settings and tunables.

use crate::compiler::KindlingCompiler;
use crate::isa::Isa;
use crate::settings::{self, IsaFeatures, SharedFlags};
use anyhow::{bail, Result};
use std::sync::Arc;
use target_lexicon::Triple;
use wasmtime_environ::{CacheStore, Compiler, CompilerBuilder, Setting, Tunables};

/// Configures and builds a [`KindlingCompiler`].
pub struct KindlingBuilder {
    triple: Triple,
    shared: SharedFlags,
    features: IsaFeatures,
    tunables: Option<Tunables>,
}

impl std::fmt::Debug for KindlingBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KindlingBuilder")
            .field("triple", &self.triple)
            .field("shared", &self.shared)
            .field("features", &self.features)
            .finish_non_exhaustive()
    }
}

/// A builder for the host target, as wasmtime's `Strategy::Winch` expects.
pub fn builder() -> Box<dyn CompilerBuilder> {
    let triple = Triple::host();
    Box::new(KindlingBuilder {
        features: IsaFeatures::for_target(&triple),
        triple,
        shared: SharedFlags::default(),
        tunables: None,
    })
}

impl CompilerBuilder for KindlingBuilder {
    fn target(&mut self, target: Triple) -> Result<()> {
        Isa::for_triple(&target)?;
        self.features = IsaFeatures::for_target(&target);
        self.triple = target;
        Ok(())
    }

    fn triple(&self) -> &Triple {
        &self.triple
    }

    fn set(&mut self, name: &str, val: &str) -> Result<()> {
        settings::apply(
            &mut self.shared,
            &mut self.features,
            self.triple.architecture,
            name,
            val,
        )
    }

    fn enable(&mut self, name: &str) -> Result<()> {
        self.set(name, "true")
    }

    fn settings(&self) -> Vec<Setting> {
        settings::all_settings(&self.features)
    }

    fn enable_incremental_compilation(&mut self, _cache_store: Arc<dyn CacheStore>) -> Result<()> {
        bail!("kindling does not support incremental compilation caches")
    }

    fn set_tunables(&mut self, tunables: Tunables) -> Result<()> {
        if tunables.generate_native_debuginfo {
            bail!(
                "kindling does not emit DWARF debug info: `Config::debug_info(true)` \
                 (tunable `generate_native_debuginfo`) is not supported"
            );
        }
        if tunables.relaxed_simd_deterministic {
            bail!(
                "kindling gives relaxed-SIMD operators Cranelift's per-ISA results and \
                 cannot make them deterministic: `Config::relaxed_simd_deterministic(true)` \
                 (tunable `relaxed_simd_deterministic`) is not supported"
            );
        }
        self.tunables = Some(tunables);
        Ok(())
    }

    fn build(&self) -> Result<Box<dyn Compiler>> {
        let isa = Isa::for_triple(&self.triple)?;
        let tunables = self.tunables.clone().unwrap_or_default();
        Ok(Box::new(KindlingCompiler::new(
            isa,
            self.triple.clone(),
            self.shared.clone(),
            self.features.clone(),
            tunables,
        )))
    }
}

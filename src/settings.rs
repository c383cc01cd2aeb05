//! Compiler settings: the shared flags wasmtime configures, and per-ISA CPU
//! features, with validation and the `settings()` listing.

use anyhow::{bail, Result};
use std::collections::BTreeMap;
use target_lexicon::{Architecture, Triple};
use wasmtime_environ::{FlagValue, Setting, SettingKind};

/// CPU features the generated code may rely on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IsaFeatures {
    /// x86_64 `lzcnt`.
    pub has_lzcnt: bool,
    /// x86_64 BMI1 (`tzcnt`).
    pub has_bmi1: bool,
    /// x86_64 `popcnt`.
    pub has_popcnt: bool,
    /// x86_64 SSE4.1 (`roundss`/`roundsd` for ceil, floor, trunc, nearest;
    /// `pmulld`, `pcmpeqq`, `pmaxud`/`pminud` for SIMD).
    pub has_sse41: bool,
    /// x86_64 SSE4.2 (`pcmpgtq` for 64-bit lane comparisons).
    pub has_sse42: bool,
}

impl IsaFeatures {
    /// The features of the machine we run on, when it is the target; the
    /// architecture's baseline otherwise.
    pub fn for_target(triple: &Triple) -> IsaFeatures {
        #[cfg(target_arch = "x86_64")]
        if triple.architecture == Architecture::X86_64 {
            return IsaFeatures {
                has_lzcnt: std::is_x86_feature_detected!("lzcnt"),
                has_bmi1: std::is_x86_feature_detected!("bmi1"),
                has_popcnt: std::is_x86_feature_detected!("popcnt"),
                has_sse41: std::is_x86_feature_detected!("sse4.1"),
                has_sse42: std::is_x86_feature_detected!("sse4.2"),
            };
        }
        let _ = triple;
        IsaFeatures::default()
    }

    /// The features as wasmtime's `isa_flags`: only enabled ones are listed,
    /// so wasmtime checks each against the host before running the code.
    pub fn isa_flags(&self) -> BTreeMap<String, FlagValue> {
        let mut flags = BTreeMap::new();
        for (name, on) in [
            ("has_lzcnt", self.has_lzcnt),
            ("has_bmi1", self.has_bmi1),
            ("has_popcnt", self.has_popcnt),
            ("has_sse41", self.has_sse41),
            ("has_sse42", self.has_sse42),
        ] {
            if on {
                flags.insert(name.to_string(), FlagValue::Bool(true));
            }
        }
        flags
    }

    /// Sets one feature by name.
    pub fn set(&mut self, arch: Architecture, name: &str, value: bool) -> Result<bool> {
        if arch != Architecture::X86_64 {
            return Ok(false);
        }
        let slot = match name {
            "has_lzcnt" => &mut self.has_lzcnt,
            "has_bmi1" => &mut self.has_bmi1,
            "has_popcnt" => &mut self.has_popcnt,
            "has_sse41" => &mut self.has_sse41,
            "has_sse42" => &mut self.has_sse42,
            _ => return Ok(false),
        };
        *slot = value;
        Ok(true)
    }
}

/// Shared settings kindling accepts. Those that do not change kindling's code
/// are accepted and validated so wasmtime's configuration works unchanged.
const SHARED: &[Setting] = &[
    Setting {
        name: "opt_level",
        description: "A hint, accepted: kindling always compiles in one pass",
        kind: SettingKind::Enum,
        values: Some(&["none", "speed", "speed_and_size"]),
    },
    Setting {
        name: "probestack_strategy",
        description: "Stack probing strategy; kindling checks the stack limit inline",
        kind: SettingKind::Enum,
        values: Some(&["outline", "inline"]),
    },
    Setting {
        name: "enable_probestack",
        description: "Accepted: every frame is checked against the stack limit before it is allocated, so no probe is needed",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "enable_safepoints",
        description: "Record stack maps at safepoints for reference types",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "enable_verifier",
        description: "Accepted: kindling validates every body with wasmparser and has no IR to verify",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "unwind_info",
        description: "Emit .eh_frame unwind information",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "preserve_frame_pointers",
        description: "kindling always keeps a frame-pointer chain; must stay true",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "enable_nan_canonicalization",
        description: "Replace every NaN that float arithmetic, sqrt, min/max and rounding produce by the canonical NaN, as Cranelift's pass does",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "enable_heap_access_spectre_mitigation",
        description: "Null the address of an explicitly bounds-checked heap access with a conditional move when it is out of bounds",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "enable_table_access_spectre_mitigation",
        description: "Clamp an out-of-bounds table index to 0 with a conditional move after its bounds check",
        kind: SettingKind::Bool,
        values: None,
    },
];

/// x86_64 CPU feature settings.
const X64: &[Setting] = &[
    Setting {
        name: "has_lzcnt",
        description: "Use lzcnt for clz",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "has_bmi1",
        description: "Use tzcnt for ctz",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "has_popcnt",
        description: "Use popcnt",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "has_sse41",
        description: "Use SSE4.1: rounding for ceil, floor, trunc and nearest; pmulld, pcmpeqq, pmaxud and pminud for SIMD",
        kind: SettingKind::Bool,
        values: None,
    },
    Setting {
        name: "has_sse42",
        description: "Use SSE4.2: pcmpgtq for 64-bit lane comparisons",
        kind: SettingKind::Bool,
        values: None,
    },
];

/// All settings for a target.
pub fn all_settings(arch: Architecture) -> Vec<Setting> {
    let mut v = SHARED.to_vec();
    if arch == Architecture::X86_64 {
        v.extend_from_slice(X64);
    }
    v
}

/// Validated shared-setting values kindling acts on.
#[derive(Clone, Debug)]
pub struct SharedFlags {
    /// Emit `.eh_frame`.
    pub unwind_info: bool,
    /// Record stack maps.
    pub enable_safepoints: bool,
    /// Canonicalize the NaNs float operations produce.
    pub nan_canonicalization: bool,
    /// Guard explicitly bounds-checked heap accesses against speculation.
    pub heap_spectre_mitigation: bool,
    /// Guard table accesses against speculation.
    pub table_spectre_mitigation: bool,
}

impl Default for SharedFlags {
    fn default() -> Self {
        SharedFlags {
            unwind_info: true,
            enable_safepoints: false,
            nan_canonicalization: false,
            // Cranelift's defaults, which wasmtime keeps unless told otherwise.
            heap_spectre_mitigation: true,
            table_spectre_mitigation: true,
        }
    }
}

fn parse_bool(name: &str, value: &str) -> Result<bool> {
    match value {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => bail!("setting `{name}` expects a boolean, got `{value}`"),
    }
}

/// Applies `name = value`, validating both against the target's settings.
pub fn apply(
    shared: &mut SharedFlags,
    features: &mut IsaFeatures,
    arch: Architecture,
    name: &str,
    value: &str,
) -> Result<()> {
    let Some(setting) = all_settings(arch).into_iter().find(|s| s.name == name) else {
        bail!("unknown kindling setting `{name}` for target architecture {arch}");
    };
    match setting.kind {
        SettingKind::Enum => {
            let values = setting.values.unwrap_or(&[]);
            if !values.contains(&value) {
                bail!("setting `{name}` must be one of {values:?}, got `{value}`");
            }
        }
        SettingKind::Bool => {
            let on = parse_bool(name, value)?;
            match name {
                "unwind_info" => shared.unwind_info = on,
                "enable_safepoints" => shared.enable_safepoints = on,
                "enable_nan_canonicalization" => shared.nan_canonicalization = on,
                "enable_heap_access_spectre_mitigation" => shared.heap_spectre_mitigation = on,
                "enable_table_access_spectre_mitigation" => shared.table_spectre_mitigation = on,
                "preserve_frame_pointers" if !on => {
                    bail!("kindling always preserves frame pointers; `preserve_frame_pointers` cannot be false")
                }
                _ => {
                    features.set(arch, name, on)?;
                }
            }
        }
        SettingKind::Num | SettingKind::Preset => {
            bail!("setting `{name}` cannot take a value")
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_unknown_settings_and_bad_values() {
        let mut s = SharedFlags::default();
        let mut f = IsaFeatures::default();
        let a = Architecture::X86_64;
        assert!(apply(&mut s, &mut f, a, "no_such_thing", "true").is_err());
        assert!(apply(&mut s, &mut f, a, "opt_level", "fastest").is_err());
        assert!(apply(&mut s, &mut f, a, "unwind_info", "maybe").is_err());
        assert!(apply(&mut s, &mut f, a, "preserve_frame_pointers", "false").is_err());
        assert!(apply(&mut s, &mut f, a, "enable_nan_canonicalization", "2").is_err());
        assert!(!s.nan_canonicalization);
        apply(&mut s, &mut f, a, "enable_nan_canonicalization", "true").unwrap();
        assert!(s.nan_canonicalization);
        assert!(s.heap_spectre_mitigation && s.table_spectre_mitigation);
        apply(
            &mut s,
            &mut f,
            a,
            "enable_heap_access_spectre_mitigation",
            "false",
        )
        .unwrap();
        apply(
            &mut s,
            &mut f,
            a,
            "enable_table_access_spectre_mitigation",
            "false",
        )
        .unwrap();
        assert!(!s.heap_spectre_mitigation && !s.table_spectre_mitigation);
        // Settings of another ISA are unknown here.
        let arm = Architecture::Aarch64(target_lexicon::Aarch64Architecture::Aarch64);
        assert!(apply(&mut s, &mut f, arm, "has_popcnt", "true").is_err());
        apply(&mut s, &mut f, a, "unwind_info", "false").unwrap();
        assert!(!s.unwind_info);
        apply(&mut s, &mut f, a, "has_popcnt", "true").unwrap();
        assert!(f.has_popcnt);
    }
}

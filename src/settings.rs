//! Compiler settings: the shared flags wasmtime configures, and each ISA's
//! CPU features (declared beside its masm with `cpu_features!`), with
//! validation and the `settings()` listing.

use anyhow::{bail, Result};
use std::collections::BTreeMap;
use target_lexicon::{Architecture, Triple};
use wasmtime_environ::{FlagValue, Setting, SettingKind};

/// One CPU feature setting of an ISA: wasmtime's setting name, what kindling
/// uses it for, and how to detect it on the host.
#[derive(Debug)]
pub struct CpuFeature {
    /// The setting's name (`has_lzcnt`).
    pub name: &'static str,
    /// What kindling uses it for.
    pub description: &'static str,
    /// Whether the host has it (false on a host of another architecture).
    pub detect: fn() -> bool,
}

/// Defines an ISA's CPU feature settings from one list: a struct with a
/// `bool` per feature (what the ISA's masm reads), its [`CpuFeature`] table
/// (`TABLE`, which the `isas!` registry hands to the settings) and the
/// conversion from [`IsaFeatures`]. Each entry is `field: "detection name",
/// "description"`; detection uses `$detect!` when compiled for `$arch`.
macro_rules! cpu_features {
    (
        $(#[doc = $doc:literal])*
        $name:ident, $arch:literal, $detect:ident {
            $($field:ident: $detect_name:tt, $description:literal;)*
        }
    ) => {
        $crate::settings::cpu_features! {
            @define [$(#[doc = $doc])*] $name, $arch {
                $($field, $description, { std::$detect!($detect_name) };)*
            }
        }
    };
    (
        $(#[doc = $doc:literal])*
        $name:ident, $arch:literal, fn $detect_fn:path {
            $($field:ident: $detect_name:tt, $description:literal;)*
        }
    ) => {
        $crate::settings::cpu_features! {
            @define [$(#[doc = $doc])*] $name, $arch {
                $($field, $description, { $detect_fn($detect_name) };)*
            }
        }
    };
    (
        @define [$($attr:tt)*] $name:ident, $arch:literal {
            $($field:ident, $description:literal, $detect:block;)*
        }
    ) => {
        $($attr)*
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct $name {
            $(#[doc = $description] pub $field: bool,)*
        }

        impl $name {
            /// The ISA's feature settings, in field order.
            pub const TABLE: &'static [$crate::settings::CpuFeature] = &[
                $($crate::settings::CpuFeature {
                    name: stringify!($field),
                    description: $description,
                    detect: || {
                        #[cfg(target_arch = $arch)]
                        return $detect;
                        #[allow(unreachable_code)]
                        false
                    },
                },)*
            ];

            /// The features `set` turns on (which must be this ISA's).
            pub fn from_set(set: &$crate::settings::IsaFeatures) -> $name {
                let _ = set;
                $name {
                    $($field: set.has(stringify!($field)),)*
                }
            }
        }
    };
}
pub(crate) use cpu_features;

/// The CPU features the generated code may rely on: which of the target
/// ISA's [`CpuFeature`]s are on. Each ISA declares its own with
/// `cpu_features!` next to its masm.
#[derive(Clone, Debug)]
pub struct IsaFeatures {
    table: &'static [CpuFeature],
    on: u64,
}

impl IsaFeatures {
    /// No feature of `table` on: the ISA's baseline.
    pub fn baseline(table: &'static [CpuFeature]) -> IsaFeatures {
        debug_assert!(table.len() <= 64);
        IsaFeatures { table, on: 0 }
    }

    /// The features of the machine we run on, when it is the target; the
    /// architecture's baseline otherwise (and no features for a target
    /// kindling has no backend for).
    pub fn for_target(triple: &Triple) -> IsaFeatures {
        let table = crate::isa::Isa::for_triple(triple).map_or(&[][..], |isa| isa.cpu_features());
        let mut features = IsaFeatures::baseline(table);
        if triple.architecture == target_lexicon::HOST.architecture {
            for (i, feature) in table.iter().enumerate() {
                if (feature.detect)() {
                    features.on |= 1 << i;
                }
            }
        }
        features
    }

    /// Whether the feature called `name` is on.
    pub fn has(&self, name: &str) -> bool {
        self.index(name).is_some_and(|i| self.on & (1 << i) != 0)
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.table.iter().position(|f| f.name == name)
    }

    /// The features as wasmtime's `isa_flags`: only enabled ones are listed,
    /// so wasmtime checks each against the host before running the code.
    pub fn isa_flags(&self) -> BTreeMap<String, FlagValue> {
        self.table
            .iter()
            .enumerate()
            .filter(|&(i, _)| self.on & (1 << i) != 0)
            .map(|(_, f)| (f.name.to_string(), FlagValue::Bool(true)))
            .collect()
    }

    /// Sets the feature called `name`; false when the ISA has none by that
    /// name.
    pub fn set(&mut self, name: &str, value: bool) -> bool {
        let Some(i) = self.index(name) else {
            return false;
        };
        if value {
            self.on |= 1 << i;
        } else {
            self.on &= !(1 << i);
        }
        true
    }

    /// The feature settings, for `CompilerBuilder::settings`.
    fn settings(&self) -> impl Iterator<Item = Setting> + '_ {
        self.table.iter().map(|f| Setting {
            name: f.name,
            description: f.description,
            kind: SettingKind::Bool,
            values: None,
        })
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

/// All settings for a target whose CPU features are `features`.
pub fn all_settings(features: &IsaFeatures) -> Vec<Setting> {
    let mut v = SHARED.to_vec();
    v.extend(features.settings());
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
    let Some(setting) = all_settings(features).into_iter().find(|s| s.name == name) else {
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
                    features.set(name, on);
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
        let mut f = IsaFeatures::baseline(crate::isa::x64::X64Features::TABLE);
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
        let mut arm_features = IsaFeatures::baseline(crate::isa::aarch64::Aarch64Features::TABLE);
        assert!(apply(&mut s, &mut arm_features, arm, "has_popcnt", "true").is_err());
        apply(&mut s, &mut f, a, "unwind_info", "false").unwrap();
        assert!(!s.unwind_info);
        assert!(!f.has("has_popcnt"));
        apply(&mut s, &mut f, a, "has_popcnt", "true").unwrap();
        assert!(f.has("has_popcnt"));
        assert!(crate::isa::x64::X64Features::from_set(&f).has_popcnt);
        apply(&mut s, &mut f, a, "has_popcnt", "false").unwrap();
        assert!(!f.has("has_popcnt"));
    }
}

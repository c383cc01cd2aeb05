//! Compiler settings: the shared flags wasmtime configures, and per-ISA CPU
//! features, with validation and the `settings()` listing.

use anyhow::{bail, Result};
use std::collections::BTreeMap;
use target_lexicon::{Architecture, Triple};
use wasmtime_environ::{FlagValue, Setting, SettingKind};

/// Defines [`IsaFeatures`] from one list of x86_64 features: `field`
/// (wasmtime's setting name), the `is_x86_feature_detected!` name, and what
/// kindling uses it for.
macro_rules! x86_features {
    ($($field:ident: $detect:tt, $description:literal;)*) => {
        /// CPU features the generated code may rely on (x86_64 only: the
        /// aarch64 backend needs nothing beyond the baseline with NEON).
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct IsaFeatures {
            $(#[doc = $description] pub $field: bool,)*
        }

        impl IsaFeatures {
            /// The features of the machine we run on, when it is the target;
            /// the architecture's baseline otherwise.
            pub fn for_target(triple: &Triple) -> IsaFeatures {
                #[cfg(target_arch = "x86_64")]
                if triple.architecture == Architecture::X86_64 {
                    return IsaFeatures {
                        $($field: std::is_x86_feature_detected!($detect),)*
                    };
                }
                let _ = triple;
                IsaFeatures::default()
            }

            /// Every feature with its setting name.
            fn named(&self) -> Vec<(&'static str, bool)> {
                vec![$((stringify!($field), self.$field),)*]
            }

            /// The feature called `name`, if there is one.
            fn named_mut(&mut self, name: &str) -> Option<&mut bool> {
                match name {
                    $(stringify!($field) => Some(&mut self.$field),)*
                    _ => None,
                }
            }
        }

        /// x86_64 CPU feature settings.
        const X64: &[Setting] = &[
            $(Setting {
                name: stringify!($field),
                description: $description,
                kind: SettingKind::Bool,
                values: None,
            },)*
        ];
    };
}

x86_features! {
    has_lzcnt: "lzcnt", "Use lzcnt for clz";
    has_bmi1: "bmi1", "Use tzcnt for ctz";
    has_bmi2: "bmi2", "BMI2 (accepted, not used yet)";
    has_popcnt: "popcnt", "Use popcnt";
    has_sse3: "sse3", "SSE3 (accepted, not used yet)";
    has_ssse3: "ssse3", "Use SSSE3: pshufb for swizzle and shuffle, pmulhrsw for q15mulr, pmaddubsw, pabs, palignr";
    has_sse41: "sse4.1", "Use SSE4.1: rounding for ceil, floor, trunc and nearest; pmulld, pcmpeqq, pmin/pmax, pmovsx/pmovzx, packusdw, ptest, pinsr/pextr and blendv for SIMD";
    has_sse42: "sse4.2", "Use SSE4.2: pcmpgtq for 64-bit lane comparisons";
    has_avx: "avx", "Use AVX: VEX three-operand forms of the SIMD instructions (no copies before two-address operations)";
    has_avx2: "avx2", "Use AVX2 (with AVX): vpbroadcastb/w/d/q and vbroadcastss for splats";
    has_fma: "fma", "Use FMA (with AVX): vfmadd and vfnmadd for relaxed_madd and relaxed_nmadd (without them, as in Cranelift, a multiply then an add)";
    has_avx512f: "avx512f", "Use AVX-512F (with AVX512VL): vpabsq, vpsraq and vcvtudq2ps for i64x2.abs, i64x2.shr_s and f32x4.convert_i32x4_u";
    has_avx512vl: "avx512vl", "AVX-512VL: the xmm forms every AVX-512 instruction kindling uses needs";
    has_avx512dq: "avx512dq", "Use AVX-512DQ (with AVX512VL): vpmullq for i64x2.mul";
    has_avx512bitalg: "avx512bitalg", "Use AVX-512BITALG (with AVX512VL): vpopcntb for i8x16.popcnt";
    has_avx512vbmi: "avx512vbmi", "Use AVX-512VBMI (with AVX512VL): vpermi2b for shuffles of two operands";
}

impl IsaFeatures {
    /// The features as wasmtime's `isa_flags`: only enabled ones are listed,
    /// so wasmtime checks each against the host before running the code.
    pub fn isa_flags(&self) -> BTreeMap<String, FlagValue> {
        self.named()
            .into_iter()
            .filter(|&(_, on)| on)
            .map(|(name, _)| (name.to_string(), FlagValue::Bool(true)))
            .collect()
    }

    /// Sets one feature by name.
    pub fn set(&mut self, arch: Architecture, name: &str, value: bool) -> Result<bool> {
        if arch != Architecture::X86_64 {
            return Ok(false);
        }
        match self.named_mut(name) {
            Some(slot) => {
                *slot = value;
                Ok(true)
            }
            None => Ok(false),
        }
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

//! The s390x CPU feature settings, as wasmtime (Cranelift) names them, and
//! their detection on an s390x Linux host.

use crate::settings::cpu_features;

cpu_features! {
    /// The s390x CPU features beyond the z14 baseline that kindling's code
    /// may rely on.
    S390xFeatures, "s390x", fn detect {
        has_vxrs_ext2: "vxrs_ext2", "Use the vector-enhancements facility 2 (z15): byte-reversing vector loads and stores for wasm memory";
        has_mie2: "mie2", "Allow the miscellaneous-instruction-extensions facility 3 (z15; Cranelift calls it mie2), which kindling's code does not use yet";
    }
}

/// Whether the host has `name`: Linux reports the vector-enhancements
/// facility 2 as `HWCAP_S390_VXRS_EXT2` (bit 15 of `AT_HWCAP`), and, as
/// wasmtime and Cranelift do, kindling takes that bit for both settings
/// (every CPU with the one has the other). It asks `getauxval`, as
/// wasmtime's check that code suits the host does, so that the two agree.
#[cfg(target_arch = "s390x")]
fn detect(name: &str) -> bool {
    const HWCAP_S390_VXRS_EXT2: libc::c_ulong = 1 << 15;
    if !matches!(name, "vxrs_ext2" | "mie2") {
        return false;
    }
    // SAFETY: getauxval has no preconditions.
    let hwcap = unsafe { libc::getauxval(libc::AT_HWCAP) };
    hwcap & HWCAP_S390_VXRS_EXT2 != 0
}

//! The riscv64 CPU feature settings, as wasmtime (Cranelift) names them,
//! and their detection on a riscv64 Linux host.

use crate::settings::cpu_features;

cpu_features! {
    /// The riscv64 CPU features beyond RV64GC that kindling's code may rely
    /// on.
    Riscv64Features, "riscv64", fn detect {
        has_zba: "zba", "Use Zba: add.uw for zero-extensions";
        has_zbb: "zbb", "Use Zbb: clz, ctz, cpop, rotates and sign-extensions in one instruction each";
        has_v: "v", "Use the V extension for SIMD (any VLEN of at least 128; without it, v128 code is refused)";
    }
}

/// Whether the host has extension `name`. Linux reports the single-letter
/// extensions in `AT_HWCAP` (bit `letter - 'a'`); the multi-letter ones
/// need the `riscv_hwprobe` system call, which this does not use, so they
/// read as absent and are enabled by setting them.
#[cfg(target_arch = "riscv64")]
fn detect(name: &str) -> bool {
    const AT_HWCAP: u64 = 16;
    let Some(bit) = (name.len() == 1)
        .then(|| name.as_bytes()[0].wrapping_sub(b'a'))
        .filter(|&bit| bit < 26)
    else {
        return false;
    };
    let Ok(auxv) = std::fs::read("/proc/self/auxv") else {
        return false;
    };
    auxv.chunks_exact(16).any(|entry| {
        let word = |at: usize| u64::from_le_bytes(entry[at..at + 8].try_into().expect("8 bytes"));
        word(0) == AT_HWCAP && word(8) >> bit & 1 == 1
    })
}

//! The deterministic xorshift generator the Rust programs of the realistic
//! set build their inputs with, shared through `#[path]` (each program is a
//! standalone crate).

/// A xorshift64* generator.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545f4914f6cdd1d)
    }

    /// A number below `n`, from the high bits.
    pub fn below(&mut self, n: u64) -> u64 {
        (self.next() >> 32) % n
    }
}

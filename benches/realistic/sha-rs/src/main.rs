//! RustCrypto hashes: SHA-256, SHA-512 and SHA3-256 over generated data,
//! one-shot and streamed in uneven pieces (which must agree), printing the
//! digests.

use sha2::{Digest, Sha256, Sha512};
use sha3::Sha3_256;

const SIZE: usize = 4 << 20;
const ROUNDS: usize = 3;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn check<D: Digest + Clone>(name: &str, data: &[u8]) -> String {
    let whole = D::digest(data);
    let mut streamed = D::new();
    let (mut done, mut piece) = (0, 1);
    while done < data.len() {
        let n = piece.min(data.len() - done);
        streamed.update(&data[done..done + n]);
        done += n;
        piece = piece * 3 + 1;
    }
    assert!(
        streamed.finalize() == whole,
        "{name}: streamed digest differs"
    );
    format!("{name} {}", hex(&whole))
}

fn main() {
    let mut data = vec![0u8; SIZE];
    let mut state = 0x0123_4567_89ab_cdefu64;
    for round in 0..ROUNDS {
        for chunk in data.chunks_mut(8) {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            chunk.copy_from_slice(&state.wrapping_mul(0x2545f4914f6cdd1d).to_le_bytes());
        }
        println!("round {round}: {}", check::<Sha256>("sha256", &data));
        println!("round {round}: {}", check::<Sha512>("sha512", &data));
        println!(
            "round {round}: {}",
            check::<Sha3_256>("sha3-256", &data[..SIZE / 2])
        );
    }
    // Many short messages, as in password hashing or a Merkle tree.
    let mut node = [0u8; 32];
    for i in 0..200_000u32 {
        let mut h = Sha256::new();
        h.update(node);
        h.update(i.to_le_bytes());
        node = h.finalize().into();
    }
    println!("chain {}", hex(&node));
    println!("sha: ok");
}

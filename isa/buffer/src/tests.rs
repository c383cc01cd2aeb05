//! The buffer on a toy ISA with tiny reaches, checked by following every
//! branch through its veneers in the finished code.

use super::*;

/// The toy ISA's instructions: one opcode byte, then the displacement.
const NOP: u8 = 0;
const COND: u8 = 1; // conditional branch, kind Short, 4 bytes
const MID_JUMP: u8 = 2; // island jump, kind Mid, 4 bytes
const LONG_JUMP: u8 = 3; // island jump, kind Long, 8 bytes
const PROGRAM_JUMP: u8 = 6; // the program's own unconditional jump, kind Long

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Toy {
    Short,
    Mid,
    Long,
}

const SHORT_REACH: i64 = 64;
const MID_REACH: i64 = 512;

impl FixupKind for Toy {
    const COUNT: usize = 3;
    fn index(self) -> usize {
        self as usize
    }
    fn reach(self) -> Option<u32> {
        match self {
            Toy::Short => Some(SHORT_REACH as u32),
            Toy::Mid => Some(MID_REACH as u32),
            Toy::Long => None,
        }
    }
    fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool {
        let delta = i64::from(target) - i64::from(at);
        let at = at as usize;
        match self {
            Toy::Short | Toy::Mid => {
                let reach = if self == Toy::Short {
                    SHORT_REACH
                } else {
                    MID_REACH
                };
                if delta.abs() > reach {
                    return false;
                }
                code[at + 1..at + 4].copy_from_slice(&(delta as i32).to_le_bytes()[..3]);
            }
            Toy::Long => code[at + 1..at + 8].copy_from_slice(&delta.to_le_bytes()[..7]),
        }
        true
    }
    fn veneer(self) -> Option<Jump<Toy>> {
        match self {
            Toy::Short => Some(Jump {
                bytes: &[MID_JUMP, 0, 0, 0],
                kind: Toy::Mid,
            }),
            Toy::Mid => Some(Jump {
                bytes: &[LONG_JUMP, 0, 0, 0, 0, 0, 0, 0],
                kind: Toy::Long,
            }),
            Toy::Long => None,
        }
    }
    fn jump_over() -> Jump<Toy> {
        Jump {
            bytes: &[MID_JUMP, 0, 0, 0],
            kind: Toy::Mid,
        }
    }
}

fn size_of(op: u8) -> usize {
    if matches!(op, LONG_JUMP | PROGRAM_JUMP) {
        8
    } else {
        4
    }
}

/// The target of the jump or branch at `at`.
fn target(code: &[u8], at: usize) -> usize {
    let delta = if size_of(code[at]) == 8 {
        let mut b = [0u8; 8];
        b[..7].copy_from_slice(&code[at + 1..at + 8]);
        if b[6] & 0x80 != 0 {
            b[7] = 0xff;
        }
        i64::from_le_bytes(b)
    } else {
        let b = [code[at + 1], code[at + 2], code[at + 3], 0];
        i64::from((i32::from_le_bytes(b) << 8) >> 8)
    };
    (at as i64 + delta) as usize
}

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// What a random program emitted, to check the finished code against.
#[derive(Default)]
struct Program {
    /// Offsets of the program's own instructions (not islands).
    own: Vec<usize>,
    /// Each conditional branch's offset and label.
    branches: Vec<(usize, Label)>,
    /// Offsets after which nothing falls through.
    barriers: Vec<usize>,
    bound_at: Vec<(Label, usize)>,
}

fn emit(buf: &mut CodeBuffer<Toy>, p: &mut Program, bytes: &[u8]) {
    p.own.push(buf.offset() as usize);
    buf.put(bytes);
}

fn random_program(seed: u64, steps: usize, unit: u32) -> (Vec<u8>, Program) {
    let mut rng = Rng(seed | 1);
    let mut buf = CodeBuffer::<Toy>::new();
    let mut p = Program::default();
    let mut open: Vec<Label> = Vec::new();
    let mut bound: Vec<(Label, u32)> = Vec::new();
    for _ in 0..steps {
        // One unit of at most `unit` bytes between safe points.
        let mut left = unit;
        while left >= 8 {
            match rng.below(10) {
                0..=3 => {
                    emit(&mut buf, &mut p, &[NOP; 4]);
                    left -= 4;
                }
                4..=5 => {
                    // Forward to an open or new label, or back within reach.
                    let back = bound
                        .iter()
                        .rev()
                        .find(|&&(_, at)| i64::from(buf.offset() - at) <= SHORT_REACH);
                    let label = match (rng.below(3), back) {
                        (0, Some(&(l, _))) => l,
                        (1, _) if !open.is_empty() => open[rng.below(open.len() as u64) as usize],
                        _ => {
                            let l = buf.new_label();
                            open.push(l);
                            l
                        }
                    };
                    p.branches.push((buf.offset() as usize, label));
                    buf.reference(label, Toy::Short);
                    emit(&mut buf, &mut p, &[COND, 0, 0, 0]);
                    left -= 4;
                }
                6..=7 if !open.is_empty() => {
                    let l = open.swap_remove(rng.below(open.len() as u64) as usize);
                    buf.bind(l);
                    p.bound_at.push((l, buf.offset() as usize));
                    bound.push((l, buf.offset()));
                }
                8 => {
                    let l = buf.new_label();
                    open.push(l);
                    buf.reference(l, Toy::Long);
                    emit(&mut buf, &mut p, &[PROGRAM_JUMP, 0, 0, 0, 0, 0, 0, 0]);
                    p.barriers.push(buf.offset() as usize);
                    buf.barrier();
                    left -= 8;
                }
                _ => left = 0,
            }
        }
        buf.island_point(unit);
    }
    for l in open {
        buf.bind(l);
        p.bound_at.push((l, buf.offset() as usize));
    }
    emit(&mut buf, &mut p, &[NOP; 4]);
    let mut out = Vec::new();
    buf.finish_into(&mut out).expect("every reference reaches");
    (out, p)
}

/// Follows island jumps from `at` to the program instruction control reaches.
fn land(code: &[u8], own: &[usize], mut at: usize) -> usize {
    while own.binary_search(&at).is_err() {
        assert!(
            matches!(code[at], MID_JUMP | LONG_JUMP),
            "landed inside data at {at:#x}"
        );
        at = target(code, at);
    }
    at
}

fn check(code: &[u8], p: &Program) {
    let first_own_at_or_after = |x: usize| p.own[p.own.partition_point(|&o| o < x)];
    // Falling through: after each own instruction that is not a barrier,
    // control reaches the next own instruction.
    for pair in p.own.windows(2) {
        let end = pair[0] + size_of(code[pair[0]]);
        if p.barriers.contains(&end) {
            continue;
        }
        assert_eq!(
            land(code, &p.own, end),
            pair[1],
            "fall-through from {:#x}",
            pair[0]
        );
    }
    // Every branch lands where its label was bound.
    for &(at, label) in &p.branches {
        let bound = p.bound_at.iter().find(|(l, _)| *l == label).unwrap().1;
        let landed = land(code, &p.own, target(code, at));
        assert_eq!(landed, first_own_at_or_after(bound), "branch at {at:#x}");
    }
}

#[test]
fn random_programs_reach_every_label() {
    for seed in 0..300 {
        for unit in [8, 24, 40] {
            let (code, p) = random_program(seed * 7919 + u64::from(unit), 400, unit);
            check(&code, &p);
        }
    }
}

#[test]
fn islands_are_few_and_each_reference_moves_once_per_kind() {
    let (code, p) = random_program(42, 3000, 24);
    let own: usize = p.own.iter().map(|&at| size_of(code[at])).sum();
    let island = code.len() - own;
    // Each Short reference gets at most one Mid veneer, each of those at
    // most one Long veneer, plus a 4-byte jump per island.
    let bound = p.branches.len() * (4 + 8) + 4 * (code.len() / 16);
    assert!(
        island <= bound,
        "{island} island bytes for {} branches",
        p.branches.len()
    );
    assert!(island > 0, "the program is long enough to need islands");
}

#[test]
fn a_long_run_without_safe_points_is_an_error_not_wrong_code() {
    let mut buf = CodeBuffer::<Toy>::new();
    let l = buf.new_label();
    buf.reference(l, Toy::Short);
    buf.put(&[COND, 0, 0, 0]);
    for _ in 0..100 {
        buf.put(&[NOP; 4]);
    }
    buf.bind(l);
    let err = buf.finish_into(&mut Vec::new()).unwrap_err();
    assert!(err.0.contains("cannot reach"), "{err}");
}

#[test]
fn a_backward_branch_out_of_reach_is_an_error() {
    let mut buf = CodeBuffer::<Toy>::new();
    let l = buf.new_label();
    buf.bind(l);
    for _ in 0..100 {
        buf.put(&[NOP; 4]);
        buf.island_point(4);
    }
    buf.reference(l, Toy::Short);
    buf.put(&[COND, 0, 0, 0]);
    assert!(buf.finish_into(&mut Vec::new()).is_err());
}

#[test]
fn held_islands_wait() {
    let mut buf = CodeBuffer::<Toy>::new();
    let l = buf.new_label();
    buf.reference(l, Toy::Short);
    buf.put(&[COND, 0, 0, 0]);
    buf.hold_islands(true);
    // Unheld, the island would come at 52: 64 bytes of reach less the jump
    // over it, the veneer and the 4 bytes promised.
    for _ in 0..12 {
        buf.put(&[NOP; 4]);
        buf.island_point(4);
    }
    assert_eq!(buf.offset(), 52, "no island while held");
    buf.hold_islands(false);
    buf.island_point(4);
    assert_eq!(buf.offset(), 60, "the island comes once released");
    buf.bind(l);
    let mut out = Vec::new();
    buf.finish_into(&mut out).unwrap();
}

#[test]
fn an_unbound_label_is_an_error() {
    let mut buf = CodeBuffer::<Toy>::new();
    let l = buf.new_label();
    buf.reference(l, Toy::Long);
    buf.put(&[PROGRAM_JUMP, 0, 0, 0, 0, 0, 0, 0]);
    let err = buf.finish_into(&mut Vec::new()).unwrap_err();
    assert!(err.0.contains("never bound"), "{err}");
}

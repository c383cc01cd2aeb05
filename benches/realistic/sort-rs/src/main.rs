//! The standard library's sorts: stable and unstable sorts of integers,
//! floats, strings and records with keys and comparators, then dedup and
//! binary searches, checked against their definition.

#[path = "../../common/rng.rs"]
mod rng;
use rng::Rng;

#[derive(Clone, Debug)]
struct Person {
    name: String,
    age: u32,
    score: f64,
}

fn fnv(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x100000001b3)
}

fn main() {
    let mut rng = Rng(0xabcdef);
    let mut h = 0xcbf29ce484222325u64;
    for round in 0..3 {
        let mut ints: Vec<u64> = (0..1_000_000).map(|_| rng.next() % 10_000_000).collect();
        let mut stable = ints.clone();
        ints.sort_unstable();
        stable.sort();
        assert!(ints == stable && ints.windows(2).all(|w| w[0] <= w[1]));
        // Nearly sorted input, a common case.
        for _ in 0..1000 {
            let (a, b) = (rng.below(1_000_000) as usize, rng.below(1_000_000) as usize);
            ints.swap(a, b);
        }
        ints.sort();
        ints.dedup();
        let found = (0..100_000)
            .filter(|_| ints.binary_search(&(rng.next() % 10_000_000)).is_ok())
            .count();
        h = fnv(h, ints.len() as u64);
        h = fnv(h, found as u64);

        let mut floats: Vec<f64> = (0..300_000)
            .map(|_| (rng.next() >> 11) as f64 / 9.0e15 - 0.5)
            .collect();
        floats.sort_by(|a, b| a.total_cmp(b));
        h = fnv(h, floats[floats.len() / 2].to_bits());

        let mut words: Vec<String> = (0..200_000)
            .map(|_| {
                let len = 3 + rng.below(10) as usize;
                (0..len)
                    .map(|_| (b'a' + rng.below(26) as u8) as char)
                    .collect()
            })
            .collect();
        words.sort_unstable();
        let mut by_len = words.clone();
        by_len.sort_by_key(|w| w.len());
        h = fnv(
            h,
            words[1000].len() as u64 * 31 + u64::from(words[1000].as_bytes()[0]),
        );
        h = fnv(h, u64::from(by_len[150_000].as_bytes()[1]));

        let mut people: Vec<Person> = (0..200_000)
            .map(|i| Person {
                name: format!("p{}", i % 5000),
                age: 18 + rng.below(60) as u32,
                score: rng.below(10_000) as f64 / 100.0,
            })
            .collect();
        people.sort_by(|a, b| b.age.cmp(&a.age).then(a.name.cmp(&b.name)));
        people.sort_by(|a, b| a.score.total_cmp(&b.score)); // stable: ties keep age order
        let p = &people[people.len() / 3];
        h = fnv(h, u64::from(p.age) * 1000 + p.score as u64);
        println!(
            "round {round}: {} distinct ints, {found} found, median {:.6}, first word {}, person {} {} {:.2}",
            ints.len(),
            floats[floats.len() / 2],
            words[0],
            p.name,
            p.age,
            p.score
        );
    }
    println!("sort: fnv1a {h:016x}");
}

//! Hash maps at work: word counts in hashbrown (its default hasher) and in
//! std's SipHash map, a breadth-first search over a generated graph with a
//! map of adjacency lists, a hash join, and a BTreeMap of the results.

use hashbrown::{HashMap, HashSet};
use std::collections::{BTreeMap, HashMap as StdMap, VecDeque};

#[path = "../../common/rng.rs"]
mod rng;
use rng::Rng;

const WORDS: usize = 1_000_000;
const NODES: u64 = 200_000;

fn main() {
    let mut rng = Rng(0xfeed_beef);

    // Word counts: keys are generated strings with a Zipf-like spread.
    let words: Vec<String> = (0..WORDS)
        .map(|_| {
            let a = rng.below(50_000);
            let b = rng.below(50_000);
            format!("w{}", a.min(b))
        })
        .collect();
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in &words {
        *counts.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut std_counts: StdMap<&str, u32> = StdMap::new();
    for w in &words {
        *std_counts.entry(w.as_str()).or_default() += 1;
    }
    assert_eq!(counts.len(), std_counts.len());
    let mut top: Vec<(&str, u32)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    top.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("words: {} distinct, top {:?}", counts.len(), &top[..3]);

    // A random graph as a map of adjacency lists; BFS from node 0.
    let mut edges: HashMap<u64, Vec<u64>> = HashMap::new();
    for _ in 0..NODES * 3 {
        let (a, b) = (rng.below(NODES), rng.below(NODES));
        edges.entry(a).or_default().push(b);
        edges.entry(b).or_default().push(a);
    }
    let mut dist: HashMap<u64, u32> = HashMap::new();
    let mut queue = VecDeque::from([0u64]);
    dist.insert(0, 0);
    while let Some(n) = queue.pop_front() {
        let d = dist[&n];
        for &m in edges.get(&n).into_iter().flatten() {
            if !dist.contains_key(&m) {
                dist.insert(m, d + 1);
                queue.push_back(m);
            }
        }
    }
    let mut by_depth: BTreeMap<u32, u32> = BTreeMap::new();
    for d in dist.values() {
        *by_depth.entry(*d).or_default() += 1;
    }
    println!("bfs: {} reached, by depth {:?}", dist.len(), by_depth);

    // A hash join of orders with customers, and a set of distinct pairs.
    let customers: HashMap<u64, (u32, u64)> = (0..100_000u64)
        .map(|id| {
            (
                id * 7919 % 1_000_003,
                (rng.below(50) as u32, rng.below(1000)),
            )
        })
        .collect();
    let mut per_region: HashMap<u32, u64> = HashMap::new();
    let mut pairs: HashSet<(u32, u64)> = HashSet::new();
    let mut misses = 0u32;
    for _ in 0..600_000 {
        let key = rng.below(100_000) * 7919 % 1_000_003 + u64::from(rng.below(10) == 0);
        match customers.get(&key) {
            Some(&(region, score)) => {
                *per_region.entry(region).or_default() += score;
                pairs.insert((region, score % 97));
            }
            None => misses += 1,
        }
    }
    let best = per_region.iter().max_by_key(|(r, v)| (**v, **r)).unwrap();
    println!(
        "join: {} regions, best {:?}, {} pairs, {misses} misses",
        per_region.len(),
        best,
        pairs.len()
    );
    println!("hashmap: ok");
}

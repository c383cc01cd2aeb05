//! serde_json: serializes generated records (derived `Serialize`), parses
//! them back both typed and as `Value`, checks the round trip, and prints
//! checksums.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const RECORDS: usize = 20_000;
const ROUNDS: usize = 6;

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Order {
    id: u64,
    customer: String,
    email: Option<String>,
    total: f64,
    paid: bool,
    tags: Vec<String>,
    lines: Vec<Line>,
    attributes: BTreeMap<String, i64>,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Line {
    sku: String,
    quantity: u32,
    price_cents: i64,
    note: Option<String>,
}

#[path = "../../common/rng.rs"]
mod rng;
use rng::Rng;

const WORDS: [&str; 16] = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "november",
    "oscar",
    "papa \"quoted\" \u{e9}t\u{e9}",
];

fn word(rng: &mut Rng) -> String {
    WORDS[rng.below(WORDS.len() as u64) as usize].to_string()
}

fn order(rng: &mut Rng, id: u64) -> Order {
    let lines = (0..1 + rng.below(5))
        .map(|i| Line {
            sku: format!("SKU-{:05}-{i}", rng.below(100_000)),
            quantity: 1 + rng.below(9) as u32,
            price_cents: rng.below(100_000) as i64 - 500,
            note: (rng.below(4) == 0).then(|| format!("{} {}", word(rng), word(rng))),
        })
        .collect();
    Order {
        id,
        customer: format!("{} {}", word(rng), word(rng)),
        email: (rng.below(3) != 0).then(|| format!("{}{}@example.com", word(rng), id)),
        total: rng.below(10_000_000) as f64 / 100.0,
        paid: rng.below(2) == 0,
        tags: (0..rng.below(4)).map(|_| word(rng)).collect(),
        lines,
        attributes: (0..rng.below(4))
            .map(|_| (word(rng), rng.below(1000) as i64 - 500))
            .collect(),
    }
}

fn fnv(bytes: &[u8], mut h: u32) -> u32 {
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
    }
    h
}

fn main() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut hash = 2_166_136_261u32;
    for round in 0..ROUNDS {
        let orders: Vec<Order> = (0..RECORDS as u64).map(|id| order(&mut rng, id)).collect();
        let text = if round % 2 == 0 {
            serde_json::to_string(&orders).unwrap()
        } else {
            serde_json::to_string_pretty(&orders).unwrap()
        };
        let typed: Vec<Order> = serde_json::from_str(&text).unwrap();
        assert!(typed == orders, "typed round trip differs");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let items = value.as_array().unwrap();
        let mut quantity = 0u64;
        let mut paid = 0usize;
        for item in items {
            paid += usize::from(item["paid"].as_bool().unwrap());
            for line in item["lines"].as_array().unwrap() {
                quantity += line["quantity"].as_u64().unwrap();
            }
        }
        let again = serde_json::to_string(&value).unwrap();
        hash = fnv(again.as_bytes(), hash);
        println!(
            "round {round}: {} bytes, {} orders, {paid} paid, {quantity} items",
            text.len(),
            items.len()
        );
    }
    println!("serde_json: fnv1a {hash:08x}");
}

//! regex: searches generated web-server logs with typical patterns (find,
//! captures, alternations, Unicode classes, replace_all) and prints the
//! counts.

use regex::Regex;

const LINES: usize = 60_000;
const ROUNDS: usize = 3;

#[path = "../../common/rng.rs"]
mod rng;
use rng::Rng;

fn logs(rng: &mut Rng) -> String {
    const PATHS: [&str; 8] = [
        "/",
        "/index.html",
        "/api/v1/users",
        "/api/v1/orders",
        "/static/app.js",
        "/login",
        "/search",
        "/caf\u{e9}/men\u{fc}",
    ];
    const AGENTS: [&str; 4] = [
        "Mozilla/5.0 (X11; Linux x86_64)",
        "curl/8.5.0",
        "Googlebot/2.1",
        "python-requests/2.31",
    ];
    const METHODS: [&str; 4] = ["GET", "GET", "POST", "DELETE"];
    const STATUS: [u32; 6] = [200, 200, 200, 304, 404, 500];
    let mut text = String::new();
    for i in 0..LINES {
        let path = PATHS[rng.below(8) as usize];
        let query = match rng.below(3) {
            0 => format!("?q={}&page={}", rng.below(1000), rng.below(20)),
            _ => String::new(),
        };
        text.push_str(&format!(
            "{}.{}.{}.{} - user{} [12/Mar/2026:{:02}:{:02}:{:02} +0000] \"{} {}{} HTTP/1.1\" {} {} \"{}\" id={:08x}\n",
            10 + rng.below(200), rng.below(256), rng.below(256), rng.below(256),
            rng.below(500), (i / 3600) % 24, (i / 60) % 60, i % 60,
            METHODS[rng.below(4) as usize], path, query, STATUS[rng.below(6) as usize],
            rng.below(50_000), AGENTS[rng.below(4) as usize], rng.next() as u32
        ));
    }
    text
}

fn main() {
    let line = Regex::new(
        r#"(?m)^(\d+\.\d+\.\d+\.\d+) - (\w+) \[([^\]]+)\] "(GET|POST|DELETE) ([^ "]+) HTTP/1\.1" (\d{3}) (\d+)"#,
    )
    .unwrap();
    let errors = Regex::new(r#"" (4\d\d|5\d\d) "#).unwrap();
    let bots = Regex::new(r"(?i)googlebot|curl|python-requests").unwrap();
    let query = Regex::new(r"[?&]q=(\d+)(?:&page=(\d+))?").unwrap();
    let unicode = Regex::new(r"\p{L}*[\u{e0}-\u{ff}]\p{L}*").unwrap();
    let hex = Regex::new(r"id=([0-9a-f]{8})").unwrap();
    let mut rng = Rng(0x5eed_0f_106);
    for round in 0..ROUNDS {
        let text = logs(&mut rng);
        let mut bytes = 0u64;
        let mut posts = 0usize;
        for caps in line.captures_iter(&text) {
            bytes += caps[7].parse::<u64>().unwrap();
            posts += usize::from(&caps[4] == "POST");
        }
        let errors = errors.find_iter(&text).count();
        let bots = bots.find_iter(&text).count();
        let queries: u64 = query
            .captures_iter(&text)
            .map(|c| c[1].parse::<u64>().unwrap() + c.get(2).map_or(0, |p| p.as_str().len() as u64))
            .sum();
        let unicode = unicode.find_iter(&text).count();
        let masked = hex.replace_all(&text, "id=XXXXXXXX");
        let ids = hex.find_iter(&text).fold(0u32, |acc, m| {
            acc ^ u32::from_str_radix(&m.as_str()[3..], 16).unwrap()
        });
        println!(
            "round {round}: {} bytes, {bytes} sent, {posts} posts, {errors} errors, {bots} bots, \
             queries {queries}, {unicode} unicode words, ids {ids:08x}, masked {}",
            text.len(),
            masked.len()
        );
    }
    println!("regex: ok");
}

//! pulldown-cmark: renders a generated Markdown document (headings, nested
//! lists, emphasis, links, code blocks, tables, block quotes) to HTML,
//! counts the events, and prints a checksum of the HTML.

use pulldown_cmark::{html, Event, Options, Parser, Tag};

#[path = "../../common/rng.rs"]
mod rng;
use rng::Rng;

const WORDS: [&str; 20] = [
    "the",
    "compiler",
    "emits",
    "code",
    "for",
    "every",
    "function",
    "in",
    "a",
    "single",
    "pass",
    "over",
    "its",
    "body",
    "and",
    "registers",
    "are",
    "allocated",
    "on",
    "demand",
];

fn sentence(rng: &mut Rng, out: &mut String) {
    let n = 5 + rng.below(12);
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        let w = WORDS[rng.below(20) as usize];
        match rng.below(20) {
            0 => out.push_str(&format!("*{w}*")),
            1 => out.push_str(&format!("**{w}**")),
            2 => out.push_str(&format!("`{w}()`")),
            3 => out.push_str(&format!(
                "[{w}](https://example.com/{w}/{})",
                rng.below(100)
            )),
            4 => out.push_str(&format!("{w}&amp;<br>")),
            _ => out.push_str(w),
        }
    }
    out.push_str(". ");
}

fn document(rng: &mut Rng, sections: usize) -> String {
    let mut doc = String::new();
    for s in 0..sections {
        doc.push_str(&format!("## Section {s}: {}\n\n", WORDS[s % 20]));
        for _ in 0..1 + rng.below(3) {
            for _ in 0..2 + rng.below(4) {
                sentence(rng, &mut doc);
            }
            doc.push_str("\n\n");
        }
        match rng.below(5) {
            0 => {
                for i in 0..3 + rng.below(5) {
                    doc.push_str(&format!("{}- ", "  ".repeat((i % 3) as usize)));
                    sentence(rng, &mut doc);
                    doc.push('\n');
                }
            }
            1 => doc.push_str(
                "```rust\nfn main() {\n    let x = 1 + 2;\n    println!(\"{x}\");\n}\n```\n",
            ),
            2 => {
                doc.push_str("| name | value | note |\n|------|------:|:----:|\n");
                for _ in 0..4 {
                    doc.push_str(&format!(
                        "| {} | {} | *{}* |\n",
                        WORDS[rng.below(20) as usize],
                        rng.below(1000),
                        WORDS[rng.below(20) as usize]
                    ));
                }
            }
            3 => {
                doc.push_str("> ");
                sentence(rng, &mut doc);
                doc.push_str("\n> > ");
                sentence(rng, &mut doc);
                doc.push('\n');
            }
            _ => {
                for i in 1..4 {
                    doc.push_str(&format!("{i}. "));
                    sentence(rng, &mut doc);
                    doc.push('\n');
                }
            }
        }
        doc.push('\n');
    }
    doc
}

fn main() {
    let mut rng = Rng(0x0d0c_0de);
    let doc = document(&mut rng, 2500);
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION;
    let mut h = 2_166_136_261u32;
    let mut html_len = 0;
    for _ in 0..8 {
        let mut out = String::new();
        html::push_html(&mut out, Parser::new_ext(&doc, options));
        html_len = out.len();
        for b in out.bytes() {
            h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
        }
    }
    let (mut links, mut headings, mut code) = (0, 0, 0);
    for event in Parser::new_ext(&doc, options) {
        match event {
            Event::Start(Tag::Link { .. }) => links += 1,
            Event::Start(Tag::Heading { .. }) => headings += 1,
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => code += 1,
            _ => {}
        }
    }
    println!("markdown: {} bytes -> {html_len} bytes of HTML, {headings} headings, {links} links, {code} code spans", doc.len());
    println!("pulldown-cmark: fnv1a {h:08x}");
}

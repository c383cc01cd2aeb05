//! Rhai, an embedded scripting language: compiles a script once and runs
//! it (recursion, loops, arrays, object maps, strings, closures and a
//! function registered from Rust), printing what it computes.

use rhai::{Engine, Scope, INT};

const SCRIPT: &str = r#"
fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }

fn sieve(n) {
    let marks = [];
    marks.pad(n + 1, false);
    let count = 0;
    for i in 2..=n {
        if !marks[i] {
            count += 1;
            let j = i * i;
            while j <= n { marks[j] = true; j += i; }
        }
    }
    count
}

let out = [];
out.push(`fib ${fib(22)}`);
out.push(`primes ${sieve(150000)}`);

// Object maps as records, with a word count.
let words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
let seed = 7;
let counts = #{};
for i in 0..40000 {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    let w = words[(seed / 65536) % words.len()];
    counts[w] = (counts[w] ?? 0) + 1;
}
let keys = counts.keys();
keys.sort();
let summary = "";
for k in keys { summary += `${k}=${counts[k]} `; }
out.push(summary);

// Closures and functional array methods.
let scale = 3;
let f = |x| x * scale + 1;
let values = [];
for i in 0..20000 { values.push(i); }
let mapped = values.map(f).filter(|x| x % 7 == 0);
out.push(`mapped ${mapped.len()} ${mapped.reduce(|sum, x| sum + x, 0)}`);

// Strings.
let s = "";
for i in 0..3000 { s += `${i % 10}`; }
s.replace("12", "ab");
out.push(`string ${s.len()} ${s.sub_string(0, 16)} ${s.index_of("ab9")}`);

// Floating point and a Rust function.
let x = 0.0;
for i in 1..60000 { x += 1.0 / (i.to_float() * i.to_float()); }
out.push(`basel ${(x * 1000000.0).round()} ${mix(12345, 678)}`);
out
"#;

fn main() {
    let mut engine = Engine::new();
    engine.set_max_expr_depths(256, 256);
    engine.set_max_call_levels(256);
    engine.register_fn("mix", |a: INT, b: INT| (a * 31) ^ (b << 3));
    let ast = engine.compile(SCRIPT).expect("compiling the script");
    for round in 0..2 {
        let mut scope = Scope::new();
        let result: rhai::Array = engine
            .eval_ast_with_scope(&mut scope, &ast)
            .expect("running the script");
        for line in result {
            println!("round {round}: {line}");
        }
    }
    println!("rhai: ok");
}

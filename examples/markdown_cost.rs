//! Measures what hostile Markdown costs (docs/operations.md): the render a
//! page view used to pay for a body of 50,000 `>`, the check that now
//! refuses it, and the render of the deepest text still accepted.
//! Run: `cargo run --release --example markdown_cost`.

use std::time::Instant;

fn time<T>(label: &str, f: impl Fn() -> T) {
    let start = Instant::now();
    let mut runs = 0u32;
    while runs == 0 || start.elapsed().as_millis() < 500 {
        std::hint::black_box(f());
        runs += 1;
    }
    let per = start.elapsed().as_secs_f64() / f64::from(runs);
    println!("{label}: {:.3} ms per call ({runs} runs)", per * 1000.0);
}

fn main() {
    let hostile = ">".repeat(50_000);
    time("check of 50,000 '>' (refused)", || {
        plenary::markdown::nesting_problem(&hostile)
    });
    let deepest = format!("{}text\n", "> ".repeat(plenary::markdown::MAX_NESTING)).repeat(700);
    time(
        "render of the deepest accepted body (32 levels, ~50 KB)",
        || plenary::markdown::render(&deepest),
    );
    let plain = "A paragraph of an ordinary proposal, with *emphasis* and a [link](https://example.org).\n\n"
        .repeat(500);
    time("render of an ordinary 45 KB body", || {
        plenary::markdown::render(&plain)
    });
    time("render of 50,000 '>' (what a view used to cost)", || {
        plenary::markdown::render(&hostile)
    });
}

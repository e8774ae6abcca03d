//! Times the full check and a bare pulldown-cmark parse on files, in process:
//! `cargo run --release -p postmortem --example time_check -- FILE...`. Prints one line per
//! file: `path bytes check_ms parse_ms` (medians). Used by tests/perf/compare-markdownlint.mjs
//! to put our check beside markdownlint on the same documents (docs/performance.md).

use std::hint::black_box;
use std::time::Instant;

use postmortem::{Config, check};

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: cannot read as UTF-8");
            std::process::exit(2);
        };
        let runs = if text.len() > 1_000_000 { 5 } else { 21 };
        // One run first, so that nothing is cold.
        black_box(check(&text, &Config::default()));
        let full = median_ms(runs, || {
            black_box(check(black_box(&text), &Config::default()));
        });
        let parse = median_ms(runs, || {
            let parser = pulldown_cmark::Parser::new_ext(
                black_box(&text),
                postmortem::document::markdown_options(),
            );
            black_box(parser.into_offset_iter().count());
        });
        println!("{path} {} {full:.3} {parse:.3}", text.len());
    }
}

//! Does one piece of work on a file once, for counting its instructions under cachegrind,
//! which does not move with the machine's speed as wall-clock time does:
//!
//! ```text
//! cargo build --release -p postmortem --example count_once
//! valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//!     target/release/examples/count_once WORK FILE
//! ```
//!
//! WORK is `read` (start the process and read the file: the baseline every other one
//! includes), `warm` (that and a check of a one-line text, which builds the built-in
//! profiles), `parse` (a bare pulldown-cmark parse), `document` (the document model), or
//! `check` (the full check, after the one-line check, so that the profiles' first use is not
//! in it). The check / bare parse ratio in instructions is then
//! `(check - warm) / (parse - read)`, each name standing for its count. docs/performance.md
//! gives the counts.

use std::hint::black_box;

use postmortem::document::{Document, markdown_options};
use postmortem::{Config, check};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [work, path] = args.as_slice() else {
        eprintln!("usage: count_once read|warm|parse|document|check FILE");
        std::process::exit(2);
    };
    if !["read", "warm", "parse", "document", "check"].contains(&work.as_str()) {
        eprintln!("{work}: not one of read, warm, parse, document, check");
        std::process::exit(2);
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("{path}: cannot read as UTF-8");
        std::process::exit(2);
    };
    let warm_up = || black_box(check("# Summary\n", &Config::default()));
    let done = match work.as_str() {
        "read" => text.len(),
        "warm" => warm_up().diagnostics.len(),
        "parse" => pulldown_cmark::Parser::new_ext(&text, markdown_options())
            .into_offset_iter()
            .count(),
        "document" => Document::parse(&text).headings.len(),
        _ => {
            warm_up();
            check(&text, &Config::default()).diagnostics.len()
        }
    };
    black_box(done);
}

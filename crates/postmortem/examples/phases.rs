//! Where the time of a check goes: `cargo run --release -p postmortem --example phases -- FILE
//! [RUNS]` runs the phases of [`postmortem::check`] one by one, RUNS times (default 20), and
//! prints the mean milliseconds of each beside a bare pulldown-cmark parse of the same text.
//! Also the loop to profile: `perf record --call-graph dwarf target/release/examples/phases
//! FILE 200` (with `CARGO_PROFILE_RELEASE_DEBUG=true` for symbols). The phases are called in
//! the order `check` calls them; keep the two in step (docs/performance.md).

use std::hint::black_box;
use std::time::Instant;

use postmortem::{
    Config, Document, LineIndex, actions, check, checklist, document, placeholders, profile, rules,
    severity, timeline, wording,
};

const PHASES: [&str; 10] = [
    "parse",
    "lines",
    "profile",
    "placeholders",
    "checklist",
    "timeline",
    "severity",
    "actions",
    "rules",
    "report",
];

/// Runs `phase`, adding its milliseconds to `total`.
fn timed<R>(total: &mut f64, phase: impl FnOnce() -> R) -> R {
    let started = Instant::now();
    let result = phase();
    *total += started.elapsed().as_secs_f64() * 1000.0;
    result
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(text) = args
        .first()
        .and_then(|path| std::fs::read_to_string(path).ok())
    else {
        eprintln!("usage: phases FILE [RUNS] (FILE readable as UTF-8)");
        std::process::exit(2);
    };
    let runs: usize = args
        .get(1)
        .and_then(|r| r.parse().ok())
        .unwrap_or(20)
        .max(1);
    let config = Config::default();
    let matrix = severity::SeverityMatrix::default();
    // One run first: the built-in profiles are parsed on first use.
    black_box(check(&text, &config));
    let (mut spent, mut bare) = ([0f64; PHASES.len()], 0f64);
    for _ in 0..runs {
        let text = black_box(text.as_str());
        timed(&mut bare, || {
            pulldown_cmark::Parser::new_ext(text, document::markdown_options())
                .into_offset_iter()
                .count()
        });
        let lines = timed(&mut spent[1], || LineIndex::new(text));
        let document = timed(&mut spent[0], || Document::parse_lines(&lines));
        let choice = timed(&mut spent[2], || profile::select(&document, &config));
        let placeholders = timed(&mut spent[3], || {
            placeholders::find(text, &document, &lines)
        });
        let completion = timed(&mut spent[4], || {
            checklist::evaluate(&document, text, choice.profile, &placeholders, &lines)
        });
        let timeline = timed(&mut spent[5], || {
            timeline::analyse(&document, text, choice.profile, &lines)
        });
        // The stem-word scan serves severity and the blame rule; it is timed with severity.
        let (severity, stem_words) = timed(&mut spent[6], || {
            let stem_words = wording::StemWords::find(text);
            let minutes = timeline.durations.duration_minutes;
            let signals =
                severity::signals::find(&document, &lines, &stem_words, &placeholders, minutes);
            let severity =
                severity::assess(&document, text, choice.profile, &matrix, &signals, &lines);
            (severity, stem_words)
        });
        let actions = timed(&mut spent[7], || actions::find(&document, text, &lines));
        let findings = timed(&mut spent[8], || {
            rules::run(&rules::Context {
                text,
                document: &document,
                profile: &choice,
                completion: &completion,
                placeholders: &placeholders,
                timeline: &timeline,
                severity: &severity,
                actions: &actions,
                lines: &lines,
                stem_words: &stem_words,
                config: &config,
            })
        });
        let reported = timed(&mut spent[9], || {
            postmortem::findings_reported(findings, actions, &lines, &config)
        });
        black_box(reported);
    }
    let mean = |ms: f64| ms / runs as f64;
    for (name, ms) in PHASES.iter().zip(spent) {
        println!("{name:<13} {:>9.3} ms", mean(ms));
    }
    let total: f64 = spent.iter().sum();
    println!("{:<13} {:>9.3} ms", "all phases", mean(total));
    println!("{:<13} {:>9.3} ms", "bare parse", mean(bare));
    println!("{:<13} {:>9.1}", "ratio", total / bare);
}

//! Timeline forms from public postmortems (tests/public-forms/): the computed duration is
//! compared with the duration each original states. Prints the agreement rate and fails if
//! it falls below the rate last measured, so a change that reads fewer forms is noticed.

use std::fs;
use std::path::Path;

use postmortem::{Config, check};

/// Files that agreed when this was last measured; raise it when more forms are read.
const AGREEING_AT_LEAST: usize = 9;

fn expectation(first_line: &str, key: &str) -> Option<f64> {
    let at = first_line.find(&format!("{key}="))? + key.len() + 1;
    first_line[at..]
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next()?
        .parse()
        .ok()
}

#[test]
fn computed_durations_agree_with_what_public_postmortems_state() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/public-forms");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "at least ten public forms");
    let mut agreeing = 0;
    let mut lines = Vec::new();
    for path in &files {
        let text = fs::read_to_string(path).unwrap();
        let first = text.lines().next().unwrap_or_default();
        let expected = expectation(first, "duration").expect("line 1 states the duration");
        let report = check(&text, &Config::default());
        let durations = report.durations.unwrap();
        let computed = durations.duration_minutes;
        let agrees = computed.is_some_and(|c| (c - expected).abs() <= 1.0);
        if let Some(ttr) = expectation(first, "ttr") {
            lines.push(format!(
                "  time to resolve: stated {ttr}, computed {:?}",
                durations.ttr_minutes
            ));
        }
        agreeing += usize::from(agrees);
        lines.push(format!(
            "{} {:<45} stated {expected:>5} computed {:>7}{}",
            if agrees { "agree   " } else { "disagree" },
            path.file_name().unwrap().to_string_lossy(),
            computed.map_or("null".into(), |c| c.to_string()),
            computed.map_or_else(
                || format!(
                    " ({})",
                    durations
                        .reasons
                        .get("duration_minutes")
                        .cloned()
                        .unwrap_or_default()
                ),
                |_| String::new()
            )
        ));
    }
    println!("{}", lines.join("\n"));
    println!(
        "agreement: {agreeing} of {} ({:.0}%)",
        files.len(),
        agreeing as f64 * 100.0 / files.len() as f64
    );
    assert!(
        agreeing >= AGREEING_AT_LEAST,
        "{}\nagreement fell to {agreeing}",
        lines.join("\n")
    );
}

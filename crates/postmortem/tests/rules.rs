//! Every rule has a `valid.md` and an `invalid.md` fixture in tests/fixtures/<rule-name>/:
//! the valid one gives no finding of the rule, the invalid one at least one, rendered with
//! carets under the span and compared with its snapshot (tests/snapshots/).

use std::fs;
use std::path::Path;

use postmortem::rules::RULES;
use postmortem::{Config, check, render};

fn fixture(rule: &str, kind: &str) -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/{rule}/{kind}.md"));
    fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()))
}

/// The fixtures are checked as on a fixed day, so that overdue items stay overdue.
fn config() -> Config {
    Config {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
        ..Config::default()
    }
}

/// The findings of one rule only, rendered like the CLI does.
fn findings_of(rule: &str, text: &str) -> (usize, String) {
    let mut report = check(text, &config());
    report.diagnostics.retain(|d| d.name == rule);
    (
        report.diagnostics.len(),
        render::diagnostics(&format!("{rule}/invalid.md"), text, &report),
    )
}

#[test]
fn every_rule_passes_its_valid_fixture_and_fires_on_its_invalid_one() {
    for rule in RULES {
        let (count, rendered) = findings_of(rule.name, &fixture(rule.name, "valid"));
        assert_eq!(
            count, 0,
            "{} fires on its valid fixture:\n{rendered}",
            rule.name
        );
        let (count, rendered) = findings_of(rule.name, &fixture(rule.name, "invalid"));
        assert!(
            count > 0,
            "{} does not fire on its invalid fixture",
            rule.name
        );
        insta::assert_snapshot!(rule.name, rendered);
    }
}

#[test]
fn the_fixture_folders_are_exactly_the_rules() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut folders: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut names: Vec<String> = RULES.iter().map(|r| r.name.to_string()).collect();
    names.sort();
    assert_eq!(folders, names);
}

#[test]
fn messages_say_what_why_and_what_to_do() {
    // Convention (as in clippy's lint_message_convention): lower-case start, no final period,
    // and at least two clauses separated by ':' or ';' (what is wrong, why, what to do).
    for rule in RULES {
        let text = fixture(rule.name, "invalid");
        let report = check(&text, &config());
        for d in report.diagnostics.iter().filter(|d| d.name == rule.name) {
            let first = d.message.chars().next().unwrap();
            assert!(!first.is_uppercase(), "{}: {}", rule.name, d.message);
            assert!(!d.message.ends_with('.'), "{}: {}", rule.name, d.message);
            assert!(
                d.message.contains(':') && d.message.contains(';'),
                "{}: {}",
                rule.name,
                d.message
            );
        }
    }
}

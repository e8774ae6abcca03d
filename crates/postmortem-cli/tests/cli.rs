//! The `postmortem` binary run as a user runs it: real files, real exit codes, real output.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn corpus(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    root.join(path).to_string_lossy().into_owned()
}

fn postmortem(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_postmortem"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn a_filled_postmortem_is_complete_and_exits_zero() {
    let file = corpus("sre-slo/search-cache-stampede.md");
    let output = postmortem(&["check", "--format", "json", &file], None);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = json(&output);
    assert_eq!(report["profile"]["id"], "sre-slo");
    assert_eq!(report["completion"]["percent"], 100);
    let timeline = report["completion"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "timeline")
        .unwrap();
    assert_eq!(timeline["status"], "complete");
    assert_eq!(timeline["title"], "Timeline");
    assert_eq!(timeline["line"], 30);
    assert_eq!(report["file"], file);
    assert!(report["durations"].is_null());
}

#[test]
fn a_missing_required_section_exits_one_and_points_at_the_file() {
    let output = postmortem(
        &["check", "-"],
        Some("## Timeline\n| Time | Event |\n|--|--|\n| 10:00 | x |\n"),
    );
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("-:1:1: error missing-required-section [PM101]"),
        "{stdout}"
    );
    assert!(stdout.contains("profile sre-slo"), "{stdout}");
}

#[test]
fn text_output_shows_the_source_line_and_a_caret() {
    let output = postmortem(
        &["check", "-"],
        Some("# Draft\n\n## Timeline\n\n## Impact\nAll users.\n"),
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("-:3:1: warning empty-section [PM102]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("3 | ## Timeline\n  | ^^^^^^^^^^^"),
        "{stdout}"
    );
}

#[test]
fn a_missing_file_is_a_clear_message_and_exit_two() {
    let output = postmortem(&["check", "no/such/file.md"], None);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("no/such/file.md: no such file"), "{stderr}");
}

#[test]
fn usage_errors_exit_two_with_the_usage() {
    for args in [
        &["check"][..],
        &["check", "--format", "xml", "a.md"],
        &["launch"],
    ] {
        let output = postmortem(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("Usage:"));
    }
    let output = postmortem(&["check", "--profile", "nope", "-"], Some(""));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("known profiles: sre-slo"));
}

#[test]
fn rules_lists_every_rule() {
    let output = postmortem(&["rules"], None);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("PM101  missing-required-section"));
    assert!(stdout.contains("PM102  empty-section"));
}

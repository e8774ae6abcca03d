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
        // A command that fails before reading its input closes the pipe: that is its answer.
        let written = child.stdin.take().unwrap().write_all(input.as_bytes());
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
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
    assert_eq!(timeline["line"], 31);
    assert_eq!(report["file"], file);
    assert_eq!(report["durations"]["duration_minutes"], 38.0);
    assert_eq!(report["durations"]["ttd_minutes"], 2.0);
    assert_eq!(report["durations"]["start"], "2026-04-12T09:41:00+00:00");
    assert_eq!(report["error_budget"]["budget_minutes"], 40.32);
    assert_eq!(report["severity"]["declared"], "SEV-2");
    assert_eq!(report["severity"]["suggested"], "SEV-2");
    let reasons = report["severity"]["reasons"].as_array().unwrap();
    assert!(
        reasons
            .iter()
            .all(|r| r["signal"].is_string() && r["line"].is_number())
    );
    assert_eq!(report["action_items"]["total"], 2);
    assert_eq!(report["action_items"]["items"][0]["owner"], "Priya Raman");
}

#[test]
fn text_output_ends_with_a_durations_summary() {
    let file = corpus("sre-slo/search-cache-stampede.md");
    let output = postmortem(&["check", &file], None);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("durations: TTD 2 min, TTA 3 min, TTM 21 min, TTR 38 min, duration 38 min"),
        "{stdout}"
    );
    assert!(
        stdout.contains("error budget: 94.2% of 40.32 min (99.9% over 28 days)"),
        "{stdout}"
    );
}

#[test]
fn a_missing_required_section_exits_one_and_points_at_the_file() {
    let output = postmortem(
        &["check", "--profile", "sre-slo", "-"],
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
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("known profiles: trading-risk, comprehensive, sre-slo")
    );
}

#[test]
fn rules_lists_every_rule() {
    let output = postmortem(&["rules"], None);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("PM101  missing-required-section"));
    assert!(stdout.contains("PM102  empty-section"));
}

#[test]
fn every_starter_template_checks_as_incomplete_but_never_broken() {
    for id in [
        "trading-risk",
        "comprehensive",
        "sre-slo",
        "compact",
        "response-analysis",
    ] {
        let template = postmortem(&["new", "--profile", id], None);
        assert_eq!(template.status.code(), Some(0), "{id}");
        let template = String::from_utf8(template.stdout).unwrap();
        let output = postmortem(
            &["check", "--profile", id, "--format", "json", "-"],
            Some(&template),
        );
        assert_eq!(
            output.status.code(),
            Some(0),
            "{id}: no error-level finding in a starter template"
        );
        let report = json(&output);
        assert_eq!(report["profile"]["id"], id);
        assert!(
            report["completion"]["percent"].as_u64().unwrap() < 25,
            "{id}"
        );
        let diagnostics = report["diagnostics"].as_array().unwrap();
        assert!(
            diagnostics.iter().any(|d| d["name"] == "placeholder-left"),
            "{id}"
        );
        assert!(diagnostics.iter().all(|d| d["severity"] != "error"), "{id}");
        let sections = report["completion"]["sections"].as_array().unwrap();
        assert!(
            sections.iter().all(|s| s["status"] != "missing"),
            "{id}: the template has every section"
        );
    }
}

#[test]
fn explain_prints_the_rule_page_by_id_or_name() {
    let by_id = postmortem(&["explain", "PM201"], None);
    assert_eq!(by_id.status.code(), Some(0));
    let page = String::from_utf8(by_id.stdout).unwrap();
    assert!(page.starts_with("# PM201 `placeholder-left`"), "{page}");
    assert!(page.contains("## Why is this bad?"));
    let by_name = postmortem(&["explain", "placeholder-left"], None);
    assert_eq!(String::from_utf8(by_name.stdout).unwrap(), page);
    let unknown = postmortem(&["explain", "PM999"], None);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn a_rule_can_be_switched_off_and_an_unknown_one_is_refused() {
    let text = "## Impact\nUsers: [Number]\n";
    let on = postmortem(&["check", "--format", "json", "-"], Some(text));
    assert!(
        json(&on)["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["rule"] == "PM201")
    );
    let off = postmortem(
        &[
            "check",
            "--format",
            "json",
            "--disable",
            "placeholder-left",
            "-",
        ],
        Some(text),
    );
    assert!(
        json(&off)["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["rule"] != "PM201")
    );
    let unknown = postmortem(&["check", "--disable", "PM999", "-"], Some(text));
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn a_team_profile_loads_from_toml_or_json_and_is_used() {
    let dir = std::env::temp_dir().join(format!("postmortem-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let toml_path = dir.join("team.toml");
    std::fs::write(
        &toml_path,
        r##"
id = "team-lite"
name = "Team lite"
incident_id = "OPS-NNNN"
template = "# Review\n\n## What broke\n\n## Follow-ups\n"

[severity_scale]
labels = ["S1", "S2"]

[[sections]]
id = "what-broke"
title = "What broke"
aliases = ["Summary"]
requirement = "required"

[[sections]]
id = "follow-ups"
title = "Follow-ups"
requirement = "required"
minimum = { timed_entries = 1 }
"##,
    )
    .unwrap();
    let toml_file = toml_path.to_string_lossy().into_owned();
    let output = postmortem(
        &[
            "check",
            "--profile-file",
            &toml_file,
            "--format",
            "json",
            "-",
        ],
        Some("## What broke\nThe queue.\n"),
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "follow-ups is required and missing"
    );
    let report = json(&output);
    assert_eq!(report["profile"]["id"], "team-lite");
    assert_eq!(report["profile"]["source"], "detected");

    let json_path = dir.join("team.json");
    std::fs::write(&json_path, r#"{"id": "j", "name": "J", "sections": [{"id": "a", "title": "A", "requirement": "recommended"}]}"#).unwrap();
    let json_file = json_path.to_string_lossy().into_owned();
    let output = postmortem(
        &[
            "check",
            "--profile-file",
            &json_file,
            "--profile",
            "j",
            "--format",
            "json",
            "-",
        ],
        Some("## A\ntext\n"),
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(json(&output)["completion"]["percent"], 100);

    std::fs::write(&json_path, r#"{"id": "broken"}"#).unwrap();
    let output = postmortem(&["check", "--profile-file", &json_file, "-"], Some(""));
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("not a valid profile") && stderr.contains("missing field"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn today_decides_what_is_overdue_and_a_team_matrix_changes_the_suggestion() {
    let file = corpus("trading-risk/fx-pricing-stale-quotes.md");
    let before = postmortem(
        &["check", "--format", "json", "--today", "2026-03-20", &file],
        None,
    );
    assert_eq!(json(&before)["action_items"]["overdue"], 0);
    let after = postmortem(
        &["check", "--format", "json", "--today", "2026-04-01", &file],
        None,
    );
    assert_eq!(json(&after)["action_items"]["overdue"], 1);
    assert!(
        json(&after)["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["name"] == "action-overdue")
    );
    let bad = postmortem(&["check", "--today", "April", &file], None);
    assert_eq!(bad.status.code(), Some(2));

    let dir = std::env::temp_dir().join(format!("postmortem-matrix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let matrix = dir.join("users.toml");
    std::fs::write(
        &matrix,
        "[[rules]]\nsignal = \"users_percent\"\nat_least = 20\nlevel = \"critical\"\n",
    )
    .unwrap();
    let sre = corpus("sre-slo/search-cache-stampede.md");
    let default = postmortem(&["check", "--format", "json", &sre], None);
    assert_eq!(json(&default)["severity"]["suggested"], "SEV-2");
    let team = postmortem(
        &[
            "check",
            "--format",
            "json",
            "--severity-matrix",
            &matrix.to_string_lossy(),
            &sre,
        ],
        None,
    );
    let report = json(&team);
    assert_eq!(
        report["severity"]["suggested"], "SEV-1",
        "22% of users is critical for this team"
    );
    assert!(
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["name"] == "severity-differs-from-signals")
    );
    std::fs::write(&matrix, "rules = 3").unwrap();
    let broken = postmortem(
        &[
            "check",
            "--severity-matrix",
            &matrix.to_string_lossy(),
            &sre,
        ],
        None,
    );
    assert_eq!(broken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("not a valid severity matrix"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn text_output_has_one_line_of_severity_and_action_items() {
    let output = postmortem(
        &[
            "check",
            "--today",
            "2026-03-20",
            &corpus("trading-risk/fx-pricing-stale-quotes.md"),
        ],
        None,
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("  severity: declared Sev 1, suggested Sev 1 (2 reason(s))"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  action items: 4 total, 0 open, 3 in progress, 1 done, 0 overdue"),
        "{stdout}"
    );
}

#[test]
fn a_hostile_profile_file_gives_a_report_or_a_message_never_a_crash() {
    let dir = std::env::temp_dir().join(format!("postmortem-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let many: Vec<String> = (0..20_000)
        .map(|i| {
            format!(
                r##"{{"id": "s{i}", "title": "{}", "requirement": "required", "level": 255}}"##,
                "#".repeat(i % 7)
            )
        })
        .collect();
    let hostile = [
        // No sections, an empty id, a pathological incident ID format.
        r##"{"id": "", "name": "", "sections": [], "incident_id": "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN####YYYYMMDDHH"}"##.to_string(),
        // Duplicate section ids, empty titles, a section placed after itself, level 0.
        r###"{"id": "dup", "name": "D", "sections": [{"id": "a", "title": "", "requirement": "required", "level": 0, "after": "A"}, {"id": "a", "title": "A", "requirement": "required", "after": "A"}], "template": "## A\n[x]\n"}"###.to_string(),
        // Twenty thousand sections.
        format!(r#"{{"id": "big", "name": "B", "sections": [{}]}}"#, many.join(",")),
        // Deeply nested JSON where a string is expected.
        format!(r#"{{"id": {}1{}}}"#, "[".repeat(10_000), "]".repeat(10_000)),
    ];
    for (n, profile) in hostile.iter().enumerate() {
        let path = dir.join(format!("hostile-{n}.json"));
        std::fs::write(&path, profile).unwrap();
        let file = path.to_string_lossy().into_owned();
        let output = postmortem(
            &["check", "--profile-file", &file, "--format", "json", "-"],
            Some("## A\n## Timeline\n- 09:41 impact begins\n"),
        );
        let code = output.status.code();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            matches!(code, Some(0..=2)),
            "profile {n}: exit {code:?}, {stderr}"
        );
        if code == Some(2) {
            assert!(
                stderr.contains("not a valid profile"),
                "profile {n}: {stderr}"
            );
        } else {
            json(&output);
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

//! Hostile and huge documents: each gives a sound report (spans inside the text, on character
//! boundaries) and finishes. Times are not asserted here (benchmarks measure them); a
//! quadratic pass would show up as this test taking minutes. `HOSTILE_TIMES=1` prints them.

use std::time::Instant;

use postmortem::{Config, Report, check};

fn checked(name: &str, text: &str) -> Report {
    let started = Instant::now();
    let report = check(text, &Config::default());
    if std::env::var_os("HOSTILE_TIMES").is_some() {
        eprintln!("{name}: {} bytes in {:?}", text.len(), started.elapsed());
    }
    for d in &report.diagnostics {
        assert!(
            d.span.start <= d.span.end && d.span.end <= text.len(),
            "{name}: {d:?}"
        );
        assert!(
            text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end),
            "{name}: {d:?}"
        );
        assert!(d.line >= 1 && d.column >= 1, "{name}: {d:?}");
    }
    assert!(report.completion.percent <= 100, "{name}");
    report
}

#[test]
fn deeply_nested_lists_and_quotes() {
    let mut lists = String::from("## Timeline\n");
    for depth in 0..2_000 {
        lists.push_str(&"  ".repeat(depth));
        lists.push_str("- 09:41 impact begins\n");
    }
    checked("nested lists", &lists);
    let quotes = format!("## Root Cause\n{}deep\n", "> ".repeat(50_000));
    checked("nested quotes", &quotes);
    let brackets = format!(
        "## Impact\n{}x{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    checked("nested brackets", &brackets);
    let emphasis = format!("## Impact\n{}\n", "*_".repeat(100_000));
    checked("emphasis runs", &emphasis);
}

#[test]
fn a_table_of_100_000_rows() {
    let mut table = String::from("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n");
    for i in 0..100_000 {
        table.push_str(&format!(
            "| {:02}:{:02} | step {i} |\n",
            (i / 60) % 24,
            i % 60
        ));
    }
    let report = checked("100,000-row table", &table);
    assert!(report.durations.is_some());
}

#[test]
fn a_single_line_of_5_mb() {
    let line = "word ".repeat(1_000_000);
    checked("5 MB line", &line);
    let heading = format!("## {}\n", "x".repeat(5_000_000));
    checked("5 MB heading", &heading);
    let digits = format!("## Impact\n{}%\n", "9".repeat(5_000_000));
    checked("5 MB number", &digits);
}

#[test]
fn nul_and_control_characters() {
    let mut text = String::from("# Postmortem: \0 broken\n\n## Timeline\n");
    for c in (0u8..32).chain([127]) {
        text.push_str(&format!("- 09:{:02} step {}\n", c % 60, c as char));
    }
    text.push_str("\u{feff}## Impact\r\nusers \u{200b}affected\r\n\u{85}\u{2028}\u{2029}");
    checked("control characters", &text);
}

#[test]
fn invalid_utf8_read_lossily() {
    let bytes: Vec<u8> =
        b"## Timeline\n- 09:41 impact \xff\xfe begins\n- 09:43 \xc3\x28 alert\n\xed\xa0\x80\n"
            .to_vec();
    let text = String::from_utf8_lossy(&bytes);
    let report = checked("invalid UTF-8, lossy", &text);
    assert!(report.durations.is_some());
}

#[test]
fn right_to_left_text_emoji_and_combining_marks_in_headings() {
    let text = "# תחקיר: השבתת חיפוש\n\n## \u{202e}Timeline\u{202c}\n- 09:41 impact begins 🔥\n\n\
                ## 🔥 Impact 👩‍👩‍👧‍👦\nusers affected\n\n## Root Cause\u{301}\u{302}\u{303}\n\
                Z\u{36b}\u{36c}\u{36d}a\u{300}\u{301}l\u{302}g\u{303}o\n\n## مراجعة الحادث\nنص\n";
    checked("RTL, emoji, combining marks", text);
    let zalgo_heading = format!(
        "## Timeline{}\n- 09:41 impact begins\n",
        "\u{301}".repeat(100_000)
    );
    checked("100,000 combining marks", &zalgo_heading);
    let flags = format!("## {}\n", "🇺🇦".repeat(100_000));
    checked("regional indicators", &flags);
}

//! The "Key metrics" block an author may append when copying or downloading: the figures the
//! page computed from the document's own timeline, as a Markdown table.

use postmortem::Report;

/// The block, starting with a blank line and a `## Key metrics` heading; `None` when nothing
/// could be computed (no timeline, no budget, no severity).
pub fn key_metrics(report: &Report) -> Option<String> {
    let mut rows: Vec<(&str, String)> = Vec::new();
    if let Some(d) = &report.durations {
        for (label, value) in [
            ("Time to detect", d.ttd_minutes),
            ("Time to acknowledge", d.tta_minutes),
            ("Time to mitigate", d.ttm_minutes),
            ("Time to resolve", d.ttr_minutes),
            ("Duration", d.duration_minutes),
        ] {
            if let Some(minutes) = value {
                rows.push((label, minutes_text(minutes)));
            }
        }
    }
    if let Some(budget) = &report.error_budget
        && let Some(consumed) = budget.consumed_percent
    {
        rows.push((
            "Error budget spent",
            format!(
                "{} of the {}-day budget for a {}% SLO",
                percent_text(consumed),
                budget.window_days,
                postmortem::numbers::trimmed(budget.slo_percent, 4)
            ),
        ));
    }
    if let Some(suggested) = report.severity.as_ref().and_then(|s| s.suggested.clone()) {
        rows.push(("Suggested severity", suggested));
    }
    if rows.is_empty() {
        return None;
    }
    let mut block = String::from("\n\n## Key metrics\n\n| Figure | Value |\n|---|---|\n");
    for (label, value) in rows {
        block.push_str(&format!("| {label} | {value} |\n"));
    }
    block.push_str(
        "\n_Computed from this document's timeline by the postmortem editor; TTD, TTM and TTR are measured from the impact start._\n",
    );
    Some(block)
}

/// The text with the block appended when `with_metrics` and there is one.
pub fn text_to_copy(text: &str, report: &Report, with_metrics: bool) -> String {
    match with_metrics.then(|| key_metrics(report)).flatten() {
        Some(block) => format!("{}{block}", text.trim_end()),
        None => text.to_string(),
    }
}

/// `47 min`, `2 h 5 min`, `3 d 4 h`.
fn minutes_text(minutes: f64) -> String {
    let total = minutes.round() as i64;
    let (days, hours, mins) = (total / 1440, (total % 1440) / 60, total % 60);
    match (days, hours, mins) {
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (d, h, _) => format!("{d} d {h} h"),
    }
}

fn percent_text(percent: f64) -> String {
    format!("{}%", postmortem::numbers::trimmed(percent, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use postmortem::{Config, check};

    const DOC: &str = "# Postmortem: Checkout errors\n\n**Date:** 2026-03-02\n\n## Timeline\n\n- 09:41 impact begins\n- 09:47 alert fires\n- 09:52 on-call acknowledges\n- 10:05 mitigated by rollback\n- 11:50 incident resolved\n";

    #[test]
    fn the_block_lists_the_computed_figures_as_a_table() {
        let report = check(DOC, &Config::default());
        let block = key_metrics(&report).expect("a timeline gives figures");
        assert!(
            block.starts_with("\n\n## Key metrics\n\n| Figure | Value |\n|---|---|\n"),
            "{block}"
        );
        assert!(block.contains("| Time to detect | 6 min |"), "{block}");
        assert!(block.contains("| Time to resolve | 2 h 9 min |"), "{block}");
    }

    #[test]
    fn without_the_option_or_without_figures_the_text_is_unchanged() {
        let report = check(DOC, &Config::default());
        assert_eq!(text_to_copy(DOC, &report, false), DOC);
        let bare = "# Notes\n";
        assert_eq!(
            text_to_copy(bare, &check(bare, &Config::default()), true),
            bare
        );
        let with = text_to_copy(DOC, &report, true);
        assert!(with.starts_with(DOC.trim_end()) && with.contains("## Key metrics"));
    }

    #[test]
    fn durations_and_percentages_read_naturally() {
        assert_eq!(minutes_text(47.0), "47 min");
        assert_eq!(minutes_text(120.0), "2 h");
        assert_eq!(minutes_text(125.4), "2 h 5 min");
        assert_eq!(minutes_text(3.0 * 1440.0 + 250.0), "3 d 4 h");
        assert_eq!(percent_text(78.0), "78%");
        assert_eq!(percent_text(12.345), "12.3%");
    }
}

//! The error budget: from an SLO target (`99.9%`) and a window (30 days unless `28 days`,
//! `4 weeks` or a budget of 28 days' minutes is stated), budget minutes = (1 - SLO) x window;
//! consumed = downtime / budget. Stated figures (`78% consumed`, `31.2 of 40.32 minutes`) are
//! read for comparison.

use std::ops::Range;

use serde::Serialize;

use crate::document::Document;
use crate::numbers::{number_start, percentages};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorBudget {
    pub slo_percent: f64,
    pub window_days: u32,
    pub budget_minutes: f64,
    /// The incident's downtime (its computed duration), when known.
    pub downtime_minutes: Option<f64>,
    pub consumed_percent: Option<f64>,
    pub line: u32,
    #[serde(skip)]
    pub slo_span: Range<usize>,
    /// `78% consumed` as written.
    #[serde(skip)]
    pub stated_percent: Option<(f64, Range<usize>)>,
    /// `31.2 of 40.32 minutes`: consumed minutes and budget minutes as written.
    #[serde(skip)]
    pub stated_minutes: Option<(f64, f64, Range<usize>)>,
}

/// Reads the SLO and stated budget figures; `downtime` is the computed duration.
pub fn find(
    document: &Document,
    text: &str,
    downtime: Option<f64>,
    lines: &crate::LineIndex,
) -> Option<ErrorBudget> {
    let mut slo: Option<(f64, Range<usize>)> = None;
    let mut stated_percent = None;
    let mut stated_minutes = None;
    for (start, line) in lines.lines_containing(&["SLO", "udget", "vailability"]) {
        if document.in_code(start) {
            continue;
        }
        // The words below are ASCII: looked for in any case without a lower-cased copy.
        let has = |word: &str| crate::search::contains_ignoring_ascii_case(line, word);
        if slo.is_none() && (line.contains("SLO") || has("availability target")) {
            slo = percentages(line)
                .find(|(p, _)| (90.0..100.0).contains(p))
                .map(|(p, r)| (p, start + r.start..start + r.end));
        }
        if has("budget") && ["consum", "burn", "spent", "used"].iter().any(|w| has(w)) {
            if stated_percent.is_none() {
                stated_percent = percentages(line)
                    .find(|(p, _)| *p <= 1000.0 && !(90.0..100.0).contains(p) || has("consumed"))
                    .filter(|(p, _)| !(90.0..100.0).contains(p) || !line.contains("SLO"))
                    .map(|(p, r)| (p, start + r.start..start + r.end));
            }
            if stated_minutes.is_none() {
                stated_minutes =
                    of_minutes(line).map(|(a, b, r)| (a, b, start + r.start..start + r.end));
            }
        }
    }
    let (slo_percent, slo_span) = slo?;
    let says_28 = [
        "28 day",
        "28-day",
        "4 week",
        "4-week",
        "four week",
        "four-week",
    ]
    .iter()
    .any(|w| crate::search::contains_ignoring_ascii_case(text, w));
    let budget_28 = (1.0 - slo_percent / 100.0) * 28.0 * 1440.0;
    let stated_is_28 = stated_minutes
        .as_ref()
        .is_some_and(|(_, budget, _)| (budget - budget_28).abs() < 0.05);
    let window_days = if says_28 || stated_is_28 { 28 } else { 30 };
    let budget_minutes = round2((1.0 - slo_percent / 100.0) * f64::from(window_days) * 1440.0);
    let consumed_percent = downtime
        .filter(|_| budget_minutes > 0.0)
        .map(|d| round1(d / budget_minutes * 100.0));
    Some(ErrorBudget {
        slo_percent,
        window_days,
        budget_minutes,
        downtime_minutes: downtime,
        consumed_percent,
        line: lines.line(slo_span.start),
        slo_span,
        stated_percent,
        stated_minutes,
    })
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// `31.2 of 40.32 minutes` → (31.2, 40.32).
fn of_minutes(line: &str) -> Option<(f64, f64, Range<usize>)> {
    let at = line.find(" of ")?;
    let before_start = number_start(line, at);
    let consumed = crate::numbers::decimal(&line[before_start..at])?;
    let after = &line[at + 4..];
    let digits: String = after
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let budget = crate::numbers::decimal(&digits)?;
    let rest = after[digits.len()..].trim_start();
    rest.starts_with("min")
        .then_some((consumed, budget, before_start..at + 4 + digits.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(text: &str, downtime: Option<f64>) -> Option<ErrorBudget> {
        find(
            &Document::parse(text),
            text,
            downtime,
            &crate::LineIndex::new(text),
        )
    }

    #[test]
    fn a_four_week_budget_from_the_slo_and_stated_figures() {
        let b = budget(
            "- SLO Impact: API Availability SLO violated (99.90% → 99.73%)\n\
             - Error Budget: 78% consumed (31.2 of 40.32 minutes monthly budget)\n",
            Some(47.0),
        )
        .unwrap();
        assert_eq!(
            (b.slo_percent, b.window_days, b.budget_minutes),
            (99.9, 28, 40.32)
        );
        assert_eq!(b.consumed_percent, Some(116.6));
        assert_eq!(b.stated_percent.as_ref().map(|s| s.0), Some(78.0));
        assert_eq!(
            b.stated_minutes.as_ref().map(|s| (s.0, s.1)),
            Some((31.2, 40.32))
        );
    }

    #[test]
    fn thirty_days_unless_stated_otherwise() {
        let b = budget(
            "**SLO Impact**: availability SLO of 99.95% violated\n",
            Some(10.0),
        )
        .unwrap();
        assert_eq!((b.window_days, b.budget_minutes), (30, 21.6));
        assert_eq!(b.consumed_percent, Some(46.3));
        assert!(budget("No SLO was affected.\n", None).is_none());
    }
}

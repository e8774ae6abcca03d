//! Severity guidance: signals from the document, the level the matrix suggests (the highest
//! any signal triggers), the level the document declares, and what the document's own severity
//! definitions (an appendix such as the `sre-slo` template's) imply.

pub mod matrix;
pub mod signals;

use std::ops::Range;

use serde::Serialize;

pub use matrix::{Level, SeverityMatrix};
pub use signals::{Signal, SignalKind};

use crate::document::Document;
use crate::line_index::LineIndex;
use crate::placeholders::is_choice_list;
use crate::profile::Profile;

/// The severity object of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeverityReport {
    /// The label the document declares, as on the profile's scale (`SEV-2`).
    pub declared: Option<String>,
    pub declared_level: Option<Level>,
    /// The label our matrix suggests.
    pub suggested: Option<String>,
    pub suggested_level: Option<Level>,
    /// Every signal with the level it triggers and its line.
    pub reasons: Vec<Reason>,
    /// What is missing to judge (no declared level, a choice never made, no signals).
    pub notes: Vec<String>,
    /// The profile's labels, most severe first.
    pub scale: Vec<String>,
    /// The document's own severity definitions, when it has them.
    pub definitions: Vec<Definition>,
    /// The label the document's own definitions imply, with the line of the matching item.
    pub defined: Option<(String, u32)>,
    #[serde(skip)]
    pub declared_span: Option<Range<usize>>,
    #[serde(skip)]
    pub defined_span: Option<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub signal: SignalKind,
    pub level: Option<Level>,
    pub amount: Option<f64>,
    pub text: String,
    pub line: u32,
}

/// One label of the document's own definitions and its criteria.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Definition {
    pub label: String,
    pub criteria: Vec<String>,
    pub line: u32,
}

/// Fields that declare the severity.
const SEVERITY_FIELDS: &[&str] = &["Severity", "Incident Severity", "Severity Level"];

/// The severity report from the impact `signals` found in the document ([`signals::find`]):
/// the declared label, the one the signals suggest under `matrix`, and the document's own
/// definitions.
pub fn assess(
    document: &Document,
    text: &str,
    profile: &Profile,
    matrix: &SeverityMatrix,
    signals: &[Signal],
    lines: &LineIndex,
) -> SeverityReport {
    let labels = &profile.severity_scale.labels;
    let mut notes = Vec::new();
    let reasons: Vec<Reason> = signals
        .iter()
        .map(|s| Reason {
            signal: s.kind,
            level: matrix.level_for(s.kind, s.amount),
            amount: s.amount,
            text: s.text.clone(),
            line: lines.line(s.span.start),
        })
        .collect();
    if let Some(revenue) = signals
        .iter()
        .find(|s| s.kind == SignalKind::RevenuePerHour && s.amount.is_none())
    {
        notes.push(format!(
            "revenue impact at line {} cannot be turned into a rate per hour: the duration is unknown",
            lines.line(revenue.span.start)
        ));
    }
    let suggested_level = reasons.iter().filter_map(|r| r.level).min();
    if suggested_level.is_none() {
        notes.push(
            "no impact signal found (users affected, outage, data loss, security, SLO, revenue); \
             no severity is suggested rather than guessing low"
                .into(),
        );
    }
    let (declared, declared_span) = declared(document, labels, &mut notes);
    let declared_level = declared.as_ref().and_then(|label| {
        labels
            .iter()
            .position(|l| l == label)
            .map(|i| matrix::level_of_label(i, labels.len()))
    });
    let definitions = definitions(document, text, labels, lines);
    let (defined, defined_span) = implied_by_definitions(document, text, labels, signals)
        .map(|(label, span)| (Some((label, lines.line(span.start))), Some(span)))
        .unwrap_or((None, None));
    SeverityReport {
        declared,
        declared_level,
        suggested: suggested_level
            .and_then(|l| matrix::label_for(l, labels))
            .map(String::from),
        suggested_level,
        reasons,
        notes,
        scale: labels.clone(),
        definitions,
        defined,
        declared_span,
        defined_span,
    }
}

/// Letters and digits only, lower case: `🟡 Sev 2` → `sev2`, `SEV-2 (High)` → `sev2high`.
fn squash(text: &str) -> String {
    squashed(text).map(char::from).collect()
}

/// The bytes of [`squash`]. Only ASCII is kept, so an emoji goes whether it is whole or
/// damaged ([`crate::placeholders::repair_emoji`] changes nothing here).
fn squashed(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase())
}

/// The label a value names, if exactly one: the longest whose squashed form starts the
/// value's, compared without building either.
fn label_in(value: &str, labels: &[String]) -> Option<String> {
    labels
        .iter()
        .filter_map(|label| Some((squashed_prefix(value, label)?, label)))
        .max_by_key(|(length, _)| *length)
        .map(|(_, label)| label.clone())
}

/// The length of `label` squashed, when `value` squashed starts with it (never for a label
/// that squashes to nothing).
fn squashed_prefix(value: &str, label: &str) -> Option<usize> {
    let mut value = squashed(value);
    let mut length = 0;
    for byte in squashed(label) {
        if value.next() != Some(byte) {
            return None;
        }
        length += 1;
    }
    (length > 0).then_some(length)
}

fn declared(
    document: &Document,
    labels: &[String],
    notes: &mut Vec<String>,
) -> (Option<String>, Option<Range<usize>>) {
    let Some(field) = document
        .fields
        .iter()
        .find(|f| SEVERITY_FIELDS.iter().any(|k| f.key_is(k)) && !f.value.is_empty())
    else {
        notes.push("the document declares no severity".into());
        return (None, None);
    };
    let value = field.value.trim_matches(|c| matches!(c, '[' | ']' | '`'));
    let squashed = squash(value);
    let named = labels
        .iter()
        .filter(|l| squashed.contains(&squash(l)))
        .count();
    if is_choice_list(field.value) || named > 1 {
        notes.push(format!(
            "the severity is still a list of choices (`{}`); pick one",
            field.value
        ));
        return (None, Some(field.value_span.clone()));
    }
    match label_in(value, labels) {
        Some(label) => (Some(label), Some(field.value_span.clone())),
        None => {
            notes.push(format!(
                "the declared severity `{}` is not on this template's scale ({})",
                field.value,
                labels.join(", ")
            ));
            (None, Some(field.value_span.clone()))
        }
    }
}

/// `**SEV-1 (Critical)**:` followed by a list of criteria.
fn definitions(
    document: &Document,
    text: &str,
    labels: &[String],
    lines: &LineIndex,
) -> Vec<Definition> {
    document
        .fields
        .iter()
        .filter(|f| f.value.is_empty() && !f.items.is_empty())
        .filter_map(|f| {
            let label = label_in(&f.key, labels)?;
            Some(Definition {
                label,
                criteria: f
                    .items
                    .iter()
                    .filter_map(|r| text.get(r.clone()))
                    .map(|t| t.trim().trim_start_matches(['-', '*', ' ']).to_string())
                    .collect(),
                line: lines.line(f.span.start),
            })
        })
        .collect()
}

/// The most severe label whose written criteria match a signal of the document, with the
/// criterion's bytes.
fn implied_by_definitions(
    document: &Document,
    text: &str,
    labels: &[String],
    signals: &[Signal],
) -> Option<(String, Range<usize>)> {
    let mut best: Option<(usize, String, Range<usize>)> = None;
    for field in document
        .fields
        .iter()
        .filter(|f| f.value.is_empty() && !f.items.is_empty())
    {
        let Some(label) = label_in(&field.key, labels) else {
            continue;
        };
        let rank = labels
            .iter()
            .position(|l| *l == label)
            .unwrap_or(usize::MAX);
        for item in &field.items {
            let criterion = text.get(item.clone()).unwrap_or("").to_ascii_lowercase();
            if signals.iter().any(|s| criterion_matches(&criterion, s))
                && best.as_ref().is_none_or(|b| rank < b.0)
            {
                best = Some((rank, label.clone(), item.clone()));
            }
        }
    }
    best.map(|(_, label, span)| (label, span))
}

fn criterion_matches(criterion: &str, signal: &Signal) -> bool {
    if criterion.contains("no slo")
        || criterion.contains("no user impact")
        || criterion.contains("no revenue")
    {
        return false;
    }
    let has = |w: &str| criterion.contains(w);
    match signal.kind {
        SignalKind::CompleteOutage => has("complete") && has("outage"),
        SignalKind::PartialOutage => has("subset") || has("partial"),
        SignalKind::DegradedPerformance => has("degradation") && !has("minor"),
        SignalKind::DataLoss => has("data loss"),
        SignalKind::SecurityBreach => has("security"),
        SignalKind::SloViolated => has("slo violation") || has("slo violated"),
        SignalKind::RegulatoryNotification => has("regulat"),
        SignalKind::UsersPercent => signal.amount == Some(100.0) && has("all users"),
        SignalKind::UsersCount => false,
        SignalKind::RevenuePerHour => {
            let Some(rate) = signal.amount else {
                return false;
            };
            let amounts: Vec<f64> = criterion
                .split('$')
                .skip(1)
                .filter_map(|s| {
                    let digits = s
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == ',')
                        .filter(char::is_ascii_digit)
                        .collect::<String>();
                    crate::numbers::decimal(&digits)
                })
                .collect();
            match amounts.as_slice() {
                [low, high] => rate >= *low && rate <= *high,
                [one] if has(">") || has("over") || has("above") => rate > *one,
                [one] if has("<") || has("under") || has("below") => rate < *one,
                _ => false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, check};

    proptest::proptest! {
        /// `label_in` names the label that squashing both texts (emoji repaired first, as it
        /// once did) and comparing the copies names.
        #[test]
        fn a_label_is_named_as_squashed_copies_name_it(
            value in "(SEV|Sev|sev|P|🟡|üü°|[ -]|[0-9]|\\(|High|é){0,6}",
            labels in proptest::collection::vec("(SEV|sev|P|🔴|üî¥|[ -]|[0-9]|High|é){0,4}", 0..5),
        ) {
            let squash_copy = |text: &str| -> String {
                crate::placeholders::repair_emoji(text)
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase())
                    .collect()
            };
            let squashed = squash_copy(&value);
            let expected = labels
                .iter()
                .map(|l| (squash_copy(l), l))
                .filter(|(label, _)| !label.is_empty() && squashed.starts_with(label.as_str()))
                .max_by_key(|(label, _)| label.len())
                .map(|(_, l)| l.clone());
            proptest::prop_assert_eq!(label_in(&value, &labels), expected);
            proptest::prop_assert_eq!(squash(&value), squashed);
        }
    }

    /// Our own document with the facts of the `sre-slo` template's worked example: a complete
    /// outage of 47 minutes, 15% of users, $2,500 lost over the outage, the SLO violated, and
    /// SEV-2 declared, with the template's severity definitions in the appendix.
    const WORKED_EXAMPLE: &str = "# Postmortem: payments API down\n\n**Date**: 2026-02-03\n**Severity**: SEV-2\n\n\
        ## Impact\n- About 1,200 users affected (15% of daily active users)\n- Complete outage: 47 minutes (10:05-10:52 UTC)\n\
        - Estimated revenue impact: $2,500 in failed transactions\n- SLO Impact: availability SLO violated (99.90% to 99.73%)\n\n\
        ## Timeline (all times UTC)\n| Time | Event |\n|---|---|\n| 10:05 | Impact begins: payments API returns 500s |\n\
        | 10:06 | Alert fires |\n| 10:52 | Incident resolved |\n\n\
        ## Appendix\n\n### Incident Severity Definitions\n\n**SEV-1 (Critical)**:\n- Complete service outage\n- Data loss or security breach\n- Revenue impact > $10,000/hour\n\n\
        **SEV-2 (High)**:\n- Significant service degradation\n- SLO violation\n- Revenue impact $1,000-$10,000/hour\n";

    #[test]
    fn the_sre_worked_example_is_suggested_critical_and_contradicts_its_own_definitions() {
        let report = check(WORKED_EXAMPLE, &Config::default());
        let severity = report.severity.unwrap();
        assert_eq!(severity.declared.as_deref(), Some("SEV-2"));
        assert_eq!(severity.suggested.as_deref(), Some("SEV-1"));
        assert_eq!(severity.suggested_level, Some(Level::Critical));
        let reasons: Vec<(SignalKind, Option<Level>)> = severity
            .reasons
            .iter()
            .map(|r| (r.signal, r.level))
            .collect();
        assert!(reasons.contains(&(SignalKind::CompleteOutage, Some(Level::Critical))));
        assert!(reasons.contains(&(SignalKind::SloViolated, Some(Level::High))));
        assert!(
            reasons.contains(&(SignalKind::RevenuePerHour, Some(Level::High))),
            "$2,500 over 47 minutes is $3,191 an hour"
        );
        assert!(reasons.contains(&(SignalKind::UsersPercent, Some(Level::Medium))));
        // The appendix puts a complete outage under SEV-1: the document contradicts itself.
        assert_eq!(
            severity.defined.as_ref().map(|d| d.0.as_str()),
            Some("SEV-1")
        );
        assert_eq!(severity.definitions.len(), 2);
        let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.name).collect();
        assert!(
            rules.contains(&"severity-differs-from-signals"),
            "{rules:?}"
        );
        assert!(
            rules.contains(&"severity-contradicts-definitions"),
            "{rules:?}"
        );
    }

    #[test]
    fn emoji_declarations_and_unchosen_lists() {
        let labels: Vec<String> = ["Sev 1", "Sev 2", "Sev 3"].map(String::from).to_vec();
        let mut notes = Vec::new();
        let doc = Document::parse("**Incident Severity**: üü° Sev 2\n");
        assert_eq!(
            declared(&doc, &labels, &mut notes).0.as_deref(),
            Some("Sev 2")
        );
        let doc = Document::parse("**Incident Severity**: 🔴 Sev 1 / 🟡 Sev 2 / 🟢 Sev 3\n");
        assert_eq!(declared(&doc, &labels, &mut notes).0, None);
        assert!(notes.iter().any(|n| n.contains("list of choices")));
    }

    #[test]
    fn no_signals_means_no_suggestion_and_a_note() {
        let severity = check(
            "**Severity**: SEV-3\n\n## Impact\nSome pages were slow for staff.\n",
            &Config::default(),
        )
        .severity
        .unwrap();
        assert_eq!(severity.suggested, None);
        assert!(
            severity
                .notes
                .iter()
                .any(|n| n.contains("rather than guessing low"))
        );
    }
}

//! Figures the author states: Duration, TTD, TTA/MTTA, TTM, TTR/MTTR, TTRES, Time to Respond,
//! Detection Time, `duration_minutes` in the metrics JSON, and `Complete outage: 47 minutes
//! (14:23-15:10 UTC)`. Each is read as minutes, with the bytes it was written in.

use std::ops::Range;

use serde::Serialize;

use crate::document::Document;
use crate::heading_key::heading_key;

/// Which computed figure a stated one is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    Ttd,
    Tta,
    Ttm,
    Ttr,
    Duration,
}

impl Figure {
    pub fn label(self) -> &'static str {
        match self {
            Figure::Ttd => "time to detect",
            Figure::Tta => "time to acknowledge",
            Figure::Ttm => "time to mitigate",
            Figure::Ttr => "time to resolve",
            Figure::Duration => "duration",
        }
    }
}

/// One stated figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatedFigure {
    pub figure: Figure,
    /// The figure as written (`2 hours 15 minutes`).
    pub text: String,
    pub minutes: f64,
    /// Bytes of the value as written.
    #[serde(skip)]
    pub span: Range<usize>,
}

/// Which figure a label names, if any. `Time to Respond (TTR)` is acknowledgement, as the
/// response-analysis template defines it.
pub fn figure_for_label(label: &str) -> Option<Figure> {
    // Every label below holds `tt`, `time`, `duration` or `outage`; most fields and table
    // rows hold none, and are passed over before anything is lower-cased or split.
    let mentioned = ["tt", "time", "duration", "outage"];
    if !crate::search::contains_any_ignoring_ascii_case(label, &mentioned) {
        return None;
    }
    let l = crate::fold::lower(label);
    let has = |w: &str| crate::search::contains(&l, w);
    // The phrases that start `time to ` are looked for only when the label holds it.
    let time_to = has("time to ");
    // Which abbreviations are words of the label, found in one pass over its words.
    let abbreviations = l
        .split(|c: char| !c.is_ascii_alphanumeric())
        .fold(0u8, |found, word| {
            let k = ABBREVIATIONS.iter().position(|a| *a == word);
            found | k.map_or(0, |k| 1 << k)
        });
    figure_named(
        &l,
        |phrase| (time_to || !phrase.starts_with("time to ")) && has(phrase),
        |word| {
            let k = ABBREVIATIONS.iter().position(|a| *a == word);
            k.is_some_and(|k| abbreviations & 1 << k != 0)
        },
    )
}

/// Which figure the lower-cased label `l` names, asking `has` whether it holds a phrase and
/// `abbreviation` whether a word of it is one of [`ABBREVIATIONS`].
fn figure_named(
    l: &str,
    has: impl Fn(&str) -> bool,
    abbreviation: impl Fn(&str) -> bool,
) -> Option<Figure> {
    if has("time to respond")
        || has("time to acknowledge")
        || abbreviation("mtta")
        || abbreviation("tta")
    {
        Some(Figure::Tta)
    } else if has("time to detect") || has("detection time") || abbreviation("ttd") {
        Some(Figure::Ttd)
    } else if has("time to mitigate") || abbreviation("ttm") {
        Some(Figure::Ttm)
    } else if has("time to resol")
        || abbreviation("ttres")
        || abbreviation("mttr")
        || abbreviation("ttr")
    {
        Some(Figure::Ttr)
    } else if l.trim() == "duration"
        || has("downtime")
        || has("complete outage")
        || has("duration of outage")
    {
        Some(Figure::Duration)
    } else {
        None
    }
}

/// The abbreviations [`figure_for_label`] knows, each a whole word of a label.
const ABBREVIATIONS: [&str; 7] = ["mtta", "tta", "ttd", "ttm", "ttres", "mttr", "ttr"];

/// Headings under which a `Duration` is not the incident's (`Review Meeting`).
fn is_meeting(heading: &str) -> bool {
    let key = heading_key(heading);
    ["review", "meeting", "sign off"]
        .iter()
        .any(|word| crate::search::contains(&key, word))
}

pub fn find(document: &Document, text: &str, lines: &crate::LineIndex) -> Vec<StatedFigure> {
    let mut stated = Vec::new();
    let heading_at = |offset: usize| document.heading_before(offset).map_or("", |h| &*h.text);
    for field in &document.fields {
        if let Some(figure) = figure_for_label(&field.key)
            && !(figure == Figure::Duration && is_meeting(heading_at(field.span.start)))
        {
            push_minutes(&mut stated, figure, field.value, field.value_span.start);
        }
        // `**Resolution:** 14:30 (MTTR: 64 minutes)`
        for (label, value, at) in labelled_in_parentheses(field.value) {
            if let Some(figure) = figure_for_label(label) {
                push_minutes(&mut stated, figure, value, field.value_span.start + at);
            }
        }
    }
    for table in &document.tables {
        for row in table.rows() {
            if let [label, value, ..] = row
                && let Some(figure) = figure_for_label(&label.text)
            {
                let raw = text.get(value.span.clone()).unwrap_or("");
                push_minutes(&mut stated, figure, raw, value.span.start);
            }
        }
    }
    // `- Complete outage: 47 minutes (14:23-15:10 UTC)` as a plain list line.
    for (start, line) in lines.lines_containing(&["utage"]) {
        if document.field_at_line(start).is_some() || document.in_code(start) {
            continue;
        }
        let trimmed = line.trim_start_matches([' ', '-', '*']);
        if let Some((label, value)) = trimmed.split_once(':')
            && heading_key(label).contains("complete outage")
        {
            let value_start = start + (line.len() - trimmed.len()) + label.len() + 1;
            push_minutes(&mut stated, Figure::Duration, value, value_start);
        }
    }
    for block in document
        .code_blocks
        .iter()
        .filter(|c| c.info.eq_ignore_ascii_case("json"))
    {
        let content = text.get(block.content.clone()).unwrap_or("");
        if let Some(at) = content.find("\"duration_minutes\"") {
            let after = &content[at + "\"duration_minutes\"".len()..];
            let value = after.trim_start_matches([' ', ':']);
            let digits: String = value
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            if let Some(minutes) = crate::numbers::decimal(&digits) {
                let value_at = block.content.start
                    + at
                    + "\"duration_minutes\"".len()
                    + (after.len() - value.len());
                stated.push(StatedFigure {
                    figure: Figure::Duration,
                    text: format!("duration_minutes: {digits}"),
                    minutes,
                    span: value_at..value_at + digits.len(),
                });
            }
        }
    }
    crate::order::sort_by_key(&mut stated, |s| s.span.start);
    stated
}

fn push_minutes(stated: &mut Vec<StatedFigure>, figure: Figure, value: &str, value_start: usize) {
    if let Some((minutes, range)) = parse_duration(value) {
        stated.push(StatedFigure {
            figure,
            text: value[range.clone()].to_string(),
            minutes,
            span: value_start + range.start..value_start + range.end,
        });
    }
}

/// `(MTTR: 64 minutes)` inside a value: label, value, and the value's offset.
fn labelled_in_parentheses(value: &str) -> Vec<(&str, &str, usize)> {
    let mut found = Vec::new();
    let mut rest_at = 0;
    while let Some(open) = value[rest_at..].find('(').map(|p| p + rest_at) {
        let Some(close) = value[open..].find(')').map(|p| p + open) else {
            break;
        };
        let inner = &value[open + 1..close];
        if let Some((label, v)) = inner.split_once(':') {
            found.push((label, v, open + 1 + label.len() + 1));
        }
        rest_at = close + 1;
    }
    found
}

/// The first duration written in `value`, in minutes, with its byte range: `47 minutes`,
/// `2 hours 15 minutes`, `1h 36m`, `90 min`, `1.5 hours`. Approximate statements (`about`,
/// `~`, `<`, `over`) and placeholders (`X hours`) are not figures.
pub fn parse_duration(value: &str) -> Option<(f64, Range<usize>)> {
    let lower = value.to_ascii_lowercase();
    let tokens = tokenize(&lower);
    let mut i = 0;
    while i < tokens.len() {
        let (number, start, _) = tokens[i];
        let Some(mut total) = unit_minutes(number, tokens.get(i + 1).map(|t| t.0)) else {
            i += 1;
            continue;
        };
        let before = lower[..start].trim_end();
        if [
            "about",
            "approximately",
            "approx",
            "~",
            "<",
            ">",
            "over",
            "under",
            "around",
            "roughly",
            "within",
            "than",
        ]
        .iter()
        .any(|w| before.ends_with(w))
        {
            return None;
        }
        let mut end = tokens[i + 1].2;
        let mut j = i + 2;
        while j + 1 < tokens.len() {
            if tokens[j].0 == "and" {
                j += 1;
                continue;
            }
            let next = unit_minutes(tokens[j].0, Some(tokens[j + 1].0));
            let joined = lower[end..tokens[j].1].trim();
            let Some(more) = next.filter(|_| joined.is_empty() || joined == "and" || joined == ",")
            else {
                break;
            };
            total += more;
            end = tokens[j + 1].2;
            j += 2;
        }
        return Some((total, start..end));
    }
    None
}

/// Words and numbers with their byte ranges; `1h` splits into `1` and `h`.
fn tokenize(text: &str) -> Vec<(&str, usize, usize)> {
    let mut tokens = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        if bytes[i].is_ascii_digit() {
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
        } else if bytes[i].is_ascii_alphabetic() {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
        } else {
            i += 1;
            continue;
        }
        tokens.push((&text[start..i], start, i));
    }
    tokens
}

fn unit_minutes(number: &str, unit: Option<&str>) -> Option<f64> {
    let n = crate::numbers::decimal(number)?;
    let factor = match unit? {
        "d" | "day" | "days" => 1440.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => 60.0,
        "m" | "min" | "mins" | "minute" | "minutes" => 1.0,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0 / 60.0,
        _ => return None,
    };
    Some(n * factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `figure_for_label` gave when it tested every phrase and kept the label's words.
    fn figure_by_every_phrase(label: &str) -> Option<Figure> {
        let l = crate::fold::lower(label);
        let words: Vec<&str> = l.split(|c: char| !c.is_ascii_alphanumeric()).collect();
        figure_named(
            &l,
            |phrase| l.contains(phrase),
            |word| words.contains(&word),
        )
    }

    proptest::proptest! {
        #[test]
        fn a_label_names_the_figure_every_phrase_named(
            words in proptest::collection::vec(
                "(time to|Time To|respond|acknowledge|detect|mitigate|resolve|detection|time|over|down|complete|outage|duration|of|MTTA|tta|TTD|ttm|ttres|mttr|TTR|ttrx|[a-z]{1,3})",
                0..6,
            ),
            separator in "[ ()/:-]",
        ) {
            let label = words.join(&separator);
            proptest::prop_assert_eq!(figure_for_label(&label), figure_by_every_phrase(&label));
        }
    }

    fn minutes(value: &str) -> Option<f64> {
        parse_duration(value).map(|(m, _)| m)
    }

    #[test]
    fn durations_in_the_forms_authors_write() {
        assert_eq!(minutes("47 minutes (14:23-15:10 UTC)"), Some(47.0));
        assert_eq!(minutes("2 hours 15 minutes"), Some(135.0));
        assert_eq!(minutes("1 hour and 4 minutes"), Some(64.0));
        assert_eq!(minutes("1h 36m"), Some(96.0));
        assert_eq!(minutes("90 min"), Some(90.0));
        assert_eq!(minutes("1.5 hours"), Some(90.0));
        assert_eq!(minutes("41 minutes from the feed stopping"), Some(41.0));
        assert_eq!(minutes("X hours Y minutes"), None);
        assert_eq!(minutes("about 40 minutes"), None);
        assert_eq!(minutes("< 20 minutes"), None);
        // Lower-casing `İ` takes more bytes; the range must still point into the original.
        let value = "İİ 47 minutes";
        let (m, range) = parse_duration(value).unwrap();
        assert_eq!((m, &value[range]), (47.0, "47 minutes"));
    }

    #[test]
    fn labels_name_figures_as_the_templates_define_them() {
        assert_eq!(figure_for_label("Time to Detect (TTD)"), Some(Figure::Ttd));
        assert_eq!(figure_for_label("Time to Respond (TTR)"), Some(Figure::Tta));
        assert_eq!(
            figure_for_label("Time to Resolve (TTRES)"),
            Some(Figure::Ttr)
        );
        assert_eq!(figure_for_label("MTTR"), Some(Figure::Ttr));
        assert_eq!(figure_for_label("Duration"), Some(Figure::Duration));
        assert_eq!(figure_for_label("Detection Method"), None);
    }

    #[test]
    fn stated_figures_are_found_in_fields_milestones_tables_and_json() {
        let text = "**Duration:** 1 hour 4 minutes (13:26 - 14:30 PDT)\n\
                    - **Acknowledgment:** 13:33 (MTTA: 4 minutes)\n\n\
                    | Metric | Value |\n|---|---|\n| Duration | 23 minutes |\n\n\
                    ```json\n{\"duration_minutes\": 96}\n```\n";
        let doc = Document::parse(text);
        let found: Vec<(Figure, f64)> = find(&doc, text, &crate::LineIndex::new(text))
            .iter()
            .map(|s| (s.figure, s.minutes))
            .collect();
        assert_eq!(
            found,
            [
                (Figure::Duration, 64.0),
                (Figure::Tta, 4.0),
                (Figure::Duration, 23.0),
                (Figure::Duration, 96.0)
            ]
        );
    }

    #[test]
    fn a_meeting_duration_is_not_the_incident_duration() {
        let text = "### 11.1 Post-Mortem Review\n- **Duration**: 45 minutes\n";
        assert!(find(&Document::parse(text), text, &crate::LineIndex::new(text)).is_empty());
    }
}

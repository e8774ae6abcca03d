//! Milestones: impact start, detection, acknowledgement, mitigation, resolution.
//!
//! Explicit statements win: `Key Milestones` fields (`**Detection:** 13:29`), a start or end
//! field (`**Time**: 08:14 UTC`), a Duration field with a range (`1 hour 4 minutes
//! (13:26 - 14:30 PDT)`), and the metrics JSON block (`incident_start`, `incident_end`).
//! Otherwise each milestone is the earliest timeline entry whose wording says so, in order
//! (detection at or after the start, and so on).

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::clock::{Stamp, find_date, find_stamps, leading_stamp};
use super::extract::{Timeline, TimelineEntry, nominal_date, range_in};
use super::zone::Zone;
use crate::document::Document;
use crate::search::Pairs;

/// The kinds of milestone, in the order they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MilestoneKind {
    Start,
    Detected,
    Acknowledged,
    Mitigated,
    Resolved,
}

impl MilestoneKind {
    pub const ALL: [MilestoneKind; 5] = [
        MilestoneKind::Start,
        MilestoneKind::Detected,
        MilestoneKind::Acknowledged,
        MilestoneKind::Mitigated,
        MilestoneKind::Resolved,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MilestoneKind::Start => "impact start",
            MilestoneKind::Detected => "detection",
            MilestoneKind::Acknowledged => "acknowledgement",
            MilestoneKind::Mitigated => "mitigation",
            MilestoneKind::Resolved => "resolution",
        }
    }
}

/// Where a milestone was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MilestoneSource {
    /// A timeline entry whose wording names it.
    Timeline,
    /// A field that states it (`**Detection:** 13:29`, `**Time**: 08:14 UTC`).
    Field,
    /// The start or end of a Duration range.
    DurationRange,
    /// The metrics JSON block.
    MetricsJson,
    /// Nothing states when impact began, so the earliest timeline entry is taken as the start
    /// (the `impact-start-assumed` rule says so).
    EarliestEntry,
}

/// One milestone: when, and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub local: NaiveDateTime,
    pub zone: Option<Zone>,
    pub dated: bool,
    pub source: MilestoneSource,
    /// Bytes of the time as written.
    pub span: Range<usize>,
}

impl Milestone {
    pub fn instant(&self) -> NaiveDateTime {
        super::zone::to_utc(self.local, self.zone)
    }

    fn from_entry(kind: MilestoneKind, entry: &TimelineEntry) -> Self {
        Milestone {
            kind,
            local: entry.local,
            zone: entry.zone,
            dated: entry.dated,
            source: MilestoneSource::Timeline,
            span: entry.stamp.clone(),
        }
    }
}

/// The milestones found, and the stated end of a Duration range or metrics block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Milestones {
    pub found: Vec<Milestone>,
    /// The end the document states (Duration range, `incident_end`), used for the duration
    /// when no resolution is known.
    pub stated_end: Option<Milestone>,
}

impl Milestones {
    pub fn get(&self, kind: MilestoneKind) -> Option<&Milestone> {
        self.found.iter().find(|m| m.kind == kind)
    }
}

/// Words that classify an entry, checked in this order (the first kind that matches wins).
const WORDING: &[(MilestoneKind, &[&str])] = &[
    (
        MilestoneKind::Resolved,
        &[
            "resolved",
            "resolution",
            "fully restored",
            "service restored",
            "all clear",
            "fully recovered",
        ],
    ),
    (
        MilestoneKind::Mitigated,
        &[
            "mitigat",
            "workaround",
            "rolled back",
            "rollback complete",
            "fix applied",
            "fix deployed",
            "temporary fix",
            "failed over",
        ],
    ),
    (MilestoneKind::Acknowledged, &["acknowledg", "acked"]),
    (
        MilestoneKind::Detected,
        &[
            "alert",
            "detected",
            "detection",
            "noticed",
            "reported",
            "reports",
            "flagged",
            "paged",
        ],
    ),
    (
        MilestoneKind::Start,
        &[
            "impact begins",
            "impact began",
            "impact starts",
            "impact start",
            "incident begins",
            "incident began",
            "incident start",
            "begin",
            "began",
            "start failing",
            "started failing",
            "starts failing",
            "began failing",
            "first symptom",
            "outage start",
        ],
    ),
];

/// Phrases that state the impact start outright; they win over words elsewhere in the entry
/// ("Impact begins: consumers stop acknowledging" is a start, not an acknowledgement).
const EXPLICIT_START: &[&str] = &[
    "impact begins",
    "impact began",
    "impact starts",
    "impact start",
    "incident begins",
    "incident began",
    "outage begins",
    "outage began",
];

/// How an entry's wording classifies it, if at all.
pub fn classify(text: &str) -> Option<MilestoneKind> {
    WordingClassifier::new().classify(text)
}

/// The letter pairs of each phrase of [`WORDING`], in order (see [`Pairs::holds_all`]),
/// found on first use. (Found when building, the pairs were a table that added 578 bytes to
/// the page's gzipped wasm.)
static PHRASE_PAIRS: LazyLock<Vec<Pairs>> = LazyLock::new(|| {
    WORDING
        .iter()
        .flat_map(|(_, phrases)| phrases.iter().map(|phrase| Pairs::of(phrase)))
        .collect()
});

/// [`classify`] for entry after entry: one buffer holds each entry's lower-cased copy.
#[derive(Default)]
pub struct WordingClassifier {
    lower: String,
}

impl WordingClassifier {
    pub fn new() -> Self {
        Self::default()
    }

    /// How `text`'s wording classifies it, if at all.
    pub fn classify(&mut self, text: &str) -> Option<MilestoneKind> {
        crate::fold::lower_into(text, &mut self.lower);
        let lower = self.lower.as_str();
        if EXPLICIT_START.iter().any(|p| lower.starts_with(p)) {
            return Some(MilestoneKind::Start);
        }
        // About forty phrases per entry: the pairs of letters the entry holds turn most of
        // them away before a search (`search::contains` in place of `str::contains` was
        // tried: slower).
        let pairs = Pairs::of(lower);
        let holds = |phrase: &str| pairs.may_contain(phrase) && lower.contains(phrase);
        let negated = ["not resolved", "unresolved", "fails", "failed"];
        let mut phrase_pairs = PHRASE_PAIRS.iter();
        WORDING.iter().find_map(|(kind, words)| {
            // Every phrase of the kind takes its pairs, so that the next kind's line up.
            let hit = words
                .iter()
                .zip(&mut phrase_pairs)
                .fold(false, |hit, (w, its_pairs)| {
                    hit || pairs.holds_all(its_pairs) && lower.contains(w)
                });
            let excluded = match kind {
                MilestoneKind::Start => holds("investigat") || holds("mitigation"),
                MilestoneKind::Resolved | MilestoneKind::Mitigated => {
                    negated.iter().any(|n| holds(n))
                }
                _ => false,
            };
            (hit && !excluded).then_some(*kind)
        })
    }
}

/// Field keys that state a milestone's time.
const MILESTONE_FIELDS: &[(MilestoneKind, &[&str])] = &[
    (
        MilestoneKind::Start,
        &[
            "Incident Start",
            "Start Time",
            "Time",
            "Impact Start",
            "Start",
        ],
    ),
    (MilestoneKind::Detected, &["Detection", "Detected"]),
    (
        MilestoneKind::Acknowledged,
        &["Acknowledgment", "Acknowledgement", "Acknowledged"],
    ),
    (MilestoneKind::Mitigated, &["Mitigation", "Mitigated"]),
    (
        MilestoneKind::Resolved,
        &[
            "Resolution",
            "Resolved",
            "Incident End",
            "End Time",
            "End",
            "Fixed",
        ],
    ),
];

pub fn find(document: &Document, text: &str, timeline: &Timeline) -> Milestones {
    let date = timeline.incident_date;
    let mut found: Vec<Milestone> = Vec::new();
    let mut stated_end = None;
    let explicit =
        |kind: MilestoneKind, stamp: Stamp, offset: usize, source: MilestoneSource| Milestone {
            kind,
            local: stamp
                .date
                .or(date)
                .unwrap_or_else(nominal_date)
                .and_time(stamp.time),
            zone: stamp.zone.or(timeline.zone),
            dated: stamp.date.is_some() || date.is_some(),
            source,
            span: stamp.start + offset..stamp.end + offset,
        };
    // The first field giving the incident's span as a range (`Duration: 09:41–10:19`), found
    // in the same pass: a field's base key costs a search.
    let mut range_field = None;
    for field in &document.fields {
        let base = field.base_key();
        if range_field.is_none()
            && RANGE_FIELDS.iter().any(|k| k.eq_ignore_ascii_case(base))
            && range_in(field.value).is_some()
        {
            range_field = Some(field);
        }
        let Some((kind, _)) = MILESTONE_FIELDS
            .iter()
            .find(|(_, keys)| keys.iter().any(|k| k.eq_ignore_ascii_case(base)))
        else {
            continue;
        };
        if found
            .iter()
            .any(|m| m.kind == *kind && m.source == MilestoneSource::Field)
        {
            continue;
        }
        if let Some(stamp) = stamp_in_value(field.value) {
            found.push(explicit(
                *kind,
                stamp,
                field.value_span.start,
                MilestoneSource::Field,
            ));
        }
    }
    if let Some(field) = range_field
        && let Some((mut start, mut end)) = range_in(field.value)
    {
        let day = find_date(field.value);
        start.date = start.date.or(day);
        end.date = end.date.or(start.date);
        let offset = field.value_span.start;
        found.push(explicit(
            MilestoneKind::Start,
            start,
            offset,
            MilestoneSource::DurationRange,
        ));
        stated_end = Some(explicit(
            MilestoneKind::Resolved,
            end,
            offset,
            MilestoneSource::DurationRange,
        ));
    }
    for block in document
        .code_blocks
        .iter()
        .filter(|c| c.info.eq_ignore_ascii_case("json"))
    {
        let content = text.get(block.content.clone()).unwrap_or("");
        for (key, kind) in [
            ("incident_start", MilestoneKind::Start),
            ("incident_end", MilestoneKind::Resolved),
        ] {
            if let Some(at) = json_value_offset(content, key)
                && let Some(stamp) = find_stamps(&content[at..]).first()
            {
                let milestone = explicit(
                    kind,
                    *stamp,
                    block.content.start + at,
                    MilestoneSource::MetricsJson,
                );
                if kind == MilestoneKind::Start {
                    found.push(milestone);
                } else {
                    stated_end = stated_end.or(Some(milestone));
                }
            }
        }
    }
    // Explicit statements win; the first statement of each kind counts.
    let mut milestones: Vec<Milestone> = Vec::new();
    for m in found {
        if !milestones.iter().any(|x| x.kind == m.kind) {
            milestones.push(m);
        }
    }
    from_wording(timeline, &mut milestones);
    crate::order::sort_by_key(&mut milestones, |m| m.kind);
    Milestones {
        found: milestones,
        stated_end,
    }
}

/// Fills the kinds not stated explicitly from the timeline's wording, in order.
fn from_wording(timeline: &Timeline, milestones: &mut Vec<Milestone>) {
    // Each entry with its time and what its wording says, classified once.
    let mut wording = WordingClassifier::new();
    let mut entries: Vec<(&TimelineEntry, NaiveDateTime, Option<MilestoneKind>)> = timeline
        .entries
        .iter()
        .map(|e| (e, e.instant(), wording.classify(&e.text)))
        .collect();
    crate::order::sort_by_key(&mut entries, |(e, at, _)| (*at, e.line.start));
    for kind in MilestoneKind::ALL {
        if milestones.iter().any(|m| m.kind == kind) {
            continue;
        }
        let not_before = milestones
            .iter()
            .filter(|m| m.kind < kind)
            .map(Milestone::instant)
            .max();
        let entry = entries
            .iter()
            .filter(|(_, at, _)| not_before.is_none_or(|nb| *at >= nb))
            .find(|(_, _, says)| *says == Some(kind));
        if let Some((entry, _, _)) = entry {
            milestones.push(Milestone::from_entry(kind, entry));
        }
    }
    if !milestones.iter().any(|m| m.kind == MilestoneKind::Start)
        && let Some((earliest, _, _)) = entries.first()
    {
        let mut start = Milestone::from_entry(MilestoneKind::Start, earliest);
        start.source = MilestoneSource::EarliestEntry;
        milestones.push(start);
    }
}

/// Fields whose value is a start-end range.
const RANGE_FIELDS: &[&str] = &[
    "Duration",
    "Duration of Outage",
    "Start–End",
    "Start-End",
    "Start - End",
    "Start – End",
    "Outage Window",
    "Impact Window",
    "Window",
];

/// The time in a field's value, leading or later (`June 9, 2024 2:10 PM (UTC)`), with the
/// date written in the value when the time has none.
fn stamp_in_value(value: &str) -> Option<Stamp> {
    let mut stamp = leading_stamp(value).or_else(|| find_stamps(value).first().copied())?;
    stamp.date = stamp.date.or_else(|| find_date(value));
    Some(stamp)
}

/// Offset of the value after `"key":` in a JSON text.
fn json_value_offset(content: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let at = content.find(&quoted)? + quoted.len();
    let colon = content[at..].find(':')? + at + 1;
    Some(colon)
}

/// The date of the incident as far as milestones know it.
pub fn incident_day(milestones: &Milestones) -> Option<NaiveDate> {
    milestones
        .found
        .iter()
        .find(|m| m.dated)
        .map(|m| m.local.date())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::extract;

    fn milestones(text: &str) -> Milestones {
        let doc = Document::parse(text);
        let timeline = extract(&doc, text, &crate::LineIndex::new(text));
        find(&doc, text, &timeline)
    }

    fn at(m: &Milestones, kind: MilestoneKind) -> Option<String> {
        m.get(kind).map(|m| m.local.format("%H:%M").to_string())
    }

    #[test]
    fn wording_classifies_entries() {
        assert_eq!(
            classify("API requests start failing"),
            Some(MilestoneKind::Start)
        );
        assert_eq!(
            classify("Alert: APIErrorRateHigh fires"),
            Some(MilestoneKind::Detected)
        );
        assert_eq!(
            classify("Alice acknowledges page, begins investigation"),
            Some(MilestoneKind::Acknowledged)
        );
        assert_eq!(
            classify("Mitigation applied: pool increased"),
            Some(MilestoneKind::Mitigated)
        );
        assert_eq!(
            classify("Incident declared resolved"),
            Some(MilestoneKind::Resolved)
        );
        assert_eq!(classify("Investigation began"), None);
        assert_eq!(classify("Rollback initiated but fails"), None);
        assert_eq!(
            classify("Impact begins: consumers stop acknowledging"),
            Some(MilestoneKind::Start)
        );
    }

    #[test]
    fn milestones_come_from_the_timeline_in_order() {
        let m = milestones(
            "## Timeline\n| Time | Event |\n|---|---|\n| 14:15 | Deploy completes |\n| 14:23 | Requests start failing |\n\
             | 14:24 | Alert fires |\n| 14:28 | Engineer acknowledges page |\n| 14:50 | Mitigation applied |\n| 15:10 | Incident declared resolved |\n",
        );
        assert_eq!(at(&m, MilestoneKind::Start).as_deref(), Some("14:23"));
        assert_eq!(at(&m, MilestoneKind::Detected).as_deref(), Some("14:24"));
        assert_eq!(
            at(&m, MilestoneKind::Acknowledged).as_deref(),
            Some("14:28")
        );
        assert_eq!(at(&m, MilestoneKind::Mitigated).as_deref(), Some("14:50"));
        assert_eq!(at(&m, MilestoneKind::Resolved).as_deref(), Some("15:10"));
    }

    #[test]
    fn explicit_statements_win_over_wording() {
        let m = milestones(
            "**Duration:** 1 hour 4 minutes (13:26 - 14:30 PDT)\n\n## Timeline\n- 13:20 errors begin\n- 13:29 alert\n\n\
             **Key Milestones:**\n- **Detection:** 13:30 (3 minutes)\n- **Resolution:** 14:30 (MTTR: 64 minutes)\n",
        );
        assert_eq!(at(&m, MilestoneKind::Start).as_deref(), Some("13:26"));
        assert_eq!(
            m.get(MilestoneKind::Start).unwrap().source,
            MilestoneSource::DurationRange
        );
        assert_eq!(at(&m, MilestoneKind::Detected).as_deref(), Some("13:30"));
        assert_eq!(
            m.get(MilestoneKind::Resolved).unwrap().source,
            MilestoneSource::Field
        );
        assert_eq!(
            m.stated_end
                .as_ref()
                .map(|e| e.local.format("%H:%M").to_string())
                .as_deref(),
            Some("14:30")
        );
    }

    #[test]
    fn the_metrics_json_block_states_start_and_end() {
        let m = milestones(
            "```json\n{\n  \"incident_start\": \"2024-01-15T14:30:00Z\",\n  \"incident_end\": \"2024-01-15T16:45:00Z\"\n}\n```\n",
        );
        let start = m.get(MilestoneKind::Start).unwrap();
        assert_eq!(
            (start.source, start.local.format("%F %H:%M").to_string()),
            (MilestoneSource::MetricsJson, "2024-01-15 14:30".into())
        );
        assert_eq!(
            m.stated_end.unwrap().local.format("%H:%M").to_string(),
            "16:45"
        );
    }
}

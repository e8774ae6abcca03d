//! The figures, by our definitions (shown in the page beside each one):
//! TTD = detection - start; TTA = acknowledgement - detection; TTM = mitigation - start (the
//! `trading-risk` profile counts it from detection, as its template does); TTR = resolution -
//! start; duration = resolution (or the stated end) - start. A figure that cannot be known is
//! null with the reason, never a guess and never negative.

use chrono::{Datelike, Timelike};
use serde::Serialize;

use super::milestones::{Milestone, MilestoneKind, MilestoneSource, Milestones};
use super::stated::{Figure, StatedFigure};
use crate::line_index::LineIndex;
use crate::profile::TtmFrom;

/// The durations object of the report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Durations {
    /// ISO 8601 times of the milestones, null when unknown (or when the date is unknown).
    pub start: Option<String>,
    pub detected: Option<String>,
    pub acknowledged: Option<String>,
    pub mitigated: Option<String>,
    pub resolved: Option<String>,
    pub ttd_minutes: Option<f64>,
    pub tta_minutes: Option<f64>,
    pub ttm_minutes: Option<f64>,
    pub ttr_minutes: Option<f64>,
    pub duration_minutes: Option<f64>,
    /// Why each null figure or milestone is null (`ttd_minutes` → "no detection in the timeline").
    pub reasons: Notes<String>,
    /// Each milestone found, with the line it came from.
    pub milestones: Vec<MilestoneReport>,
    /// The figures the document states.
    pub stated: Vec<StatedReport>,
    /// Our definition of each figure, for display.
    pub definitions: Notes<&'static str>,
}

/// A few named notes, serialised as a JSON object (`{"ttd_minutes": "..."}`); a list rather
/// than a map because there are at most ten.
#[derive(Debug, Clone, PartialEq)]
pub struct Notes<T>(pub Vec<(&'static str, T)>);

impl<T> Default for Notes<T> {
    fn default() -> Self {
        Notes(Vec::new())
    }
}

impl<T> Notes<T> {
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn insert(&mut self, key: &'static str, value: T) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Serialize> Serialize for Notes<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MilestoneReport {
    pub kind: MilestoneKind,
    /// Minutes after the earliest milestone (for drawing them on a time axis).
    pub offset_minutes: f64,
    /// ISO 8601 (with offset when the zone is known; without a date part when no date is known).
    pub at: String,
    pub line: u32,
    pub source: MilestoneSource,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatedReport {
    #[serde(flatten)]
    pub figure: StatedFigure,
    pub line: u32,
    /// The computed value it is compared with, when known.
    pub computed_minutes: Option<f64>,
}

/// A pair of milestones that run backwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backwards {
    pub earlier: MilestoneKind,
    pub later: MilestoneKind,
}

pub fn compute(
    milestones: &Milestones,
    stated: &[StatedFigure],
    ttm_from: TtmFrom,
    lines: &LineIndex,
) -> (Durations, Vec<Backwards>) {
    let mut d = Durations {
        definitions: definitions(ttm_from),
        ..Durations::default()
    };
    let get = |kind| milestones.get(kind);
    for kind in MilestoneKind::ALL {
        let slot = match kind {
            MilestoneKind::Start => &mut d.start,
            MilestoneKind::Detected => &mut d.detected,
            MilestoneKind::Acknowledged => &mut d.acknowledged,
            MilestoneKind::Mitigated => &mut d.mitigated,
            MilestoneKind::Resolved => &mut d.resolved,
        };
        match get(kind) {
            Some(m) if m.dated => *slot = Some(iso(m)),
            Some(_) => {
                d.reasons.insert(
                    field_name(kind),
                    "the document states no date for the incident".into(),
                );
            }
            None => {
                d.reasons.insert(
                    field_name(kind),
                    format!("no {} found in the timeline or the fields", kind.label()),
                );
            }
        }
    }
    let earliest = milestones.found.iter().map(Milestone::instant).min();
    d.milestones = milestones
        .found
        .iter()
        .map(|m| MilestoneReport {
            kind: m.kind,
            offset_minutes: earliest.map_or(0.0, |e| (m.instant() - e).num_seconds() as f64 / 60.0),
            at: iso(m),
            line: lines.line(m.span.start),
            source: m.source,
        })
        .collect();
    let mut backwards = Vec::new();
    let end = get(MilestoneKind::Resolved).or(milestones.stated_end.as_ref());
    let ttm_anchor = match ttm_from {
        TtmFrom::Start => MilestoneKind::Start,
        TtmFrom::Detection => MilestoneKind::Detected,
    };
    let mut figure = |name: &'static str,
                      from: Option<&Milestone>,
                      to: Option<&Milestone>,
                      from_kind: MilestoneKind,
                      to_kind: MilestoneKind|
     -> Option<f64> {
        match (from, to) {
            (Some(a), Some(b)) => {
                let minutes = (b.instant() - a.instant()).num_seconds() as f64 / 60.0;
                if minutes < 0.0 {
                    backwards.push(Backwards {
                        earlier: from_kind,
                        later: to_kind,
                    });
                    d.reasons.insert(
                        name,
                        format!(
                            "the {} comes before the {}",
                            to_kind.label(),
                            from_kind.label()
                        ),
                    );
                    None
                } else {
                    Some((minutes * 10.0).round() / 10.0)
                }
            }
            _ => {
                let missing = if from.is_none() { from_kind } else { to_kind };
                d.reasons
                    .insert(name, format!("no {} found", missing.label()));
                None
            }
        }
    };
    use MilestoneKind::*;
    d.ttd_minutes = figure("ttd_minutes", get(Start), get(Detected), Start, Detected);
    d.tta_minutes = figure(
        "tta_minutes",
        get(Detected),
        get(Acknowledged),
        Detected,
        Acknowledged,
    );
    d.ttm_minutes = figure(
        "ttm_minutes",
        get(ttm_anchor),
        get(Mitigated),
        ttm_anchor,
        Mitigated,
    );
    d.ttr_minutes = figure("ttr_minutes", get(Start), get(Resolved), Start, Resolved);
    d.duration_minutes = figure("duration_minutes", get(Start), end, Start, Resolved);
    d.stated = stated
        .iter()
        .map(|s| StatedReport {
            figure: s.clone(),
            line: lines.line(s.span.start),
            computed_minutes: computed(&d, s.figure),
        })
        .collect();
    backwards.dedup();
    (d, backwards)
}

/// The computed value a stated figure is compared with.
pub fn computed(d: &Durations, figure: Figure) -> Option<f64> {
    match figure {
        Figure::Ttd => d.ttd_minutes,
        Figure::Tta => d.tta_minutes,
        Figure::Ttm => d.ttm_minutes,
        Figure::Ttr => d.ttr_minutes,
        Figure::Duration => d.duration_minutes,
    }
}

fn field_name(kind: MilestoneKind) -> &'static str {
    match kind {
        MilestoneKind::Start => "start",
        MilestoneKind::Detected => "detected",
        MilestoneKind::Acknowledged => "acknowledged",
        MilestoneKind::Mitigated => "mitigated",
        MilestoneKind::Resolved => "resolved",
    }
}

/// ISO 8601: `2026-04-12T09:41:00+00:00`; without offset when the zone is unknown; only the
/// time (`T09:41:00`) when the date is unknown. Written digit by digit: three `format!`s a
/// milestone were a twentieth of a seed-sized document's check.
fn iso(m: &Milestone) -> String {
    let mut out = String::with_capacity(25);
    if m.dated {
        let date = m.local.date();
        // As `{:04}` writes it: the sign counts towards the width.
        let year = date.year();
        if year < 0 {
            out.push('-');
        }
        push_digits(&mut out, year.unsigned_abs(), if year < 0 { 3 } else { 4 });
        out.push('-');
        push_digits(&mut out, date.month(), 2);
        out.push('-');
        push_digits(&mut out, date.day(), 2);
    }
    let time = m.local.time();
    for (separator, part) in [
        ('T', time.hour()),
        (':', time.minute()),
        (':', time.second()),
    ] {
        out.push(separator);
        push_digits(&mut out, part, 2);
    }
    if let Some(offset) = m.zone.map(|z| z.offset_minutes(m.local)) {
        out.push(if offset < 0 { '-' } else { '+' });
        push_digits(&mut out, offset.unsigned_abs() / 60, 2);
        out.push(':');
        push_digits(&mut out, offset.unsigned_abs() % 60, 2);
    }
    out
}

/// `n` in decimal, with zeros before it to make at least `width` digits (`{:0width$}`).
fn push_digits(out: &mut String, mut n: u32, width: usize) {
    let mut digits = [b'0'; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let start = at.min(digits.len().saturating_sub(width));
    out.extend(digits[start..].iter().map(|&d| char::from(d)));
}

fn definitions(ttm_from: TtmFrom) -> Notes<&'static str> {
    Notes(vec![
        ("ttd_minutes", "time to detect: detection - impact start"),
        (
            "tta_minutes",
            "time to acknowledge: acknowledgement - detection",
        ),
        (
            "ttm_minutes",
            match ttm_from {
                TtmFrom::Start => "time to mitigate: mitigation - impact start",
                TtmFrom::Detection => {
                    "time to mitigate: mitigation - detection (this template's definition)"
                }
            },
        ),
        ("ttr_minutes", "time to resolve: resolution - impact start"),
        (
            "duration_minutes",
            "duration: resolution (or the stated end) - impact start",
        ),
    ])
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::timeline::zone::Zone;

    fn milestone(year: i32, hms: (u32, u32, u32), zone: Option<Zone>, dated: bool) -> Milestone {
        let day = NaiveDate::from_ymd_opt(year, 4, 2).unwrap();
        Milestone {
            kind: MilestoneKind::Start,
            local: day.and_hms_opt(hms.0, hms.1, hms.2).unwrap(),
            zone,
            dated,
            source: MilestoneSource::Timeline,
            span: 0..0,
        }
    }

    #[test]
    fn iso_writes_date_time_and_offset_as_format_would() {
        let utc = Some(Zone::Fixed(0));
        assert_eq!(
            iso(&milestone(2026, (9, 41, 0), utc, true)),
            "2026-04-02T09:41:00+00:00"
        );
        assert_eq!(
            iso(&milestone(2026, (23, 5, 7), Some(Zone::Fixed(330)), true)),
            "2026-04-02T23:05:07+05:30"
        );
        assert_eq!(
            iso(&milestone(2026, (0, 0, 0), Some(Zone::Fixed(-570)), true)),
            "2026-04-02T00:00:00-09:30"
        );
        assert_eq!(iso(&milestone(2026, (14, 3, 0), None, false)), "T14:03:00");
        assert_eq!(
            iso(&milestone(987, (1, 2, 3), None, true)),
            "0987-04-02T01:02:03"
        );
        assert_eq!(
            iso(&milestone(12345, (1, 2, 3), None, true)),
            "12345-04-02T01:02:03"
        );
        assert_eq!(
            iso(&milestone(-44, (1, 2, 3), None, true)),
            "-044-04-02T01:02:03"
        );
    }

    #[test]
    fn push_digits_pads_to_the_width_and_never_cuts() {
        for (n, width, written) in [(0, 2, "00"), (7, 2, "07"), (42, 2, "42"), (123, 2, "123")] {
            let mut out = String::new();
            push_digits(&mut out, n, width);
            assert_eq!(out, written);
        }
        let mut out = String::new();
        push_digits(&mut out, u32::MAX, 4);
        assert_eq!(out, u32::MAX.to_string());
    }
}

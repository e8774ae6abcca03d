//! Timed entries from every form a timeline takes: tables with a Time column (zone from the
//! header, `Time (ET)`), lines in timeline sections (code blocks, lists, paragraphs opening
//! with a time), and lines opening with a time in response and resolution sections
//! (`10:35 AM: Killed blocking analytics query`).
//!
//! Dates come from the row, else from the document's date fields; zones from the row, the
//! column header, or a sentence such as `All times in PST`. A time that runs backwards by more
//! than twelve hours moves to the next day (midnight); a smaller step back is a row out of
//! order.

use std::ops::Range;

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::clock::{Stamp, find_date, find_stamps, leading_stamp};
use super::zone::Zone;
use crate::document::Document;

/// One timed entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// Local date and time as written (the date from the row or the document).
    pub local: NaiveDateTime,
    /// Whether the date was known (written in the row or the document) rather than assumed.
    pub dated: bool,
    pub zone: Option<Zone>,
    /// The event text, without the time.
    pub text: String,
    /// Bytes of the time as written.
    pub stamp: Range<usize>,
    /// Bytes of the whole row or line.
    pub line: Range<usize>,
    /// Which run of entries (one table, one section's lines) it belongs to.
    pub group: usize,
}

impl TimelineEntry {
    /// The instant in UTC when the zone is known; the local time otherwise.
    pub fn instant(&self) -> NaiveDateTime {
        super::zone::to_utc(self.local, self.zone)
    }
}

/// A step back in time between two consecutive entries of one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfOrder {
    pub earlier_line: Range<usize>,
    pub later_line: Range<usize>,
}

/// Everything read from the document's timelines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub entries: Vec<TimelineEntry>,
    pub out_of_order: Vec<OutOfOrder>,
    /// The incident date from the document's fields, if any.
    pub incident_date: Option<NaiveDate>,
    /// The zone the document states for its times, if any.
    pub zone: Option<Zone>,
}

/// An entry before it has its date: the stamp as written, the header's zone, the event text,
/// the row or line, and its run.
struct RawEntry {
    stamp: Stamp,
    header_zone: Option<Zone>,
    text: String,
    line: Range<usize>,
    group: usize,
}

/// Fields whose value is the incident's date.
pub const DATE_FIELDS: &[&str] = &["Date of Incident", "Incident Date", "Date"];

/// A date assumed when the document states none, so that times can still be compared.
pub(crate) fn nominal_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default()
}

pub fn extract(document: &Document, text: &str, lines: &crate::LineIndex) -> Timeline {
    let incident_date = incident_date(document);
    let zone = document_zone(document, lines);
    let mut raw: Vec<RawEntry> = Vec::new();
    let mut group = 0;
    for table in &document.tables {
        let Some(column) = table.header_keys.position(is_time_key) else {
            continue;
        };
        let header_zone = table
            .header()
            .get(column)
            .and_then(|cell| zone_in_parentheses(&cell.text));
        group += 1;
        for row in table.rows() {
            let Some(cell) = row.get(column) else {
                continue;
            };
            let cell_text = text.get(cell.span.clone()).unwrap_or("");
            let Some(mut stamp) = leading_stamp(cell_text) else {
                continue;
            };
            stamp.start += cell.span.start;
            stamp.end += cell.span.start;
            // The other cells that hold something, joined by dashes.
            let mut event = String::new();
            for cell in row
                .iter()
                .enumerate()
                .filter(|(i, c)| *i != column && !c.text.is_empty())
                .map(|(_, c)| &c.text)
            {
                if !event.is_empty() {
                    event.push_str(" — ");
                }
                event.push_str(cell);
            }
            let line = row.first().map_or(cell.span.clone(), |first| {
                first.span.start..row.last().map_or(cell.span.end, |l| l.span.end)
            });
            raw.push(RawEntry {
                stamp,
                header_zone,
                text: event,
                line,
                group,
            });
        }
    }
    // Lines that open with a time, anywhere outside tables and front matter. Code blocks count
    // only inside a timeline section (elsewhere they are log excerpts or examples).
    let timeline_sections = crate::regions::Regions::new(
        document
            .headings
            .iter()
            .filter(|h| crate::search::contains(document.key_of(h), "timeline"))
            .map(|h| h.body.clone()),
    );
    let in_timeline_section = |offset: usize| timeline_sections.contains(offset);
    // Walked with a look at the next line, which an event may be written on.
    let mut all_lines = lines.line_contents().peekable();
    while let Some((line_start, line)) = all_lines.next() {
        // Most lines are passed over on their first bytes, before the look-ups below.
        if !super::clock::may_open_with_stamp(line) {
            continue;
        }
        if document.in_table(line_start)
            || document
                .front_matter
                .as_ref()
                .is_some_and(|f| f.span.contains(&line_start))
            || (document.in_code(line_start) && !in_timeline_section(line_start))
        {
            continue;
        }
        let Some(mut stamp) = leading_stamp(line) else {
            continue;
        };
        stamp.start += line_start;
        stamp.end += line_start;
        let mut event = event_text(text.get(stamp.end..line_start + line.len()).unwrap_or(""));
        // `09:15 UTC:` with the event on the next line.
        if event.is_empty()
            && let Some(&(_, next)) = all_lines.peek()
            && leading_stamp(next).is_none()
        {
            event = event_text(next);
        }
        let group = 1_000_000
            + document
                .headings
                .partition_point(|h| h.span.start <= line_start);
        raw.push(RawEntry {
            stamp,
            header_zone: None,
            text: event,
            line: line_start..line_start + line.len(),
            group,
        });
    }
    crate::order::sort_by_key(&mut raw, |r| (r.group, r.line.start));
    raw.dedup_by_key(|r| r.line.start);
    place_in_time(raw, incident_date, zone)
}

/// Gives each entry its date (with midnight rollover) and zone, and notes steps back in time.
fn place_in_time(
    raw: Vec<RawEntry>,
    incident_date: Option<NaiveDate>,
    zone: Option<Zone>,
) -> Timeline {
    let mut entries: Vec<TimelineEntry> = Vec::with_capacity(raw.len());
    let mut out_of_order = Vec::new();
    let mut current: Option<(usize, NaiveDateTime)> = None;
    for RawEntry {
        stamp,
        header_zone,
        text,
        line,
        group,
    } in raw
    {
        let previous = current.filter(|(g, _)| *g == group).map(|(_, at)| at);
        let date = stamp
            .date
            .or(previous.map(|p| p.date()))
            .or(incident_date)
            .unwrap_or_else(nominal_date);
        let mut local = date.and_time(stamp.time);
        if let Some(prev) = previous
            && stamp.date.is_none()
            && local < prev
        {
            if prev - local > Duration::hours(12) {
                local += Duration::days(1);
            } else if let Some(last) = entries.last() {
                out_of_order.push(OutOfOrder {
                    earlier_line: last.line.clone(),
                    later_line: line.clone(),
                });
            }
        }
        let dated = stamp.date.is_some()
            || incident_date.is_some()
            || entries
                .last()
                .is_some_and(|e: &TimelineEntry| e.dated && e.group == group);
        current = Some((group, local.max(previous.unwrap_or(local))));
        entries.push(TimelineEntry {
            local,
            dated,
            zone: stamp.zone.or(header_zone).or(zone),
            text,
            stamp: stamp.span(),
            line,
            group,
        });
    }
    Timeline {
        entries,
        out_of_order,
        incident_date,
        zone,
    }
}

/// The event after a time: `- Deployment completes`, `: Killed query`, `**` and pipes dropped.
fn event_text(rest: &str) -> String {
    rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '*' | '|' | '`' | ']')
    })
    .trim()
    .to_string()
}

/// The key of `Time`, `Time (UTC)`, `Time (ET)`, `Timestamp`, `When`.
fn is_time_key(key: &str) -> bool {
    key == "time" || key == "timestamp" || key == "when" || key.starts_with("time ")
}

fn zone_in_parentheses(text: &str) -> Option<Zone> {
    let open = text.find('(')?;
    let close = text[open..].find(')')? + open;
    text[open + 1..close]
        .split_whitespace()
        .find_map(Zone::from_name)
}

/// The incident date: the first date field with a real date, else front matter `date`.
fn incident_date(document: &Document) -> Option<NaiveDate> {
    DATE_FIELDS
        .iter()
        .filter_map(|key| document.field(&[key]))
        .find_map(|field| find_date(field.value))
        .or_else(|| {
            document
                .front_matter
                .as_ref()
                .and_then(|f| f.get("date"))
                .and_then(find_date)
        })
}

/// `All times in PST`, `Timeline (all times UTC)`, `All times are ET`.
fn document_zone(document: &Document, lines: &crate::LineIndex) -> Option<Zone> {
    let from_heading = document.headings.iter().find_map(|h| {
        crate::search::contains_ignoring_ascii_case(&h.text, "times")
            .then(|| zone_after_times(&h.text))
            .flatten()
    });
    from_heading.or_else(|| {
        lines
            .lines_containing(&["imes"])
            .into_iter()
            .filter(|(_, line)| crate::search::contains_ignoring_ascii_case(line, "all times"))
            .find_map(|(_, line)| zone_after_times(line))
    })
}

fn zone_after_times(line: &str) -> Option<Zone> {
    let lower = line.to_ascii_lowercase();
    let at = lower.find("times")? + "times".len();
    line[at..]
        .split(|c: char| c.is_whitespace() || matches!(c, '*' | ')' | '(' | ':' | '.' | ','))
        .filter(|w| !w.is_empty())
        .take(4)
        .find_map(|w| {
            if w.chars().any(|c| c.is_ascii_uppercase()) {
                Zone::from_name(w)
            } else {
                None
            }
        })
}

/// The stamps of a value such as `1 hour 4 minutes (13:26 - 14:30 PDT)`: a start and an end
/// sharing the zone written after the second.
pub fn range_in(value: &str) -> Option<(Stamp, Stamp)> {
    let stamps = find_stamps(value);
    let [first, second] = stamps.get(..2)? else {
        return None;
    };
    let (mut first, second) = (*first, *second);
    first.zone = first.zone.or(second.zone);
    Some((first, second))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(text: &str) -> Timeline {
        extract(&Document::parse(text), text, &crate::LineIndex::new(text))
    }

    fn times(t: &Timeline) -> Vec<String> {
        t.entries
            .iter()
            .map(|e| e.local.format("%m-%d %H:%M").to_string())
            .collect()
    }

    #[test]
    fn a_table_with_a_time_column_takes_its_zone_from_the_header() {
        let t = timeline(
            "**Date**: 2026-03-18\n\n| Time (ET) | Event |\n|---|---|\n| 09:12 AM | Feed stops |\n| 09:53 AM | Trader pages on-call |\n",
        );
        assert_eq!(times(&t), ["03-18 09:12", "03-18 09:53"]);
        assert_eq!(t.entries[0].zone, Zone::from_name("ET"));
        assert_eq!(t.entries[0].text, "Feed stops");
        // 09:12 EDT is 13:12 UTC (DST began on 8 March 2026).
        assert_eq!(t.entries[0].instant().format("%H:%M").to_string(), "13:12");
    }

    #[test]
    fn code_block_and_list_timelines_are_read_with_their_dates_and_zones() {
        let text = "## Timeline (Detailed)\n\n```\n2026-07-14 15:50:00 UTC - Venue enters auction\n2026-07-14 16:13:00 UTC - Resolved\n```\n\n\
                    ## Log Excerpts\n```\n16:00:01 ERROR not a timeline entry\n```\n";
        let t = timeline(text);
        assert_eq!(times(&t), ["07-14 15:50", "07-14 16:13"]);
        assert_eq!(t.entries[1].text, "Resolved");
        let list = timeline(
            "**Date:** May 7, 2026\n\n## Timeline\n**All times in PDT**\n- 13:26 - errors begin\n- **13:29** alert\n",
        );
        assert_eq!(times(&list), ["05-07 13:26", "05-07 13:29"]);
        assert_eq!(list.zone, Zone::from_name("PT"));
    }

    #[test]
    fn times_running_back_across_midnight_move_to_the_next_day() {
        let t = timeline(
            "**Date**: 2026-04-30\n\n## Timeline\n- 23:40 impact begins\n- 23:55 alert\n- 00:20 resolved\n",
        );
        assert_eq!(times(&t), ["04-30 23:40", "04-30 23:55", "05-01 00:20"]);
        assert!(t.out_of_order.is_empty());
    }

    #[test]
    fn a_small_step_back_is_a_row_out_of_order() {
        let t = timeline("## Timeline\n- 10:00 impact begins\n- 10:20 resolved\n- 10:05 alert\n");
        assert_eq!(t.out_of_order.len(), 1);
        assert!(!t.entries[0].dated);
    }

    #[test]
    fn response_and_resolution_sections_give_entries_from_lines_that_open_with_a_time() {
        let text = "### 4.1 How Was the Incident Resolved?\n1. 10:35 AM: Killed blocking analytics query\n2. Restarted later\n";
        let t = timeline(text);
        assert_eq!(t.entries.len(), 1);
        assert_eq!(t.entries[0].text, "Killed blocking analytics query");
    }

    #[test]
    fn the_document_zone_comes_from_a_heading_or_a_sentence() {
        assert_eq!(
            timeline("## Timeline (all times UTC)\n").zone,
            Some(Zone::UTC)
        );
        assert_eq!(timeline("All times in PST.\n").zone, Zone::from_name("PT"));
    }

    #[test]
    fn ranges_share_the_zone_of_their_end() {
        let (start, end) = range_in("1 hour 4 minutes (13:26 - 14:30 PDT)").unwrap();
        assert_eq!(start.zone, end.zone);
    }
}

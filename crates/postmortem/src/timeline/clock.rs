//! Reading times and dates as authors write them: `14:23`, `14:23:05`, `10:15 AM`, `2:05pm`,
//! `2026-01-29 14:23:05 UTC`, `2026-01-29T14:23:05+02:00`, and dates such as `2026-04-14`,
//! `May 7, 2026` or `7 May 2026`.

use std::ops::Range;

use chrono::{NaiveDate, NaiveTime};

use super::zone::Zone;

/// A time found in text, with whatever date and zone were written beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub date: Option<NaiveDate>,
    pub time: NaiveTime,
    pub zone: Option<Zone>,
    /// Bytes of the whole stamp in the text it was read from.
    pub start: usize,
    pub end: usize,
}

impl Stamp {
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Every stamp in `text`, in order.
pub fn find_stamps(text: &str) -> Vec<Stamp> {
    let bytes = text.as_bytes();
    let mut stamps = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if boundary
            && bytes[i].is_ascii_digit()
            && let Some(stamp) = stamp_at(text, i)
        {
            i = stamp.end;
            stamps.push(stamp);
            continue;
        }
        i += 1;
    }
    stamps
}

/// Whether `line` can open with a stamp, a quick test before [`leading_stamp`]: every stamp
/// starts with a digit, and so does an ordered-list marker before one, so a line whose first
/// byte past the spaces and marks that [`leading_stamp`] skips is another ASCII byte cannot.
/// (A byte past ASCII may be white space, which [`leading_stamp`] skips too: not judged here.)
pub fn may_open_with_stamp(line: &str) -> bool {
    line.bytes()
        .find(|b| {
            !(b.is_ascii_whitespace()
                || matches!(b, 0x0B | b'-' | b'*' | b'+' | b'>' | b'|' | b'`' | b'['))
        })
        .is_some_and(|b| b.is_ascii_digit() || !b.is_ascii())
}

/// The stamp that opens `text` (after list markers, bold and spaces), if it opens with one.
pub fn leading_stamp(text: &str) -> Option<Stamp> {
    let skip = text.len()
        - text
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '-' | '*' | '+' | '>' | '|' | '`' | '[')
            })
            .len();
    let skip = skip + ordered_marker(&text[skip..]);
    let rest = &text[skip..];
    let skip = skip + (rest.len() - rest.trim_start_matches(['*', '`', '[']).len());
    stamp_at(text, skip)
}

fn ordered_marker(text: &str) -> usize {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && digits <= 2
        && text[digits..].starts_with(". ")
        && !text[digits..].starts_with(". :")
    {
        digits + 2
    } else {
        0
    }
}

/// A stamp starting exactly at byte `at`.
fn stamp_at(text: &str, at: usize) -> Option<Stamp> {
    let mut cursor = Cursor { text, pos: at };
    let date = cursor.iso_date();
    if date.is_some() && !(cursor.eat("T") || cursor.eat(" ")) {
        return None;
    }
    let time_start = cursor.pos;
    let hour = cursor.number(1, 2)?;
    cursor.expect(":")?;
    let minute = cursor.number(2, 2)?;
    let second = if cursor.peek(":") {
        let save = cursor.pos;
        cursor.eat(":");
        match cursor.number(2, 2) {
            Some(s) => s,
            None => {
                cursor.pos = save;
                0
            }
        }
    } else {
        0
    };
    if cursor.peek(".")
        && cursor
            .rest()
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_digit)
    {
        cursor.eat(".");
        while cursor
            .rest()
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
        {
            cursor.pos += 1;
        }
    }
    // A digit straight after (`14:235`) is not a time.
    if cursor
        .rest()
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_digit)
        || time_start == cursor.pos
    {
        return None;
    }
    let mut hour = hour;
    if let Some(pm) = cursor.meridiem() {
        if hour == 0 || hour > 12 {
            return None;
        }
        hour = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
    }
    let time = NaiveTime::from_hms_opt(hour, minute, second)?;
    let zone = cursor.zone();
    Some(Stamp {
        date,
        time,
        zone,
        start: at,
        end: cursor.pos,
    })
}

struct Cursor<'t> {
    text: &'t str,
    pos: usize,
}

impl Cursor<'_> {
    fn rest(&self) -> &str {
        self.text.get(self.pos..).unwrap_or("")
    }

    fn peek(&self, s: &str) -> bool {
        self.rest().starts_with(s)
    }

    fn eat(&mut self, s: &str) -> bool {
        let found = self.peek(s);
        if found {
            self.pos += s.len();
        }
        found
    }

    fn expect(&mut self, s: &str) -> Option<()> {
        self.eat(s).then_some(())
    }

    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let digits = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if digits < min || digits > max {
            return None;
        }
        let value = self.rest()[..digits].parse().ok()?;
        self.pos += digits;
        Some(value)
    }

    fn iso_date(&mut self) -> Option<NaiveDate> {
        let rest = self.rest();
        let candidate = rest.get(..10)?;
        let date = iso_date(candidate)?;
        if !candidate.as_bytes()[4].eq(&b'-') {
            return None;
        }
        self.pos += 10;
        Some(date)
    }

    /// ` AM`, `pm`, ` a.m.` → Some(is_pm).
    fn meridiem(&mut self) -> Option<bool> {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches(' ');
        let gap = rest.len() - trimmed.len();
        if gap > 1 {
            return None;
        }
        let lower: String = trimmed
            .chars()
            .take(4)
            .collect::<String>()
            .to_ascii_lowercase();
        let (pm, len) = if lower.starts_with("a.m.") {
            (false, 4)
        } else if lower.starts_with("p.m.") {
            (true, 4)
        } else if lower.starts_with("am") {
            (false, 2)
        } else if lower.starts_with("pm") {
            (true, 2)
        } else {
            return None;
        };
        if trimmed[len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        self.pos += gap + len;
        Some(pm)
    }

    /// `Z`, `+02:00`, ` UTC`, ` (ET)`, ` PST` right after the time.
    fn zone(&mut self) -> Option<Zone> {
        let rest = self.rest();
        if rest.starts_with('Z') && !rest[1..].starts_with(|c: char| c.is_alphanumeric()) {
            self.pos += 1;
            return Some(Zone::UTC);
        }
        if rest.starts_with(['+', '-']) {
            let len = rest[1..]
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b':')
                .count()
                + 1;
            if len >= 3
                && let Some(zone) = Zone::from_name(&rest[..len])
            {
                self.pos += len;
                return Some(zone);
            }
            return None;
        }
        let trimmed = rest.trim_start_matches(' ');
        let gap = rest.len() - trimmed.len();
        if gap != 1 {
            return None;
        }
        let word_len = trimmed
            .find(|c: char| {
                !(c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | '+' | '-' | ':'))
            })
            .unwrap_or(trimmed.len());
        let word = trimmed[..word_len].trim_end_matches([':', '-']);
        let zone = Zone::from_name(word)?;
        // `UTC` yes; a bare offset word like `-` or a number no.
        if word.chars().any(|c| c.is_ascii_alphabetic()) {
            self.pos += gap + word.len();
            Some(zone)
        } else {
            None
        }
    }
}

/// `2026-04-14` exactly (ten characters), as a date.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = text[..4].parse().ok()?;
    let month = text[5..7].parse().ok()?;
    let day = text[8..10].parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// `January`, `Jan`, `jan` → 1.
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = word.to_ascii_lowercase();
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let index = MONTHS.iter().position(|m| {
        lower == *m || (lower.len() > 3 && full.iter().any(|f| *f == lower && f.starts_with(m)))
    })?;
    Some(index as u32 + 1)
}

/// A calendar date written alone: `2026-04-14`, `May 7, 2026`, `7 May 2026`, `April 12 2026`.
pub fn find_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if boundary
            && bytes[i].is_ascii_digit()
            && let Some(candidate) = text.get(i..i + 10)
            && candidate.as_bytes()[4] == b'-'
            && let Some(date) = iso_date(candidate)
        {
            return Some(date);
        }
    }
    let cleaned: String = text.replace([',', '.'], " ");
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    for window in words.windows(3) {
        let number = |w: &str| w.parse::<u32>().ok();
        // `May 7 2026` or `7 May 2026`.
        let (month, day) = match (month_number(window[0]), month_number(window[1])) {
            (Some(month), _) => (month, number(window[1])),
            (None, Some(month)) => (month, number(window[0])),
            _ => continue,
        };
        let year = window[2]
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2200).contains(y));
        if let (Some(day), Some(year)) = (day, year)
            && let Some(date) = NaiveDate::from_ymd_opt(year, month, day)
        {
            return Some(date);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(h: u32, m: u32, s: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, s).unwrap()
    }

    fn one(text: &str) -> Stamp {
        let stamps = find_stamps(text);
        assert_eq!(stamps.len(), 1, "{text}: {stamps:?}");
        stamps[0]
    }

    proptest::proptest! {
        /// The quick test never turns away a line that opens with a stamp.
        #[test]
        fn a_line_opening_with_a_stamp_passes_the_quick_test(
            line in r"[ \t\x{b}\x{a0}\x{2003}*+>|`\[-]{0,4}(1[0-2]?\. )?[*`\[]{0,2}(2026-03-1[0-9][T ])?[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?( ?[AaPp][Mm])?( UTC)?[ a-z:|]{0,8}"
        ) {
            if leading_stamp(&line).is_some() {
                proptest::prop_assert!(may_open_with_stamp(&line), "{:?}", line);
            }
        }
    }

    #[test]
    fn the_quick_test_turns_away_lines_of_prose_and_keeps_possible_stamps() {
        assert!(!may_open_with_stamp("The cache was flushed at 09:30."));
        assert!(!may_open_with_stamp("- **Owner**: Priya"));
        assert!(!may_open_with_stamp(""));
        assert!(may_open_with_stamp("- **09:30** flush starts"));
        assert!(may_open_with_stamp("| 09:30 | flush |"));
        assert!(may_open_with_stamp("3. 09:30 flush"));
        // Past ASCII it does not judge: U+00A0 is white space to `leading_stamp`.
        assert!(may_open_with_stamp("\u{a0}09:30 flush"));
        assert!(leading_stamp("\u{a0}09:30 flush").is_some());
    }

    #[test]
    fn twenty_four_hour_clock_with_and_without_seconds() {
        assert_eq!(one("| 14:23 | x |").time, hm(14, 23, 0));
        assert_eq!(one("14:23:05 - x").time, hm(14, 23, 5));
        assert_eq!(one("at 9:05").time, hm(9, 5, 0));
    }

    #[test]
    fn twelve_hour_clock_in_every_spelling() {
        assert_eq!(one("10:15 AM: first alert").time, hm(10, 15, 0));
        assert_eq!(one("2:05pm - x").time, hm(14, 5, 0));
        assert_eq!(one("12:10 a.m.").time, hm(0, 10, 0));
        assert_eq!(one("12:30 PM").time, hm(12, 30, 0));
        assert!(find_stamps("13:10 PM").is_empty());
    }

    #[test]
    fn dates_and_zones_written_with_the_time() {
        let s = one("2026-01-29 14:23:05 UTC - Database pool exhausted");
        assert_eq!(s.date, NaiveDate::from_ymd_opt(2026, 1, 29));
        assert_eq!(s.time, hm(14, 23, 5));
        assert_eq!(s.zone, Some(Zone::UTC));
        let iso = one("\"incident_start\": \"2024-01-15T14:30:00Z\"");
        assert_eq!((iso.time, iso.zone), (hm(14, 30, 0), Some(Zone::UTC)));
        let offset = one("2026-03-18T09:12:00-04:00");
        assert_eq!(offset.zone, Some(Zone::Fixed(-240)));
        assert_eq!(one("14:15:32 PST: alert").zone, Zone::from_name("PT"));
        assert_eq!(one("13:26 (ET)").zone, Zone::from_name("ET"));
    }

    #[test]
    fn ranges_give_two_stamps_and_the_zone_after_the_second() {
        let stamps = find_stamps("1 hour 4 minutes (13:26 - 14:30 PDT)");
        assert_eq!(stamps.len(), 2);
        assert_eq!(stamps[1].zone, Zone::from_name("PDT"));
        assert_eq!(find_stamps("47 minutes (14:23-15:10 UTC)").len(), 2);
    }

    #[test]
    fn things_that_are_not_times() {
        for text in [
            "HH:MM",
            "ratio 3:1",
            "v1:22",
            "12:345",
            "25:00",
            "99.9%",
            "Key: value",
        ] {
            assert!(find_stamps(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_leading_stamp_opens_the_line() {
        assert_eq!(
            leading_stamp("- **14:23** - errors").map(|s| s.time),
            Some(hm(14, 23, 0))
        );
        assert_eq!(
            leading_stamp("1. 10:35 AM: killed query").map(|s| s.time),
            Some(hm(10, 35, 0))
        );
        assert!(leading_stamp("Deploy at 14:23").is_none());
    }

    #[test]
    fn dates_in_the_forms_documents_use() {
        let d = NaiveDate::from_ymd_opt(2026, 5, 7);
        assert_eq!(find_date("2026-05-07"), d);
        assert_eq!(find_date("May 7, 2026"), d);
        assert_eq!(find_date("7 May 2026"), d);
        assert_eq!(find_date("[YYYY-MM-DD]"), None);
    }
}

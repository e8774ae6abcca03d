//! Time zones as postmortems name them, with the offset in force on a given date.
//!
//! US zones (ET, CT, MT, PT and their S/D spellings) follow US daylight-saving rules: from the
//! second Sunday of March, 02:00 local, to the first Sunday of November, 02:00 local. Central
//! European (CET/CEST) and UK (BST) zones follow EU rules: from the last Sunday of March to the
//! last Sunday of October, 01:00 UTC. Authors write `PST` in July and mean Pacific time, so the
//! S/D spelling does not pin the offset; the date does.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// A zone a document names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// A fixed offset from UTC in minutes (UTC itself is 0; `+05:30` is 330).
    Fixed(i32),
    /// US zone with standard offset in minutes (Eastern -300, Central -360, Mountain -420, Pacific -480).
    UnitedStates(i32),
    /// Central European Time (+60, +120 in summer).
    CentralEurope,
    /// United Kingdom (+0, +60 in summer).
    UnitedKingdom,
}

impl Zone {
    pub const UTC: Zone = Zone::Fixed(0);

    /// The zone a name stands for (`UTC`, `PST`, `ET`, `CEST`, `+05:30`), ignoring case.
    pub fn from_name(name: &str) -> Option<Zone> {
        let upper = name
            .trim()
            .trim_matches(|c| c == '(' || c == ')')
            .to_ascii_uppercase();
        let zone = match upper.as_str() {
            "UTC" | "GMT" | "Z" | "ZULU" => Zone::UTC,
            "ET" | "EST" | "EDT" | "EASTERN" => Zone::UnitedStates(-300),
            "CT" | "CST" | "CDT" | "CENTRAL" => Zone::UnitedStates(-360),
            "MT" | "MST" | "MDT" | "MOUNTAIN" => Zone::UnitedStates(-420),
            "PT" | "PST" | "PDT" | "PACIFIC" => Zone::UnitedStates(-480),
            "CET" | "CEST" => Zone::CentralEurope,
            "BST" => Zone::UnitedKingdom,
            "IST" => Zone::Fixed(330),
            "JST" => Zone::Fixed(540),
            "SGT" => Zone::Fixed(480),
            _ => return parse_offset(&upper).map(Zone::Fixed),
        };
        Some(zone)
    }

    /// Offset from UTC in minutes for a local date and time in this zone.
    pub fn offset_minutes(self, local: NaiveDateTime) -> i32 {
        match self {
            Zone::Fixed(minutes) => minutes,
            Zone::UnitedStates(standard) => {
                let year = local.year();
                let two = NaiveTime::from_hms_opt(2, 0, 0).unwrap_or_default();
                let begins = nth_weekday(year, 3, 2).and_time(two);
                let ends = nth_weekday(year, 11, 1).and_time(two);
                if local >= begins && local < ends {
                    standard + 60
                } else {
                    standard
                }
            }
            Zone::CentralEurope => 60 + eu_summer(local - Duration::minutes(60)),
            Zone::UnitedKingdom => eu_summer(local),
        }
    }
}

/// A local time in `zone` as UTC; an unknown zone leaves it as written (so that times in one
/// unstated zone still compare).
pub fn to_utc(local: NaiveDateTime, zone: Option<Zone>) -> NaiveDateTime {
    match zone {
        Some(zone) => local - Duration::minutes(zone.offset_minutes(local).into()),
        None => local,
    }
}

/// 60 when EU summer time is in force at (approximately) this UTC instant, else 0.
fn eu_summer(utc: NaiveDateTime) -> i32 {
    let year = utc.year();
    let one = NaiveTime::from_hms_opt(1, 0, 0).unwrap_or_default();
    let begins = last_sunday(year, 3).and_time(one);
    let ends = last_sunday(year, 10).and_time(one);
    if utc >= begins && utc < ends { 60 } else { 0 }
}

/// `+05:30`, `-0800`, `+02`, `UTC+2`, `GMT-5` in minutes.
fn parse_offset(text: &str) -> Option<i32> {
    // `trim_start_matches` with a `&str` builds a substring searcher, many times the cost
    // of the rest for the word after nearly every timeline time, which is no offset.
    let mut text = text;
    while let Some(rest) = text.strip_prefix("UTC") {
        text = rest;
    }
    while let Some(rest) = text.strip_prefix("GMT") {
        text = rest;
    }
    let sign = match text.chars().next()? {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let digits: String = text[1..].chars().filter(|c| c.is_ascii_digit()).collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 | 4 => {
            let split = digits.len() - 2;
            (digits[..split].parse().ok()?, digits[split..].parse().ok()?)
        }
        _ => return None,
    };
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 60 + minutes))
}

/// The `n`th (1-based) Sunday of a month.
fn nth_weekday(year: i32, month: u32, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n).unwrap_or_default()
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .unwrap_or_default();
    let last = first_next - Duration::days(1);
    let back = last.weekday().num_days_from_sunday();
    last - Duration::days(back.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn names_and_offsets_are_understood() {
        assert_eq!(Zone::from_name("utc"), Some(Zone::UTC));
        assert_eq!(Zone::from_name("(GMT)"), Some(Zone::UTC));
        assert_eq!(Zone::from_name("IST"), Some(Zone::Fixed(330)));
        assert_eq!(Zone::from_name("+05:30"), Some(Zone::Fixed(330)));
        assert_eq!(Zone::from_name("-0800"), Some(Zone::Fixed(-480)));
        assert_eq!(Zone::from_name("UTC+2"), Some(Zone::Fixed(120)));
        assert_eq!(Zone::from_name("gmt-08:00"), Some(Zone::Fixed(-480)));
        assert_eq!(Zone::from_name("Tuesday"), None);
    }

    #[test]
    fn us_zones_follow_daylight_saving_whatever_the_spelling() {
        let pst = Zone::from_name("PST").unwrap();
        assert_eq!(pst.offset_minutes(at("2026-01-15", "12:00")), -480);
        assert_eq!(pst.offset_minutes(at("2026-07-15", "12:00")), -420);
        let et = Zone::from_name("ET").unwrap();
        // 2026: DST from Sunday 8 March 02:00 to Sunday 1 November 02:00.
        assert_eq!(et.offset_minutes(at("2026-03-08", "01:59")), -300);
        assert_eq!(et.offset_minutes(at("2026-03-08", "03:00")), -240);
        assert_eq!(et.offset_minutes(at("2026-11-01", "01:30")), -240);
        assert_eq!(et.offset_minutes(at("2026-11-01", "02:30")), -300);
    }

    #[test]
    fn european_zones_follow_eu_summer_time() {
        // 2026: summer time from Sunday 29 March to Sunday 25 October.
        let cet = Zone::from_name("CET").unwrap();
        assert_eq!(cet.offset_minutes(at("2026-03-28", "12:00")), 60);
        assert_eq!(cet.offset_minutes(at("2026-03-29", "12:00")), 120);
        assert_eq!(cet.offset_minutes(at("2026-10-26", "12:00")), 60);
        let bst = Zone::from_name("BST").unwrap();
        assert_eq!(bst.offset_minutes(at("2026-06-01", "09:00")), 60);
        assert_eq!(bst.offset_minutes(at("2026-12-01", "09:00")), 0);
    }
}

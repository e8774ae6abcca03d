//! Recognising clock times in text (`14:02`, `9:05`, `10:15 AM`, `14:23:05`).

/// Whether the line holds a real clock time: one or two digits, a colon, two digits, not part
/// of a longer number (`HH:MM` is not a time; `12:345` is not either).
pub fn has_clock_time(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        if b != b':' || i == 0 {
            return false;
        }
        let before = bytes[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let after = bytes[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let lead_ok = i < before + 1 || !bytes[i - before - 1].is_ascii_alphanumeric();
        (1..=2).contains(&before)
            && after == 2
            && lead_ok
            && hours_and_minutes_valid(&bytes[i - before..i], &bytes[i + 1..i + 3])
    })
}

/// Whether the digits before a colon are hours (under 24) and the two after it minutes
/// (under 60). Read from the bytes: a time per timeline line, no strings built.
fn hours_and_minutes_valid(hours: &[u8], minutes: &[u8]) -> bool {
    let value = |digits: &[u8]| {
        digits
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d.wrapping_sub(b'0')))
    };
    value(hours) < 24 && value(minutes) < 60
}

#[cfg(test)]
mod tests {
    use super::has_clock_time;

    #[test]
    fn clock_times_are_recognised_and_placeholders_are_not() {
        for yes in [
            "| 14:02 | x |",
            "10:15 AM: killed query",
            "2026-01-29 14:23:05 UTC - x",
            "at 9:05",
        ] {
            assert!(has_clock_time(yes), "{yes}");
        }
        for no in [
            "| HH:MM | x |",
            "ratio 3:1",
            "Key: value",
            "12:345",
            "99:00",
            "v1:22",
        ] {
            assert!(!has_clock_time(no), "{no}");
        }
    }
}

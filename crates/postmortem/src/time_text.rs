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
        (1..=2).contains(&before) && after == 2 && lead_ok && hours_and_minutes_valid(line, i)
    })
}

fn hours_and_minutes_valid(line: &str, colon: usize) -> bool {
    let hours: String = line[..colon]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    let hours: u32 = hours
        .chars()
        .rev()
        .collect::<String>()
        .parse()
        .unwrap_or(99);
    let minutes: u32 = line
        .get(colon + 1..colon + 3)
        .and_then(|m| m.parse().ok())
        .unwrap_or(99);
    hours < 24 && minutes < 60
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

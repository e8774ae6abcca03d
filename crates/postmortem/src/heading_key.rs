//! Normalises a heading so that numbering, emoji, punctuation and case do not stop a match.
//!
//! `## 3. Root Cause Analysis`, `### 3.1 Root Cause`, `## 🔥 ROOT CAUSE` and
//! `## Timeline (all times UTC)` become `root cause analysis`, `root cause`, `root cause` and
//! `timeline`.

/// The comparable form of a heading or section title.
pub fn heading_key(text: &str) -> String {
    let without_note = strip_trailing_parenthetical(text.trim());
    let mut words = Vec::new();
    for word in without_note.split(|c: char| c.is_whitespace() || c == '/' || c == '-') {
        let word: String = word
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '&')
            .map(crate::fold::lower_char)
            .collect();
        if word.is_empty() {
            continue;
        }
        // Section numbering such as `3`, `3.1` or `12.` before the first word.
        if words.is_empty() && word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        words.push(word);
    }
    words.join(" ")
}

/// `Timeline (all times UTC)` → `Timeline`; a heading that is only a parenthetical stays.
fn strip_trailing_parenthetical(text: &str) -> &str {
    if let Some(open) = text.rfind('(')
        && text.ends_with(')')
        && open > 0
    {
        return text[..open].trim_end();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::heading_key;

    #[test]
    fn headings_in_other_languages_match_whatever_their_case() {
        assert_eq!(heading_key("## ÜBERBLICK"), heading_key("Überblick"));
        assert_eq!(heading_key("2. MAẞNAHMEN"), "maẞnahmen");
        assert_eq!(heading_key("ΧΡΟΝΟΛΟΓΙΟ"), "χρονολογιο");
        assert_eq!(heading_key("Хронология (UTC)"), "хронология");
        assert_eq!(heading_key("Łańcuch ZDARZEŃ"), "łańcuch zdarzeń");
    }

    #[test]
    fn numbering_emoji_case_and_notes_are_ignored() {
        assert_eq!(heading_key("3. Root Cause Analysis"), "root cause analysis");
        assert_eq!(heading_key("3.1 Root Cause"), "root cause");
        assert_eq!(heading_key("🔥 ROOT CAUSE"), "root cause");
        assert_eq!(heading_key("Timeline (all times UTC)"), "timeline");
        assert_eq!(heading_key("Timeline (Detailed)"), "timeline");
        assert_eq!(heading_key("Trigger & Detection"), "trigger & detection");
        assert_eq!(heading_key("Follow-Up"), "follow up");
        assert_eq!(heading_key(""), "");
    }
}

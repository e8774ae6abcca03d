//! Names drawn from the document: its title (for the header and the drafts list) and the
//! file name a download gets.

/// The draft's title: its first `# ` line without a "Postmortem:" prefix. A line scan, not a
/// parse: it runs on every keystroke.
pub fn document_title(text: &str) -> String {
    text.lines()
        .find_map(|line| line.strip_prefix("# "))
        .map(|heading| {
            let t = heading.trim();
            ["Post-Mortem:", "Postmortem:", "Incident Post-Mortem:"]
                .iter()
                .find_map(|p| t.strip_prefix(p))
                .unwrap_or(t)
                .trim()
                .to_string()
        })
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Untitled postmortem".into())
}

/// `INC-2026-0412-search-results-timed-out.md`.
pub fn file_name(text: &str, title: &str) -> String {
    let doc = postmortem::Document::parse(text);
    let id = doc
        .field(&["Incident ID"])
        .map(|f| {
            f.value
                .trim_matches(|c| matches!(c, '`' | '[' | ']'))
                .to_string()
        })
        .filter(|v| !v.is_empty() && !v.contains("YYYY"));
    let slug = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .take(8)
            .collect::<Vec<_>>()
            .join("-")
    };
    let name = match id {
        Some(id) if !title.contains(&id) => format!("{}-{}", id, slug(title)),
        _ => slug(title),
    };
    format!(
        "{}.md",
        if name.is_empty() {
            "postmortem".into()
        } else {
            name
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_is_the_first_top_heading_without_its_prefix() {
        assert_eq!(
            document_title("intro\n# Postmortem: Search timed out\n"),
            "Search timed out"
        );
        assert_eq!(document_title("no heading"), "Untitled postmortem");
    }

    #[test]
    fn the_file_name_carries_the_incident_id_and_a_slug_of_the_title() {
        let text = "# Postmortem: Search timed out\n\n**Incident ID:** INC-2026-0412\n";
        assert_eq!(
            file_name(text, &document_title(text)),
            "INC-2026-0412-search-timed-out.md"
        );
        assert_eq!(file_name("", "!!!"), "postmortem.md");
    }
}

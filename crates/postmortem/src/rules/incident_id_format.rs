use super::{Context, Finding};
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Checks the `Incident ID` field against the profile's format (`INC-YYYY-NNNN`,
    /// `INC-YYYY-MM-DD-###`, `INC-YYYY-MMDD-HHMM`: `YYYY`, `MM`, `DD`, `HH` stand for the date
    /// and time, a run of two or more `N` or any `#` for digits) and the date written in the ID against the
    /// incident date.
    ///
    /// ## Why is this bad?
    /// IDs link the postmortem to tickets, chat channels and dashboards. An ID in the wrong
    /// shape, or dated another day, breaks those links and sends readers to another incident.
    ///
    /// ## Example
    /// ```markdown
    /// **Incident ID**: INC-2026-05-08-014
    /// **Date**: May 7, 2026
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// **Incident ID**: INC-2026-05-07-014
    /// ```
    id: "PM603",
    name: "incident-id-format",
    severity: Severity::Warning,
    summary: "The incident ID is not in the template's format or not dated the incident's day.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let format = &context.profile.profile.incident_id;
    let Some(field) = context
        .document
        .field(&["Incident ID", "Incident Id", "ID"])
    else {
        return Vec::new();
    };
    let id = field
        .value
        .trim()
        .trim_matches(|c| matches!(c, '`' | '[' | ']' | '*'))
        .trim();
    if format.is_empty()
        || id.is_empty()
        || ["YYYY", "NNN", "XXX", "###"].iter().any(|p| id.contains(p))
    {
        return Vec::new();
    }
    let Some(parts) = match_format(format, id) else {
        return vec![RULE.finding(
            field.value_span.clone(),
            format!(
                "incident ID `{id}` does not follow this template's format `{format}`: IDs link the \
                 review to tickets and channels; write it as `{format}`"
            ),
        )];
    };
    let Some(incident) = context.timeline.timeline.incident_date else {
        return Vec::new();
    };
    let written = |key: char| {
        parts
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.parse::<u32>().ok())
    };
    use chrono::Datelike;
    let mismatched = written('Y').is_some_and(|y| y as i32 != incident.year())
        || written('M').is_some_and(|m| m != incident.month())
        || written('D').is_some_and(|d| d != incident.day());
    if !mismatched {
        return Vec::new();
    }
    vec![RULE.finding(
        field.value_span.clone(),
        format!(
            "incident ID `{id}` is dated differently from the incident ({incident}): readers will \
             look up the wrong incident; correct the ID or the date"
        ),
    )]
}

/// Matches `id` against a format; returns the date parts found (`Y`, `M`, `D`, `H`).
fn match_format(format: &str, id: &str) -> Option<Vec<(char, String)>> {
    let (f, s) = (format.as_bytes(), id.as_bytes());
    let (mut i, mut j) = (0, 0);
    let mut parts = Vec::new();
    while i < f.len() {
        let token = |t: &str| format[i..].starts_with(t);
        let (key, width) = if token("YYYY") {
            ('Y', 4)
        } else if token("MMDD") {
            ('m', 4)
        } else if token("HHMM") {
            ('H', 4)
        } else if token("MM") {
            ('M', 2)
        } else if token("DD") {
            ('D', 2)
        } else if token("HH") {
            ('H', 2)
        } else if f[i] == b'#' || format[i..].starts_with("NN") {
            // A run of N or # is one or more digits.
            while i < f.len() && (f[i] == b'N' || f[i] == b'#') {
                i += 1;
            }
            let digits = s[j..].iter().take_while(|b| b.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            j += digits;
            continue;
        } else {
            if !s.get(j)?.eq_ignore_ascii_case(&f[i]) {
                return None;
            }
            i += 1;
            j += 1;
            continue;
        };
        let value = id.get(j..j + width)?;
        if !value.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if key == 'm' {
            parts.push(('M', value[..2].to_string()));
            parts.push(('D', value[2..].to_string()));
        } else {
            parts.push((key, value.to_string()));
        }
        i += width;
        j += width;
    }
    (j == s.len()).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::match_format;

    #[test]
    fn ids_match_their_formats() {
        assert!(match_format("INC-YYYY-NNNN", "INC-2026-0318").is_some());
        assert!(match_format("INC-YYYY-MM-DD-###", "INC-2026-05-07-014").is_some());
        let parts = match_format("INC-YYYY-MMDD-HHMM", "INC-2026-0602-0814").unwrap();
        assert!(parts.contains(&('M', "06".into())) && parts.contains(&('D', "02".into())));
        assert!(match_format("INC-YYYY-NNNN", "2026-0318").is_none());
        assert!(match_format("INC-YYYY-NNN", "INC-26-117").is_none());
    }
}

use super::{Context, Finding};
use crate::placeholders::PlaceholderKind;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports template text the author has not replaced: bracketed prompts such as `[Name]` or
    /// `@[name]`, tokens such as `YYYY-MM-DD`, `HH:MM`, `INC-YYYY-NNNN`, `X hours`, `$X`, `N` or
    /// `_____`, and choice lists nobody chose from (`Draft | Final | Archived`, `⏳ / ✅ / ❌`,
    /// `Good/Fair/Poor`).
    ///
    /// Links, checkboxes, footnotes, real dates and real times are never placeholders. A bracket
    /// in an unchecked option of a checklist where another option is checked is an option not
    /// taken, not a placeholder.
    ///
    /// ## Why is this bad?
    /// A placeholder reads as an answer in a skim and as a gap to anyone who relies on it later.
    /// Durations, severity and action-item checks cannot work from template text.
    ///
    /// ## Example
    /// ```markdown
    /// **Date**: YYYY-MM-DD
    /// **Status**: Draft | Under Review | Final
    /// **Authors**: [Names]
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// **Date**: 2026-04-14
    /// **Status**: Under Review
    /// **Authors**: Priya Raman, Tomasz Wójcik
    /// ```
    id: "PM201",
    name: "placeholder-left",
    severity: Severity::Warning,
    summary: "Template text such as [Name], YYYY-MM-DD or Draft | Final was not replaced.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    context
        .placeholders
        .iter()
        .filter(|p| p.kind != PlaceholderKind::Example)
        .map(|p| {
            let written: String = context
                .text
                .get(p.span.clone())
                .unwrap_or("")
                .chars()
                .take(60)
                .collect();
            let section = context
                .document
                .heading_before(p.span.start)
                .map_or(String::new(), |h| format!(" in \"{}\"", h.text));
            let what = match p.kind {
                PlaceholderKind::UnchosenChoice => format!(
                    "choice `{written}`{section} was never made: readers cannot tell which \
                     applies; keep the one option that does"
                ),
                _ => format!(
                    "placeholder `{written}`{section} is still template text: it reads as an \
                     answer but says nothing; replace it with the real value, or remove the line"
                ),
            };
            RULE.finding(p.span.clone(), what)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn each_placeholder_is_reported_at_its_place_with_its_section() {
        let text =
            "## Impact\n- **Affected Users**: [Number or percentage]\n**Status**: Draft | Final\n";
        let report = check(text, &Config::default());
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM201")
            .collect();
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].line, found[0].column), (2, 23));
        assert!(
            found[0]
                .message
                .contains("`[Number or percentage]` in \"Impact\"")
        );
        assert!(found[1].message.contains("choice `Draft | Final`"));
    }
}

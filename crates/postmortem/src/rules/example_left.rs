use super::{Context, Finding};
use crate::placeholders::PlaceholderKind;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports example material from the template that is still in the document: a heading such
    /// as `### Example` or `## Example: Database Connection Pool Exhaustion`, or a label such as
    /// `**Example**:` or `Example:` with the sample text under it.
    ///
    /// ## Why is this bad?
    /// Template examples describe somebody else's incident. Left in, they mix invented figures
    /// with the real ones, and readers (and this checker) cannot tell which is which.
    ///
    /// ## Example
    /// ```markdown
    /// ## Executive Summary
    /// Search timed out for 38 minutes after a cache flush.
    ///
    /// **Example**:
    /// > On 2026-01-29 the API was down for 47 minutes...
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ## Executive Summary
    /// Search timed out for 38 minutes after a cache flush.
    /// ```
    id: "PM202",
    name: "example-left",
    severity: Severity::Warning,
    summary: "An Example heading or label from the template is still in the document.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    context
        .placeholders
        .iter()
        .filter(|p| p.kind == PlaceholderKind::Example)
        .map(|p| {
            let written: String = context
                .text
                .get(p.span.clone())
                .unwrap_or("")
                .chars()
                .take(60)
                .collect();
            RULE.finding(
                p.span.clone(),
                format!(
                    "template example `{written}` is still here: it describes another incident \
                     and mixes invented figures with yours; delete it once your own text is written"
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn an_example_label_and_heading_are_reported() {
        let text = "## Impact\nAll search users.\n\n**Example**:\n> someone else's outage\n\n### Example\nMore.\n";
        let report = check(text, &Config::default());
        let lines: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM202")
            .map(|d| d.line)
            .collect();
        assert_eq!(lines, [4, 7]);
    }
}

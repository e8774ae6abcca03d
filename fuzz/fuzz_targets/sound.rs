// Shared by the targets: a report is sound when every span is inside the text, on character
// boundaries, with lines and columns from 1, and completion within 0-100.
use postmortem::{Config, check};

pub fn check_soundly(text: &str, config: &Config) {
    let report = check(text, config);
    for d in &report.diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= text.len(), "{d:?}");
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end), "{d:?}");
        assert!(d.line >= 1 && d.column >= 1, "{d:?}");
    }
    assert!(report.completion.percent <= 100);
}

//! The core never panics, whatever the text: arbitrary strings, Markdown-shaped noise, and
//! starter templates with random cuts and insertions. Every span it reports is on the text's
//! character boundaries.

use postmortem::{Config, check, profile};
use proptest::prelude::*;

fn assert_sound(text: &str) {
    let report = check(text, &Config::default());
    for d in &report.diagnostics {
        assert!(
            d.span.start <= d.span.end && d.span.end <= text.len(),
            "{d:?}"
        );
        assert!(
            text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end),
            "{d:?}"
        );
        assert!(d.line >= 1 && d.column >= 1);
    }
    assert!(report.completion.percent <= 100);
}

/// Pieces postmortems are made of, to build inputs that reach deep into the parser.
fn markdown_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("## Timeline\n".to_string()),
        Just("### 3.1 Root Cause\n".to_string()),
        Just("| Time (UTC) | Event |\n|---|---|\n".to_string()),
        Just("| 14:02 | [Name] |\n".to_string()),
        Just("- [ ] Other: [specify]\n".to_string()),
        Just("- [x] Alert\n".to_string()),
        Just("**Status**: Draft | Final\n".to_string()),
        Just("**Key**:\n- item\n".to_string()),
        Just("```json\n{\"duration_minutes\": 5}\n".to_string()),
        Just("```\n".to_string()),
        Just("---\nprofile: compact\n---\n".to_string()),
        Just("<!-- postmortem-profile: sre-slo -->\n".to_string()),
        Just("1. **Why?**\n   - because\n".to_string()),
        Just("üî¥ / ‚úÖ\n".to_string()),
        "\\PC{0,40}",
        "[\\[\\]()*_`|:#\\-\n @$%XNY0-9]{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,400}") {
        assert_sound(&text);
    }

    #[test]
    fn markdown_shaped_noise_never_panics(pieces in proptest::collection::vec(markdown_piece(), 0..40)) {
        assert_sound(&pieces.concat());
    }

    #[test]
    fn mutated_templates_never_panic(
        which in 0usize..5,
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), "\\PC{0,8}"), 1..6),
    ) {
        let mut text = profile::builtin_profiles()[which].template.clone();
        for (a, b, insert) in cuts {
            let mut start = a.index(text.len() + 1);
            let mut end = b.index(text.len() + 1);
            if start > end {
                std::mem::swap(&mut start, &mut end);
            }
            end = end.min(start + 200);
            while !text.is_char_boundary(start) { start -= 1; }
            while !text.is_char_boundary(end) { end -= 1; }
            text.replace_range(start..end, &insert);
        }
        assert_sound(&text);
    }
}

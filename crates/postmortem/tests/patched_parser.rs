//! The vendored pulldown-cmark's two changes (vendor/pulldown-cmark/PATCHED.md): its cut-down
//! entity table (every entity we keep decodes, the rest of the HTML5 table stays out of the
//! build) and link labels matched ignoring ASCII case only.

use pulldown_cmark::{Event, Parser};

/// The entities the vendored table keeps, as its PATCHED.md promises.
const KEPT: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("bull", "•"),
    ("middot", "·"),
    ("prime", "′"),
    ("Prime", "″"),
    ("larr", "←"),
    ("rarr", "→"),
    ("uarr", "↑"),
    ("darr", "↓"),
    ("harr", "↔"),
    ("lArr", "⇐"),
    ("rArr", "⇒"),
    ("hArr", "⇔"),
    ("times", "×"),
    ("divide", "÷"),
    ("minus", "−"),
    ("plusmn", "±"),
    ("le", "≤"),
    ("ge", "≥"),
    ("ne", "≠"),
    ("asymp", "≈"),
    ("infin", "∞"),
    ("deg", "°"),
    ("micro", "µ"),
    ("permil", "‰"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("sup2", "²"),
    ("sup3", "³"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("sect", "§"),
    ("para", "¶"),
    ("dagger", "†"),
    ("check", "✓"),
    ("cross", "✗"),
    ("shy", "\u{ad}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("thinsp", "\u{2009}"),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
];

/// The text of a one-paragraph document, its text events joined.
fn text_of(markdown: &str) -> String {
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Text(text) => Some(text.into_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_kept_entity_decodes_to_its_character() {
    assert_eq!(KEPT.len(), 62);
    for (name, character) in KEPT {
        assert_eq!(
            text_of(&format!("x&{name};y")),
            format!("x{character}y"),
            "&{name};"
        );
    }
}

#[test]
fn entities_outside_the_kept_set_stay_as_written() {
    // If these decode, the patch is no longer in use and the page has grown by ~21 KB gzipped.
    for name in ["Tcaron", "alpha", "eacute", "hearts", "AElig", "rarrw"] {
        let written = format!("x&{name};y");
        assert_eq!(text_of(&written), written, "&{name};");
    }
}

#[test]
fn numeric_references_still_decode() {
    assert_eq!(text_of("&#8594; &#x2192;"), "→ →");
}

#[test]
fn the_vendored_table_holds_exactly_the_kept_entities() {
    let table = include_str!("../../../vendor/pulldown-cmark/src/entities.rs");
    let names: Vec<&str> = table
        .lines()
        .filter_map(|line| line.trim().strip_prefix("(b\""))
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let kept: Vec<&str> = KEPT.iter().map(|(name, _)| *name).collect();
    let mut sorted = kept.clone();
    sorted.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    assert_eq!(
        names, sorted,
        "the table's entries, in the byte order its binary search needs"
    );
}

/// The destinations of the links in `markdown`.
fn link_targets(markdown: &str) -> Vec<String> {
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                Some(dest_url.into_string())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn reference_labels_match_ignoring_ascii_case_only() {
    let ascii = "See [the RUNBOOK] and [Runbook][].\n\n[the runbook]: https://runbooks.example/db\n[runbook]: https://runbooks.example/\n";
    assert_eq!(
        link_targets(ascii),
        ["https://runbooks.example/db", "https://runbooks.example/"]
    );
    // Outside ASCII the label must be written the same way (unicase's full folding is gone).
    let other = "[Ärger] and [ärger]\n\n[ärger]: https://example.org/\n";
    assert_eq!(link_targets(other), ["https://example.org/"]);
}

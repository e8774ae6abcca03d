//! Renders the draft as HTML for the preview and for Copy as HTML, safely: raw HTML in the
//! document is shown as text, images become links (nothing is loaded from elsewhere), and
//! links keep only `http`, `https`, `mailto` and in-page `#` targets (anything else,
//! `javascript:` included, becomes `#`). pulldown-cmark escapes everything
//! else when writing HTML, except a named character reference it does not know, which goes
//! to the browser as written (see [`push_text`]).

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd, html};

/// The document as safe HTML.
pub fn to_safe_html(text: &str) -> String {
    let mut events = Vec::new();
    let mut in_code_block = false;
    for (event, range) in
        Parser::new_ext(text, postmortem::document::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Text(run) if !in_code_block => push_text(run, range, text, &mut events),
            Event::Start(Tag::CodeBlock(_)) => {
                in_code_block = true;
                events.push(event);
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                events.push(event);
            }
            other => events.push(made_safe(other)),
        }
    }
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    html::push_html(&mut out, events.into_iter());
    // Task-list boxes are read-only; give them a name screen readers can say.
    out.replace(
        "<input disabled=\"\" type=\"checkbox\" checked=\"\"/>",
        "<input disabled=\"\" type=\"checkbox\" checked=\"\" aria-label=\"done\"/>",
    )
    .replace(
        "<input disabled=\"\" type=\"checkbox\"/>",
        "<input disabled=\"\" type=\"checkbox\" aria-label=\"not done\"/>",
    )
}

/// Pushes a run of text, handing each named character reference that pulldown-cmark left as
/// text (`&Tcaron;`) to the browser as written, so that it shows as its character.
///
/// Our pulldown-cmark knows only the 62 entities a postmortem is likely to hold
/// (vendor/pulldown-cmark/PATCHED.md); the browser knows them all, and one it does not know
/// it shows as written, as CommonMark does. A reference is passed on only where the run is
/// the author's text byte for byte and the `&` is not escaped by a backslash (`\&Tcaron;`
/// is meant literally): `&` followed by a letter, letters or digits, and `;`, which cannot
/// open a tag or leave the text it is in.
fn push_text<'a>(run: CowStr<'a>, range: Range<usize>, source: &'a str, out: &mut Vec<Event<'a>>) {
    let Some(verbatim) = source.get(range.clone()).filter(|s| **s == *run) else {
        out.push(Event::Text(run));
        return;
    };
    let bytes = verbatim.as_bytes();
    let mut written = 0;
    let mut at = 0;
    while let Some(found) = bytes[at..].iter().position(|&b| b == b'&') {
        let start = at + found;
        let end = start + named_reference_len(&bytes[start..]);
        if end > start && !escaped(source.as_bytes(), range.start + start) {
            if start > written {
                out.push(Event::Text(CowStr::Borrowed(&verbatim[written..start])));
            }
            out.push(Event::InlineHtml(CowStr::Borrowed(&verbatim[start..end])));
            written = end;
        }
        at = end.max(start + 1);
    }
    if written < verbatim.len() {
        out.push(Event::Text(CowStr::Borrowed(&verbatim[written..])));
    }
}

/// The length of a named character reference at the start of `bytes` (`&` ASCII letter,
/// up to 31 more letters or digits, `;`), or 0.
fn named_reference_len(bytes: &[u8]) -> usize {
    let name = bytes
        .iter()
        .skip(1)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let starts_with_letter = bytes.get(1).is_some_and(u8::is_ascii_alphabetic);
    if starts_with_letter && name <= 32 && bytes.get(1 + name) == Some(&b';') {
        name + 2
    } else {
        0
    }
}

/// Whether the byte at `at` follows an odd number of backslashes.
fn escaped(source: &[u8], at: usize) -> bool {
    source[..at]
        .iter()
        .rev()
        .take_while(|&&b| b == b'\\')
        .count()
        % 2
        == 1
}

/// Raw HTML as text, images as links, and links with safe targets only.
fn made_safe(event: Event<'_>) -> Event<'_> {
    match event {
        // Raw HTML becomes text, so it is escaped on output.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        // An image becomes a link to it, with its alt text: the page never loads anything
        // from another origin (its CSP would refuse it anyway), and stays the same offline.
        Event::Start(
            Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }
            | Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            },
        ) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    }
}

/// Keeps `http:`, `https:`, `mailto:` and `#anchor` targets; anything else becomes `#`.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    let allowed = ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s))
        || lower.starts_with('#');
    if allowed { url } else { CowStr::Borrowed("#") }
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn raw_html_is_shown_as_text() {
        let html =
            to_safe_html("Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n");
        assert!(
            !html.contains("<script>") && !html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn only_safe_link_targets_survive() {
        let html = to_safe_html(
            "[a](javascript:alert(1)) [b](https://example.org) [c](mailto:x@example.org) [d](#timeline) [e](data:text/html,x)",
        );
        assert!(
            !html.contains("javascript:") && !html.contains("data:"),
            "{html}"
        );
        assert!(html.contains("href=\"https://example.org\""));
        assert!(html.contains("href=\"mailto:x@example.org\""));
        assert!(html.contains("href=\"#timeline\""));
    }

    #[test]
    fn images_become_links_so_nothing_is_loaded_from_elsewhere() {
        let html =
            to_safe_html("![dashboard](https://grafana.example/x.png) ![y](javascript:alert(1))");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("<a href=\"https://grafana.example/x.png\">dashboard</a>"),
            "{html}"
        );
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn entities_show_as_their_characters_wherever_they_are_decoded() {
        // One our pulldown-cmark decodes, one it leaves to the browser, one numeric.
        let html = to_safe_html("Fix &amp; verify &Tcaron;est &#8594; done\n");
        assert!(
            html.contains("Fix &amp; verify &Tcaron;est → done"),
            "{html}"
        );
    }

    #[test]
    fn escaped_or_quoted_references_stay_literal() {
        let html = to_safe_html(
            "\\&Tcaron; and &amp;Tcaron; and `&Tcaron;` and &Tcaron without a semicolon\n\n```\n&Tcaron;\n```\n\n<div>\n&Tcaron;\n</div>\n",
        );
        assert_eq!(html.matches("&Tcaron;").count(), 0, "{html}");
        assert_eq!(html.matches("&amp;Tcaron;").count(), 5, "{html}");
        assert!(html.contains("&amp;Tcaron without"), "{html}");
    }

    #[test]
    fn an_even_run_of_backslashes_does_not_escape_the_reference() {
        let html = to_safe_html("a \\\\&Tcaron; b\n");
        assert!(html.contains("a \\&Tcaron; b"), "{html}");
    }

    #[test]
    fn tables_and_task_lists_render() {
        let html = to_safe_html("| Time | Event |\n|---|---|\n| 09:41 | x |\n\n- [x] done\n");
        assert!(html.contains("<table>") && html.contains("<th>Time</th>"));
        assert!(
            html.contains("type=\"checkbox\" checked=\"\" aria-label=\"done\""),
            "{html}"
        );
    }
}

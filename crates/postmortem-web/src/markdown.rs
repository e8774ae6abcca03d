//! Renders the draft as HTML for the preview and for Copy as HTML, safely: raw HTML in the
//! document is shown as text, images become links (nothing is loaded from elsewhere), and
//! links keep only `http`, `https`, `mailto` and in-page `#` targets (anything else,
//! `javascript:` included, becomes `#`). pulldown-cmark escapes everything
//! else when writing HTML.

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd, html};

/// The document as safe HTML.
pub fn to_safe_html(text: &str) -> String {
    let parser =
        Parser::new_ext(text, postmortem::document::markdown_options()).map(|event| match event {
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
        });
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    html::push_html(&mut out, parser);
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
    fn tables_and_task_lists_render() {
        let html = to_safe_html("| Time | Event |\n|---|---|\n| 09:41 | x |\n\n- [x] done\n");
        assert!(html.contains("<table>") && html.contains("<th>Time</th>"));
        assert!(
            html.contains("type=\"checkbox\" checked=\"\" aria-label=\"done\""),
            "{html}"
        );
    }
}

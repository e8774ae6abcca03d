use std::ops::RangeInclusive;
use std::rc::Rc;

use yew::prelude::*;

/// A line's mark in the gutter: the most serious finding on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineMark {
    Error,
    Warning,
    Info,
}

/// The height of a line in pixels: `--line` in `web/style.css`, the editor's and the
/// gutter's line height.
const LINE_PX: i32 = 22;
/// Lines drawn above and below those in view, so that scrolling shows numbers before the
/// gutter catches up.
const OVERSCAN: i32 = 40;
/// The most of the textarea that can be in view, in pixels. The page is one window high; with
/// [`OVERSCAN`] below, rows cover a window 3,880 CSS pixels high (a 4K screen on its side at
/// 100%). Asking the window for its height on every render would cost a browser call and 172
/// gzipped bytes of the page for a few rows fewer.
const VIEW_PX: i32 = 3000;

#[derive(Properties, PartialEq)]
pub struct LineGutterProps {
    pub lines: usize,
    /// (1-based line, mark), sorted by line.
    pub marks: Rc<Vec<(u32, LineMark)>>,
    pub scroll_top: i32,
}

/// Line numbers beside the editor, with a mark (shape and colour) on lines that have findings.
/// Only the lines that can be in view (and [`OVERSCAN`] around them) are drawn, moved to where
/// the textarea shows them: pressing Enter in a draft of thousands of lines redraws a
/// screenful of rows, not all of them (with a row per line, Enter took 125 ms in a 3,000-line
/// draft; docs/performance.md). Re-renders only when the line count, the marks or the scroll
/// position change.
#[function_component(LineGutter)]
pub fn line_gutter(props: &LineGutterProps) -> Html {
    let shown = lines_in_view(props.lines, props.scroll_top, VIEW_PX);
    let first = *shown.start();
    let mut marks = props.marks.iter().peekable();
    let rows = shown.map(|line| {
        while marks.next_if(|(l, _)| *l < line).is_some() {}
        let mark = marks.peek().filter(|(l, _)| *l == line).map(|(_, m)| *m);
        let (class, symbol, title) = match mark {
            Some(LineMark::Error) => ("gutter-line error", "●", "error on this line"),
            Some(LineMark::Warning) => ("gutter-line warning", "▲", "warning on this line"),
            Some(LineMark::Info) => ("gutter-line info", "i", "note on this line"),
            None => ("gutter-line", "", ""),
        };
        html! {
            <div class={class} title={title}>
                <span class="gutter-mark">{ symbol }</span>{ line }
            </div>
        }
    });
    let offset = (first as i32 - 1) * LINE_PX - props.scroll_top;
    html! {
        <div class="gutter" aria-hidden="true" style={format!("transform: translateY({offset}px)")}>
            { for rows }
        </div>
    }
}

/// The 1-based lines to draw for a text of `lines` lines scrolled by `scroll_top` pixels in a
/// view `view_px` high: those in view and [`OVERSCAN`] on either side, within the text.
fn lines_in_view(lines: usize, scroll_top: i32, view_px: i32) -> RangeInclusive<u32> {
    let last_line = u32::try_from(lines.max(1)).unwrap_or(u32::MAX);
    let top = scroll_top.max(0) / LINE_PX;
    let first = (top - OVERSCAN).max(0) as u32 + 1;
    let last = (top + view_px.max(0) / LINE_PX + 1 + OVERSCAN) as u32;
    first.min(last_line)..=last.min(last_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_shows_every_line() {
        assert_eq!(lines_in_view(12, 0, 900), 1..=12);
        assert_eq!(lines_in_view(0, 0, 900), 1..=1);
    }

    #[test]
    fn a_long_text_shows_the_lines_in_view_and_some_around_them() {
        // 900 px hold 40 lines of 22 px, plus one cut at the bottom.
        assert_eq!(lines_in_view(10_000, 0, 900), 1..=(41 + OVERSCAN as u32));
        // Scrolled to line 1,001 at the top.
        let shown = lines_in_view(10_000, 1000 * LINE_PX, 900);
        assert_eq!(*shown.start(), 1001 - OVERSCAN as u32);
        assert_eq!(*shown.end(), 1041 + OVERSCAN as u32);
        // Scrolled to the end: nothing past the last line.
        assert_eq!(*lines_in_view(10_000, 9990 * LINE_PX, 900).end(), 10_000);
    }

    #[test]
    fn odd_sizes_give_a_range_within_the_text() {
        for (scroll_top, view_px) in [(-50, 900), (0, -1), (i32::MAX, i32::MAX), (i32::MIN, 0)] {
            let shown = lines_in_view(300, scroll_top, view_px);
            assert!(*shown.start() >= 1 && shown.start() <= shown.end() && *shown.end() <= 300);
        }
    }
}

use std::rc::Rc;

use yew::prelude::*;

/// A line's mark in the gutter: the most serious finding on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineMark {
    Error,
    Warning,
    Info,
}

#[derive(Properties, PartialEq)]
pub struct LineGutterProps {
    pub lines: usize,
    /// (1-based line, mark), sorted by line.
    pub marks: Rc<Vec<(u32, LineMark)>>,
    pub scroll_top: i32,
}

/// Line numbers beside the editor, with a mark (shape and colour) on lines that have findings.
/// Re-renders only when the line count, the marks or the scroll position change.
#[function_component(LineGutter)]
pub fn line_gutter(props: &LineGutterProps) -> Html {
    let mut marks = props.marks.iter().peekable();
    let rows = (1..=props.lines.max(1) as u32).map(|line| {
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
    html! {
        <div class="gutter" aria-hidden="true" style={format!("transform: translateY(-{}px)", props.scroll_top)}>
            { for rows }
        </div>
    }
}

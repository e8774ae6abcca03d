use std::rc::Rc;

use web_sys::{HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use super::line_gutter::LineGutter;

/// A command from a keyboard shortcut that the page carries out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorCommand {
    Bold,
    Link,
    SaveNow,
    CopyMarkdown,
    Indent,
    Help,
}

#[derive(Properties, PartialEq)]
pub struct DraftEditorProps {
    pub text: AttrValue,
    pub node_ref: NodeRef,
    /// Called with the whole new text after every change.
    pub on_edit: Callback<String>,
    pub on_command: Callback<EditorCommand>,
    pub marks: Rc<Vec<(u32, super::line_gutter::LineMark)>>,
    /// A file dropped on the editor.
    pub on_drop_file: Callback<web_sys::File>,
}

/// The Markdown editor: a plain textarea (so undo and input methods work as the browser's do)
/// with a gutter of line numbers that marks the lines with findings.
#[function_component(DraftEditor)]
pub fn draft_editor(props: &DraftEditorProps) -> Html {
    let scroll_top = use_state(|| 0);
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    let onscroll = {
        let scroll_top = scroll_top.clone();
        Callback::from(move |event: Event| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            scroll_top.set(area.scroll_top());
        })
    };
    let onkeydown = {
        let on_command = props.on_command.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(command) = shortcut(&event) {
                event.prevent_default();
                on_command.emit(command);
            }
        })
    };
    let ondrop = {
        let on_drop_file = props.on_drop_file.clone();
        Callback::from(move |event: web_sys::DragEvent| {
            if let Some(file) = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                event.prevent_default();
                on_drop_file.emit(file);
            }
        })
    };
    let ondragover = Callback::from(|event: web_sys::DragEvent| {
        if event
            .data_transfer()
            .is_some_and(|d| d.types().includes(&"Files".into(), 0))
        {
            event.prevent_default();
        }
    });
    let lines = props.text.lines().count() + usize::from(props.text.ends_with('\n'));
    html! {
        <section class="editor" aria-label="Editor">
            <div class="gutter-viewport">
                <LineGutter lines={lines} marks={props.marks.clone()} scroll_top={*scroll_top} />
            </div>
            <label class="visually-hidden" for="draft-text">{ "Postmortem in Markdown" }</label>
            <textarea
                id="draft-text"
                ref={props.node_ref.clone()}
                class="editor-text"
                spellcheck="true"
                wrap="off"
                placeholder="Start from a template (New), open a file, or paste your draft here"
                value={props.text.clone()}
                {oninput}
                {onscroll}
                {onkeydown}
                {ondrop}
                {ondragover}
            />
        </section>
    }
}

/// Tab, Ctrl/Cmd+B, Ctrl/Cmd+K, Ctrl/Cmd+S, Ctrl/Cmd+Shift+C, F1.
fn shortcut(event: &KeyboardEvent) -> Option<EditorCommand> {
    let modifier = event.ctrl_key() || event.meta_key();
    let key = event.key().to_ascii_lowercase();
    match (modifier, event.shift_key(), event.alt_key(), key.as_str()) {
        (false, false, false, "tab") => Some(EditorCommand::Indent),
        (true, false, _, "b") => Some(EditorCommand::Bold),
        (true, false, _, "k") => Some(EditorCommand::Link),
        (true, false, _, "s") => Some(EditorCommand::SaveNow),
        (true, true, _, "c") => Some(EditorCommand::CopyMarkdown),
        (_, _, _, "f1") => Some(EditorCommand::Help),
        _ => None,
    }
}

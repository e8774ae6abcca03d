use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftEditorProps {
    pub text: AttrValue,
    /// Called with the whole new text after every change.
    pub on_edit: Callback<String>,
}

/// The Markdown editor: a plain textarea, so undo and input methods work as the browser's do.
#[function_component(DraftEditor)]
pub fn draft_editor(props: &DraftEditorProps) -> Html {
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    html! {
        <section class="editor" aria-label="Postmortem Markdown">
            <label class="visually-hidden" for="draft-text">{ "Postmortem in Markdown" }</label>
            <textarea
                id="draft-text"
                class="editor-text"
                spellcheck="true"
                placeholder="Start with # Postmortem: … or paste your draft here"
                value={props.text.clone()}
                {oninput}
            />
        </section>
    }
}

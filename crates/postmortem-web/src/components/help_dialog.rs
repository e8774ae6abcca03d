use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpDialogProps {
    pub on_close: Callback<()>,
}

/// Keyboard shortcuts and what the panels mean.
#[function_component(HelpDialog)]
pub fn help_dialog(props: &HelpDialogProps) -> Html {
    let shortcuts = [
        ("Tab", "Insert two spaces"),
        ("Ctrl/⌘ + B", "Bold the selection"),
        ("Ctrl/⌘ + K", "Make the selection a link"),
        ("Ctrl/⌘ + S", "Save now and take a snapshot (History)"),
        ("Ctrl/⌘ + Shift + C", "Copy the Markdown"),
        ("Ctrl/⌘ + Z", "Undo (the browser's own)"),
        ("F1", "This help"),
        ("Escape", "Close a dialog"),
    ];
    html! {
        <Modal title="Keyboard shortcuts" on_close={props.on_close.clone()}>
            <table class="shortcuts">
                <tbody>
                    { for shortcuts.iter().map(|(keys, what)| html! { <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr> }) }
                </tbody>
            </table>
            <p>{ "Durations use our definitions: TTD = detection − impact start; TTA = acknowledgement − detection; TTM = mitigation − impact start; TTR = resolution − impact start." }</p>
            <p>{ "Everything stays in this browser. Nothing is sent anywhere." }</p>
        </Modal>
    }
}

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub title: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

/// A dialog over the page: Escape (anywhere) or the close button dismisses it, focus starts on the close
/// button.
#[function_component(Modal)]
pub fn modal(props: &ModalProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    {
        // Escape closes the dialog wherever the focus is (a removed row can take it away).
        let on_close = props.on_close.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    gloo::events::EventListener::new(&document, "keydown", move |event| {
                        let escape = event
                            .dyn_ref::<KeyboardEvent>()
                            .is_some_and(|e| e.key() == "Escape");
                        if escape {
                            on_close.emit(());
                        }
                    })
                });
            move || drop(listener)
        });
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="modal-backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-label={props.title.clone()}>
                <header class="modal-header">
                    <h2>{ props.title.clone() }</h2>
                    <button type="button" class="close" ref={close_ref} onclick={close} aria-label="Close">{ "✕" }</button>
                </header>
                <div class="modal-body">{ props.children.clone() }</div>
            </div>
        </div>
    }
}

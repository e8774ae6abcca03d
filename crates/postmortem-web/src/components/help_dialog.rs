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

/// A dialog over the page: Escape or the close button dismisses it, focus starts on the close
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
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="modal-backdrop" {onkeydown}>
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

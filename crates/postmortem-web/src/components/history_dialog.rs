use yew::prelude::*;

use super::help_dialog::Modal;

/// One snapshot as the dialog lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotEntry {
    pub id: u64,
    /// When it was taken, as the browser writes dates.
    pub when: String,
    /// Its first heading or line, and its size.
    pub summary: String,
}

#[derive(Properties, PartialEq)]
pub struct HistoryDialogProps {
    /// Newest first.
    pub snapshots: Vec<SnapshotEntry>,
    pub on_restore: Callback<u64>,
    pub on_close: Callback<()>,
}

/// The draft's history snapshots; restoring one first keeps the current text as a snapshot.
#[function_component(HistoryDialog)]
pub fn history_dialog(props: &HistoryDialogProps) -> Html {
    html! {
        <Modal title="History" on_close={props.on_close.clone()}>
            if props.snapshots.is_empty() {
                <p>{ "No snapshots yet. One is taken every few minutes while you write, and when you press Ctrl+S." }</p>
            } else {
                <p>{ "Restoring a snapshot keeps the current text as a snapshot first." }</p>
                <ul class="history" data-testid="history">
                    { for props.snapshots.iter().map(|s| {
                        let on_restore = props.on_restore.clone();
                        let id = s.id;
                        html! {
                            <li>
                                <span class="when">{ s.when.clone() }</span>
                                <span class="summary">{ s.summary.clone() }</span>
                                <button type="button" onclick={Callback::from(move |_| on_restore.emit(id))}
                                    aria-label={format!("Restore {}", s.when)}>{ "Restore" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </Modal>
    }
}

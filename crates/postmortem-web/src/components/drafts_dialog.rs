use super::class_list;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::help_dialog::Modal;
use crate::drafts::{DraftRow, local_time};

#[derive(Properties, PartialEq)]
pub struct DraftsDialogProps {
    /// Drafts, most recently changed first.
    pub drafts: Vec<DraftRow>,
    /// Drafts in the trash, most recently deleted first.
    pub trash: Vec<DraftRow>,
    /// Keys of entries set aside because they could not be read.
    pub quarantined: Vec<String>,
    /// The id of the draft on screen.
    pub current: AttrValue,
    /// What storage holds and whether the browser keeps it.
    pub storage_note: AttrValue,
    /// When the drafts were last exported, if ever.
    pub last_exported: Option<AttrValue>,
    pub backup_due: bool,
    /// In an iframe: the drafts here are not those of the standalone page.
    pub embedded: bool,
    pub on_open: Callback<String>,
    pub on_new: Callback<()>,
    pub on_rename: Callback<(String, String)>,
    pub on_duplicate: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_restore: Callback<String>,
    pub on_purge: Callback<String>,
    pub on_export: Callback<()>,
    pub on_import: Callback<web_sys::File>,
    pub on_download_quarantined: Callback<String>,
    pub on_discard_quarantined: Callback<String>,
    pub on_close: Callback<()>,
}

/// Every draft in this browser: open, rename, duplicate, delete (to the trash, restorable),
/// the trash, entries set aside as unreadable, storage use, and backup export and import.
#[function_component(DraftsDialog)]
pub fn drafts_dialog(props: &DraftsDialogProps) -> Html {
    // The draft being renamed and the name typed so far.
    let renaming = use_state(|| None::<(String, String)>);
    let row = |draft: &DraftRow| {
        let id = draft.id.clone();
        let is_current = *props.current == draft.id;
        let button = |label: &'static str, aria: String, callback: &Callback<String>| {
            let (callback, id) = (callback.clone(), id.clone());
            html! { <button type="button" aria-label={aria} onclick={Callback::from(move |_| callback.emit(id.clone()))}>{ label }</button> }
        };
        let title = match &*renaming {
            Some((renamed, name)) if *renamed == draft.id => {
                let (renaming, on_rename) = (renaming.clone(), props.on_rename.clone());
                let onsubmit = {
                    let (renaming, id, name) = (renaming.clone(), id.clone(), name.clone());
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        on_rename.emit((id.clone(), name.clone()));
                        renaming.set(None);
                    })
                };
                let oninput = {
                    let (renaming, id) = (renaming.clone(), id.clone());
                    Callback::from(move |e: InputEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        renaming.set(Some((id.clone(), input.value())));
                    })
                };
                html! {
                    <form class="rename" {onsubmit}>
                        <input type="text" value={name.clone()} {oninput} aria-label="New name" />
                        <button type="submit">{ "Save name" }</button>
                        <button type="button" onclick={Callback::from(move |_| renaming.set(None))}>{ "Cancel" }</button>
                    </form>
                }
            }
            _ => html! {
                <span class="draft-title">{ draft.title.clone() }
                    if is_current { <span class="badge">{ " (open)" }</span> }
                </span>
            },
        };
        let start_rename = {
            let (renaming, id, name) = (renaming.clone(), id.clone(), draft.title.clone());
            Callback::from(move |_| renaming.set(Some((id.clone(), name.clone()))))
        };
        html! {
            <li class={class_list(&[Some("draft-row"), is_current.then_some("current")])} data-draft={id.clone()}>
                { title }
                <span class="draft-meta">
                    { format!("{} · {}% complete · changed {}", draft.profile, draft.percent, local_time(draft.changed)) }
                </span>
                <span class="draft-actions">
                    if !is_current { { button("Open", format!("Open {}", draft.title), &props.on_open) } }
                    <button type="button" aria-label={format!("Rename {}", draft.title)} onclick={start_rename}>{ "Rename" }</button>
                    { button("Duplicate", format!("Duplicate {}", draft.title), &props.on_duplicate) }
                    { button("Delete", format!("Delete {}", draft.title), &props.on_delete) }
                </span>
            </li>
        }
    };
    let trash_row = |draft: &DraftRow| {
        let restore = {
            let (callback, id) = (props.on_restore.clone(), draft.id.clone());
            Callback::from(move |_| callback.emit(id.clone()))
        };
        let purge = {
            let (callback, id) = (props.on_purge.clone(), draft.id.clone());
            Callback::from(move |_| callback.emit(id.clone()))
        };
        html! {
            <li class="draft-row" data-draft={draft.id.clone()}>
                <span class="draft-title">{ draft.title.clone() }</span>
                <span class="draft-meta">{ format!("deleted {}", draft.deleted.map(local_time).unwrap_or_default()) }</span>
                <span class="draft-actions">
                    <button type="button" aria-label={format!("Restore {}", draft.title)} onclick={restore}>{ "Restore" }</button>
                    <button type="button" aria-label={format!("Delete {} for good", draft.title)} onclick={purge}>{ "Delete for good" }</button>
                </span>
            </li>
        }
    };
    let on_import = {
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_import.emit(file);
            }
            input.set_value("");
        })
    };
    html! {
        <Modal title="Drafts" on_close={props.on_close.clone()}>
            <div class="drafts-toolbar">
                <button type="button" onclick={props.on_new.reform(|_| ())}>{ "New blank draft" }</button>
                <button type="button" onclick={props.on_export.reform(|_| ())}>{ "Export all drafts" }</button>
                <label class="file-button">
                    { "Import backup" }
                    <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="import-backup" onchange={on_import} />
                </label>
            </div>
            if props.backup_due {
                <p class="reminder" data-testid="backup-reminder">
                    { "Some drafts have not been backed up for over a week. Drafts live only in this browser: clearing site data removes them. Export them to a file now and then." }
                </p>
            }
            <ul class="drafts" data-testid="drafts">
                { for props.drafts.iter().map(row) }
            </ul>
            if props.drafts.is_empty() { <p>{ "No saved drafts yet." }</p> }
            if !props.trash.is_empty() {
                <h3>{ format!("Trash ({}) — kept {} days", props.trash.len(), crate::services::storage::TRASH_DAYS) }</h3>
                <ul class="drafts trash" data-testid="trash">
                    { for props.trash.iter().map(trash_row) }
                </ul>
            }
            if !props.quarantined.is_empty() {
                <h3>{ "Set aside: entries that could not be read" }</h3>
                <p>{ "These were damaged (changed outside this page, or written by a broken version). Download one to look at it; the other drafts are not affected." }</p>
                <ul class="drafts" data-testid="quarantined">
                    { for props.quarantined.iter().map(|key| {
                        let (download, discard, k1, k2) = (props.on_download_quarantined.clone(), props.on_discard_quarantined.clone(), key.clone(), key.clone());
                        html! {
                            <li class="draft-row">
                                <code>{ key.clone() }</code>
                                <span class="draft-actions">
                                    <button type="button" onclick={Callback::from(move |_| download.emit(k1.clone()))}>{ "Download" }</button>
                                    <button type="button" onclick={Callback::from(move |_| discard.emit(k2.clone()))}>{ "Discard" }</button>
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
            if props.embedded {
                <p class="storage-note" data-testid="embedded-note">
                    { "This editor is embedded in another page: browsers keep its drafts apart from those of the editor opened on its own. Export and import move drafts between the two." }
                </p>
            }
            <p class="storage-note" data-testid="storage-note">{ props.storage_note.clone() }</p>
            <p class="storage-note">{ match &props.last_exported {
                Some(when) => format!("Last exported {when}."),
                None => "Never exported.".to_string(),
            } }</p>
        </Modal>
    }
}

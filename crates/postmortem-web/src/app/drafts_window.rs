//! The Drafts dialog with its storage work: listing, rename, duplicate, delete, trash,
//! quarantined entries, storage use, export and import. The draft on screen is the App's:
//! this window asks it to open, create or leave a draft through callbacks.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::DraftsDialog;
use crate::drafts::{self, backup_due, human_bytes, local_time, now, row, title_of};
use crate::services::clipboard;
use crate::services::persistence::{StorageUse, storage_use};
use crate::services::storage::{Backup, DraftStorage, StorageError, new_draft_id};
use crate::state::Draft;

#[derive(Properties, PartialEq)]
pub struct DraftsWindowProps {
    pub storage: Rc<Result<DraftStorage, StorageError>>,
    /// The id of the draft on screen.
    pub current: AttrValue,
    /// Embedded in another page (`?embed=1`).
    pub embedded: bool,
    /// Open this draft in the editor.
    pub on_open: Callback<Draft>,
    /// Start a new blank draft.
    pub on_new: Callback<()>,
    /// A draft went to the trash: its id and title (the App offers Undo, and leaves it if it
    /// is on screen).
    pub on_deleted: Callback<(String, String)>,
    /// A message for the author.
    pub on_notice: Callback<String>,
    pub on_close: Callback<()>,
}

#[function_component(DraftsWindow)]
pub fn drafts_window(props: &DraftsWindowProps) -> Html {
    // Bumped after every change, to read the listing again.
    let version = use_state(|| 0u32);
    let usage = use_state(|| None::<StorageUse>);
    {
        let usage = usage.clone();
        use_effect_with(*version, move |_| {
            wasm_bindgen_futures::spawn_local(async move { usage.set(Some(storage_use().await)) });
        });
    }
    let storage = match props.storage.as_ref() {
        Ok(storage) => storage.clone(),
        Err(error) => {
            return html! {
                <crate::components::Modal title="Drafts" on_close={props.on_close.clone()}>
                    <p role="alert">{ format!("Drafts cannot be kept in this browser: {error}. Download your text to keep it.") }</p>
                </crate::components::Modal>
            };
        }
    };
    let listing = storage.list();
    let refresh = {
        let version = version.clone();
        move || version.set(*version + 1)
    };
    // A storage action on one draft, reported to the author, then the list read again.
    let with_storage = |act: fn(&DraftStorage, String) -> Result<String, StorageError>| {
        let (storage, on_notice, refresh) =
            (storage.clone(), props.on_notice.clone(), refresh.clone());
        Callback::from(move |id: String| {
            on_notice
                .emit(act(&storage, id).unwrap_or_else(|e| format!("That did not work: {e}.")));
            refresh();
        })
    };
    let on_open = {
        let (storage, on_open, on_notice, on_close) = (
            storage.clone(),
            props.on_open.clone(),
            props.on_notice.clone(),
            props.on_close.clone(),
        );
        Callback::from(move |id: String| match storage.draft(&id) {
            Ok(Some(record)) => {
                on_open.emit(drafts::from_record(record));
                on_close.emit(());
            }
            Ok(None) => on_notice.emit("That draft is no longer stored.".into()),
            Err(error) => on_notice.emit(format!("That draft could not be opened: {error}.")),
        })
    };
    let on_rename = {
        let (storage, on_notice, refresh) =
            (storage.clone(), props.on_notice.clone(), refresh.clone());
        Callback::from(move |(id, name): (String, String)| {
            on_notice.emit(match storage.rename(&id, &name) {
                Ok(()) => "Renamed.".into(),
                Err(e) => format!("Not renamed: {e}."),
            });
            refresh();
        })
    };
    let on_duplicate = {
        let (storage, on_open, on_notice, on_close) = (
            storage.clone(),
            props.on_open.clone(),
            props.on_notice.clone(),
            props.on_close.clone(),
        );
        Callback::from(move |id: String| {
            let title = stored_title(&storage, &id);
            match storage.duplicate(&id, &new_draft_id(now()), &title, now()) {
                Ok(copy) => {
                    on_notice.emit(format!(
                        "Duplicated; you are now editing “{}”.",
                        title_of(&copy)
                    ));
                    on_open.emit(drafts::from_record(copy));
                    on_close.emit(());
                }
                Err(e) => on_notice.emit(format!("Not duplicated: {e}.")),
            }
        })
    };
    let on_delete = {
        let (storage, on_deleted, on_notice, refresh) = (
            storage.clone(),
            props.on_deleted.clone(),
            props.on_notice.clone(),
            refresh.clone(),
        );
        Callback::from(move |id: String| {
            let title = stored_title(&storage, &id);
            match storage.set_deleted(&id, Some(now())) {
                Ok(()) => on_deleted.emit((id, title)),
                Err(e) => on_notice.emit(format!("Not deleted: {e}.")),
            }
            refresh();
        })
    };
    let on_restore = with_storage(|storage, id| {
        storage.set_deleted(&id, None)?;
        Ok("Restored from the trash.".into())
    });
    let on_purge = with_storage(|storage, id| {
        storage.purge(&id)?;
        Ok("Deleted for good.".into())
    });
    let on_discard_quarantined = {
        let (storage, on_notice, refresh) =
            (storage.clone(), props.on_notice.clone(), refresh.clone());
        Callback::from(move |key: String| {
            let sure = web_sys::window()
                .and_then(|w| w.confirm_with_message("Discard this unreadable entry for good? Download it first if you may need it.").ok())
                .unwrap_or(false);
            if sure {
                on_notice.emit(match storage.remove(&key) {
                    Ok(()) => "Discarded.".into(),
                    Err(e) => format!("Not discarded: {e}."),
                });
                refresh();
            }
        })
    };
    let on_download_quarantined = {
        let (storage, on_notice) = (storage.clone(), props.on_notice.clone());
        Callback::from(move |key: String| {
            let text = storage.quarantined(&key).ok().flatten().unwrap_or_default();
            let name = format!("{}.txt", key.replace('.', "-"));
            on_notice.emit(
                match clipboard::download_as(&name, &text, "text/plain;charset=utf-8") {
                    Ok(()) => format!("Downloaded {name}."),
                    Err(why) => format!("Download failed: {why}."),
                },
            );
        })
    };
    let on_export = {
        let (storage, on_notice, refresh) =
            (storage.clone(), props.on_notice.clone(), refresh.clone());
        Callback::from(move |_| {
            let now = now();
            let exported = storage
                .export(now)
                .map_err(|e| e.to_string())
                .and_then(|backup| Ok((backup.to_json()?, backup)));
            on_notice.emit(match exported {
                Ok((json, backup)) => {
                    let name = format!("postmortem-drafts-{}.json", date_stamp(now));
                    match clipboard::download_as(&name, &json, "application/json") {
                        Ok(()) => {
                            let _ = storage.mark_exported(now);
                            let snapshots: usize =
                                backup.drafts.iter().map(|d| d.snapshots.len()).sum();
                            format!(
                                "Exported {} drafts and {snapshots} snapshots to {name}.",
                                backup.drafts.len()
                            )
                        }
                        Err(why) => format!("Export failed: {why}."),
                    }
                }
                Err(why) => format!("Export failed: {why}."),
            });
            refresh();
        })
    };
    let on_import = {
        let (storage, on_notice, refresh) =
            (storage.clone(), props.on_notice.clone(), refresh.clone());
        Callback::from(move |file: web_sys::File| {
            let (storage, on_notice, refresh) =
                (storage.clone(), on_notice.clone(), refresh.clone());
            let name = file.name();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(text) = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                else {
                    on_notice.emit(format!("{name} could not be read as text."));
                    return;
                };
                let backup = match Backup::parse(&text) {
                    Ok(backup) => backup,
                    Err(why) => {
                        on_notice.emit(format!("{name}: {why}"));
                        return;
                    }
                };
                let mut n = 0;
                let fresh = || {
                    n += 1;
                    new_draft_id(now() + n)
                };
                on_notice.emit(match storage.import(backup, fresh) {
                    Ok(outcome) => outcome.summary(),
                    Err((error, outcome)) => format!(
                        "The import stopped part-way ({error}). {}",
                        outcome.summary()
                    ),
                });
                refresh();
            });
        })
    };
    let listing = match listing {
        Ok(listing) => listing,
        Err(error) => {
            return html! {
                <crate::components::Modal title="Drafts" on_close={props.on_close.clone()}>
                    <p role="alert">{ format!("The drafts could not be listed: {error}.") }</p>
                </crate::components::Modal>
            };
        }
    };
    let exported = storage.last_exported().ok().flatten();
    let used = storage.bytes_used().unwrap_or(0);
    let storage_note = storage_note(used, (*usage).as_ref());
    html! {
        <DraftsDialog
            drafts={listing.drafts.iter().map(row).collect::<Vec<_>>()}
            trash={listing.trash.iter().map(row).collect::<Vec<_>>()}
            quarantined={listing.quarantined.clone()}
            current={props.current.clone()}
            storage_note={AttrValue::from(storage_note)}
            last_exported={exported.map(|t| AttrValue::from(local_time(t)))}
            backup_due={backup_due(&listing.drafts, exported, now())}
            embedded={props.embedded}
            {on_open}
            on_new={props.on_new.clone()}
            {on_rename} {on_duplicate} {on_delete} {on_restore} {on_purge}
            {on_export} {on_import} {on_download_quarantined} {on_discard_quarantined}
            on_close={props.on_close.clone()}
        />
    }
}

/// "Drafts take 14 KB of this browser's storage (…); the browser keeps it / may clear it."
fn storage_note(used: u64, origin: Option<&StorageUse>) -> String {
    let mut note = format!(
        "Drafts take {} of this browser's local storage, which allows about 5 MB per site.",
        human_bytes(used)
    );
    match origin.and_then(|u| u.persisted) {
        Some(true) => note.push_str(" The browser has agreed to keep this site's storage."),
        Some(false) => note.push_str(
            " The browser may clear this site's storage when space runs low or site data is cleared: export a backup now and then.",
        ),
        None => {}
    }
    note
}

/// The title of a stored draft; empty when it cannot be read.
fn stored_title(storage: &DraftStorage, id: &str) -> String {
    storage
        .draft(id)
        .ok()
        .flatten()
        .map(|r| title_of(&r))
        .unwrap_or_default()
}

/// `2026-11-23` from the browser's clock, for file names.
fn date_stamp(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

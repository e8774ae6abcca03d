//! The page: header, editor, preview and the live panels beside them.

mod drafts_window;

use std::ops::Range;
use std::rc::Rc;

use postmortem::{LineIndex, Severity};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::line_gutter_mark as mark_of;
use crate::components::{
    ChecklistPanel, DraftEditor, DurationsPanel, EditorCommand, HeaderBar, HelpDialog,
    HistoryDialog, PanelFrame, PreviewPane, ProblemsPanel, RuleDialog, SeverityPanel,
    SnapshotEntry, class_list,
};
use crate::drafts::{self, now};
use crate::hooks::{
    Checks, config, use_autosave, use_checks, use_host_messages, use_other_tabs, use_service_worker,
};
use crate::key_metrics;
use crate::naming::{document_title, file_name};
use crate::services::clipboard::Copied;
use crate::services::storage::{DraftRecord, DraftStorage, StorageError, new_draft_id};
use crate::services::{clipboard, textarea, theme};
use crate::state::{Action, Dialog, Draft, Layout, Panel, SaveState, Theme, View, ViewAction};
use drafts_window::DraftsWindow;

/// Key of the theme the author picked.
const THEME: &str = "theme";
/// Key of the "with key metrics" choice (`on` when ticked).
const KEY_METRICS: &str = "key-metrics";
/// Snapshots kept per draft by "Free space".
const KEEP_SNAPSHOTS_WHEN_FULL: usize = 3;

#[function_component(App)]
pub fn app() -> Html {
    let storage: Rc<Result<DraftStorage, StorageError>> = use_memo((), |_| DraftStorage::open());
    // The draft to show and what the author should be told about storage, read once.
    let loaded = {
        let storage = storage.clone();
        use_memo((), move |_| drafts::load(&storage))
    };
    let draft = {
        let loaded = loaded.clone();
        use_reducer(move || loaded.0.clone())
    };
    let view = {
        let storage = storage.clone();
        use_reducer(move || View {
            theme: (*storage)
                .as_ref()
                .ok()
                .and_then(|s| s.read(THEME).ok().flatten())
                .map_or(Theme::System, |t| Theme::parse(&t)),
            key_metrics: (*storage)
                .as_ref()
                .ok()
                .and_then(|s| s.read(KEY_METRICS).ok().flatten())
                .is_some_and(|v| v == "on"),
            ..View::for_query(
                &web_sys::window()
                    .and_then(|w| w.location().search().ok())
                    .unwrap_or_default(),
            )
        })
    };
    let notice = {
        let loaded = loaded.clone();
        use_state(move || loaded.1.join(" "))
    };
    // The draft last sent to the trash (id, title), for Undo.
    let trashed = use_state(|| None::<(String, String)>);
    let area_ref = use_node_ref();
    let flush = use_autosave(&draft, storage.clone());
    use_other_tabs(&draft, storage.clone());
    let (update_ready, apply_update) = use_service_worker();
    {
        let storage = storage.clone();
        use_effect_with(view.theme, move |theme| {
            theme::apply(*theme);
            if let Ok(storage) = storage.as_ref() {
                let _ = storage.write(THEME, theme.as_str());
            }
        });
    }
    {
        let storage = storage.clone();
        use_effect_with(view.key_metrics, move |on| {
            if let Ok(storage) = storage.as_ref() {
                let _ = storage.write(KEY_METRICS, if *on { "on" } else { "off" });
            }
        });
    }
    // Opens another draft in the editor, after writing any pending change of this one.
    let open_draft = {
        let (flush, dispatch, storage) = (flush.clone(), draft.dispatcher(), storage.clone());
        Callback::from(move |next: Draft| {
            flush.emit(true);
            if let Ok(storage) = storage.as_ref() {
                let _ = storage.set_last_open(&next.id);
            }
            dispatch.dispatch(Action::Open(Box::new(next)));
        })
    };
    // Makes a new draft holding `text` (stored at once unless empty) and opens it.
    let create_draft = {
        let (open_draft, storage) = (open_draft.clone(), storage.clone());
        Callback::from(move |(text, name): (String, Option<String>)| {
            let record = DraftRecord {
                name,
                ..DraftRecord::new(new_draft_id(now()), text, now())
            };
            let stored = if record.text.is_empty() {
                Ok(())
            } else {
                (*storage)
                    .as_ref()
                    .map_err(|e| e.clone())
                    .and_then(|s| s.put_draft(&record))
            };
            let mut next = drafts::from_record(record);
            if let Err(error) = stored {
                next.save = SaveState::NotSaved(error.to_string());
            }
            open_draft.emit(next);
        })
    };
    let Checks {
        sections,
        report,
        stale,
    } = use_checks(draft.text.clone(), draft.profile.clone(), draft.revision);
    {
        // A counter the browser tests and the latency script wait for: the checklist shown is
        // that of the text on screen.
        use_effect_with((draft.revision, sections.clone()), move |_| mark_checked());
    }
    let marks = use_memo(report.clone(), |report| {
        let mut marks: Vec<(u32, crate::components::LineMark)> = report
            .diagnostics
            .iter()
            .map(|d| (d.line, mark_of(d.severity)))
            .collect();
        postmortem::order::sort_by_key(&mut marks, |(line, mark)| (*line, *mark as u8));
        marks.dedup_by_key(|(line, _)| *line);
        marks
    });

    let on_edit = {
        let dispatch = draft.dispatcher();
        Callback::from(move |text: String| dispatch.dispatch(Action::Edit(text)))
    };
    let select_span = {
        let draft = draft.clone();
        let area_ref = area_ref.clone();
        Callback::from(move |span: Range<usize>| {
            let Some(area) = area_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let lines = LineIndex::new(&draft.text);
            let (start, end) = (lines.utf16_offset(span.start), lines.utf16_offset(span.end));
            textarea::select(&area, start as u32, end as u32, lines.line(span.start));
        })
    };
    let go_to_line = {
        let draft = draft.clone();
        let select_span = select_span.clone();
        Callback::from(move |line: u32| {
            let at = LineIndex::new(&draft.text).line_start(line);
            select_span.emit(at..at);
        })
    };
    let insert_section = {
        let draft = draft.clone();
        let area_ref = area_ref.clone();
        let profile_id = report.profile.id.clone();
        Callback::from(move |insert: crate::components::SectionInsert| {
            let Some(area) = area_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let profile = postmortem::profile::builtin_profiles()
                .iter()
                .find(|p| p.id == profile_id);
            let section_id = profile
                .and_then(|p| p.sections.iter().find(|s| s.title == insert.title))
                .map(|s| s.id.clone());
            let skeleton = profile
                .zip(section_id)
                .and_then(|(p, id)| p.section_skeleton(&id))
                .unwrap_or_else(|| format!("{} {}", "#".repeat(insert.level.into()), insert.title));
            let text = &draft.text;
            let at = insert.at.min(text.len());
            let before = if at == 0 || text[..at].ends_with("\n\n") {
                ""
            } else if text[..at].ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            let block = format!("{before}{skeleton}\n\n");
            let at16 = LineIndex::new(text).utf16_offset(at) as u32;
            textarea::replace(&area, at16, at16, &block);
        })
    };
    {
        // A host page (in embed mode) can load a document and ask for the Markdown.
        let text_now = use_mut_ref(String::new);
        (*text_now.borrow_mut()).clone_from(&draft.text);
        let on_load = {
            let (create_draft, notice) = (create_draft.clone(), notice.clone());
            Callback::from(move |text: String| {
                create_draft.emit((text, None));
                notice.set("The host page opened a document as a new draft.".into());
            })
        };
        use_host_messages(on_load, Rc::new(move || text_now.borrow().clone()));
    }
    let new_from_template = {
        let (create_draft, notice) = (create_draft.clone(), notice.clone());
        Callback::from(move |id: String| {
            let Some(profile) = postmortem::profile::builtin_profiles()
                .iter()
                .find(|p| p.id == id)
            else {
                return;
            };
            create_draft.emit((profile.template.clone(), None));
            notice.set(format!(
                "Started a new draft from the {} template. Your other drafts are under Drafts.",
                profile.name
            ));
        })
    };
    // What Copy and Download take out: the text, with the Key metrics block when asked for.
    let outgoing = {
        let draft = draft.clone();
        let with_metrics = view.key_metrics;
        move || {
            if !with_metrics {
                return draft.text.clone();
            }
            let report = postmortem::check(&draft.text, &config(&draft.profile));
            key_metrics::text_to_copy(&draft.text, &report, true)
        }
    };
    let copy = {
        let (notice, outgoing) = (notice.clone(), outgoing.clone());
        Callback::from(move |_| {
            let (notice, text) = (notice.clone(), outgoing());
            wasm_bindgen_futures::spawn_local(async move {
                notice.set(match clipboard::copy_text(&text).await {
                    Copied::Refused => {
                        "Copying was refused by the browser; use Download instead.".into()
                    }
                    _ => "Markdown copied.".into(),
                });
            });
        })
    };
    let copy_html = {
        let (notice, outgoing) = (notice.clone(), outgoing.clone());
        Callback::from(move |_| {
            let (notice, text) = (notice.clone(), outgoing());
            let html = crate::markdown::to_safe_html(&text);
            wasm_bindgen_futures::spawn_local(async move {
                notice.set(match clipboard::copy_rich(&html, &text).await {
                    Copied::Refused => {
                        "Copying was refused by the browser; use Download instead.".into()
                    }
                    _ => "Copied as formatted text: paste it into Confluence or a document.".into(),
                });
            });
        })
    };
    let title = document_title(&draft.text);
    let download = {
        let (draft, notice, outgoing) = (draft.clone(), notice.clone(), outgoing.clone());
        Callback::from(move |_| {
            let name = file_name(&draft.text, &document_title(&draft.text));
            notice.set(match clipboard::download(&name, &outgoing()) {
                Ok(()) => format!("Downloaded {name}."),
                Err(why) => format!("Download failed: {why}."),
            });
        })
    };
    let on_command = {
        let draft = draft.clone();
        let area_ref = area_ref.clone();
        let storage = storage.clone();
        let copy = copy.clone();
        let view = view.clone();
        let notice = notice.clone();
        let flush = flush.clone();
        Callback::from(move |command: EditorCommand| {
            let Some(area) = area_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let (start, end) = textarea::selection(&area);
            let units: Vec<u16> = draft
                .text
                .encode_utf16()
                .skip(start as usize)
                .take(end.saturating_sub(start) as usize)
                .collect();
            let selected = String::from_utf16_lossy(&units);
            match command {
                EditorCommand::Indent => textarea::replace(&area, start, end, "  "),
                EditorCommand::Bold => {
                    let inner = if selected.is_empty() {
                        "bold text"
                    } else {
                        &selected
                    };
                    textarea::replace(&area, start, end, &format!("**{inner}**"));
                }
                EditorCommand::Link => {
                    let inner = if selected.is_empty() {
                        "link text"
                    } else {
                        &selected
                    };
                    textarea::replace(&area, start, end, &format!("[{inner}](https://)"));
                }
                EditorCommand::SaveNow => {
                    flush.emit(false);
                    let snapshot = (*storage)
                        .as_ref()
                        .map_err(|e| e.clone())
                        .and_then(|s| s.take_snapshot(&draft.id, &draft.text, now()));
                    notice.set(match snapshot {
                        Ok(()) => "Saved, with a snapshot in History.".into(),
                        Err(why) => format!("Snapshot not taken: {why}"),
                    });
                }
                EditorCommand::CopyMarkdown => copy.emit(()),
                EditorCommand::Help => view.dispatch(ViewAction::Open(Dialog::Help)),
            }
        })
    };
    // Before the author's choice between two tabs' texts, the one not chosen becomes a draft
    // of its own, listed under Drafts.
    let keep_copy_then = |action: Action, keep_mine: bool| {
        let draft = draft.clone();
        let storage = storage.clone();
        let notice = notice.clone();
        Callback::from(move |_| {
            let Some(other) = &draft.other_tab else {
                return;
            };
            let kept = if keep_mine { &other.text } else { &draft.text };
            notice.set(
                match (*storage)
                    .as_ref()
                    .map_err(|e| e.clone())
                    .and_then(|s| s.keep_as_draft(kept, "copy kept when two tabs disagreed", now()))
                {
                    Ok(_) => "The other version is kept as a draft of its own; see Drafts.".into(),
                    Err(why) => {
                        format!("The other version could not be kept ({why}); download it first.")
                    }
                },
            );
            draft.dispatch(action.clone());
        })
    };
    let use_other_tab = keep_copy_then(Action::UseOtherTab, false);
    let keep_mine = keep_copy_then(Action::KeepMine, true);
    let restore = {
        let draft = draft.clone();
        let storage = storage.clone();
        let area_ref = area_ref.clone();
        let view = view.clone();
        let notice = notice.clone();
        Callback::from(move |id: u64| {
            let Ok(storage) = (*storage).as_ref() else {
                return;
            };
            let Ok(Some(text)) = storage.snapshot_text(&draft.id, id) else {
                notice.set("That snapshot could not be read.".into());
                return;
            };
            // The current text becomes a snapshot first: restoring never loses it.
            let _ = storage.take_snapshot(&draft.id, &draft.text, now());
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                let length = draft.text.encode_utf16().count() as u32;
                textarea::replace(&area, 0, length, &text);
            }
            view.dispatch(ViewAction::Close);
            notice.set("Snapshot restored; the text before it is in History.".into());
        })
    };
    let snapshots: Vec<SnapshotEntry> = if view.dialog == Some(Dialog::History) {
        (*storage)
            .as_ref()
            .ok()
            .and_then(|s| s.snapshots(&draft.id).ok().map(|list| (s, list)))
            .map(|(s, list)| {
                list.iter()
                    .rev()
                    .map(|snap| {
                        let text = s
                            .snapshot_text(&draft.id, snap.number)
                            .ok()
                            .flatten()
                            .unwrap_or_default();
                        let first = text
                            .lines()
                            .find(|l| !l.trim().is_empty())
                            .unwrap_or("(empty)");
                        SnapshotEntry {
                            id: snap.number,
                            when: drafts::local_time(snap.taken),
                            summary: format!(
                                "{} — {} characters",
                                first.chars().take(60).collect::<String>(),
                                text.chars().count()
                            ),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let open_file = {
        let (create_draft, notice) = (create_draft.clone(), notice.clone());
        Callback::from(move |file: web_sys::File| {
            let (create_draft, notice) = (create_draft.clone(), notice.clone());
            let name = file.name();
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                {
                    Some(text) => {
                        create_draft.emit((text, None));
                        notice.set(format!(
                            "Opened {name} as a new draft. Your other drafts are under Drafts."
                        ));
                    }
                    None => notice.set(format!("{name} could not be read as text.")),
                }
            });
        })
    };
    let on_deleted = {
        let (draft, storage, trashed, open_draft) = (
            draft.clone(),
            storage.clone(),
            trashed.clone(),
            open_draft.clone(),
        );
        Callback::from(move |(id, title): (String, String)| {
            if id == draft.id {
                // Leave the deleted draft for the newest other one, or a blank one.
                let next = (*storage)
                    .as_ref()
                    .ok()
                    .and_then(|s| s.list().ok())
                    .and_then(|l| l.drafts.into_iter().next())
                    .map_or_else(drafts::blank, drafts::from_record);
                open_draft.emit(next);
            }
            trashed.set(Some((id, title)));
        })
    };
    let undo_delete = {
        let (storage, trashed, open_draft, notice) = (
            storage.clone(),
            trashed.clone(),
            open_draft.clone(),
            notice.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some((id, _)) = (*trashed).clone() else {
                return;
            };
            trashed.set(None);
            let restored = (*storage).as_ref().map_err(|e| e.clone()).and_then(|s| {
                s.set_deleted(&id, None)?;
                s.draft(&id)
            });
            match restored {
                Ok(Some(record)) => {
                    open_draft.emit(drafts::from_record(record));
                    notice.set("Restored.".into());
                }
                Ok(None) => notice.set("That draft is no longer stored.".into()),
                Err(why) => notice.set(format!("Not restored: {why}.")),
            }
        })
    };
    let free_space = {
        let (storage, dispatch, notice) = (storage.clone(), draft.dispatcher(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            let freed = (*storage)
                .as_ref()
                .map_err(|e| e.clone())
                .and_then(|s| s.free_space(KEEP_SNAPSHOTS_WHEN_FULL));
            notice.set(match freed {
                Ok(bytes) => format!(
                    "Freed {}: emptied the trash and kept the {KEEP_SNAPSHOTS_WHEN_FULL} newest snapshots of each draft. Saving again…",
                    drafts::human_bytes(bytes)
                ),
                Err(why) => format!("No space freed: {why}."),
            });
            dispatch.dispatch(Action::Retry);
        })
    };
    let open_drafts = {
        let (flush, view) = (flush.clone(), view.clone());
        Callback::from(move |_| {
            // The list shows stored drafts: store the one on screen first.
            flush.emit(false);
            view.dispatch(ViewAction::Open(Dialog::Drafts));
        })
    };
    let toggle = |panel: Panel| {
        let view = view.clone();
        Callback::from(move |_| view.dispatch(ViewAction::TogglePanel(panel)))
    };
    let on_rule = {
        let view = view.clone();
        Callback::from(move |rule: String| view.dispatch(ViewAction::Open(Dialog::Rule(rule))))
    };
    let close_dialog = {
        let view = view.clone();
        Callback::from(move |_| view.dispatch(ViewAction::Close))
    };
    let counts = |severity: Severity| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let profile = postmortem::profile::builtin_profiles()
        .iter()
        .find(|p| p.id == sections.0.id);
    let levels: Vec<(String, u8)> = profile
        .map(|p| {
            p.sections
                .iter()
                .map(|s| (s.id.clone(), s.level.unwrap_or(2)))
                .collect()
        })
        .unwrap_or_default();
    let durations = report.durations.clone().unwrap_or_default();
    let duration_summary = durations
        .duration_minutes
        .map_or("duration unknown".to_string(), |m| {
            format!("{} min", postmortem::numbers::fixed(m, 0))
        });
    let severity = report.severity.clone();
    let severity_summary = severity
        .as_ref()
        .and_then(|s| s.suggested.clone())
        .map_or("no suggestion".into(), |s| format!("suggested {s}"));
    let layout = view.layout;
    html! {
        <div class={class_list(&[Some("app"), view.embedded.then_some("embedded"), Some(match layout { Layout::Editor => "layout-editor", Layout::Split => "layout-split", Layout::Preview => "layout-preview" })])}>
            <HeaderBar
                title={AttrValue::from(title.clone())}
                save={draft.save.clone()}
                profile_id={AttrValue::from(sections.0.id.clone())}
                profile_source={AttrValue::from(sections.0.source.as_str())}
                chosen_profile={draft.profile.clone()}
                layout={layout}
                theme={view.theme}
                on_profile={{ let d = draft.dispatcher(); Callback::from(move |p| d.dispatch(Action::ChooseProfile(p))) }}
                on_new={new_from_template}
                on_copy={copy}
                on_copy_html={copy_html}
                key_metrics={view.key_metrics}
                on_key_metrics={{ let v = view.clone(); Callback::from(move |on| v.dispatch(ViewAction::KeyMetrics(on))) }}
                embedded={view.embedded}
                on_download={download.clone()}
                on_layout={{ let v = view.clone(); Callback::from(move |l| v.dispatch(ViewAction::Layout(l))) }}
                on_theme={{ let v = view.clone(); Callback::from(move |t| v.dispatch(ViewAction::Theme(t))) }}
                on_help={{ let v = view.clone(); Callback::from(move |_| v.dispatch(ViewAction::Open(Dialog::Help))) }}
                on_history={{ let v = view.clone(); Callback::from(move |_| v.dispatch(ViewAction::Open(Dialog::History))) }}
                on_drafts={open_drafts}
                on_open_file={open_file.clone()}
                notice={AttrValue::from((*notice).clone())}
            />
            if let SaveState::NotSaved(why) = &draft.save {
                <div class="conflict" role="alert" data-testid="not-saved">
                    <p>{ format!("Not saved: {why}. Your text stays on this page until you close it; download it to keep it.") }</p>
                    <button type="button" onclick={download.reform(|_: MouseEvent| ())}>{ "Download this draft" }</button>
                    if why.contains("full") {
                        <button type="button" onclick={free_space}>{ "Free space" }</button>
                    }
                </div>
            }
            if update_ready {
                <div class="undo-bar" role="status" data-testid="update-ready">
                    <p>{ "A new version of the editor is ready. Your drafts stay as they are." }</p>
                    <button type="button" onclick={apply_update.reform(|_: MouseEvent| ())}>{ "Reload to update" }</button>
                </div>
            }
            if let Some((_, title)) = &*trashed {
                <div class="undo-bar" role="status" data-testid="trashed">
                    <p>{ format!("“{title}” was moved to the trash.") }</p>
                    <button type="button" onclick={undo_delete}>{ "Undo" }</button>
                </div>
            }
            if draft.other_tab.is_some() {
                <div class="conflict" role="alert" data-testid="other-tab">
                    <p>{ "This draft was changed in another tab. Nothing is saved from this tab until you choose; both versions are kept either way." }</p>
                    <button type="button" onclick={use_other_tab}>{ "Load the other tab's text" }</button>
                    <button type="button" onclick={keep_mine}>{ "Keep mine" }</button>
                    <button type="button" onclick={download.reform(|_: MouseEvent| ())}>{ "Download mine" }</button>
                </div>
            }
            <main class={class_list(&[Some("workspace"), stale.then_some("stale")])} aria-busy={stale.to_string()}>
                if layout != Layout::Preview {
                    <DraftEditor text={AttrValue::from(draft.text.clone())} node_ref={area_ref.clone()} {on_edit} {on_command} marks={marks.clone()} on_drop_file={open_file} />
                }
                if layout != Layout::Editor {
                    <PreviewPane text={AttrValue::from(draft.text.clone())} />
                } else {
                    // Printing from the editor alone prints the Markdown as it is.
                    <pre class="print-only">{ draft.text.clone() }</pre>
                }
                <aside class="panels" aria-label="Checks">
                    <PanelFrame id="checklist" title="Sections" summary={format!("{}% complete", sections.1.percent)}
                        collapsed={view.is_collapsed(Panel::Checklist)} on_toggle={toggle(Panel::Checklist)}>
                        <ChecklistPanel completion={sections.1.clone()} profile_name={AttrValue::from(sections.0.name.clone())}
                            {levels} on_jump={select_span.clone()} on_insert={insert_section} />
                    </PanelFrame>
                    <PanelFrame id="problems" title="Problems"
                        summary={updating(stale, format!("{} errors, {} warnings, {} notes", counts(Severity::Error), counts(Severity::Warning), counts(Severity::Info)))}
                        collapsed={view.is_collapsed(Panel::Problems)} on_toggle={toggle(Panel::Problems)}>
                        <ProblemsPanel diagnostics={report.diagnostics.clone()} filter={view.problems_filter}
                            on_filter={{ let v = view.clone(); Callback::from(move |f| v.dispatch(ViewAction::Filter(f))) }}
                            on_select={select_span.clone()} {on_rule} />
                    </PanelFrame>
                    <PanelFrame id="durations" title="Durations" summary={updating(stale, duration_summary)}
                        collapsed={view.is_collapsed(Panel::Durations)} on_toggle={toggle(Panel::Durations)}>
                        <DurationsPanel durations={durations} error_budget={report.error_budget.clone()} on_line={go_to_line.clone()} />
                    </PanelFrame>
                    if let Some(severity) = severity {
                        <PanelFrame id="severity" title="Severity" summary={updating(stale, severity_summary)}
                            collapsed={view.is_collapsed(Panel::Severity)} on_toggle={toggle(Panel::Severity)}>
                            <SeverityPanel {severity} on_line={go_to_line} />
                        </PanelFrame>
                    }
                </aside>
            </main>
            { match &view.dialog {
                Some(Dialog::Help) => html! { <HelpDialog on_close={close_dialog} /> },
                Some(Dialog::History) => html! { <HistoryDialog {snapshots} on_restore={restore} on_close={close_dialog} /> },
                Some(Dialog::Drafts) => html! {
                    <DraftsWindow storage={storage.clone()} current={AttrValue::from(draft.id.clone())} embedded={view.embedded}
                        on_open={open_draft} on_new={{ let c = create_draft.clone(); Callback::from(move |_| c.emit((String::new(), None))) }}
                        {on_deleted} on_notice={{ let n = notice.clone(); Callback::from(move |m: String| n.set(m)) }}
                        on_close={close_dialog} />
                },
                Some(Dialog::Rule(rule)) => html! { <RuleDialog rule={AttrValue::from(rule.clone())} on_close={close_dialog} /> },
                None => html! {},
            } }
        </div>
    }
}

/// A panel summary, prefixed with "Updating…" while its results describe an older revision.
fn updating(stale: bool, summary: String) -> AttrValue {
    AttrValue::from(if stale {
        format!("Updating… {summary}")
    } else {
        summary
    })
}

/// Counts checks on the page's body (`data-checks`), for tests and the latency script.
fn mark_checked() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let count = body
        .get_attribute("data-checks")
        .and_then(|c| c.parse::<u64>().ok())
        .unwrap_or(0);
    let _ = body.set_attribute("data-checks", &(count + 1).to_string());
}

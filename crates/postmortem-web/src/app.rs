//! The page: header, editor, preview and the live panels beside them.

use std::ops::Range;
use std::rc::Rc;

use postmortem::{LineIndex, Severity};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::line_gutter_mark as mark_of;
use crate::components::{
    ChecklistPanel, DraftEditor, DurationsPanel, EditorCommand, HeaderBar, HelpDialog,
    HistoryDialog, PanelFrame, PreviewPane, ProblemsPanel, RuleDialog, SeverityPanel,
    SnapshotEntry,
};
use crate::hooks::{Checks, use_checks};
use crate::services::storage::{CURRENT_REVISION, DraftStorage, Saved, StorageError, full_key};
use crate::services::{clipboard, textarea, theme};
use crate::state::{
    Action, Dialog, Draft, Layout, OtherTab, Panel, SaveState, Theme, View, ViewAction,
};
use wasm_bindgen::JsCast;

/// A history snapshot is taken after this long of editing.
const SNAPSHOT_EVERY_MS: u64 = 5 * 60 * 1000;

/// Key of the theme the author picked.
const THEME: &str = "theme";
/// Key of the text replaced by the last "New from template".
const BEFORE_TEMPLATE: &str = "draft.before-template";

#[function_component(App)]
pub fn app() -> Html {
    let storage: Rc<Result<DraftStorage, StorageError>> = use_memo((), |_| DraftStorage::open());
    let draft = {
        let storage = storage.clone();
        use_reducer(move || load_draft(&storage))
    };
    let view = {
        let storage = storage.clone();
        use_reducer(move || View {
            theme: (*storage)
                .as_ref()
                .ok()
                .and_then(|s| s.read(THEME).ok().flatten())
                .map_or(Theme::System, |t| Theme::parse(&t)),
            ..View::default()
        })
    };
    let notice = use_state(String::new);
    // When the last history snapshot was taken (ms), so that one is taken every few minutes.
    let last_snapshot = {
        let storage = storage.clone();
        use_mut_ref(move || {
            (*storage)
                .as_ref()
                .ok()
                .and_then(|s| s.snapshots().ok())
                .and_then(|l| l.last().map(|s| s.taken))
                .unwrap_or(0)
        })
    };
    let area_ref = use_node_ref();
    {
        // Write every edit; the text stays on screen whatever storage says. Nothing is written
        // before the first edit (so a draft that could not be read is never overwritten), nor
        // while another tab's save waits for the author's choice, nor over a revision this tab
        // has not seen.
        let storage = storage.clone();
        let dispatch = draft.dispatcher();
        let pending = draft.save == SaveState::Saving && draft.other_tab.is_none();
        let text = draft.text.clone();
        let last_snapshot = last_snapshot.clone();
        use_effect_with((draft.revision, draft.seen), move |(_, seen)| {
            if pending {
                let action = save(&storage, &text, *seen);
                // A snapshot every few minutes of editing.
                let now = js_sys::Date::now() as u64;
                if matches!(action, Action::Written(_))
                    && now.saturating_sub(*last_snapshot.borrow()) >= SNAPSHOT_EVERY_MS
                {
                    if let Ok(storage) = storage.as_ref() {
                        let _ = storage.take_snapshot(&text, now);
                    }
                    *last_snapshot.borrow_mut() = now;
                }
                dispatch.dispatch(action);
            }
        });
    }
    {
        // Another tab saved: the `storage` event names the revision key.
        let storage = storage.clone();
        let dispatch = draft.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if event.key().as_deref() != Some(full_key(CURRENT_REVISION).as_str()) {
                        return;
                    }
                    if let Ok(storage) = storage.as_ref()
                        && let Ok(Some(other)) = storage.read_draft()
                    {
                        dispatch.dispatch(Action::OtherTabSaved(OtherTab {
                            text: other.text,
                            revision: other.revision,
                        }));
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let storage = storage.clone();
        use_effect_with(view.theme, move |theme| {
            theme::apply(*theme);
            if let Ok(storage) = storage.as_ref() {
                let _ = storage.write(THEME, theme.as_str());
            }
        });
    }
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
        marks.sort_by_key(|(line, mark)| (*line, *mark as u8));
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
    let new_from_template = {
        let draft = draft.clone();
        let area_ref = area_ref.clone();
        let storage = storage.clone();
        let notice = notice.clone();
        let dispatch = draft.dispatcher();
        Callback::from(move |id: String| {
            let Some(profile) = postmortem::profile::builtin_profiles()
                .iter()
                .find(|p| p.id == id)
            else {
                return;
            };
            let Some(area) = area_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            if !draft.text.trim().is_empty() {
                let _ = write(&storage, BEFORE_TEMPLATE, &draft.text);
            }
            let length = draft.text.encode_utf16().count() as u32;
            textarea::replace(&area, 0, length, &profile.template);
            textarea::select(&area, 0, 0, 1);
            dispatch.dispatch(Action::ChooseProfile(None));
            notice.set(format!(
                "Started from the {} template. Ctrl+Z brings your previous text back.",
                profile.name
            ));
        })
    };
    let copy = {
        let draft = draft.clone();
        let notice = notice.clone();
        Callback::from(move |_| {
            let copied = clipboard::copy_text(&draft.text);
            notice.set(if copied {
                "Markdown copied.".into()
            } else {
                "Copying was refused by the browser; use Download instead.".into()
            });
        })
    };
    let title = document_title(&draft.text);
    let download = {
        let draft = draft.clone();
        let notice = notice.clone();
        Callback::from(move |_| {
            let name = file_name(&draft.text, &document_title(&draft.text));
            notice.set(match clipboard::download(&name, &draft.text) {
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
                    let snapshot = (*storage)
                        .as_ref()
                        .map_err(|e| e.clone())
                        .and_then(|s| s.take_snapshot(&draft.text, js_sys::Date::now() as u64));
                    notice.set(match snapshot {
                        Ok(()) => "Saved, with a snapshot in History.".into(),
                        Err(why) => format!("Snapshot not taken: {why}"),
                    });
                    draft.dispatch(save(&storage, &draft.text, draft.seen));
                }
                EditorCommand::CopyMarkdown => copy.emit(()),
                EditorCommand::Help => view.dispatch(ViewAction::Open(Dialog::Help)),
            }
        })
    };
    let keep_copy_then = |action: Action, keep_mine: bool| {
        let draft = draft.clone();
        let storage = storage.clone();
        let notice = notice.clone();
        Callback::from(move |_| {
            let Some(other) = &draft.other_tab else {
                return;
            };
            let kept = if keep_mine { &other.text } else { &draft.text };
            let stamp = js_sys::Date::now() as u64;
            notice.set(
                match (*storage)
                    .as_ref()
                    .map_err(|e| e.clone())
                    .and_then(|s| s.keep_copy(kept, stamp))
                {
                    Ok(key) => {
                        format!("The other version is kept as a copy in this browser ({key}).")
                    }
                    Err(why) => format!(
                        "The other version could not be kept as a copy ({why}); download it first."
                    ),
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
            let Ok(Some(text)) = storage.snapshot_text(id) else {
                notice.set("That snapshot could not be read.".into());
                return;
            };
            // The current text becomes a snapshot first: restoring never loses it.
            let _ = storage.take_snapshot(&draft.text, js_sys::Date::now() as u64);
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
            .and_then(|s| s.snapshots().ok().map(|list| (s, list)))
            .map(|(s, list)| {
                list.iter()
                    .rev()
                    .map(|snap| {
                        let text = s.snapshot_text(snap.id).ok().flatten().unwrap_or_default();
                        let first = text
                            .lines()
                            .find(|l| !l.trim().is_empty())
                            .unwrap_or("(empty)");
                        SnapshotEntry {
                            id: snap.id,
                            when: js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
                                snap.taken as f64,
                            ))
                            .to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED)
                            .into(),
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
        let draft = draft.clone();
        let storage = storage.clone();
        let area_ref = area_ref.clone();
        let notice = notice.clone();
        Callback::from(move |file: web_sys::File| {
            let (draft, storage, area_ref, notice) = (
                draft.clone(),
                storage.clone(),
                area_ref.clone(),
                notice.clone(),
            );
            let name = file.name();
            wasm_bindgen_futures::spawn_local(async move {
                let text = match wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                {
                    Some(text) => text,
                    None => {
                        notice.set(format!("{name} could not be read as text."));
                        return;
                    }
                };
                // The text it replaces goes to History first.
                if let Ok(storage) = (*storage).as_ref()
                    && !draft.text.trim().is_empty()
                {
                    let _ = storage.take_snapshot(&draft.text, js_sys::Date::now() as u64);
                }
                if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                    let length = draft.text.encode_utf16().count() as u32;
                    textarea::replace(&area, 0, length, &text);
                    textarea::select(&area, 0, 0, 1);
                }
                notice.set(format!(
                    "Opened {name}. The text it replaced is in History."
                ));
            });
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
        .map_or("duration unknown".to_string(), |m| format!("{m:.0} min"));
    let severity = report.severity.clone();
    let severity_summary = severity
        .as_ref()
        .and_then(|s| s.suggested.clone())
        .map_or("no suggestion".into(), |s| format!("suggested {s}"));
    let layout = view.layout;
    html! {
        <div class={classes!("app", format!("layout-{}", match layout { Layout::Editor => "editor", Layout::Split => "split", Layout::Preview => "preview" }))}>
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
                on_download={download.clone()}
                on_layout={{ let v = view.clone(); Callback::from(move |l| v.dispatch(ViewAction::Layout(l))) }}
                on_theme={{ let v = view.clone(); Callback::from(move |t| v.dispatch(ViewAction::Theme(t))) }}
                on_help={{ let v = view.clone(); Callback::from(move |_| v.dispatch(ViewAction::Open(Dialog::Help))) }}
                on_history={{ let v = view.clone(); Callback::from(move |_| v.dispatch(ViewAction::Open(Dialog::History))) }}
                on_open_file={open_file.clone()}
                notice={AttrValue::from((*notice).clone())}
            />
            if let SaveState::NotSaved(why) = &draft.save {
                <div class="conflict" role="alert" data-testid="not-saved">
                    <p>{ format!("Not saved: {why}. Your text stays on this page until you close it; download it to keep it.") }</p>
                    <button type="button" onclick={download.reform(|_: MouseEvent| ())}>{ "Download this draft" }</button>
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
            <main class={classes!("workspace", stale.then_some("stale"))} aria-busy={stale.to_string()}>
                if layout != Layout::Preview {
                    <DraftEditor text={AttrValue::from(draft.text.clone())} node_ref={area_ref.clone()} {on_edit} {on_command} marks={marks.clone()} on_drop_file={open_file} />
                }
                if layout != Layout::Editor {
                    <PreviewPane text={AttrValue::from(draft.text.clone())} />
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
                Some(Dialog::Rule(rule)) => html! { <RuleDialog rule={AttrValue::from(rule.clone())} on_close={close_dialog} /> },
                None => html! {},
            } }
        </div>
    }
}

/// Saves the draft over revision `seen`; a newer revision from another tab becomes a choice.
fn save(storage: &Result<DraftStorage, StorageError>, text: &str, seen: u64) -> Action {
    match storage
        .as_ref()
        .map_err(|e| e.clone())
        .and_then(|s| s.write_draft(text, seen))
    {
        Ok(Saved::At(revision)) => Action::Written(revision),
        Ok(Saved::Conflict(other)) => Action::OtherTabSaved(OtherTab {
            text: other.text,
            revision: other.revision,
        }),
        Err(error) => Action::Stored(Err(error.to_string())),
    }
}

fn write(
    storage: &Result<DraftStorage, StorageError>,
    key: &str,
    text: &str,
) -> Result<(), String> {
    match storage {
        Ok(storage) => storage.write(key, text),
        Err(error) => Err(error.clone()),
    }
    .map_err(|e| e.to_string())
}

/// The stored draft, or an empty one with the reason it could not be read.
fn load_draft(storage: &Result<DraftStorage, StorageError>) -> Draft {
    match storage.as_ref().map(|s| s.read_draft()) {
        Ok(Ok(stored)) => {
            let (text, seen) = stored.map_or((String::new(), 0), |s| (s.text, s.revision));
            Draft {
                seen,
                ..Draft::new(text, SaveState::Saved)
            }
        }
        Ok(Err(error)) => Draft::new(String::new(), SaveState::NotSaved(error.to_string())),
        Err(error) => Draft::new(String::new(), SaveState::NotSaved(error.to_string())),
    }
}

/// The draft's title: its first `# ` line without a "Postmortem:" prefix. A line scan, not a
/// parse: it runs on every keystroke.
fn document_title(text: &str) -> String {
    text.lines()
        .find_map(|line| line.strip_prefix("# "))
        .map(|heading| {
            let t = heading.trim();
            ["Post-Mortem:", "Postmortem:", "Incident Post-Mortem:"]
                .iter()
                .find_map(|p| t.strip_prefix(p))
                .unwrap_or(t)
                .trim()
                .to_string()
        })
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Untitled postmortem".into())
}

/// `INC-2026-0412-search-results-timed-out.md`.
fn file_name(text: &str, title: &str) -> String {
    let doc = postmortem::Document::parse(text);
    let id = doc
        .field(&["Incident ID"])
        .map(|f| {
            f.value
                .trim_matches(|c| matches!(c, '`' | '[' | ']'))
                .to_string()
        })
        .filter(|v| !v.is_empty() && !v.contains("YYYY"));
    let slug = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .take(8)
            .collect::<Vec<_>>()
            .join("-")
    };
    let name = match id {
        Some(id) if !title.contains(&id) => format!("{}-{}", id, slug(title)),
        _ => slug(title),
    };
    format!(
        "{}.md",
        if name.is_empty() {
            "postmortem".into()
        } else {
            name
        }
    )
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

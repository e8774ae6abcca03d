use super::class_list;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::save_indicator::SaveIndicator;
use crate::state::{Layout, SaveState, Theme};

#[derive(Properties, PartialEq)]
pub struct HeaderBarProps {
    pub title: AttrValue,
    pub save: SaveState,
    /// The profile in use and why (`detected`, `front-matter`, ...).
    pub profile_id: AttrValue,
    pub profile_source: AttrValue,
    /// The profile the author chose, if any.
    pub chosen_profile: Option<String>,
    pub layout: Layout,
    pub theme: Theme,
    pub on_profile: Callback<Option<String>>,
    pub on_new: Callback<String>,
    pub on_copy: Callback<()>,
    /// Copy as formatted HTML (for Confluence and documents).
    pub on_copy_html: Callback<()>,
    /// Whether Copy and Download append the Key metrics block.
    pub key_metrics: bool,
    pub on_key_metrics: Callback<bool>,
    /// Embedded in another page: no title, theme or help buttons.
    pub embedded: bool,
    pub on_download: Callback<()>,
    pub on_layout: Callback<Layout>,
    pub on_theme: Callback<Theme>,
    pub on_help: Callback<()>,
    pub on_history: Callback<()>,
    pub on_drafts: Callback<()>,
    /// A Markdown file the author picked.
    pub on_open_file: Callback<web_sys::File>,
    /// The result of the last copy or download, announced to the user.
    pub notice: AttrValue,
}

/// The header: draft title, save state, profile picker, new-from-template, copy and download,
/// layout, theme and help.
#[function_component(HeaderBar)]
pub fn header_bar(props: &HeaderBarProps) -> Html {
    let profiles = postmortem::profile::builtin_profiles();
    let on_profile = {
        let on_profile = props.on_profile.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            on_profile.emit((!value.is_empty()).then_some(value));
        })
    };
    let on_new = {
        let on_new = props.on_new.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            select.set_value("");
            if !value.is_empty() {
                on_new.emit(value);
            }
        })
    };
    let layout_button = |layout: Layout, label: &'static str| {
        let on_layout = props.on_layout.clone();
        html! {
            <button type="button" class={class_list(&[Some("segment"), (props.layout == layout).then_some("active")])}
                aria-pressed={(props.layout == layout).to_string()} onclick={Callback::from(move |_| on_layout.emit(layout))}>{ label }</button>
        }
    };
    let detected_label = format!(
        "Automatic ({} — {})",
        props.profile_id, props.profile_source
    );
    let theme = props.theme;
    let on_theme = props.on_theme.reform(move |_: MouseEvent| theme.next());
    html! {
        <header class="app-header">
            if !props.embedded {
                <h1 class="app-title" title={props.title.clone()}>{ props.title.clone() }</h1>
            }
            <SaveIndicator state={props.save.clone()} />
            <span class="notice" role="status" aria-live="polite">{ props.notice.clone() }</span>
            <div class="toolbar">
                <label class="field">
                    <span class="visually-hidden">{ "Template profile" }</span>
                    <select onchange={on_profile} data-testid="profile-picker" aria-label="Template profile">
                        <option value="" selected={props.chosen_profile.is_none()}>{ detected_label }</option>
                        { for profiles.iter().map(|p| html! {
                            <option value={p.id.clone()} selected={props.chosen_profile.as_deref() == Some(p.id.as_str())}>{ p.name.clone() }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span class="visually-hidden">{ "New from template" }</span>
                    <select onchange={on_new} data-testid="new-from-template" aria-label="New from template">
                        <option value="" selected=true>{ "New from template…" }</option>
                        { for profiles.iter().map(|p| html! { <option value={p.id.clone()}>{ p.name.clone() }</option> }) }
                    </select>
                </label>
                <button type="button" onclick={props.on_copy.reform(|_| ())}>{ "Copy Markdown" }</button>
                <button type="button" onclick={props.on_copy_html.reform(|_| ())} title="Headings, tables and lists for Confluence or a document">{ "Copy as HTML" }</button>
                <label class="check" title="Append the computed durations, error budget and suggested severity as a table">
                    <input type="checkbox" checked={props.key_metrics} data-testid="key-metrics" onchange={{
                        let on_key_metrics = props.on_key_metrics.clone();
                        Callback::from(move |e: Event| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            on_key_metrics.emit(input.checked());
                        })
                    }} />
                    { " with key metrics" }
                </label>
                <button type="button" onclick={props.on_download.reform(|_| ())}>{ "Download .md" }</button>
                <button type="button" onclick={props.on_drafts.reform(|_| ())}>{ "Drafts" }</button>
                <button type="button" onclick={props.on_history.reform(|_| ())}>{ "History" }</button>
                <label class="file-button">
                    { "Open .md" }
                    <input type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" class="visually-hidden"
                        data-testid="open-file" onchange={{
                            let on_open_file = props.on_open_file.clone();
                            Callback::from(move |e: Event| {
                                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                                if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                    on_open_file.emit(file);
                                }
                                input.set_value("");
                            })
                        }} />
                </label>
                <div class="segmented" role="group" aria-label="Layout">
                    { layout_button(Layout::Editor, "Editor") }
                    { layout_button(Layout::Split, "Split") }
                    { layout_button(Layout::Preview, "Preview") }
                </div>
                if !props.embedded {
                    <button type="button" onclick={on_theme} aria-label={format!("Theme: {} (change)", theme.as_str())} title="Theme">
                        { match theme { Theme::System => "◐ System", Theme::Light => "☀ Light", Theme::Dark => "☾ Dark" } }
                    </button>
                }
                <button type="button" onclick={props.on_help.reform(|_| ())} aria-label="Keyboard shortcuts and help">{ "?" }</button>
            </div>
        </header>
    }
}

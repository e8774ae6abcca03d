//! Copying out: the async Clipboard API where it is allowed, and where it is not (an iframe
//! without the `clipboard-write` permission, an older browser) `execCommand("copy")` with a
//! one-off `copy` listener that puts the text (and the HTML) on the clipboard. Downloads.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a copy went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// Through the async Clipboard API.
    Clipboard,
    /// Through the `copy` event fallback.
    Fallback,
    /// The browser refused both.
    Refused,
}

/// Copies `text` as plain text.
pub async fn copy_text(text: &str) -> Copied {
    if let Some(clipboard) = async_clipboard()
        && JsFuture::from(clipboard.write_text(text)).await.is_ok()
    {
        return Copied::Clipboard;
    }
    copy_with_event(text, None)
}

/// Copies `html` as a `text/html` item with `plain` as its `text/plain` fallback, so that a
/// rich editor (Confluence, Google Docs, Word) pastes headings, tables and lists.
pub async fn copy_rich(html: &str, plain: &str) -> Copied {
    if let Some(clipboard) = async_clipboard()
        && let Some(item) = clipboard_item(html, plain)
        && JsFuture::from(clipboard.write(&js_sys::Array::of1(&item)))
            .await
            .is_ok()
    {
        return Copied::Clipboard;
    }
    copy_with_event(plain, Some(html))
}

fn async_clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    clipboard.is_object().then(|| clipboard.unchecked_into())
}

fn clipboard_item(html: &str, plain: &str) -> Option<web_sys::ClipboardItem> {
    let window = web_sys::window()?;
    let defined = js_sys::Reflect::get(&window, &JsValue::from_str("ClipboardItem")).ok()?;
    if defined.is_undefined() {
        return None;
    }
    let record = js_sys::Object::new();
    let (html, plain) = (
        blob(html, "text/html").ok()?,
        blob(plain, "text/plain").ok()?,
    );
    js_sys::Reflect::set(&record, &"text/html".into(), &html).ok()?;
    js_sys::Reflect::set(&record, &"text/plain".into(), &plain).ok()?;
    web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record).ok()
}

fn copy_with_event(plain: &str, html: Option<&str>) -> Copied {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Copied::Refused;
    };
    let (plain, html) = (plain.to_string(), html.map(str::to_string));
    let listener = EventListener::new_with_options(
        &document,
        "copy",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(data) = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
            else {
                return;
            };
            let _ = data.set_data("text/plain", &plain);
            if let Some(html) = &html {
                let _ = data.set_data("text/html", html);
            }
            event.prevent_default();
        },
    );
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    drop(listener);
    if copied {
        Copied::Fallback
    } else {
        Copied::Refused
    }
}

fn blob(text: &str, mime: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Offers Markdown `text` as a download named `file_name`.
pub fn download(file_name: &str, text: &str) -> Result<(), String> {
    download_as(file_name, text, "text/markdown;charset=utf-8")
}

/// Offers `text` as a download named `file_name` of media type `mime`.
pub fn download_as(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let blob = blob(text, mime).map_err(|_| "cannot make the file")?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot make the file")?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("cannot make a link")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

//! The `postMessage` interface for a page that embeds the editor in an iframe.
//!
//! Messages are accepted only from origins listed in `embed.json` beside the page
//! (`{"allowed_origins": ["https://wiki.example.com"]}`), which whoever deploys the page
//! writes; with no such file nothing is accepted. The host sends:
//!
//! - `{type: "postmortem:load", text, id?}`: opens `text` as a new draft (the one open stays in
//!   the drafts list); answered with `{type: "postmortem:loaded", id}`.
//! - `{type: "postmortem:get", id?}`: answered with `{type: "postmortem:markdown", id, text}`.
//!
//! When the editor is ready it sends `{type: "postmortem:ready"}` to each allowed origin (the
//! browser delivers it only to a parent of that origin).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The file that lists the origins allowed to send messages.
pub const EMBED_CONFIG: &str = "embed.json";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    pub allowed_origins: Vec<String>,
}

/// A message from the host. Read field by field (no serde here: an internally tagged enum
/// through serde-wasm-bindgen cost 9 KB of wasm).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostRequest {
    Load { text: String, id: Option<String> },
    Get { id: Option<String> },
}

/// A string property of a JS object, if it is one.
fn string_field(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

/// A message to the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorReply {
    Ready,
    Loaded { id: Option<String> },
    Markdown { id: Option<String>, text: String },
}

/// Whether the page runs inside a frame.
pub fn is_framed() -> bool {
    web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|p| p != w))
        .unwrap_or(false)
}

/// Reads `embed.json`; a missing or malformed file allows no origin.
pub async fn load_config() -> EmbedConfig {
    let Some(window) = web_sys::window() else {
        return EmbedConfig::default();
    };
    let Ok(response) = JsFuture::from(window.fetch_with_str(EMBED_CONFIG)).await else {
        return EmbedConfig::default();
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return EmbedConfig::default();
    };
    if !response.ok() {
        return EmbedConfig::default();
    }
    let Ok(promise) = response.json() else {
        return EmbedConfig::default();
    };
    let Ok(json) = JsFuture::from(promise).await else {
        return EmbedConfig::default();
    };
    let origins = js_sys::Reflect::get(&json, &JsValue::from_str("allowed_origins"))
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|list| {
            js_sys::Array::from(&list)
                .iter()
                .filter_map(|origin| origin.as_string())
                .collect()
        })
        .unwrap_or_default();
    EmbedConfig {
        allowed_origins: origins,
    }
}

/// Reads a message event from an allowed origin; anything else is `None`.
pub fn request(event: &web_sys::MessageEvent, config: &EmbedConfig) -> Option<HostRequest> {
    let origin = event.origin();
    if !config.allowed_origins.contains(&origin) {
        return None;
    }
    let data = event.data();
    if !data.is_object() {
        return None;
    }
    let id = string_field(&data, "id");
    match string_field(&data, "type")?.as_str() {
        "postmortem:load" => Some(HostRequest::Load {
            text: string_field(&data, "text")?,
            id,
        }),
        "postmortem:get" => Some(HostRequest::Get { id }),
        _ => None,
    }
}

/// Answers the window that sent `event`, to its origin only.
pub fn reply(event: &web_sys::MessageEvent, message: &EditorReply) {
    // The host's window belongs to another realm, where `instanceof Window` is false here, so
    // it is taken as a window unchecked (a host page does not send from a MessagePort).
    let Some(source) = event
        .source()
        .map(|s| s.unchecked_into::<web_sys::Window>())
    else {
        return;
    };
    let _ = source.post_message(&message.to_js(), &event.origin());
}

/// Tells the parent, if it is at an allowed origin, that the editor is ready.
pub fn announce_ready(config: &EmbedConfig) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let value = EditorReply::Ready.to_js();
    for origin in &config.allowed_origins {
        let _ = parent.post_message(&value, origin);
    }
}

impl EditorReply {
    /// The message as a plain object: `{type, id?, text?}`.
    fn to_js(&self) -> JsValue {
        let object = js_sys::Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
        };
        let id = |id: &Option<String>| id.as_deref().map_or(JsValue::NULL, JsValue::from_str);
        match self {
            EditorReply::Ready => set("type", "postmortem:ready".into()),
            EditorReply::Loaded { id: request } => {
                set("type", "postmortem:loaded".into());
                set("id", id(request));
            }
            EditorReply::Markdown { id: request, text } => {
                set("type", "postmortem:markdown".into());
                set("id", id(request));
                set("text", JsValue::from_str(text));
            }
        }
        object.into()
    }
}

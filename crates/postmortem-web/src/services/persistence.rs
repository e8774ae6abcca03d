//! `navigator.storage`: asking the browser to keep this origin's data (`persist()`), and how
//! much it uses (`estimate()`). Both are best effort: a browser without them answers `None`.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// What the browser says about this origin's storage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageUse {
    /// Bytes used by the whole origin (all storage kinds).
    pub usage: Option<f64>,
    /// Bytes the origin may use.
    pub quota: Option<f64>,
    /// Whether the browser promised not to clear it under pressure.
    pub persisted: Option<bool>,
}

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Absent on insecure origins and old browsers.
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    Some(navigator.storage())
}

/// Asks for persistent storage; the answer comes later and is read by [`storage_use`].
pub fn request() {
    if let Some(promise) = manager().and_then(|m| m.persist().ok()) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Asks for persistent storage and returns the browser's answer.
pub async fn request_now() -> Option<bool> {
    let promise = manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// The origin's storage use and whether it is persistent.
pub async fn storage_use() -> StorageUse {
    let Some(manager) = manager() else {
        return StorageUse {
            usage: None,
            quota: None,
            persisted: None,
        };
    };
    let estimate = match manager.estimate() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    let number = |name: &str| {
        estimate
            .as_ref()
            .and_then(|e| js_sys::Reflect::get(e, &JsValue::from_str(name)).ok())
            .and_then(|v| v.as_f64())
    };
    let persisted = match manager.persisted() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    StorageUse {
        usage: number("usage"),
        quota: number("quota"),
        persisted,
    }
}

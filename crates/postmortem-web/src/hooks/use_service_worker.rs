use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

/// What the page tells a waiting worker to make it take over.
const SKIP_WAITING: &str = "postmortem:skip-waiting";

/// Registers the service worker (`sw.js`, beside the page, so it works from any sub-path) and
/// reports when a new version of the app has been downloaded and waits. Returns whether an
/// update waits and the callback that applies it: the waiting worker takes over and the page
/// reloads (the draft is written first by the autosave's `pagehide`).
///
/// Does nothing where service workers are not available (plain HTTP other than localhost,
/// some sandboxed iframes); in a debug build there is no `sw.js` and registering fails quietly.
#[hook]
pub fn use_service_worker() -> (bool, Callback<()>) {
    let update_ready = use_state(|| false);
    let registration: Rc<RefCell<Option<ServiceWorkerRegistration>>> = use_mut_ref(|| None);
    {
        let (update_ready, registration) = (update_ready.clone(), registration.clone());
        use_effect_with((), move |_| {
            if let Some(container) = container() {
                wasm_bindgen_futures::spawn_local(register(container, update_ready, registration));
            }
        });
    }
    let apply = Callback::from(move |_| {
        let (Some(container), Some(waiting)) = (
            container(),
            registration.borrow().as_ref().and_then(|r| r.waiting()),
        ) else {
            return;
        };
        EventListener::once(&container, "controllerchange", |_| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        })
        .forget();
        let _ = waiting.post_message(&JsValue::from_str(SKIP_WAITING));
    });
    (*update_ready, apply)
}

async fn register(
    container: ServiceWorkerContainer,
    update_ready: UseStateHandle<bool>,
    slot: Rc<RefCell<Option<ServiceWorkerRegistration>>>,
) {
    let options = web_sys::RegistrationOptions::new();
    options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let Ok(registration) = JsFuture::from(container.register_with_options("sw.js", &options)).await
    else {
        return;
    };
    // Some environments resolve without a registration (a blocked worker).
    if !registration.is_object() {
        return;
    }
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    // Only an update waits: on the first visit nothing controlled the page before.
    let controlled = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && controlled() {
        update_ready.set(true);
    }
    let found = registration.clone();
    EventListener::new(&registration, "updatefound", move |_| {
        let Some(worker) = found.installing() else {
            return;
        };
        let (installing, update_ready, controlled) =
            (worker.clone(), update_ready.clone(), controlled.clone());
        EventListener::new(&worker, "statechange", move |_| {
            if installing.state() == ServiceWorkerState::Installed && controlled() {
                update_ready.set(true);
            }
        })
        .forget();
    })
    .forget();
    *slot.borrow_mut() = Some(registration);
}

/// `navigator.serviceWorker`, where the browser offers it.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    container.is_object().then(|| container.unchecked_into())
}

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::services::host::{self, EditorReply, EmbedConfig, HostRequest};

/// In a frame, answers the host page's messages (see [`crate::services::host`]): `load` calls
/// `on_load` with the text, `get` answers with `current()`, the text on screen.
#[hook]
pub fn use_host_messages(on_load: Callback<String>, current: Rc<dyn Fn() -> String>) {
    // The latest callbacks, for the listener made once.
    let latest = use_mut_ref(|| (on_load.clone(), current.clone()));
    *latest.borrow_mut() = (on_load, current);
    use_effect_with((), move |_| {
        let listener: Rc<RefCell<Option<EventListener>>> = Rc::new(RefCell::new(None));
        if host::is_framed() {
            let slot = listener.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let config: EmbedConfig = host::load_config().await;
                if config.allowed_origins.is_empty() {
                    return;
                }
                let Some(window) = web_sys::window() else {
                    return;
                };
                let allowed = config.clone();
                *slot.borrow_mut() = Some(EventListener::new(&window, "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let Some(request) = host::request(event, &allowed) else {
                        return;
                    };
                    let (on_load, current) = latest.borrow().clone();
                    match request {
                        HostRequest::Load { text, id } => {
                            on_load.emit(text);
                            host::reply(event, &EditorReply::Loaded { id });
                        }
                        HostRequest::Get { id } => {
                            host::reply(
                                event,
                                &EditorReply::Markdown {
                                    id,
                                    text: current(),
                                },
                            );
                        }
                    }
                }));
                host::announce_ready(&config);
            });
        }
        move || drop(listener)
    });
}

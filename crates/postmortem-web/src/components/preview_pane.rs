use super::class_list;
use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::hooks::{IMMEDIATE_BYTES, PAUSE_MS};

#[derive(Properties, PartialEq)]
pub struct PreviewPaneProps {
    pub text: AttrValue,
}

/// The draft rendered as HTML; raw HTML in the draft shows as text and only http(s), mailto and
/// in-page links survive (see `markdown::to_safe_html`). Like the full check, a large draft
/// (over [`IMMEDIATE_BYTES`]) is rendered once typing pauses for [`PAUSE_MS`], so that typing
/// in it stays quick; meanwhile the preview is dimmed and marked busy.
#[function_component(PreviewPane)]
pub fn preview_pane(props: &PreviewPaneProps) -> Html {
    let rendered = {
        let text = props.text.clone();
        use_state(move || {
            let html = AttrValue::from(crate::markdown::to_safe_html(&text));
            (text, html)
        })
    };
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let rendered = rendered.clone();
        use_effect_with(props.text.clone(), move |text| {
            if rendered.0 == *text {
                return;
            }
            let text = text.clone();
            let small = text.len() <= IMMEDIATE_BYTES;
            let render = move || {
                let html = AttrValue::from(crate::markdown::to_safe_html(&text));
                rendered.set((text, html));
            };
            if small {
                timer.borrow_mut().take();
                render();
            } else {
                // Replacing the handle cancels the render still waiting.
                *timer.borrow_mut() = Some(Timeout::new(PAUSE_MS, render));
            }
        });
    }
    let stale = rendered.0 != props.text;
    html! {
        <section class={class_list(&[Some("preview"), stale.then_some("stale")])} aria-label="Preview" tabindex="0" aria-busy={stale.to_string()}>
            <article class="preview-body">{ Html::from_html_unchecked(rendered.1.clone()) }</article>
        </section>
    }
}

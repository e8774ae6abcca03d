use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::help_dialog::Modal;

#[derive(Properties, PartialEq)]
pub struct RuleDialogProps {
    pub rule: AttrValue,
    pub on_close: Callback<()>,
}

/// A rule's documentation page. The page's build leaves the documentation out of the wasm, so
/// it reads the generated page (`rules/PM101-missing-required-section.md`, copied into the
/// build from docs/rules) from its own origin.
#[function_component(RuleDialog)]
pub fn rule_dialog(props: &RuleDialogProps) -> Html {
    let page = use_state(|| None::<Result<String, String>>);
    let rule = postmortem::rules::find(&props.rule);
    {
        let page = page.clone();
        use_effect_with(props.rule.clone(), move |id| {
            if let Some(rule) = postmortem::rules::find(id) {
                let path = format!("rules/{}-{}.md", rule.id, rule.name);
                wasm_bindgen_futures::spawn_local(async move {
                    page.set(Some(fetch_text(&path).await));
                });
            }
        });
    }
    let Some(rule) = rule else {
        return html! {};
    };
    let body = match &*page {
        None => html! { <p>{ rule.summary }</p> },
        Some(Ok(markdown)) => {
            Html::from_html_unchecked(AttrValue::from(crate::markdown::to_safe_html(markdown)))
        }
        Some(Err(why)) => html! {
            <>
                <p>{ rule.summary }</p>
                <p class="note">{ format!("The full page could not be loaded ({why}); it is docs/rules/{}-{}.md in the project.", rule.id, rule.name) }</p>
            </>
        },
    };
    html! {
        <Modal title={format!("{} {}", rule.id, rule.name)} on_close={props.on_close.clone()}>
            <div class="rule-page" data-testid="rule-page">{ body }</div>
        </Modal>
    }
}

/// The text at a same-origin path.
async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| "offline or blocked".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "no body".to_string())?)
        .await
        .map_err(|_| "unreadable body".to_string())?;
    text.as_string().ok_or_else(|| "not text".into())
}

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewPaneProps {
    pub text: AttrValue,
}

/// The draft rendered as HTML; raw HTML in the draft shows as text and only http(s), mailto and
/// in-page links survive (see `markdown::to_safe_html`).
#[function_component(PreviewPane)]
pub fn preview_pane(props: &PreviewPaneProps) -> Html {
    let html = use_memo(props.text.clone(), |text| {
        crate::markdown::to_safe_html(text)
    });
    html! {
        <section class="preview" aria-label="Preview" tabindex="0">
            <article class="preview-body">{ Html::from_html_unchecked(AttrValue::from((*html).clone())) }</article>
        </section>
    }
}

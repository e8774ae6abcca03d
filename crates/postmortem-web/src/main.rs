//! Renders the editor into the page. Everything else lives in the library.

fn main() {
    yew::Renderer::<postmortem_web::App>::new().render();
}

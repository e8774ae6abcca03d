//! The in-browser postmortem editor: a Yew app over the validation core.
//!
//! - `state`: plain data and the reducer; no web-sys, unit-tested natively.
//! - `components/`: one component per file, named for what it shows.
//! - `hooks/`: `use_checks` runs the core (the quick section check always, the full check
//!   at once or after a pause).
//! - `services/`: the only code that touches browser storage, the clipboard, downloads and
//!   the textarea.
//! - `markdown`: the preview's safe HTML.

pub mod app;
pub mod components;
pub mod drafts;
pub mod hooks;
pub mod key_metrics;
pub mod markdown;
pub mod naming;
pub mod services;
pub mod state;

pub use app::App;

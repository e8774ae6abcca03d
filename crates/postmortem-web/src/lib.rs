//! The in-browser postmortem editor: a Yew app over the validation core.
//!
//! - `state`: plain data and the reducer; no web-sys, unit-tested natively.
//! - `components/`: one component per file, named for what it shows.
//! - `hooks/`: small hooks (`use_report` memoises the core's check).
//! - `services/`: the only code that touches browser storage.

pub mod app;
pub mod components;
pub mod hooks;
pub mod markdown;
pub mod services;
pub mod state;

pub use app::App;

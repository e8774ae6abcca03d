//! Small hooks over the core and the services.

mod use_autosave;
mod use_checks;
mod use_host_messages;
mod use_other_tabs;
mod use_service_worker;

pub use use_autosave::{SAVE_DELAY_MS, save, use_autosave};
pub use use_checks::{Checks, IMMEDIATE_BYTES, PAUSE_MS, config, use_checks};
pub use use_host_messages::use_host_messages;
pub use use_other_tabs::use_other_tabs;
pub use use_service_worker::use_service_worker;

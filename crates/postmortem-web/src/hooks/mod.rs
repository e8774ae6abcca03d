//! Small hooks over the core and the services.

mod use_report;

pub use use_report::{Checks, use_checks};

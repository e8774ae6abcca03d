//! Small hooks over the core and the services.

mod use_checks;

pub use use_checks::{Checks, use_checks};

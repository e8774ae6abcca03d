//! The timeline: timed entries from the document, the milestones among them, and the figures.

pub mod clock;
pub mod zone;

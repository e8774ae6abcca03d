//! Wording checks on the prose of a postmortem.

pub mod blame;

//! What the caller may decide about a check: which profile, which rules are off.

/// Options for [`crate::check`]. The default detects nothing yet and uses the `sre-slo` profile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Profile id to use instead of the built-in default (for example `sre-slo`).
    pub profile: Option<String>,
    /// Rule ids (`PM001`) or names (`missing-required-section`) that are switched off.
    pub disabled_rules: Vec<String>,
}

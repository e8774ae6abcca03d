//! What the caller may decide about a check: which profile, extra profiles, which rules are
//! off, the severity matrix, and what day it is (so that results are reproducible).

use chrono::NaiveDate;

use crate::profile::Profile;
use crate::severity::SeverityMatrix;

/// Options for [`crate::check`]. The default detects the profile from the document's headings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Today, for overdue action items; none means overdue items are not reported.
    pub today: Option<NaiveDate>,
    /// A team's own severity matrix; the default follows the `sre-slo` definitions.
    pub severity_matrix: Option<SeverityMatrix>,
    /// Profile id to use, overriding what the document says and what detection finds.
    pub profile: Option<String>,
    /// A team's own profiles (loaded from JSON or TOML by the CLI or the page); they are
    /// considered before the built-in ones.
    pub profiles: Vec<Profile>,
    /// Rule ids (`PM101`) or names (`missing-required-section`) that are switched off.
    pub disabled_rules: Vec<String>,
}

//! Template profiles: the sections a team's postmortem template has, and which are required.
//!
//! A profile is data (serde), so a team can describe its own template. The built-in profiles
//! come from the templates our users already have (see `builtin`).

mod builtin;

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::heading_key::heading_key;

/// One template: its sections in document order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Stable id used in config, on the command line and in front matter (`sre-slo`).
    pub id: String,
    /// Human name shown in the page.
    pub name: String,
    pub sections: Vec<SectionSpec>,
}

/// One section the template expects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionSpec {
    /// Stable id (`timeline`, `root-cause`).
    pub id: String,
    /// The heading as the template writes it.
    pub title: String,
    /// Other headings that mean the same section (`Incident Summary` for `Executive Summary`).
    #[serde(default)]
    pub aliases: Vec<String>,
    pub requirement: Requirement,
}

/// Whether a section must be there for the postmortem to be complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Requirement {
    Required,
    Recommended,
}

impl SectionSpec {
    /// Whether a heading (its text as written) names this section.
    pub fn matches_heading(&self, heading: &str) -> bool {
        let key = heading_key(heading);
        !key.is_empty()
            && std::iter::once(&self.title)
                .chain(&self.aliases)
                .any(|name| heading_key(name) == key)
    }
}

static BUILTIN: LazyLock<Vec<Profile>> = LazyLock::new(builtin::profiles);

/// Every built-in profile.
pub fn builtin_profiles() -> &'static [Profile] {
    &BUILTIN
}

/// A built-in profile by id.
pub fn find(id: &str) -> Option<&'static Profile> {
    BUILTIN.iter().find(|p| p.id == id)
}

/// The id used when nothing chooses another profile.
pub const DEFAULT_PROFILE: &str = "sre-slo";

/// The profile a check uses: the configured one when it exists, otherwise the default.
pub fn select(config: &Config) -> &'static Profile {
    config
        .profile
        .as_deref()
        .and_then(find)
        .or_else(|| find(DEFAULT_PROFILE))
        .unwrap_or(&BUILTIN[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_matches_its_title_and_aliases_in_any_dress() {
        let profile = find("sre-slo").unwrap();
        let summary = profile
            .sections
            .iter()
            .find(|s| s.id == "executive-summary")
            .unwrap();
        assert!(summary.matches_heading("Executive Summary"));
        assert!(summary.matches_heading("1. INCIDENT SUMMARY"));
        assert!(summary.matches_heading("📝 Summary"));
        assert!(!summary.matches_heading("Timeline"));
        assert!(!summary.matches_heading(""));
    }

    #[test]
    fn section_ids_are_unique_in_every_profile() {
        for profile in builtin_profiles() {
            let mut ids: Vec<_> = profile.sections.iter().map(|s| &s.id).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), profile.sections.len(), "{}", profile.id);
        }
    }

    #[test]
    fn an_unknown_configured_profile_falls_back_to_the_default() {
        let config = Config {
            profile: Some("nope".into()),
            ..Config::default()
        };
        assert_eq!(select(&config).id, DEFAULT_PROFILE);
    }
}

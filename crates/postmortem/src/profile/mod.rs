//! Template profiles: the sections a team's postmortem template has, which are required, its
//! severity scale, its incident ID format and a starter template.
//!
//! A profile is data (serde), so a team can describe its own template in JSON or TOML (see
//! docs/profiles.md); the outer crates load the file and pass it in [`Config::profiles`]. The
//! built-in profiles come from the templates our users already have (see `builtin`).

mod builtin;
mod detect;

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::document::Document;
use crate::heading_key::heading_key;

pub use detect::{ProfileChoice, ProfileSource, select};

/// One template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Stable id used in config, on the command line and in front matter (`sre-slo`).
    pub id: String,
    /// Human name shown in the page.
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Sections in document order.
    pub sections: Vec<SectionSpec>,
    #[serde(default)]
    pub severity_scale: SeverityScale,
    /// Incident ID format: `YYYY`, `MM`, `DD`, `HH` stand for date and time digits, a run of
    /// `N` or `#` for digits (`INC-YYYY-NNNN`). Empty when the template has none.
    #[serde(default)]
    pub incident_id: String,
    /// The starter template in Markdown.
    #[serde(default)]
    pub template: String,
    /// Where time to mitigate is counted from: `start` (our definition) or `detection`.
    #[serde(default)]
    pub ttm_from: TtmFrom,
    /// Hours after the incident by which the postmortem is due, when the template sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postmortem_within_hours: Option<u32>,
}

/// The milestone time to mitigate counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TtmFrom {
    #[default]
    Start,
    Detection,
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
    /// What the section must hold to count as complete, beyond any text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<Minimum>,
    /// Heading level of the section in the template (2 for `##`); decides where a missing
    /// section is inserted. Taken from the starter template when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The heading right before this section in the template (`Technical Analysis` for
    /// `Root Cause`); a missing section is inserted after it. Taken from the starter template
    /// when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

/// Whether a section must be there for the postmortem to be complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Requirement {
    Required,
    Recommended,
}

/// Minimum content of a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Minimum {
    /// At least this many lines carrying a real clock time (`14:02`, `10:15 AM`).
    TimedEntries(u32),
    /// At least this many "Why ...?" questions, each with an answer that is not a placeholder.
    AnsweredWhys(u32),
}

/// The severity labels of a template, most severe first (`SEV-1`, `SEV-2`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SeverityScale {
    pub labels: Vec<String>,
}

impl SectionSpec {
    /// Whether a heading (its text as written) names this section.
    pub fn matches_heading(&self, heading: &str) -> bool {
        let key = heading_key(heading);
        !key.is_empty() && self.names().any(|name| heading_key(name) == key)
    }

    /// The comparable keys of the title and aliases (see `heading_key`).
    pub fn name_keys(&self) -> Vec<String> {
        self.names()
            .map(|n| heading_key(n))
            .filter(|k| !k.is_empty())
            .collect()
    }

    fn names(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.title).chain(&self.aliases)
    }
}

impl Profile {
    /// The starter template's text for one section, heading included, to insert when the
    /// section is missing. A plain heading when the template has none.
    pub fn section_skeleton(&self, id: &str) -> Option<String> {
        let spec = self.sections.iter().find(|s| s.id == id)?;
        let template = Document::parse(&self.template);
        let skeleton = template
            .headings
            .iter()
            .find(|h| spec.matches_heading(&h.text))
            .and_then(|h| self.template.get(h.span.start..h.body.end))
            .map(|text| {
                text.trim_end()
                    .trim_end_matches("---")
                    .trim_end()
                    .to_string()
            });
        Some(skeleton.unwrap_or_else(|| {
            format!(
                "{} {}",
                "#".repeat(spec.level.unwrap_or(2).into()),
                spec.title
            )
        }))
    }

    /// Fills each section's `level` and `after` from its starter template (`template`, parsed)
    /// where not set. (The sections alone: the parsed template borrows the profile's text.)
    fn fill_outline(sections: &mut [SectionSpec], template: &Document) {
        for section in sections {
            let names = section.name_keys();
            let Some(index) = template
                .headings
                .iter()
                .position(|h| names.iter().any(|name| name == template.key_of(h)))
            else {
                continue;
            };
            section.level = section.level.or(Some(template.headings[index].level));
            if section.after.is_none() && index > 0 {
                section.after = Some(template.headings[index - 1].text.to_string());
            }
        }
    }

    /// The heading keys that identify this template: every heading of its starter template
    /// plus every section title and alias. Used to detect the profile of a document.
    /// Sorted and without repeats, for binary search.
    pub fn heading_keys(&self) -> Vec<String> {
        self.heading_keys_in(&Document::parse(&self.template))
    }

    /// [`Profile::heading_keys`] with the starter template already parsed.
    fn heading_keys_in(&self, template: &Document) -> Vec<String> {
        let mut keys: Vec<String> = template
            .headings
            .iter()
            .map(|h| template.key_of(h).to_owned())
            .chain(self.sections.iter().flat_map(SectionSpec::name_keys))
            .filter(|k| !k.is_empty())
            .collect();
        crate::order::sort(&mut keys);
        keys.dedup();
        keys
    }
}

static BUILTIN: LazyLock<builtin::Builtin> = LazyLock::new(builtin::profiles);

/// Every built-in profile.
pub fn builtin_profiles() -> &'static [Profile] {
    &BUILTIN.profiles
}

/// A profile by id: the config's own profiles first, then the built-in ones.
pub fn find<'a>(id: &str, config: &'a Config) -> Option<&'a Profile> {
    config
        .profiles
        .iter()
        .chain(BUILTIN.profiles.iter())
        .find(|p| p.id.eq_ignore_ascii_case(id.trim()))
}

/// The id used when nothing chooses another profile and no heading matches any.
pub const DEFAULT_PROFILE: &str = "sre-slo";

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin(id: &str) -> &'static Profile {
        BUILTIN.profiles.iter().find(|p| p.id == id).unwrap()
    }

    #[test]
    fn a_section_matches_its_title_and_aliases_in_any_dress() {
        let summary = builtin("sre-slo")
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
    fn there_are_five_profiles_with_unique_section_ids_and_a_template_holding_every_section() {
        let ids: Vec<_> = BUILTIN.profiles.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "trading-risk",
                "comprehensive",
                "sre-slo",
                "compact",
                "response-analysis"
            ]
        );
        for profile in builtin_profiles() {
            let mut section_ids: Vec<_> = profile.sections.iter().map(|s| &s.id).collect();
            section_ids.sort();
            section_ids.dedup();
            assert_eq!(section_ids.len(), profile.sections.len(), "{}", profile.id);
            let template = Document::parse(&profile.template);
            for section in &profile.sections {
                assert!(
                    template
                        .headings
                        .iter()
                        .any(|h| section.matches_heading(&h.text)),
                    "{}: the template has no heading for {}",
                    profile.id,
                    section.id
                );
            }
            assert!(!profile.severity_scale.labels.is_empty(), "{}", profile.id);
            assert!(!profile.incident_id.is_empty(), "{}", profile.id);
        }
    }

    #[test]
    fn a_missing_section_is_inserted_from_the_template() {
        let skeleton = builtin("sre-slo").section_skeleton("timeline").unwrap();
        assert!(
            skeleton.starts_with("## Timeline (all times UTC)"),
            "{skeleton}"
        );
        assert!(skeleton.contains("| Time | Event |"));
        assert!(!skeleton.contains("## Root Cause"));
    }

    #[test]
    fn a_profile_round_trips_through_serde_shape() {
        let profile = builtin("compact");
        let timeline = profile
            .sections
            .iter()
            .find(|s| s.id == "timeline")
            .unwrap();
        assert_eq!(timeline.minimum, Some(Minimum::TimedEntries(3)));
    }
}

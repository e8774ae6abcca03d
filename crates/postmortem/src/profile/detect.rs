//! Which profile a document is checked against.
//!
//! In order: the profile the caller asked for (config, `--profile`), the one the document
//! names (YAML front matter `profile: sre-slo`, or an HTML comment
//! `<!-- postmortem-profile: sre-slo -->`), and otherwise the one whose headings the document
//! shares most. Numbering, emoji and case do not matter (see `heading_key`).

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use serde::Serialize;

use super::{BUILTIN, DEFAULT_PROFILE, Profile, find};
use crate::config::Config;
use crate::document::Document;

/// The chosen profile and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChoice<'a> {
    pub profile: &'a Profile,
    pub source: ProfileSource,
    /// A profile the document named that does not exist: its name and where it was named.
    pub unknown: Option<(String, Range<usize>)>,
}

impl ProfileSource {
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileSource::Config => "chosen",
            ProfileSource::FrontMatter => "front matter",
            ProfileSource::Comment => "comment",
            ProfileSource::Detected => "detected",
            ProfileSource::Default => "default",
        }
    }
}

/// Why a profile was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileSource {
    /// The caller asked for it (config, `--profile`, the page's picker).
    Config,
    /// YAML front matter `profile: ...`.
    FrontMatter,
    /// `<!-- postmortem-profile: ... -->`.
    Comment,
    /// The document shares most headings with it.
    Detected,
    /// Nothing matched; the default profile.
    Default,
}

/// Chooses the profile for `document`.
pub fn select<'a>(document: &Document, config: &'a Config) -> ProfileChoice<'a> {
    let mut unknown = None;
    if let Some(id) = &config.profile
        && let Some(profile) = find(id, config)
    {
        return ProfileChoice {
            profile,
            source: ProfileSource::Config,
            unknown,
        };
    }
    for (named, span, source) in named_in_document(document) {
        match find(&named, config) {
            Some(profile) => {
                return ProfileChoice {
                    profile,
                    source,
                    unknown,
                };
            }
            None => unknown = unknown.or(Some((named, span))),
        }
    }
    let (profile, source) = match detect(document, config) {
        Some(profile) => (profile, ProfileSource::Detected),
        None => (default_profile(config), ProfileSource::Default),
    };
    ProfileChoice {
        profile,
        source,
        unknown,
    }
}

fn default_profile(config: &Config) -> &Profile {
    find(DEFAULT_PROFILE, config).unwrap_or(&BUILTIN.profiles[0])
}

/// Profile ids the document names, in order of precedence, with where they are named.
fn named_in_document(document: &Document) -> Vec<(String, Range<usize>, ProfileSource)> {
    let mut named = Vec::new();
    if let Some(front) = &document.front_matter
        && let Some(id) = front.get("profile")
    {
        named.push((
            id.to_string(),
            front.span.clone(),
            ProfileSource::FrontMatter,
        ));
    }
    for comment in &document.comments {
        let Some((key, value)) = comment.text.split_once(':') else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        if key == "postmortem-profile" || key == "profile" || key == "postmortem profile" {
            named.push((
                value.trim().to_string(),
                comment.span.clone(),
                ProfileSource::Comment,
            ));
        }
    }
    named
}

/// A heading key of a candidate profile: its length, its text and the candidate's place.
type KeyOf<'a> = (usize, &'a str, usize);

/// The built-in profiles' keys as [`keys_by_length`] lists them (built on first use, like
/// the profiles).
static BUILTIN_KEYS: LazyLock<Vec<KeyOf<'static>>> =
    LazyLock::new(|| keys_by_length(BUILTIN.keys.iter().map(Vec::as_slice)));

/// The keys of each candidate (`keys_of`, in order) in one list sorted by length, then text,
/// then candidate.
fn keys_by_length<'a>(keys_of: impl Iterator<Item = &'a [String]>) -> Vec<KeyOf<'a>> {
    let mut all: Vec<KeyOf<'a>> = keys_of
        .enumerate()
        .flat_map(|(c, keys)| keys.iter().map(move |k| (k.len(), k.as_str(), c)))
        .collect();
    crate::order::sort(&mut all);
    all
}

/// The profile sharing most headings with the document, if any heading is shared.
/// Ties go to the profile with fewer headings of its own (the more specific one).
fn detect<'a>(document: &Document, config: &'a Config) -> Option<&'a Profile> {
    let custom_keys: Vec<Vec<String>> = config.profiles.iter().map(Profile::heading_keys).collect();
    let candidates: Vec<(&Profile, &[String])> = config
        .profiles
        .iter()
        .zip(custom_keys.iter().map(Vec::as_slice))
        .chain(
            BUILTIN
                .profiles
                .iter()
                .zip(BUILTIN.keys.iter().map(Vec::as_slice)),
        )
        .collect();
    // Every candidate's keys in one list sorted by length, then text, so that each heading is
    // looked up once (a long document has thousands of headings, mostly repeats) and most
    // steps of the search compare two lengths rather than two texts. Without custom profiles
    // the list is the built-in one, sorted on first use and shared by every check after.
    let all_keys: Cow<[KeyOf]> = if config.profiles.is_empty() {
        Cow::Borrowed(BUILTIN_KEYS.as_slice())
    } else {
        Cow::Owned(keys_by_length(candidates.iter().map(|(_, keys)| *keys)))
    };
    // Which keys of the list the document has; a profile's keys are without repeats, so the
    // keys it shares are its entries seen.
    let mut seen = vec![false; all_keys.len()];
    for heading in &document.headings {
        let key = document.key_of(heading);
        let key = (key.len(), key);
        let first = all_keys.partition_point(|(len, k, _)| (*len, *k) < key);
        for (flag, _) in seen[first..]
            .iter_mut()
            .zip(&all_keys[first..])
            .take_while(|(_, (len, k, _))| (*len, *k) == key)
        {
            *flag = true;
        }
    }
    let mut shared = vec![0usize; candidates.len()];
    for ((_, _, c), _) in all_keys.iter().zip(&seen).filter(|(_, s)| **s) {
        shared[*c] += 1;
    }
    let mut best: Option<(&Profile, usize, usize)> = None;
    for ((profile, profile_keys), shared) in candidates.into_iter().zip(shared) {
        let better = match best {
            None => shared > 0,
            Some((_, best_shared, best_len)) => {
                shared > best_shared || (shared == best_shared && profile_keys.len() < best_len)
            }
        };
        if better {
            best = Some((profile, shared, profile_keys.len()));
        }
    }
    best.map(|(profile, _, _)| profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(text: &str, config: &Config) -> (String, ProfileSource) {
        let choice = select(&Document::parse(text), config);
        (choice.profile.id.clone(), choice.source)
    }

    #[test]
    fn every_starter_template_is_detected_as_its_own_profile() {
        for profile in BUILTIN.profiles.iter() {
            let (id, source) = chosen(&profile.template, &Config::default());
            assert_eq!(
                (id.as_str(), source),
                (profile.id.as_str(), ProfileSource::Detected)
            );
        }
    }

    #[test]
    fn numbered_and_decorated_headings_still_detect() {
        let text = "## 1. Incident Overview\n### 1.3 Timeline\n## 7. RISK ASSESSMENT\n### 7.1 🔁 Recurrence Risk\n";
        assert_eq!(chosen(text, &Config::default()).0, "trading-risk");
    }

    #[test]
    fn the_caller_then_front_matter_then_a_comment_override_detection() {
        let text = "---\nprofile: compact\n---\n<!-- postmortem-profile: response-analysis -->\n## Executive Summary\n## Impact\n";
        assert_eq!(
            chosen(text, &Config::default()),
            ("compact".into(), ProfileSource::FrontMatter)
        );
        let config = Config {
            profile: Some("comprehensive".into()),
            ..Config::default()
        };
        assert_eq!(
            chosen(text, &config),
            ("comprehensive".into(), ProfileSource::Config)
        );
        let comment_only = "<!-- postmortem-profile: response-analysis -->\n## Impact\n";
        assert_eq!(
            chosen(comment_only, &Config::default()),
            ("response-analysis".into(), ProfileSource::Comment)
        );
    }

    #[test]
    fn an_unknown_named_profile_is_remembered_and_detection_goes_on() {
        let text = "---\nprofile: nonsense\n---\n## 5 Whys Analysis\n## Document Changelog\n";
        let config = Config::default();
        let choice = select(&Document::parse(text), &config);
        assert_eq!(choice.profile.id, "comprehensive");
        assert_eq!(
            choice.unknown.as_ref().map(|u| u.0.as_str()),
            Some("nonsense")
        );
    }

    #[test]
    fn a_heading_repeated_counts_once() {
        let repeated = "## Recurrence Risk\n".repeat(5);
        let text = format!("{repeated}## 5 Whys Analysis\n## Document Changelog\n");
        assert_eq!(chosen(&text, &Config::default()).0, "comprehensive");
        assert_eq!(chosen(&repeated, &Config::default()).0, "trading-risk");
    }

    #[test]
    fn a_team_profile_is_detected_beside_the_built_in_ones() {
        let team = Profile {
            id: "team".into(),
            template: "# Review\n\n## What broke\n\n## Follow-ups\n".into(),
            sections: Vec::new(),
            ..BUILTIN.profiles[0].clone()
        };
        let config = Config {
            profiles: vec![team],
            ..Config::default()
        };
        assert_eq!(
            chosen("## What Broke\n## Follow-ups\n", &config),
            ("team".into(), ProfileSource::Detected)
        );
        // The built-in profiles come after the team's in the list of candidates.
        let text = "## 5 Whys Analysis\n## Document Changelog\n## Follow-ups\n";
        assert_eq!(chosen(text, &config).0, "comprehensive");
        assert_eq!(
            chosen("## Recurrence Risk\n", &config).0,
            chosen("## Recurrence Risk\n", &Config::default()).0
        );
    }

    #[test]
    fn no_shared_heading_gives_the_default() {
        assert_eq!(
            chosen("just text", &Config::default()),
            (DEFAULT_PROFILE.into(), ProfileSource::Default)
        );
    }
}

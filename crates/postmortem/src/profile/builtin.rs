//! The built-in profiles, one per template our users already have (../shared/seeds).

use super::{Profile, Requirement, SectionSpec};

pub(super) fn profiles() -> Vec<Profile> {
    vec![sre_slo()]
}

fn section(id: &str, title: &str, aliases: &[&str], requirement: Requirement) -> SectionSpec {
    SectionSpec {
        id: id.into(),
        title: title.into(),
        aliases: aliases.iter().map(|a| (*a).into()).collect(),
        requirement,
    }
}

/// SRE template with SLOs, error budget and written severity definitions (seed 002).
fn sre_slo() -> Profile {
    use Requirement::{Recommended, Required};
    Profile {
        id: "sre-slo".into(),
        name: "SRE with SLO and error budget".into(),
        sections: vec![
            section(
                "executive-summary",
                "Executive Summary",
                &["Incident Summary", "Summary", "TL;DR"],
                Required,
            ),
            section(
                "impact",
                "Impact",
                &["Impact Assessment", "Customer Impact"],
                Required,
            ),
            section(
                "timeline",
                "Timeline",
                &["Incident Timeline", "Timeline of Events"],
                Required,
            ),
            section(
                "root-cause",
                "Root Cause",
                &["Root Cause Analysis"],
                Required,
            ),
            section("detection", "Detection", &[], Required),
            section("response", "Response", &["Incident Response"], Required),
            section(
                "resolution",
                "Resolution",
                &["Resolution and Recovery"],
                Required,
            ),
            section(
                "action-items",
                "Action Items",
                &["Follow-up Actions", "Next Steps"],
                Required,
            ),
            section(
                "lessons-learned",
                "Lessons Learned",
                &["Learnings"],
                Required,
            ),
            section(
                "supporting-information",
                "Supporting Information",
                &["Supporting Data", "References"],
                Recommended,
            ),
            section(
                "approvals",
                "Approvals",
                &["Sign-off", "Sign-Off"],
                Recommended,
            ),
            section("appendix", "Appendix", &[], Recommended),
        ],
    }
}

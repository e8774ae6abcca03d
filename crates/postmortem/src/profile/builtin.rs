//! The built-in profiles, one per template our users already have (../shared/seeds). Headings
//! and structure follow those templates; the starter templates in `templates/` are our own words.

use super::{Minimum, Profile, Requirement, SectionSpec, SeverityScale, TtmFrom};
use crate::document::Document;

use Requirement::{Recommended, Required};

/// The built-in profiles, each with the heading keys that identify it (see
/// [`Profile::heading_keys`]).
pub(super) struct Builtin {
    pub profiles: Vec<Profile>,
    pub keys: Vec<Vec<String>>,
}

/// Builds [`Builtin`], parsing each starter template once for its outline and its keys (on
/// the first check, so before the page's first render).
pub(super) fn profiles() -> Builtin {
    let (profiles, keys) = [
        trading_risk(),
        comprehensive(),
        sre_slo(),
        compact(),
        response_analysis(),
    ]
    .into_iter()
    .map(|mut profile| {
        let template = Document::parse(&profile.template);
        Profile::fill_outline(&mut profile.sections, &template);
        let keys = profile.heading_keys_in(&template);
        drop(template);
        (profile, keys)
    })
    .unzip();
    Builtin { profiles, keys }
}

fn section(id: &str, title: &str, aliases: &[&str], requirement: Requirement) -> SectionSpec {
    SectionSpec {
        id: id.into(),
        title: title.into(),
        aliases: aliases.iter().map(|a| (*a).into()).collect(),
        requirement,
        minimum: None,
        level: None,
        after: None,
    }
}

fn with_minimum(mut spec: SectionSpec, minimum: Minimum) -> SectionSpec {
    spec.minimum = Some(minimum);
    spec
}

fn timeline(title: &str, aliases: &[&str]) -> SectionSpec {
    with_minimum(
        section("timeline", title, aliases, Required),
        Minimum::TimedEntries(3),
    )
}

fn scale(labels: &[&str]) -> SeverityScale {
    SeverityScale {
        labels: labels.iter().map(|l| (*l).into()).collect(),
    }
}

const TIMELINE_ALIASES: &[&str] = &[
    "Incident Timeline",
    "Timeline of Events",
    "Detailed Timeline",
];
const SEV_1_TO_4: &[&str] = &["SEV-1", "SEV-2", "SEV-3", "SEV-4"];

/// Quant trading template with numbered sections 1-12 (seed 000).
fn trading_risk() -> Profile {
    Profile {
        id: "trading-risk".into(),
        name: "Trading risk (numbered sections)".into(),
        description: "Numbered sections 1-12 for trading systems: detection checklists, 5 whys, \
                      action tables per horizon, recurrence risk, financial cost, sign-off."
            .into(),
        sections: vec![
            section(
                "executive-summary",
                "Executive Summary",
                &["Summary", "TL;DR"],
                Required,
            ),
            section(
                "what-happened",
                "What Happened?",
                &["What Happened"],
                Required,
            ),
            section("impact", "Impact", &["Impact Assessment"], Required),
            timeline("Timeline", TIMELINE_ALIASES),
            section(
                "trigger",
                "How Was the Incident Triggered?",
                &["Trigger"],
                Required,
            ),
            section(
                "detection",
                "How Was the Incident Detected?",
                &["Detection"],
                Required,
            ),
            section(
                "root-cause",
                "Root Cause",
                &["Primary Root Cause"],
                Required,
            ),
            with_minimum(
                section(
                    "five-whys",
                    "Why Did It Happen?",
                    &["5 Whys Analysis", "Five Whys"],
                    Required,
                ),
                Minimum::AnsweredWhys(5),
            ),
            section(
                "what-worked",
                "What Worked?",
                &["What Went Well"],
                Recommended,
            ),
            section(
                "what-didnt-work",
                "What Didn't Work?",
                &["What Went Wrong"],
                Recommended,
            ),
            section(
                "resolution",
                "How Was the Incident Resolved?",
                &["Resolution"],
                Required,
            ),
            section("fixes", "Temporary vs. Permanent Fixes", &[], Recommended),
            section(
                "action-items",
                "Action Items & Preventive Measures",
                &["Action Items", "Preventive Measures"],
                Required,
            ),
            section(
                "lessons-learned",
                "What We Learned",
                &["Lessons Learned"],
                Required,
            ),
            section("recurrence-risk", "Recurrence Risk", &[], Recommended),
            section("blast-radius", "Blast Radius", &[], Recommended),
            section(
                "financial-impact",
                "Financial Impact",
                &["Direct Costs"],
                Required,
            ),
            section("communication", "Communication", &[], Recommended),
            section("appendix", "Appendix", &[], Recommended),
            section(
                "sign-off",
                "Sign-Off",
                &["Review & Approval", "Approvals"],
                Recommended,
            ),
            section(
                "follow-up",
                "Follow-Up",
                &["Action Item Status"],
                Recommended,
            ),
        ],
        severity_scale: scale(&["Sev 1", "Sev 2", "Sev 3"]),
        incident_id: "INC-YYYY-NNNN".into(),
        template: include_str!("templates/trading-risk.md").into(),
        ttm_from: TtmFrom::Detection,
        postmortem_within_hours: Some(48),
    }
}

/// Blameless template with 5 whys and communication (seed 001).
fn comprehensive() -> Profile {
    Profile {
        id: "comprehensive".into(),
        name: "Comprehensive blameless review".into(),
        description: "Blameless review with key milestones, 5 whys, communication, regulatory \
                      notifications and a changelog."
            .into(),
        sections: vec![
            section(
                "incident-summary",
                "Incident Summary",
                &["Executive Summary", "Summary"],
                Required,
            ),
            section(
                "impact-assessment",
                "Impact Assessment",
                &["Impact"],
                Required,
            ),
            timeline("Timeline", TIMELINE_ALIASES),
            section(
                "root-cause",
                "Root Cause Analysis",
                &["Root Cause"],
                Required,
            ),
            with_minimum(
                section(
                    "five-whys",
                    "5 Whys Analysis",
                    &["Five Whys", "5 Whys"],
                    Required,
                ),
                Minimum::AnsweredWhys(5),
            ),
            section("what-went-well", "What Went Well", &[], Required),
            section(
                "what-went-wrong",
                "What Went Wrong",
                &["What Went Poorly"],
                Required,
            ),
            section("action-items", "Action Items", &[], Required),
            section("lessons-learned", "Lessons Learned", &[], Required),
            section(
                "supporting-data",
                "Supporting Data",
                &["Supporting Information"],
                Recommended,
            ),
            section(
                "prevention",
                "Prevention Measures",
                &["Prevention"],
                Recommended,
            ),
            section("communication", "Communication", &[], Recommended),
            section("follow-up", "Follow-Up Actions", &[], Recommended),
            section(
                "related-incidents",
                "Related Incidents",
                &["Similar Past Incidents"],
                Recommended,
            ),
            section("appendix", "Appendix", &[], Recommended),
            section("sign-off", "Sign-Off", &["Approvals"], Recommended),
            section(
                "changelog",
                "Document Changelog",
                &["Changelog"],
                Recommended,
            ),
        ],
        severity_scale: scale(&["SEV0", "SEV1", "SEV2"]),
        incident_id: "INC-YYYY-MM-DD-###".into(),
        template: include_str!("templates/comprehensive.md").into(),
        ttm_from: TtmFrom::Start,
        postmortem_within_hours: Some(48),
    }
}

/// SRE template with SLOs, error budget and written severity definitions (seed 002).
fn sre_slo() -> Profile {
    Profile {
        id: "sre-slo".into(),
        name: "SRE with SLO and error budget".into(),
        description: "SRE review with a timeline table, responders, action tables by purpose, \
                      SLO and error-budget figures and severity definitions."
            .into(),
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
            timeline("Timeline", TIMELINE_ALIASES),
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
                &["Supporting Data"],
                Recommended,
            ),
            section("approvals", "Approvals", &["Sign-off"], Recommended),
            section("appendix", "Appendix", &[], Recommended),
        ],
        severity_scale: scale(SEV_1_TO_4),
        incident_id: "INCIDENT-NNNN".into(),
        template: include_str!("templates/sre-slo.md").into(),
        ttm_from: TtmFrom::Start,
        postmortem_within_hours: None,
    }
}

/// Short template built from tables, with a Key Metrics JSON block (seed 003).
fn compact() -> Profile {
    Profile {
        id: "compact".into(),
        name: "Compact with tables".into(),
        description: "Short review built from tables: impact tables, AI-001 action items and a \
                      Key Metrics JSON block."
            .into(),
        sections: vec![
            section(
                "incident-information",
                "Incident Information",
                &[],
                Required,
            ),
            section(
                "summary",
                "Summary",
                &["Executive Summary", "Incident Summary"],
                Required,
            ),
            timeline("Timeline", TIMELINE_ALIASES),
            section(
                "root-cause",
                "Root Cause",
                &["Root Cause Analysis"],
                Required,
            ),
            section("detection", "Detection", &[], Required),
            section(
                "impact-analysis",
                "Impact Analysis",
                &["Impact"],
                Recommended,
            ),
            section("resolution", "Resolution", &[], Required),
            section("lessons-learned", "Lessons Learned", &[], Required),
            section("action-items", "Action Items", &[], Required),
            section(
                "prevention",
                "Prevention",
                &["Prevention Measures"],
                Recommended,
            ),
            section("metrics", "Metrics & Data", &["Key Metrics"], Recommended),
            section("related-incidents", "Related Incidents", &[], Recommended),
            section("sign-off", "Sign-off", &["Approvals"], Recommended),
        ],
        severity_scale: scale(&["P0", "P1", "P2", "P3"]),
        incident_id: "INC-YYYY-MMDD-HHMM".into(),
        template: include_str!("templates/compact.md").into(),
        ttm_from: TtmFrom::Start,
        postmortem_within_hours: None,
    }
}

/// Response analysis for trading systems (seed 004).
fn response_analysis() -> Profile {
    Profile {
        id: "response-analysis".into(),
        name: "Response analysis".into(),
        description: "Review centred on the response: detailed UTC timeline, TTD/TTR/TTM/TTRES, \
                      effectiveness ratings, P0/P1/P2 actions and similar past incidents."
            .into(),
        sections: vec![
            section(
                "executive-summary",
                "Executive Summary",
                &["Summary"],
                Required,
            ),
            section(
                "what-happened",
                "What Happened",
                &["Incident Recap"],
                Required,
            ),
            section(
                "impact-assessment",
                "Impact Assessment",
                &["Impact"],
                Required,
            ),
            section(
                "severity-justification",
                "Severity Justification",
                &[],
                Recommended,
            ),
            section(
                "root-cause",
                "Root Cause",
                &["Root Cause Analysis"],
                Required,
            ),
            section(
                "contributing-factors",
                "Contributing Factors",
                &[],
                Recommended,
            ),
            section("trigger", "Trigger", &[], Recommended),
            timeline("Timeline", TIMELINE_ALIASES),
            section("response-analysis", "Response Analysis", &[], Required),
            section("what-went-well", "What Went Well", &[], Required),
            section("what-went-wrong", "What Went Wrong", &[], Required),
            section("action-items", "Action Items", &[], Required),
            section("blameless-analysis", "Blameless Analysis", &[], Recommended),
            section(
                "monitoring-improvements",
                "Monitoring & Alerting Improvements",
                &["Monitoring Improvements"],
                Recommended,
            ),
            section(
                "documentation-updates",
                "Documentation Updates",
                &[],
                Recommended,
            ),
            section(
                "similar-incidents",
                "Similar Past Incidents",
                &["Related Incidents"],
                Recommended,
            ),
            section("appendix", "Appendix", &[], Recommended),
        ],
        severity_scale: scale(SEV_1_TO_4),
        incident_id: "INC-YYYY-NNN".into(),
        template: include_str!("templates/response-analysis.md").into(),
        ttm_from: TtmFrom::Start,
        postmortem_within_hours: None,
    }
}

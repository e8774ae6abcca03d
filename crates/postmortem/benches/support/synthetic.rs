//! Synthetic postmortems of any size for every profile: deterministic (the same profile, size
//! and seed always give the same text), realistic in shape: every section of the profile with
//! its heading, metadata fields, a timeline table with the milestones, action items with owners
//! and due dates, prose paragraphs and a few lists. Used by the benchmarks
//! (`benches/check.rs`, which includes this file) and printed by `cargo run -p postmortem --example synthetic`.

use postmortem::Profile;

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "the",
    "cache",
    "flush",
    "emptied",
    "search",
    "results",
    "while",
    "traffic",
    "was",
    "rising",
    "and",
    "every",
    "request",
    "fell",
    "through",
    "to",
    "index",
    "cluster",
    "which",
    "saturated",
    "within",
    "minutes",
    "on-call",
    "engineer",
    "rolled",
    "back",
    "deploy",
    "queue",
    "consumer",
    "stalled",
    "after",
    "a",
    "configuration",
    "change",
    "reduced",
    "connection",
    "pool",
    "so",
    "retries",
    "amplified",
    "load",
    "customers",
    "saw",
    "errors",
    "checkout",
    "latency",
    "p99",
    "doubled",
    "dashboards",
    "showed",
    "alert",
    "fired",
    "late",
    "because",
    "threshold",
    "was",
    "set",
    "too",
    "high",
    "we",
    "learned",
    "that",
    "runbook",
    "needs",
    "an",
    "owner",
];
const SERVICES: &[&str] = &[
    "search-api",
    "checkout",
    "webhooks",
    "billing",
    "auth",
    "ingest",
];
const OWNERS: &[&str] = &["@priya", "@tomasz", "@amara", "@lee", "@sam", "@ines"];

fn sentence(rng: &mut Rng) -> String {
    let length = 8 + (rng.next() % 14) as usize;
    let mut words: Vec<&str> = (0..length).map(|_| rng.pick(WORDS)).collect();
    words[0] = "The";
    format!("{}.", words.join(" "))
}

fn paragraph(rng: &mut Rng) -> String {
    let sentences = 3 + (rng.next() % 4) as usize;
    (0..sentences)
        .map(|_| sentence(rng))
        .collect::<Vec<_>>()
        .join(" ")
}

fn timeline_row(rng: &mut Rng, i: usize, rows: usize) -> String {
    let minute = 9 * 60 + 41 + i;
    let event = match i {
        0 => "Impact begins: error rate rises on search-api".to_string(),
        1 => "Alert fires for p99 latency".to_string(),
        2 => "On-call acknowledges the page".to_string(),
        _ if i + 2 == rows => "Mitigated: request coalescing switched on".to_string(),
        _ if i + 1 == rows => "Incident resolved, error rate back to baseline".to_string(),
        _ => format!("{} {}", rng.pick(SERVICES), sentence(rng)),
    };
    format!(
        "| 2026-03-02 {:02}:{:02} | {event} |\n",
        (minute / 60) % 24,
        minute % 60
    )
}

fn action_row(rng: &mut Rng, i: usize) -> String {
    format!(
        "| Make {} retry with backoff and a cap (item {i}) | {} | 2026-{:02}-{:02} | P{} | Open |\n",
        rng.pick(SERVICES),
        rng.pick(OWNERS),
        4 + (rng.next() % 8),
        1 + (rng.next() % 28),
        1 + (rng.next() % 3)
    )
}

/// A document for `profile` of at least `target_bytes` (and not much more).
pub fn document(profile: &Profile, target_bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed.max(1));
    // Scale the repeated parts with the size: rows, items and paragraphs per section.
    let scale = (target_bytes / 6_000).max(1);
    let timeline_rows = 6 + scale * 8;
    let actions = 3 + scale * 2;
    let mut text = String::from(
        "# Postmortem: Search results timed out after a cache flush\n\n\
         **Incident ID**: INC-2026-0302-0941\n**Date**: 2026-03-02\n**Severity**: SEV-2\n\
         **Status**: Final\n**Duration**: 38 minutes\n**Authors**: Priya Raman, Tomasz Wójcik\n\n",
    );
    for section in &profile.sections {
        let level = section.level.unwrap_or(2) as usize;
        text.push_str(&format!("{} {}\n\n", "#".repeat(level), section.title));
        match section.id.as_str() {
            "timeline" => {
                text.push_str("| Time (UTC) | Event |\n|---|---|\n");
                for i in 0..timeline_rows {
                    text.push_str(&timeline_row(&mut rng, i, timeline_rows));
                }
                text.push('\n');
            }
            id if id.contains("action") || id.contains("follow") => {
                text.push_str(
                    "| Action | Owner | Due Date | Priority | Status |\n|---|---|---|---|---|\n",
                );
                for i in 0..actions {
                    text.push_str(&action_row(&mut rng, i));
                }
                text.push('\n');
            }
            id if id.contains("impact") => {
                text.push_str(
                    "- **Affected Users**: about 9,800 users (22% of daily active users)\n",
                );
                text.push_str("- **Duration**: 38 minutes\n- **Revenue Impact**: $4,200 in failed checkouts\n\n");
                text.push_str(&paragraph(&mut rng));
                text.push_str("\n\n");
            }
            _ => {
                for _ in 0..(1 + scale / 4).min(40) {
                    text.push_str(&paragraph(&mut rng));
                    text.push_str("\n\n");
                }
            }
        }
    }
    // Top up to the size with more discussion under an appendix of its own.
    if text.len() < target_bytes {
        text.push_str("## Appendix: discussion notes\n\n");
    }
    while text.len() < target_bytes {
        text.push_str(&paragraph(&mut rng));
        text.push_str("\n\n");
        if rng.next().is_multiple_of(5) {
            text.push_str(&format!(
                "- {}\n- {}\n\n",
                sentence(&mut rng),
                sentence(&mut rng)
            ));
        }
    }
    text
}

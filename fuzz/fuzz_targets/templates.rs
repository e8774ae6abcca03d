// Structure-aware: a built-in starter template (the documents users really start from) cut,
// spliced, duplicated and filled with postmortem-shaped pieces, then checked under every
// profile.
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use postmortem::{Config, profile};

#[path = "sound.rs"]
mod sound;

const PIECES: &[&str] = &[
    "## Timeline\n", "| 14:02 | alert fires |\n", "|---|---|\n", "- 09:41 impact begins\n",
    "- [ ] Owner: @sam, due 2026-01-01\n", "**Severity**: SEV-2\n", "SLO 99.9% over 30 days\n",
    "```\n", "---\nprofile: compact\n---\n", "> quote\n", "1. **Why?**\n", "\u{301}", "🔥",
    "2026-03-02T09:41:00+05:30 ", "**Duration**: 1 hour 36 minutes\n", "[placeholder]", "TBD",
    "<!-- comment -->", "\r\n", "\0",
];

#[derive(Debug, Arbitrary)]
enum Edit {
    Cut { at: u32, len: u16 },
    Insert { at: u32, piece: u8 },
    InsertText { at: u32, text: String },
    Duplicate { at: u32, len: u16 },
}

#[derive(Debug, Arbitrary)]
struct Input {
    template: u8,
    profile: u8,
    edits: Vec<Edit>,
}

fn boundary(text: &str, at: u32) -> usize {
    let mut at = (at as usize) % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fuzz_target!(|input: Input| {
    let profiles = profile::builtin_profiles();
    let mut text = profiles[input.template as usize % profiles.len()].template.clone();
    for edit in input.edits.iter().take(64) {
        match edit {
            Edit::Cut { at, len } => {
                let start = boundary(&text, *at);
                let end = boundary(&text, (start + *len as usize) as u32);
                if end >= start {
                    text.replace_range(start..end, "");
                }
            }
            Edit::Insert { at, piece } => {
                let at = boundary(&text, *at);
                text.insert_str(at, PIECES[*piece as usize % PIECES.len()]);
            }
            Edit::InsertText { at, text: inserted } => {
                let at = boundary(&text, *at);
                text.insert_str(at, inserted);
            }
            Edit::Duplicate { at, len } => {
                let start = boundary(&text, *at);
                let end = boundary(&text, (start + *len as usize) as u32);
                if end >= start && text.len() < 1 << 20 {
                    let copy = text[start..end].to_string();
                    text.insert_str(end, &copy);
                }
            }
        }
    }
    let chosen = input.profile as usize % (profiles.len() + 1);
    let config = Config {
        profile: profiles.get(chosen).map(|p| p.id.clone()),
        ..Config::default()
    };
    sound::check_soundly(&text, &config);
});

// The configuration a team supplies: a profile or a severity matrix, as JSON or TOML, read as
// the CLI reads it, then a document checked with it. A file that does not parse is refused
// with a message (fine); one that parses must never make the check panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use postmortem::severity::SeverityMatrix;
use postmortem::{Config, Profile};

#[path = "sound.rs"]
mod sound;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    // The configuration, then a NUL, then the document.
    let (config_text, document) = text.split_once('\0').unwrap_or((&text, "## Timeline\n- 09:41 impact begins\n"));
    let toml = kind & 1 == 1;
    let config = if kind & 2 == 0 {
        let profile: Option<Profile> = if toml {
            toml::from_str(config_text).ok()
        } else {
            serde_json::from_str(config_text).ok()
        };
        let Some(profile) = profile else { return };
        Config { profile: Some(profile.id.clone()), profiles: vec![profile], ..Config::default() }
    } else {
        let matrix: Option<SeverityMatrix> = if toml {
            toml::from_str(config_text).ok()
        } else {
            serde_json::from_str(config_text).ok()
        };
        let Some(matrix) = matrix else { return };
        Config { severity_matrix: Some(matrix), ..Config::default() }
    };
    sound::check_soundly(document, &config);
});

//! Inputs the fuzzers (`fuzz/`) or the hostile-document work found interesting, kept so that
//! they are checked on every run: each file in `tests/fuzz-regressions/` (except the README) is
//! read as UTF-8 lossily and must give a sound report.

use std::fs;
use std::path::Path;

use postmortem::{Config, check};

#[test]
fn every_kept_input_gives_a_sound_report() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).expect("tests/fuzz-regressions exists") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let report = check(&text, &Config::default());
        for d in &report.diagnostics {
            assert!(
                d.span.end <= text.len() && d.span.start <= d.span.end,
                "{}: {d:?}",
                path.display()
            );
            assert!(
                text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end),
                "{}: {d:?}",
                path.display()
            );
        }
        checked += 1;
    }
    assert!(checked > 0, "no inputs in {}", dir.display());
}

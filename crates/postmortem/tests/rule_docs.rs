//! docs/rules/ is generated from the rules' doc comments; this test fails when it is stale.
//! Regenerate with `UPDATE_RULE_DOCS=1 cargo test -p postmortem --test rule_docs`.

use std::fs;
use std::path::Path;

use postmortem::rules::RULES;

fn expected_pages() -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = RULES
        .iter()
        .map(|rule| (format!("{}-{}.md", rule.id, rule.name), rule.page()))
        .collect();
    let mut index = String::from(
        "# Rules\n\nGenerated from the rule sources in `crates/postmortem/src/rules/`; do not edit.\n\
         Switch a rule off with `--disable ID` on the command line.\n\n| id | name | severity | what it reports |\n|---|---|---|---|\n",
    );
    for rule in RULES {
        index.push_str(&format!(
            "| {} | [{}]({}-{}.md) | {} | {} |\n",
            rule.id,
            rule.name,
            rule.id,
            rule.name,
            rule.severity.as_str(),
            rule.summary
        ));
    }
    pages.push(("README.md".into(), index));
    pages
}

#[test]
fn rule_pages_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules");
    let pages = expected_pages();
    if std::env::var_os("UPDATE_RULE_DOCS").is_some() {
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for (name, page) in &pages {
            fs::write(dir.join(name), page).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (name, page) in &pages {
        if fs::read_to_string(dir.join(name)).ok().as_deref() != Some(page.as_str()) {
            stale.push(name.clone());
        }
    }
    let on_disk = fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert!(
        stale.is_empty() && on_disk == pages.len(),
        "docs/rules is stale ({stale:?}, {on_disk} files for {} pages); run \
         UPDATE_RULE_DOCS=1 cargo test -p postmortem --test rule_docs",
        pages.len()
    );
}

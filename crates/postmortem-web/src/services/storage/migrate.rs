//! Migration from what earlier versions of the page stored.
//!
//! Version 1 (`postmortem.v1.…`) kept a single draft (`draft.current` and its revision), its
//! snapshots (`draft.snapshot.<n>`, indexed by `draft.snapshots`), copies kept when two tabs
//! disagreed (`draft.copy.<ms>`), the text replaced by "New from template"
//! (`draft.before-template`) and the theme. Each text becomes a draft of its own, so nothing
//! is lost; the version 1 keys are removed only after everything was written.

use super::drafts::DraftRecord;
use super::{DraftStorage, StorageError, new_draft_id};

/// The namespace version 1 wrote.
pub const LEGACY_NAMESPACE: &str = "postmortem.v1.";

impl DraftStorage {
    /// Moves version 1 entries into drafts; returns how many drafts were made. Does nothing
    /// (and returns 0) when there is nothing from version 1.
    pub fn migrate_from_v1(&self, now: u64) -> Result<usize, StorageError> {
        let legacy: Vec<String> = self
            .raw_keys()?
            .into_iter()
            .filter(|k| k.starts_with(LEGACY_NAMESPACE))
            .collect();
        if legacy.is_empty() {
            return Ok(0);
        }
        let old = |key: &str| self.read_raw(&format!("{LEGACY_NAMESPACE}{key}"));
        let mut made = 0;
        let mut stamp = now;
        let mut next_id = || {
            stamp += 1;
            new_draft_id(stamp)
        };
        if let Some(text) = old("draft.current")?.filter(|t| !t.trim().is_empty()) {
            let id = next_id();
            let revision = old("draft.current.revision")?
                .and_then(|r| r.parse().ok())
                .unwrap_or(0);
            self.put_draft(&DraftRecord {
                revision,
                ..DraftRecord::new(id.clone(), text, now)
            })?;
            for line in old("draft.snapshots")?.unwrap_or_default().lines() {
                let Some((number, taken)) = line.split_once(' ') else {
                    continue;
                };
                let taken = taken.parse().unwrap_or(now);
                if let Some(text) = old(&format!("draft.snapshot.{number}"))? {
                    self.add_snapshot(&id, &text, taken)?;
                }
            }
            self.set_last_open(&id)?;
            made += 1;
        }
        for key in &legacy {
            let short = &key[LEGACY_NAMESPACE.len()..];
            let name = if short.starts_with("draft.copy.") {
                "Copy kept when two tabs disagreed"
            } else if short == "draft.before-template" {
                "Text replaced by a template"
            } else {
                continue;
            };
            if let Some(text) = self.read_raw(key)?.filter(|t| !t.trim().is_empty()) {
                self.put_draft(&DraftRecord {
                    name: Some(name.into()),
                    ..DraftRecord::new(next_id(), text, now)
                })?;
                made += 1;
            }
        }
        if let Some(theme) = old("theme")? {
            self.write("theme", &theme)?;
        }
        for key in &legacy {
            self.remove_raw(key)?;
        }
        Ok(made)
    }
}

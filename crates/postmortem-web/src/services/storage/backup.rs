//! Backup: every draft with its history in one JSON file, and importing such a file back.
//!
//! Importing merges and never overwrites: a draft whose id is free is added as it was; one
//! already here with the same text only gains the snapshots it lacks; one whose id is taken
//! by a different text is added beside it as a new draft named "… (imported)". A file from
//! anywhere is validated first: a wrong format, a newer version or a malformed entry gives a
//! message and changes nothing.

use wasm_bindgen::JsValue;

use super::drafts::DraftRecord;
use super::json;
use super::{DraftStorage, StorageError};

/// The `format` field of a backup file.
pub const BACKUP_FORMAT: &str = "postmortem-drafts-backup";
/// The backup version this page writes and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;
/// The key of the time of the last export.
const EXPORTED: &str = "exported";

/// A backup file: `{format, version, exported, drafts: [{draft, snapshots: [{taken, text}]}]}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    /// Milliseconds since 1970.
    pub exported: u64,
    pub drafts: Vec<BackupDraft>,
}

/// One draft in a backup, with its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupDraft {
    pub draft: DraftRecord,
    pub snapshots: Vec<BackupSnapshot>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSnapshot {
    pub taken: u64,
    pub text: String,
}

/// What importing will do with each draft of a backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportPlan {
    /// The id is free: the draft is added as it was.
    Add(BackupDraft),
    /// The same draft (id and text) is here: only missing snapshots are added.
    AlreadyHere(BackupDraft),
    /// The id is taken by a different text: added as a new draft beside it.
    AddAsCopy(BackupDraft),
}

/// What an import did, for the message to the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub added: usize,
    pub already_here: usize,
    pub added_as_copies: usize,
    pub snapshots_added: usize,
}

impl ImportOutcome {
    pub fn summary(&self) -> String {
        let mut parts = vec![format!(
            "{} draft{} added",
            self.added + self.added_as_copies,
            plural(self.added + self.added_as_copies)
        )];
        if self.added_as_copies > 0 {
            parts.push(format!(
                "{} of them beside a different draft with the same id, named \"(imported)\"",
                self.added_as_copies
            ));
        }
        if self.already_here > 0 {
            parts.push(format!("{} already here", self.already_here));
        }
        parts.push(format!(
            "{} snapshot{} added",
            self.snapshots_added,
            plural(self.snapshots_added)
        ));
        format!("Imported: {}. Nothing was overwritten.", parts.join(", "))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Backup {
    /// Reads a backup file, with a message for the user when it is not one this page can read.
    pub fn parse(text: &str) -> Result<Backup, String> {
        let value = json::parse(text)
            .map_err(|why| format!("This file is not a postmortem drafts backup: {why}."))?;
        let format = json::optional_string(&value, "format").ok().flatten();
        if format.as_deref() != Some(BACKUP_FORMAT) {
            return Err("This file is not a postmortem drafts backup (its \"format\" field is missing or different).".into());
        }
        match json::optional_number(&value, "version").ok().flatten() {
            Some(v) if v <= u64::from(BACKUP_VERSION) => {}
            Some(v) => {
                return Err(format!(
                    "This backup was written by a newer version of the page (version {v}); this page reads up to version {BACKUP_VERSION}."
                ));
            }
            None => return Err("This backup has no version number.".into()),
        }
        let backup = Backup::from_js(&value)
            .map_err(|why| format!("This backup is damaged and was not imported: {why}."))?;
        if let Some(bad) = backup.drafts.iter().find(|d| !valid_id(&d.draft.id)) {
            return Err(format!(
                "This backup is damaged and was not imported: the draft id {:?} is not one this page writes.",
                bad.draft.id.chars().take(40).collect::<String>()
            ));
        }
        Ok(backup)
    }

    /// The backup as JSON text.
    pub fn to_json(&self) -> Result<String, String> {
        let drafts: js_sys::Array = self
            .drafts
            .iter()
            .map(|d| {
                let entry = json::object();
                json::set(&entry, "draft", d.draft.to_js());
                let snapshots: js_sys::Array = d
                    .snapshots
                    .iter()
                    .map(|s| {
                        let snapshot = json::object();
                        json::set(&snapshot, "taken", s.taken as f64);
                        json::set(&snapshot, "text", s.text.as_str());
                        JsValue::from(snapshot)
                    })
                    .collect();
                json::set(&entry, "snapshots", snapshots);
                JsValue::from(entry)
            })
            .collect();
        let backup = json::object();
        json::set(&backup, "format", self.format.as_str());
        json::set(&backup, "version", self.version);
        json::set(&backup, "exported", self.exported as f64);
        json::set(&backup, "drafts", drafts);
        json::stringify(&backup)
    }

    fn from_js(value: &JsValue) -> Result<Backup, String> {
        let mut drafts = Vec::new();
        for entry in json::items(value, "drafts")? {
            let draft = DraftRecord::from_js(&json::object_field(&entry, "draft")?)
                .map_err(|why| format!("a draft: {why}"))?;
            let mut snapshots = Vec::new();
            for snapshot in json::items(&entry, "snapshots")? {
                snapshots.push(BackupSnapshot {
                    taken: json::number(&snapshot, "taken")?,
                    text: json::string(&snapshot, "text")?,
                });
            }
            drafts.push(BackupDraft { draft, snapshots });
        }
        Ok(Backup {
            format: json::string(value, "format")?,
            version: u32::try_from(json::number(value, "version")?)
                .map_err(|_| "\"version\" is too large")?,
            exported: json::number(value, "exported")?,
            drafts,
        })
    }

    /// What importing this backup next to the `local` drafts will do, draft by draft.
    pub fn plan(
        self,
        local: &[DraftRecord],
        mut fresh_id: impl FnMut() -> String,
    ) -> Vec<ImportPlan> {
        self.drafts
            .into_iter()
            .map(
                |incoming| match local.iter().find(|d| d.id == incoming.draft.id) {
                    None => ImportPlan::Add(incoming),
                    Some(here) if here.text == incoming.draft.text => {
                        ImportPlan::AlreadyHere(incoming)
                    }
                    Some(_) => {
                        let mut copy = incoming;
                        copy.draft.id = fresh_id();
                        copy.draft.revision = 0;
                        let title = copy
                            .draft
                            .name
                            .clone()
                            .unwrap_or_else(|| crate::naming::document_title(&copy.draft.text));
                        copy.draft.name = Some(format!("{title} (imported)"));
                        ImportPlan::AddAsCopy(copy)
                    }
                },
            )
            .collect()
    }
}

/// Ids are what [`super::new_draft_id`] makes: short, letters and digits.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl DraftStorage {
    /// Every draft (the trash too) with its snapshots.
    pub fn export(&self, now: u64) -> Result<Backup, StorageError> {
        let listing = self.list()?;
        let mut drafts = Vec::new();
        for draft in listing.drafts.into_iter().chain(listing.trash) {
            let mut snapshots = Vec::new();
            for s in self.snapshots(&draft.id)? {
                if let Some(text) = self.snapshot_text(&draft.id, s.number)? {
                    snapshots.push(BackupSnapshot {
                        taken: s.taken,
                        text,
                    });
                }
            }
            drafts.push(BackupDraft { draft, snapshots });
        }
        Ok(Backup {
            format: BACKUP_FORMAT.into(),
            version: BACKUP_VERSION,
            exported: now,
            drafts,
        })
    }

    /// Records that the drafts were exported at `now`.
    pub fn mark_exported(&self, now: u64) -> Result<(), StorageError> {
        self.write(EXPORTED, &now.to_string())
    }

    /// When the drafts were last exported.
    pub fn last_exported(&self) -> Result<Option<u64>, StorageError> {
        Ok(self.read(EXPORTED)?.and_then(|t| t.parse().ok()))
    }

    /// Imports a backup, merging (see the module documentation). A failure part-way (storage
    /// full) leaves what was already imported and says so.
    pub fn import(
        &self,
        backup: Backup,
        mut fresh_id: impl FnMut() -> String,
    ) -> Result<ImportOutcome, (StorageError, ImportOutcome)> {
        let mut outcome = ImportOutcome::default();
        let listing = self.list().map_err(|e| (e, outcome.clone()))?;
        let local: Vec<DraftRecord> = listing.drafts.into_iter().chain(listing.trash).collect();
        for step in backup.plan(&local, &mut fresh_id) {
            let result = (|| {
                let incoming = match step {
                    ImportPlan::Add(d) => {
                        self.put_draft(&d.draft)?;
                        outcome.added += 1;
                        d
                    }
                    ImportPlan::AlreadyHere(d) => {
                        outcome.already_here += 1;
                        d
                    }
                    ImportPlan::AddAsCopy(d) => {
                        self.put_draft(&d.draft)?;
                        outcome.added_as_copies += 1;
                        d
                    }
                };
                for s in &incoming.snapshots {
                    if self.add_snapshot(&incoming.draft.id, &s.text, s.taken)? {
                        outcome.snapshots_added += 1;
                    }
                }
                Ok(())
            })();
            if let Err(error) = result {
                return Err((error, outcome));
            }
        }
        Ok(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(id: &str, text: &str) -> DraftRecord {
        DraftRecord::new(id.into(), text.into(), 1)
    }

    fn backup(drafts: Vec<DraftRecord>) -> Backup {
        Backup {
            format: BACKUP_FORMAT.into(),
            version: BACKUP_VERSION,
            exported: 2,
            drafts: drafts
                .into_iter()
                .map(|draft| BackupDraft {
                    draft,
                    snapshots: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn importing_adds_free_ids_skips_identical_drafts_and_never_overwrites_a_different_one() {
        let local = [draft("a1", "# Same\n"), draft("b2", "# Mine\n")];
        let incoming = backup(vec![
            draft("a1", "# Same\n"),
            draft("b2", "# Theirs\n"),
            draft("c3", "# New\n"),
        ]);
        let plan = incoming.plan(&local, || "fresh".into());
        assert!(matches!(&plan[0], ImportPlan::AlreadyHere(d) if d.draft.id == "a1"));
        match &plan[1] {
            ImportPlan::AddAsCopy(d) => {
                assert_eq!(d.draft.id, "fresh");
                assert_eq!(d.draft.text, "# Theirs\n");
                assert_eq!(d.draft.name.as_deref(), Some("Theirs (imported)"));
            }
            other => panic!("expected a copy, got {other:?}"),
        }
        assert!(matches!(&plan[2], ImportPlan::Add(d) if d.draft.id == "c3"));
    }

    #[test]
    fn the_summary_says_what_happened_and_that_nothing_was_overwritten() {
        let outcome = ImportOutcome {
            added: 2,
            already_here: 1,
            added_as_copies: 1,
            snapshots_added: 4,
        };
        let summary = outcome.summary();
        assert!(summary.contains("3 drafts added"), "{summary}");
        assert!(summary.contains("1 already here"), "{summary}");
        assert!(summary.contains("4 snapshots added"), "{summary}");
        assert!(summary.contains("Nothing was overwritten"), "{summary}");
    }

    #[test]
    fn ids_from_a_hostile_file_are_checked() {
        assert!(valid_id("19a2b3c4d5e6f"));
        assert!(!valid_id(""));
        assert!(!valid_id("../../etc"));
        assert!(!valid_id(&"a".repeat(65)));
    }
}

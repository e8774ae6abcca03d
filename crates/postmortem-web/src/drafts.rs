//! What the page does with stored drafts: loading the one to show, turning records into the
//! page's [`Draft`] state, the rows of the drafts list, and the backup reminder. The storage
//! service does the storing; the app wires these into its buttons.

use postmortem::numbers::fixed;
use postmortem::{Config, check_sections};

use crate::naming::document_title;
use crate::services::storage::{DraftRecord, DraftStorage, StorageError, new_draft_id};
use crate::state::{Draft, SaveState};

/// A reminder to back up shows when drafts changed since the last export and that export (or
/// the first such change) is older than this.
pub const BACKUP_REMINDER_DAYS: u64 = 7;
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// Milliseconds since 1970, from the browser's clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The page state of a stored draft.
pub fn from_record(record: DraftRecord) -> Draft {
    Draft {
        profile: record.profile,
        seen: record.revision,
        ..Draft::new(record.id, record.text, SaveState::Saved)
    }
}

/// A new, empty draft; nothing is stored until its first edit.
pub fn blank() -> Draft {
    Draft::new(new_draft_id(now()), String::new(), SaveState::Saved)
}

/// The draft to show when the page opens, and anything the author should be told: what was
/// migrated from an older version, or an entry that could not be read.
pub fn load(storage: &Result<DraftStorage, StorageError>) -> (Draft, Vec<String>) {
    let storage = match storage {
        Ok(storage) => storage,
        Err(error) => {
            let mut draft = blank();
            draft.save = SaveState::NotSaved(error.to_string());
            return (draft, Vec::new());
        }
    };
    let mut notes = Vec::new();
    match storage.migrate_from_v1(now()) {
        Ok(0) => {}
        Ok(n) => notes.push(format!(
            "Moved {n} draft{} from the previous version of this page; see Drafts.",
            if n == 1 { "" } else { "s" }
        )),
        Err(error) => notes.push(format!(
            "Drafts from the previous version could not be moved ({error}); they are still stored."
        )),
    }
    let _ = storage.purge_old_trash(now());
    let last = match storage.last_open() {
        Ok(Some(id)) => match storage.draft(&id) {
            Ok(Some(record)) if record.deleted.is_none() => Some(record),
            Ok(_) => None,
            Err(error) => {
                notes.push(capitalise(&error.to_string()));
                None
            }
        },
        Ok(None) => None,
        Err(error) => {
            let mut draft = blank();
            draft.save = SaveState::NotSaved(error.to_string());
            return (draft, notes);
        }
    };
    let listing = storage.list().unwrap_or_default();
    if !listing.quarantined.is_empty() && notes.is_empty() {
        let n = listing.quarantined.len();
        notes.push(if n == 1 {
            "1 stored entry could not be read and was set aside; see Drafts.".to_string()
        } else {
            format!("{n} stored entries could not be read and were set aside; see Drafts.")
        });
    }
    let draft = last
        .or_else(|| listing.drafts.into_iter().next())
        .map_or_else(blank, from_record);
    (draft, notes)
}

/// One row of the drafts list.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftRow {
    pub id: String,
    /// The name given, or the document's title.
    pub title: String,
    pub profile: String,
    /// Sections complete, in percent.
    pub percent: u32,
    /// Milliseconds since 1970.
    pub changed: u64,
    /// When it went to the trash.
    pub deleted: Option<u64>,
}

/// The title a draft is listed under.
pub fn title_of(record: &DraftRecord) -> String {
    record
        .name
        .clone()
        .unwrap_or_else(|| document_title(&record.text))
}

/// The list row of a record: its title, profile and completion from the quick section check.
pub fn row(record: &DraftRecord) -> DraftRow {
    let config = Config {
        profile: record.profile.clone(),
        ..Config::default()
    };
    let (profile, completion) = check_sections(&record.text, &config);
    DraftRow {
        id: record.id.clone(),
        title: title_of(record),
        profile: profile.name,
        percent: completion.percent,
        changed: record.changed,
        deleted: record.deleted,
    }
}

/// Whether to remind the author to back up: some draft changed since the last export, and
/// the export (or, never exported, the earliest such change) is older than
/// [`BACKUP_REMINDER_DAYS`].
pub fn backup_due(drafts: &[DraftRecord], exported: Option<u64>, now: u64) -> bool {
    let since = exported.unwrap_or(0);
    let unsaved = drafts
        .iter()
        .filter(|d| d.changed > since && !d.text.trim().is_empty());
    let Some(first) = unsaved.map(|d| d.created.max(since)).min() else {
        return false;
    };
    now.saturating_sub(exported.unwrap_or(first)) > BACKUP_REMINDER_DAYS * DAY_MS
}

/// A time (ms since 1970) as the browser writes dates for its user.
pub fn local_time(ms: u64) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64))
        .to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// A byte count the way people read it.
pub fn human_bytes(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} bytes"),
        b if b < 1024 * 1024 => format!("{} KB", fixed(b as f64 / 1024.0, 0)),
        b if b < 1024 * 1024 * 1024 => format!("{} MB", fixed(b as f64 / (1024.0 * 1024.0), 1)),
        b => format!("{} GB", fixed(b as f64 / (1024.0 * 1024.0 * 1024.0), 1)),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| {
            std::iter::once(c.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(created: u64, changed: u64) -> DraftRecord {
        DraftRecord {
            changed,
            ..DraftRecord::new("a".into(), "# Text".into(), created)
        }
    }

    #[test]
    fn a_backup_is_due_a_week_after_an_unexported_change() {
        let day = DAY_MS;
        let drafts = [record(day, 2 * day)];
        assert!(!backup_due(&drafts, None, 5 * day), "too soon to nag");
        assert!(backup_due(&drafts, None, 9 * day));
        assert!(
            !backup_due(&drafts, Some(3 * day), 9 * day),
            "exported after the change"
        );
        let changed_later = [record(day, 4 * day)];
        assert!(backup_due(&changed_later, Some(3 * day), 11 * day));
        assert!(!backup_due(&[], None, 100 * day));
    }

    #[test]
    fn rows_take_the_name_or_the_document_title_and_the_completion() {
        let mut draft = record(1, 2);
        draft.text = "# Postmortem: Queue backlog\n".into();
        assert_eq!(row(&draft).title, "Queue backlog");
        draft.name = Some("Webhooks".into());
        let row = row(&draft);
        assert_eq!(row.title, "Webhooks");
        assert!(row.percent < 100);
    }

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(human_bytes(512), "512 bytes");
        assert_eq!(human_bytes(2048), "2 KB");
        assert_eq!(human_bytes(5 * 1024 * 1024), "5.0 MB");
    }
}

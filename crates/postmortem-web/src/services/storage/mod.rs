//! The storage service: the only code that touches `localStorage`.
//!
//! Every call returns a `Result`; a missing or blocked storage (private windows, sandboxed
//! iframes) is an error value, never a panic. Keys are namespaced and versioned
//! (`postmortem.v2.…`); [`migrate`] moves what an older version wrote.
//!
//! Layout, one value per key so that one damaged entry never takes the others down:
//!
//! | key (after `postmortem.v2.`) | value |
//! |---|---|
//! | `drafts` | the index: a JSON array of draft ids, oldest first |
//! | `draft.<id>` | one draft: a JSON [`DraftRecord`] (text, name, profile, revision, times, trash) |
//! | `history.<id>` | that draft's snapshots: one `number time` line each, oldest first |
//! | `snapshot.<id>.<number>` | one snapshot's text |
//! | `last` | the id of the draft open last |
//! | `quarantine.<key>` | an entry that could not be read, set aside untouched |
//! | `exported` | when the drafts were last exported (ms) |
//! | `theme` | the theme the author picked |

mod backup;
mod drafts;
mod history;
mod json;
mod migrate;

use std::fmt;

use wasm_bindgen::JsCast;

pub use backup::{BACKUP_FORMAT, Backup, BackupDraft, BackupSnapshot, ImportOutcome, ImportPlan};
pub use drafts::{DraftRecord, Listing, Saved, TRASH_DAYS, new_draft_id};
pub use history::{MAX_SNAPSHOTS, Snapshot};
pub use migrate::LEGACY_NAMESPACE;

/// Prefix of every key this app writes.
pub const NAMESPACE: &str = "postmortem.v2.";

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No `localStorage` here, or the browser refuses access (private mode, blocked iframe).
    Unavailable(String),
    /// The write did not fit (`QuotaExceededError`).
    Full,
    /// A stored entry could not be read; it was set aside under `quarantine.…`.
    Damaged(String),
    /// Any other failure the browser reported.
    Failed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable(why) => {
                write!(
                    f,
                    "browser storage is unavailable ({why}); this draft will not survive a reload"
                )
            }
            StorageError::Full => write!(f, "browser storage is full; the draft was not saved"),
            StorageError::Damaged(why) => write!(f, "{why}"),
            StorageError::Failed(why) => write!(f, "storage failed: {why}"),
        }
    }
}

/// A handle on this app's part of `localStorage`.
#[derive(Clone, PartialEq)]
pub struct DraftStorage {
    storage: web_sys::Storage,
}

impl DraftStorage {
    /// Opens the browser's local storage.
    pub fn open() -> Result<Self, StorageError> {
        let window =
            web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StorageError::Unavailable(
                "not provided by this browser".into(),
            )),
            Err(error) => Err(StorageError::Unavailable(describe(&error))),
        }
    }

    /// Reads the value under `key` (within the namespace), `None` when absent.
    pub fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.read_raw(&namespaced(key))
    }

    /// Writes `value` under `key` (within the namespace).
    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage
            .set_item(&namespaced(key), value)
            .map_err(|error| classify_write_error(&error))
    }

    /// Removes `key` (within the namespace); removing an absent key succeeds.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.remove_raw(&namespaced(key))
    }

    /// The keys within the namespace (without it) that start with `prefix`.
    pub fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        let full = namespaced(prefix);
        Ok(self
            .raw_keys()?
            .into_iter()
            .filter(|k| k.starts_with(&full))
            .map(|k| k[NAMESPACE.len()..].to_string())
            .collect())
    }

    /// What this app's entries take in storage, in bytes (browsers count UTF-16 code units,
    /// two bytes each, for keys and values).
    pub fn bytes_used(&self) -> Result<u64, StorageError> {
        let mut total = 0u64;
        for key in self.raw_keys()? {
            if key.starts_with(NAMESPACE) {
                let value = self.read_raw(&key)?.unwrap_or_default();
                total += 2 * (key.encode_utf16().count() + value.encode_utf16().count()) as u64;
            }
        }
        Ok(total)
    }

    fn read_raw(&self, full_key: &str) -> Result<Option<String>, StorageError> {
        self.storage
            .get_item(full_key)
            .map_err(|e| StorageError::Failed(describe(&e)))
    }

    fn remove_raw(&self, full_key: &str) -> Result<(), StorageError> {
        self.storage
            .remove_item(full_key)
            .map_err(|e| StorageError::Failed(describe(&e)))
    }

    /// Every key in the origin's local storage, this app's or not.
    fn raw_keys(&self) -> Result<Vec<String>, StorageError> {
        let length = self
            .storage
            .length()
            .map_err(|e| StorageError::Failed(describe(&e)))?;
        let mut keys = Vec::with_capacity(length as usize);
        for i in 0..length {
            if let Some(key) = self
                .storage
                .key(i)
                .map_err(|e| StorageError::Failed(describe(&e)))?
            {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// The full storage key of a namespaced key (what a `storage` event reports).
pub fn full_key(key: &str) -> String {
    namespaced(key)
}

fn namespaced(key: &str) -> String {
    format!("{NAMESPACE}{key}")
}

fn classify_write_error(error: &wasm_bindgen::JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageError::Full,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable(e.message()),
        _ => StorageError::Failed(describe(error)),
    }
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", e.name(), e.message());
    }
    error.as_string().unwrap_or_else(|| "unknown error".into())
}

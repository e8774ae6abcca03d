//! The storage service: the only code that touches `localStorage`.
//!
//! Every call returns a `Result`; a missing or blocked storage (private windows, sandboxed
//! iframes) is an error value, never a panic. Keys are namespaced and versioned
//! (`postmortem.v1.…`) so that a later format can migrate old entries.

use std::fmt;

use wasm_bindgen::JsCast;

/// Prefix of every key this app writes.
pub const NAMESPACE: &str = "postmortem.v1.";

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No `localStorage` here, or the browser refuses access (private mode, blocked iframe).
    Unavailable(String),
    /// The write did not fit (`QuotaExceededError`).
    Full,
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
            StorageError::Failed(why) => write!(f, "saving failed: {why}"),
        }
    }
}

/// A handle on this app's part of `localStorage`.
#[derive(Clone)]
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
        self.storage
            .get_item(&namespaced(key))
            .map_err(|e| StorageError::Failed(describe(&e)))
    }

    /// Writes `value` under `key` (within the namespace).
    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage
            .set_item(&namespaced(key), value)
            .map_err(|error| classify_write_error(&error))
    }

    /// Removes `key` (within the namespace); removing an absent key succeeds.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage
            .remove_item(&namespaced(key))
            .map_err(|e| StorageError::Failed(describe(&e)))
    }
}

/// The key of the draft being edited.
pub const CURRENT_DRAFT: &str = "draft.current";
/// The key of its revision: written after the text, so another tab's `storage` event on it
/// means the text is complete.
pub const CURRENT_REVISION: &str = "draft.current.revision";

/// A stored draft and the revision it is at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDraft {
    pub text: String,
    pub revision: u64,
}

/// What a guarded write did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Written; the draft is now at this revision.
    At(u64),
    /// Not written: another tab saved a revision this tab has not seen.
    Conflict(StoredDraft),
}

impl DraftStorage {
    /// The current draft and its revision (revision 0 when never written).
    pub fn read_draft(&self) -> Result<Option<StoredDraft>, StorageError> {
        let Some(text) = self.read(CURRENT_DRAFT)? else {
            return Ok(None);
        };
        Ok(Some(StoredDraft {
            text,
            revision: self.revision()?,
        }))
    }

    /// Writes `text` if storage is still at `seen`, the revision this tab last read or wrote;
    /// otherwise writes nothing and returns what the other tab saved.
    pub fn write_draft(&self, text: &str, seen: u64) -> Result<Saved, StorageError> {
        let current = self.revision()?;
        if current != seen {
            let other = self.read(CURRENT_DRAFT)?.unwrap_or_default();
            return Ok(Saved::Conflict(StoredDraft {
                text: other,
                revision: current,
            }));
        }
        self.write(CURRENT_DRAFT, text)?;
        let next = current + 1;
        self.write(CURRENT_REVISION, &next.to_string())?;
        Ok(Saved::At(next))
    }

    /// Keeps `text` under a copy key of its own (`draft.copy.<time>`) and returns that key.
    pub fn keep_copy(&self, text: &str, stamp: u64) -> Result<String, StorageError> {
        let key = format!("draft.copy.{stamp}");
        self.write(&key, text)?;
        Ok(format!("{NAMESPACE}{key}"))
    }

    fn revision(&self) -> Result<u64, StorageError> {
        Ok(self
            .read(CURRENT_REVISION)?
            .and_then(|r| r.parse().ok())
            .unwrap_or(0))
    }
}

/// The index of history snapshots: one `id time` line each, oldest first.
pub const SNAPSHOTS: &str = "draft.snapshots";
/// At most this many snapshots are kept; the oldest go first.
pub const MAX_SNAPSHOTS: usize = 20;

/// One history snapshot of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub id: u64,
    /// Milliseconds since 1970 when it was taken.
    pub taken: u64,
}

impl DraftStorage {
    /// The snapshots, oldest first. A damaged index line is skipped, not fatal.
    pub fn snapshots(&self) -> Result<Vec<Snapshot>, StorageError> {
        Ok(self
            .read(SNAPSHOTS)?
            .unwrap_or_default()
            .lines()
            .filter_map(|line| {
                let (id, taken) = line.split_once(' ')?;
                Some(Snapshot {
                    id: id.parse().ok()?,
                    taken: taken.parse().ok()?,
                })
            })
            .collect())
    }

    /// Takes a snapshot of `text` at `now` (ms) unless it equals the newest; keeps the newest
    /// [`MAX_SNAPSHOTS`].
    pub fn take_snapshot(&self, text: &str, now: u64) -> Result<(), StorageError> {
        let mut list = self.snapshots()?;
        if let Some(last) = list.last()
            && self.snapshot_text(last.id)?.as_deref() == Some(text)
        {
            return Ok(());
        }
        let id = list.last().map_or(1, |s| s.id + 1);
        self.write(&format!("draft.snapshot.{id}"), text)?;
        list.push(Snapshot { id, taken: now });
        while list.len() > MAX_SNAPSHOTS {
            let old = list.remove(0);
            self.remove(&format!("draft.snapshot.{}", old.id))?;
        }
        let index: Vec<String> = list
            .iter()
            .map(|s| format!("{} {}", s.id, s.taken))
            .collect();
        self.write(SNAPSHOTS, &index.join("\n"))
    }

    /// The text of a snapshot.
    pub fn snapshot_text(&self, id: u64) -> Result<Option<String>, StorageError> {
        self.read(&format!("draft.snapshot.{id}"))
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

//! Drafts: one JSON record per key, an index of ids, the guarded write that never overwrites
//! a revision another tab saved, the trash, and quarantine of records that cannot be read.

use wasm_bindgen::JsValue;

use super::json;
use super::{DraftStorage, StorageError};

/// The index key: a JSON array of draft ids, oldest first.
const INDEX: &str = "drafts";
/// The id of the draft open last.
const LAST: &str = "last";
/// A draft in the trash is removed for good after this many days.
pub const TRASH_DAYS: u64 = 30;
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// One stored draft (JSON: `{id, text, name, profile, revision, created, changed, deleted}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRecord {
    pub id: String,
    pub text: String,
    /// A name the author gave; without one the list shows the document's title.
    pub name: Option<String>,
    /// The profile the author chose; `None` lets the document decide.
    pub profile: Option<String>,
    /// Goes up with every saved change of the text.
    pub revision: u64,
    /// Milliseconds since 1970.
    pub created: u64,
    pub changed: u64,
    /// When it went to the trash, if it is there.
    pub deleted: Option<u64>,
}

impl DraftRecord {
    pub fn new(id: String, text: String, now: u64) -> Self {
        DraftRecord {
            id,
            text,
            name: None,
            profile: None,
            revision: 0,
            created: now,
            changed: now,
            deleted: None,
        }
    }

    /// The record as a plain JS object.
    pub fn to_js(&self) -> JsValue {
        let object = json::object();
        json::set(&object, "id", self.id.as_str());
        json::set(&object, "text", self.text.as_str());
        json::set(&object, "name", json::optional(&self.name));
        json::set(&object, "profile", json::optional(&self.profile));
        json::set(&object, "revision", self.revision as f64);
        json::set(&object, "created", self.created as f64);
        json::set(&object, "changed", self.changed as f64);
        json::set(
            &object,
            "deleted",
            self.deleted.map_or(JsValue::NULL, |t| (t as f64).into()),
        );
        object.into()
    }

    /// Reads a record, saying which field is wrong.
    pub fn from_js(value: &JsValue) -> Result<Self, String> {
        Ok(DraftRecord {
            id: json::string(value, "id")?,
            text: json::string(value, "text")?,
            name: json::optional_string(value, "name")?,
            profile: json::optional_string(value, "profile")?,
            revision: json::number(value, "revision")?,
            created: json::number(value, "created")?,
            changed: json::number(value, "changed")?,
            deleted: json::optional_number(value, "deleted")?,
        })
    }
}

/// What a guarded write did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Written; the draft is now at this revision.
    At(u64),
    /// Not written: another tab saved a revision this tab has not seen.
    Conflict(DraftRecord),
}

/// Everything stored, as the drafts list shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// Drafts not in the trash, most recently changed first.
    pub drafts: Vec<DraftRecord>,
    /// Drafts in the trash, most recently deleted first.
    pub trash: Vec<DraftRecord>,
    /// Keys (within the namespace) of entries set aside because they could not be read.
    pub quarantined: Vec<String>,
}

/// A new draft id: the time in hex and a random suffix, safe in a storage key.
pub fn new_draft_id(now: u64) -> String {
    let random = (js_sys::Math::random() * 65_536.0) as u32;
    format!("{now:x}{random:04x}")
}

fn record_key(id: &str) -> String {
    format!("draft.{id}")
}

impl DraftStorage {
    /// The draft `id`: `Ok(None)` when there is none. A record that cannot be read is moved
    /// to `quarantine.draft.<id>` (its value untouched) and reported as an error, so it
    /// never breaks the others.
    pub fn draft(&self, id: &str) -> Result<Option<DraftRecord>, StorageError> {
        let key = record_key(id);
        let Some(raw) = self.read(&key)? else {
            return Ok(None);
        };
        match json::parse(&raw).and_then(|value| DraftRecord::from_js(&value)) {
            Ok(record) if record.id == id => Ok(Some(record)),
            Ok(_) => self.quarantine(&key, &raw, "its id does not match its key"),
            Err(why) => self.quarantine(&key, &raw, &why),
        }
    }

    fn quarantine(
        &self,
        key: &str,
        raw: &str,
        why: &str,
    ) -> Result<Option<DraftRecord>, StorageError> {
        self.write(&format!("quarantine.{key}"), raw)?;
        self.remove(key)?;
        Err(StorageError::Damaged(format!(
            "a stored draft could not be read ({why}); it was set aside as quarantine.{key}"
        )))
    }

    /// Writes a record as it is (no revision check) and makes sure the index lists it.
    pub fn put_draft(&self, record: &DraftRecord) -> Result<(), StorageError> {
        let text = json::stringify(&record.to_js()).map_err(StorageError::Failed)?;
        self.write(&record_key(&record.id), &text)?;
        let mut ids = self.index()?;
        if !ids.contains(&record.id) {
            ids.push(record.id.clone());
            self.write_index(&ids)?;
        }
        Ok(())
    }

    /// Saves `text` into draft `id` if storage still holds revision `seen`, the one this tab
    /// last read or wrote; otherwise writes nothing and returns what the other tab saved.
    /// Saving takes a draft out of the trash (the author is writing in it), and recreates one
    /// that another tab deleted for good.
    pub fn save_draft(
        &self,
        id: &str,
        text: &str,
        profile: Option<&str>,
        seen: u64,
        now: u64,
    ) -> Result<Saved, StorageError> {
        let current = match self.draft(id) {
            Ok(current) => current,
            // Set aside already: write the author's text in its place.
            Err(StorageError::Damaged(_)) => None,
            Err(other) => return Err(other),
        };
        let mut record = match current {
            Some(stored) if stored.revision != seen => return Ok(Saved::Conflict(stored)),
            Some(stored) => stored,
            None => DraftRecord {
                revision: seen,
                ..DraftRecord::new(id.to_string(), String::new(), now)
            },
        };
        record.text = text.to_string();
        record.profile = profile.map(str::to_string);
        record.revision += 1;
        record.changed = now;
        record.deleted = None;
        self.put_draft(&record)?;
        Ok(Saved::At(record.revision))
    }

    /// Keeps `text` as a new draft named "<its title> (<why>)", so that a text about to leave
    /// the screen is never lost.
    pub fn keep_as_draft(
        &self,
        text: &str,
        why: &str,
        now: u64,
    ) -> Result<DraftRecord, StorageError> {
        let record = DraftRecord {
            name: Some(format!("{} ({why})", crate::naming::document_title(text))),
            ..DraftRecord::new(new_draft_id(now), text.to_string(), now)
        };
        self.put_draft(&record)?;
        Ok(record)
    }

    /// Every draft, the trash and the quarantined entries. Ids in the index without a record
    /// are dropped from it; records missing from the index are added back.
    pub fn list(&self) -> Result<Listing, StorageError> {
        let mut ids = self.index()?;
        let mut index_changed = false;
        for key in self.keys("draft.")? {
            let id = &key["draft.".len()..];
            if !ids.iter().any(|i| i == id) {
                ids.push(id.to_string());
                index_changed = true;
            }
        }
        let mut listing = Listing::default();
        let mut kept = Vec::with_capacity(ids.len());
        for id in ids {
            match self.draft(&id) {
                Ok(Some(record)) => {
                    kept.push(id);
                    if record.deleted.is_some() {
                        listing.trash.push(record);
                    } else {
                        listing.drafts.push(record);
                    }
                }
                Ok(None) | Err(StorageError::Damaged(_)) => index_changed = true,
                Err(other) => return Err(other),
            }
        }
        if index_changed {
            self.write_index(&kept)?;
        }
        postmortem::order::sort_by_key_descending(&mut listing.drafts, |d| d.changed);
        postmortem::order::sort_by_key_descending(&mut listing.trash, |d| (d.deleted, d.changed));
        listing.quarantined = self.keys("quarantine.")?;
        Ok(listing)
    }

    /// Names a draft (an empty name goes back to the document's title).
    pub fn rename(&self, id: &str, name: &str) -> Result<(), StorageError> {
        self.update(id, |record| {
            let name = name.trim();
            record.name = (!name.is_empty()).then(|| name.to_string());
        })
    }

    /// Puts a draft in the trash (`Some(now)`) or takes it out (`None`).
    pub fn set_deleted(&self, id: &str, deleted: Option<u64>) -> Result<(), StorageError> {
        self.update(id, |record| record.deleted = deleted)
    }

    fn update(&self, id: &str, change: impl FnOnce(&mut DraftRecord)) -> Result<(), StorageError> {
        let Some(mut record) = self.draft(id)? else {
            return Err(StorageError::Failed(
                "that draft is no longer stored".into(),
            ));
        };
        change(&mut record);
        self.put_draft(&record)
    }

    /// A copy of draft `id` under `new_id`, named "Copy of …", without its history.
    pub fn duplicate(
        &self,
        id: &str,
        new_id: &str,
        title: &str,
        now: u64,
    ) -> Result<DraftRecord, StorageError> {
        let Some(source) = self.draft(id)? else {
            return Err(StorageError::Failed(
                "that draft is no longer stored".into(),
            ));
        };
        let copy = DraftRecord {
            name: Some(format!(
                "Copy of {}",
                source.name.as_deref().unwrap_or(title)
            )),
            profile: source.profile.clone(),
            ..DraftRecord::new(new_id.to_string(), source.text, now)
        };
        self.put_draft(&copy)?;
        Ok(copy)
    }

    /// Removes a draft and its history for good.
    pub fn purge(&self, id: &str) -> Result<(), StorageError> {
        self.clear_history(id)?;
        self.remove(&record_key(id))?;
        let ids: Vec<String> = self.index()?.into_iter().filter(|i| i != id).collect();
        self.write_index(&ids)
    }

    /// Removes drafts that have been in the trash longer than [`TRASH_DAYS`]; returns how many.
    pub fn purge_old_trash(&self, now: u64) -> Result<usize, StorageError> {
        let old: Vec<String> = self
            .list()?
            .trash
            .into_iter()
            .filter(|d| {
                d.deleted
                    .is_some_and(|t| now.saturating_sub(t) > TRASH_DAYS * DAY_MS)
            })
            .map(|d| d.id)
            .collect();
        for id in &old {
            self.purge(id)?;
        }
        Ok(old.len())
    }

    /// Frees space when storage is full: empties the trash and keeps only the newest
    /// `keep_snapshots` snapshots of each draft. Returns the bytes freed.
    pub fn free_space(&self, keep_snapshots: usize) -> Result<u64, StorageError> {
        let before = self.bytes_used()?;
        let listing = self.list()?;
        for draft in &listing.trash {
            self.purge(&draft.id)?;
        }
        for draft in &listing.drafts {
            self.trim_history(&draft.id, keep_snapshots)?;
        }
        Ok(before.saturating_sub(self.bytes_used()?))
    }

    /// The value of a quarantined entry, to download it.
    pub fn quarantined(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.read(key)
    }

    /// The draft open last, if it was recorded.
    pub fn last_open(&self) -> Result<Option<String>, StorageError> {
        self.read(LAST)
    }

    pub fn set_last_open(&self, id: &str) -> Result<(), StorageError> {
        self.write(LAST, id)
    }

    /// The ids in the index; a damaged index reads as empty (`list` rebuilds it from the keys).
    fn index(&self) -> Result<Vec<String>, StorageError> {
        Ok(self
            .read(INDEX)?
            .and_then(|raw| json::parse(&raw).ok())
            .and_then(|value| json::strings(&value))
            .unwrap_or_default())
    }

    fn write_index(&self, ids: &[String]) -> Result<(), StorageError> {
        let text = json::stringify(&json::string_array(ids)).map_err(StorageError::Failed)?;
        self.write(INDEX, &text)
    }
}

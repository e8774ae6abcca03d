//! History: snapshots of each draft, taken every few minutes of editing and on Ctrl/Cmd+S,
//! kept within [`MAX_SNAPSHOTS`] per draft.

use super::{DraftStorage, StorageError};

/// At most this many snapshots are kept per draft; the oldest go first.
pub const MAX_SNAPSHOTS: usize = 20;

/// One snapshot of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// Its number within the draft's history, counting up.
    pub number: u64,
    /// Milliseconds since 1970 when it was taken.
    pub taken: u64,
}

fn index_key(draft: &str) -> String {
    format!("history.{draft}")
}

fn text_key(draft: &str, number: u64) -> String {
    format!("snapshot.{draft}.{number}")
}

impl DraftStorage {
    /// The draft's snapshots, oldest first. A damaged index line is skipped, not fatal.
    pub fn snapshots(&self, draft: &str) -> Result<Vec<Snapshot>, StorageError> {
        Ok(self
            .read(&index_key(draft))?
            .unwrap_or_default()
            .lines()
            .filter_map(|line| {
                let (number, taken) = line.split_once(' ')?;
                Some(Snapshot {
                    number: number.parse().ok()?,
                    taken: taken.parse().ok()?,
                })
            })
            .collect())
    }

    /// Takes a snapshot of `text` at `now` (ms) unless it equals the newest; keeps the newest
    /// [`MAX_SNAPSHOTS`].
    pub fn take_snapshot(&self, draft: &str, text: &str, now: u64) -> Result<(), StorageError> {
        let mut list = self.snapshots(draft)?;
        if let Some(last) = list.last()
            && self.snapshot_text(draft, last.number)?.as_deref() == Some(text)
        {
            return Ok(());
        }
        let number = list.last().map_or(1, |s| s.number + 1);
        self.write(&text_key(draft, number), text)?;
        list.push(Snapshot { number, taken: now });
        self.keep_newest(draft, list, MAX_SNAPSHOTS)
    }

    /// The text of a snapshot.
    pub fn snapshot_text(&self, draft: &str, number: u64) -> Result<Option<String>, StorageError> {
        self.read(&text_key(draft, number))
    }

    /// Keeps only the newest `keep` snapshots of a draft.
    pub fn trim_history(&self, draft: &str, keep: usize) -> Result<(), StorageError> {
        let list = self.snapshots(draft)?;
        self.keep_newest(draft, list, keep)
    }

    /// Removes every snapshot of a draft.
    pub fn clear_history(&self, draft: &str) -> Result<(), StorageError> {
        for snapshot in self.snapshots(draft)? {
            self.remove(&text_key(draft, snapshot.number))?;
        }
        self.remove(&index_key(draft))
    }

    /// Adds a snapshot taken at `taken` (from a backup) unless one with the same time and text
    /// is there; the history stays in time order and within [`MAX_SNAPSHOTS`].
    pub fn add_snapshot(&self, draft: &str, text: &str, taken: u64) -> Result<bool, StorageError> {
        let mut list = self.snapshots(draft)?;
        for s in &list {
            if s.taken == taken && self.snapshot_text(draft, s.number)?.as_deref() == Some(text) {
                return Ok(false);
            }
        }
        let number = list.iter().map(|s| s.number).max().unwrap_or(0) + 1;
        self.write(&text_key(draft, number), text)?;
        list.push(Snapshot { number, taken });
        postmortem::order::sort_by_key(&mut list, |s| (s.taken, s.number));
        self.keep_newest(draft, list, MAX_SNAPSHOTS)?;
        Ok(true)
    }

    fn keep_newest(
        &self,
        draft: &str,
        mut list: Vec<Snapshot>,
        keep: usize,
    ) -> Result<(), StorageError> {
        while list.len() > keep {
            let old = list.remove(0);
            self.remove(&text_key(draft, old.number))?;
        }
        if list.is_empty() {
            return self.remove(&index_key(draft));
        }
        let index: Vec<String> = list
            .iter()
            .map(|s| format!("{} {}", s.number, s.taken))
            .collect();
        self.write(&index_key(draft), &index.join("\n"))
    }
}

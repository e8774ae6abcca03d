//! The storage service against the real browser's localStorage (wasm-bindgen-test, headless Chromium).
#![cfg(target_arch = "wasm32")]

use postmortem_web::services::storage::{DraftStorage, NAMESPACE, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn a_written_draft_reads_back_under_the_versioned_namespace() {
    let storage = DraftStorage::open().expect("localStorage is available in the test browser");
    storage
        .write("test.roundtrip", "## Timeline\n14:02 alert")
        .unwrap();
    assert_eq!(
        storage.read("test.roundtrip").unwrap().as_deref(),
        Some("## Timeline\n14:02 alert")
    );
    let raw = raw_storage()
        .get_item(&format!("{NAMESPACE}test.roundtrip"))
        .unwrap();
    assert_eq!(raw.as_deref(), Some("## Timeline\n14:02 alert"));
    storage.remove("test.roundtrip").unwrap();
    assert_eq!(storage.read("test.roundtrip").unwrap(), None);
}

#[wasm_bindgen_test]
fn an_absent_key_is_none_not_an_error() {
    let storage = DraftStorage::open().unwrap();
    assert_eq!(storage.read("test.never-written").unwrap(), None);
    storage.remove("test.never-written").unwrap();
}

#[wasm_bindgen_test]
fn a_write_over_the_quota_is_reported_as_full_and_keeps_the_old_value() {
    let storage = DraftStorage::open().unwrap();
    storage.write("test.quota", "kept").unwrap();
    // Chromium allows about 5 MB per origin; 6 million characters cannot fit.
    let too_big = "x".repeat(6_000_000);
    assert_eq!(
        storage.write("test.quota", &too_big),
        Err(StorageError::Full)
    );
    assert_eq!(storage.read("test.quota").unwrap().as_deref(), Some("kept"));
    assert!(StorageError::Full.to_string().contains("full"));
    storage.remove("test.quota").unwrap();
}

#[wasm_bindgen_test]
fn a_tab_never_overwrites_a_revision_it_has_not_seen() {
    use postmortem_web::services::storage::{CURRENT_DRAFT, CURRENT_REVISION, Saved};
    let storage = DraftStorage::open().unwrap();
    storage.remove(CURRENT_DRAFT).unwrap();
    storage.remove(CURRENT_REVISION).unwrap();
    // Two tabs both loaded revision 0.
    assert_eq!(storage.write_draft("tab A text", 0), Ok(Saved::At(1)));
    match storage.write_draft("tab B text", 0).unwrap() {
        Saved::Conflict(other) => {
            assert_eq!((other.text.as_str(), other.revision), ("tab A text", 1))
        }
        Saved::At(_) => panic!("tab B overwrote a revision it had not seen"),
    }
    assert_eq!(storage.read_draft().unwrap().unwrap().text, "tab A text");
    // Once B has seen revision 1 it may write.
    assert_eq!(storage.write_draft("tab B text", 1), Ok(Saved::At(2)));
    let key = storage.keep_copy("tab A text", 42).unwrap();
    assert_eq!(
        raw_storage().get_item(&key).unwrap().as_deref(),
        Some("tab A text")
    );
    storage.remove(CURRENT_DRAFT).unwrap();
    storage.remove(CURRENT_REVISION).unwrap();
    storage.remove("draft.copy.42").unwrap();
}

#[wasm_bindgen_test]
fn snapshots_are_bounded_skip_repeats_and_read_back() {
    use postmortem_web::services::storage::{MAX_SNAPSHOTS, SNAPSHOTS};
    let storage = DraftStorage::open().unwrap();
    for s in storage.snapshots().unwrap() {
        storage.remove(&format!("draft.snapshot.{}", s.id)).unwrap();
    }
    storage.remove(SNAPSHOTS).unwrap();
    storage.take_snapshot("first", 1_000).unwrap();
    storage.take_snapshot("first", 2_000).unwrap();
    assert_eq!(
        storage.snapshots().unwrap().len(),
        1,
        "an unchanged text is not taken twice"
    );
    for i in 0..MAX_SNAPSHOTS + 5 {
        storage
            .take_snapshot(&format!("text {i}"), 3_000 + i as u64)
            .unwrap();
    }
    let list = storage.snapshots().unwrap();
    assert_eq!(list.len(), MAX_SNAPSHOTS);
    let newest = list.last().unwrap();
    assert_eq!(
        storage.snapshot_text(newest.id).unwrap().as_deref(),
        Some(format!("text {}", MAX_SNAPSHOTS + 4).as_str())
    );
    assert_eq!(
        storage.snapshot_text(1).unwrap(),
        None,
        "the oldest were removed"
    );
    for s in list {
        storage.remove(&format!("draft.snapshot.{}", s.id)).unwrap();
    }
    storage.remove(SNAPSHOTS).unwrap();
}

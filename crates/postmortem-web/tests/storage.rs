//! The storage service against the real browser's localStorage (wasm-bindgen-test, headless
//! Chromium). Each test starts from an empty storage.
#![cfg(target_arch = "wasm32")]

use postmortem_web::services::storage::{
    Backup, DraftRecord, DraftStorage, LEGACY_NAMESPACE, MAX_SNAPSHOTS, NAMESPACE, Saved,
    StorageError, TRASH_DAYS,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DAY: u64 = 24 * 60 * 60 * 1000;

fn raw() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// An empty storage and a handle on it.
fn fresh() -> DraftStorage {
    raw().clear().unwrap();
    DraftStorage::open().expect("localStorage is available in the test browser")
}

fn record(id: &str, text: &str, changed: u64) -> DraftRecord {
    DraftRecord {
        changed,
        ..DraftRecord::new(id.into(), text.into(), changed)
    }
}

#[wasm_bindgen_test]
fn a_written_value_reads_back_under_the_versioned_namespace() {
    let storage = fresh();
    storage
        .write("test.roundtrip", "## Timeline\n14:02 alert")
        .unwrap();
    assert_eq!(
        storage.read("test.roundtrip").unwrap().as_deref(),
        Some("## Timeline\n14:02 alert")
    );
    let key = format!("{NAMESPACE}test.roundtrip");
    assert_eq!(
        raw().get_item(&key).unwrap().as_deref(),
        Some("## Timeline\n14:02 alert")
    );
    storage.remove("test.roundtrip").unwrap();
    assert_eq!(storage.read("test.roundtrip").unwrap(), None);
    assert_eq!(storage.read("test.never-written").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_write_over_the_quota_is_reported_as_full_and_keeps_the_old_value() {
    let storage = fresh();
    storage.write("test.quota", "kept").unwrap();
    // Chromium allows about 5 MB per origin; 6 million characters cannot fit.
    let too_big = "x".repeat(6_000_000);
    assert_eq!(
        storage.write("test.quota", &too_big),
        Err(StorageError::Full)
    );
    assert_eq!(storage.read("test.quota").unwrap().as_deref(), Some("kept"));
    assert!(StorageError::Full.to_string().contains("full"));
}

#[wasm_bindgen_test]
fn drafts_are_listed_newest_first_with_the_trash_apart() {
    let storage = fresh();
    storage.put_draft(&record("a1", "# Old", 1_000)).unwrap();
    storage.put_draft(&record("b2", "# New", 2_000)).unwrap();
    storage.put_draft(&record("c3", "# Binned", 1_500)).unwrap();
    storage.set_deleted("c3", Some(3_000)).unwrap();
    let listing = storage.list().unwrap();
    let ids: Vec<&str> = listing.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["b2", "a1"]);
    assert_eq!(listing.trash.len(), 1);
    assert_eq!(listing.trash[0].id, "c3");
    storage.rename("a1", "  Webhooks  ").unwrap();
    assert_eq!(
        storage.draft("a1").unwrap().unwrap().name.as_deref(),
        Some("Webhooks")
    );
    let copy = storage.duplicate("a1", "d4", "Old", 4_000).unwrap();
    assert_eq!(copy.name.as_deref(), Some("Copy of Webhooks"));
    assert_eq!(storage.draft("d4").unwrap().unwrap().text, "# Old");
    // Undo: out of the trash again.
    storage.set_deleted("c3", None).unwrap();
    assert_eq!(storage.list().unwrap().drafts.len(), 4);
}

#[wasm_bindgen_test]
fn a_tab_never_overwrites_a_revision_it_has_not_seen() {
    let storage = fresh();
    // Two tabs both opened the draft before it was ever saved (revision 0).
    assert_eq!(
        storage.save_draft("t1", "tab A text", None, 0, 10),
        Ok(Saved::At(1))
    );
    match storage.save_draft("t1", "tab B text", None, 0, 11).unwrap() {
        Saved::Conflict(other) => {
            assert_eq!((other.text.as_str(), other.revision), ("tab A text", 1))
        }
        Saved::At(_) => panic!("tab B overwrote a revision it had not seen"),
    }
    assert_eq!(storage.draft("t1").unwrap().unwrap().text, "tab A text");
    // Once B has seen revision 1 it may write; saving takes the draft out of the trash.
    storage.set_deleted("t1", Some(12)).unwrap();
    assert_eq!(
        storage.save_draft("t1", "tab B text", Some("compact"), 1, 13),
        Ok(Saved::At(2))
    );
    let stored = storage.draft("t1").unwrap().unwrap();
    assert_eq!(
        (
            stored.text.as_str(),
            stored.profile.as_deref(),
            stored.deleted
        ),
        ("tab B text", Some("compact"), None)
    );
}

#[wasm_bindgen_test]
fn a_corrupted_entry_is_quarantined_and_every_other_draft_stays_readable() {
    let storage = fresh();
    storage.put_draft(&record("good1", "# First", 1)).unwrap();
    storage.put_draft(&record("good2", "# Second", 2)).unwrap();
    raw()
        .set_item(
            &format!("{NAMESPACE}draft.bad9"),
            "{\"id\": \"bad9\", \"text\": 12",
        )
        .unwrap();
    raw()
        .set_item(&format!("{NAMESPACE}drafts"), "not json either")
        .unwrap();
    let listing = storage.list().unwrap();
    let ids: Vec<&str> = listing.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["good2", "good1"]);
    assert_eq!(listing.quarantined, ["quarantine.draft.bad9"]);
    // The damaged value is kept untouched, out of the way.
    assert_eq!(
        storage
            .quarantined("quarantine.draft.bad9")
            .unwrap()
            .as_deref(),
        Some("{\"id\": \"bad9\", \"text\": 12")
    );
    assert_eq!(storage.read("draft.bad9").unwrap(), None);
    // Reading the damaged draft directly says why.
    raw()
        .set_item(&format!("{NAMESPACE}draft.bad8"), "[]")
        .unwrap();
    match storage.draft("bad8") {
        Err(StorageError::Damaged(why)) => assert!(why.contains("set aside"), "{why}"),
        other => panic!("expected a damaged entry, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn snapshots_are_bounded_per_draft_skip_repeats_and_read_back() {
    let storage = fresh();
    storage.take_snapshot("s1", "first", 1_000).unwrap();
    storage.take_snapshot("s1", "first", 2_000).unwrap();
    assert_eq!(
        storage.snapshots("s1").unwrap().len(),
        1,
        "an unchanged text is not taken twice"
    );
    for i in 0..MAX_SNAPSHOTS + 5 {
        storage
            .take_snapshot("s1", &format!("text {i}"), 3_000 + i as u64)
            .unwrap();
    }
    storage.take_snapshot("s2", "other draft", 5_000).unwrap();
    let list = storage.snapshots("s1").unwrap();
    assert_eq!(list.len(), MAX_SNAPSHOTS);
    let newest = list.last().unwrap();
    assert_eq!(
        storage
            .snapshot_text("s1", newest.number)
            .unwrap()
            .as_deref(),
        Some(format!("text {}", MAX_SNAPSHOTS + 4).as_str())
    );
    assert_eq!(
        storage.snapshot_text("s1", 1).unwrap(),
        None,
        "the oldest were removed"
    );
    assert_eq!(
        storage.snapshots("s2").unwrap().len(),
        1,
        "each draft has its own history"
    );
}

#[wasm_bindgen_test]
fn free_space_empties_the_trash_and_trims_history() {
    let storage = fresh();
    storage.put_draft(&record("keep", "# Keep", 1)).unwrap();
    storage
        .put_draft(&record("bin", &"x".repeat(100_000), 1))
        .unwrap();
    storage.set_deleted("bin", Some(2)).unwrap();
    for i in 0..10 {
        storage
            .take_snapshot("keep", &format!("version {i}"), 10 + i)
            .unwrap();
    }
    let freed = storage.free_space(3).unwrap();
    assert!(freed >= 200_000, "freed {freed} bytes");
    assert_eq!(storage.draft("bin").unwrap(), None);
    assert_eq!(storage.snapshots("keep").unwrap().len(), 3);
    assert_eq!(storage.draft("keep").unwrap().unwrap().text, "# Keep");
}

#[wasm_bindgen_test]
fn the_trash_is_emptied_after_its_time() {
    let storage = fresh();
    storage.put_draft(&record("old", "# Old", 1)).unwrap();
    storage.put_draft(&record("recent", "# Recent", 1)).unwrap();
    storage.set_deleted("old", Some(DAY)).unwrap();
    storage
        .set_deleted("recent", Some(TRASH_DAYS * DAY))
        .unwrap();
    assert_eq!(storage.purge_old_trash((TRASH_DAYS + 2) * DAY).unwrap(), 1);
    assert_eq!(storage.draft("old").unwrap(), None);
    assert!(storage.draft("recent").unwrap().is_some());
}

#[wasm_bindgen_test]
fn version_1_entries_become_drafts_and_the_old_keys_go() {
    let storage = fresh();
    let old = |key: &str, value: &str| {
        raw()
            .set_item(&format!("{LEGACY_NAMESPACE}{key}"), value)
            .unwrap()
    };
    old("draft.current", "# The one draft");
    old("draft.current.revision", "7");
    old("draft.snapshots", "1 1000\n2 2000");
    old("draft.snapshot.1", "# Earlier");
    old("draft.snapshot.2", "# Later");
    old("draft.copy.123", "# Other tab's text");
    old("draft.before-template", "# Before a template");
    old("theme", "dark");
    assert_eq!(storage.migrate_from_v1(5_000).unwrap(), 3);
    let listing = storage.list().unwrap();
    let texts: Vec<&str> = listing.drafts.iter().map(|d| d.text.as_str()).collect();
    assert!(texts.contains(&"# The one draft"), "{texts:?}");
    assert!(texts.contains(&"# Other tab's text"), "{texts:?}");
    assert!(texts.contains(&"# Before a template"), "{texts:?}");
    let main = listing
        .drafts
        .iter()
        .find(|d| d.text == "# The one draft")
        .unwrap();
    assert_eq!(
        storage.last_open().unwrap().as_deref(),
        Some(main.id.as_str())
    );
    assert_eq!(storage.snapshots(&main.id).unwrap().len(), 2);
    assert_eq!(storage.read("theme").unwrap().as_deref(), Some("dark"));
    assert_eq!(
        raw()
            .get_item(&format!("{LEGACY_NAMESPACE}draft.current"))
            .unwrap(),
        None
    );
    // Running it again finds nothing to do.
    assert_eq!(storage.migrate_from_v1(6_000).unwrap(), 0);
}

#[wasm_bindgen_test]
fn export_then_import_into_an_empty_storage_restores_every_draft_and_snapshot() {
    let storage = fresh();
    storage.put_draft(&record("e1", "# One", 1)).unwrap();
    storage.put_draft(&record("e2", "# Two", 2)).unwrap();
    storage.set_deleted("e2", Some(3)).unwrap();
    storage.take_snapshot("e1", "# One, earlier", 4).unwrap();
    storage.take_snapshot("e1", "# One, later", 5).unwrap();
    let json = storage.export(10).unwrap().to_json().unwrap();

    let storage = fresh();
    let backup = Backup::parse(&json).unwrap();
    let outcome = storage.import(backup, || "unused".into()).unwrap();
    assert_eq!((outcome.added, outcome.snapshots_added), (2, 2));
    assert_eq!(storage.draft("e1").unwrap().unwrap().text, "# One");
    assert_eq!(storage.draft("e2").unwrap().unwrap().deleted, Some(3));
    let texts: Vec<String> = storage
        .snapshots("e1")
        .unwrap()
        .iter()
        .map(|s| storage.snapshot_text("e1", s.number).unwrap().unwrap())
        .collect();
    assert_eq!(texts, ["# One, earlier", "# One, later"]);

    // Importing again changes nothing; a changed draft comes in beside, never over.
    let again = storage
        .import(Backup::parse(&json).unwrap(), || "unused".into())
        .unwrap();
    assert_eq!(
        (again.added, again.already_here, again.snapshots_added),
        (0, 2, 0)
    );
    storage
        .save_draft("e1", "# One, edited here", None, 0, 20)
        .unwrap();
    let merged = storage
        .import(Backup::parse(&json).unwrap(), || "fresh1".into())
        .unwrap();
    assert_eq!(merged.added_as_copies, 1);
    assert_eq!(
        storage.draft("e1").unwrap().unwrap().text,
        "# One, edited here"
    );
    let copy = storage.draft("fresh1").unwrap().unwrap();
    assert_eq!(
        (copy.text.as_str(), copy.name.as_deref()),
        ("# One", Some("One (imported)"))
    );
}

#[wasm_bindgen_test]
fn a_file_that_is_not_a_backup_is_refused_with_a_reason() {
    for (text, expected) in [
        ("not json", "not a postmortem drafts backup"),
        ("{\"format\": \"something-else\", \"version\": 1}", "format"),
        (
            "{\"format\": \"postmortem-drafts-backup\", \"version\": 99, \"drafts\": []}",
            "newer version",
        ),
        (
            "{\"format\": \"postmortem-drafts-backup\", \"version\": 1, \"exported\": 1, \"drafts\": [{\"draft\": 5}]}",
            "damaged",
        ),
        (
            "{\"format\": \"postmortem-drafts-backup\", \"version\": 1, \"exported\": 1, \"drafts\": [{\"draft\": {\"id\": \"../x\", \"text\": \"\", \"revision\": 0, \"created\": 0, \"changed\": 0}}]}",
            "id",
        ),
    ] {
        let error = Backup::parse(text).expect_err(text);
        assert!(error.contains(expected), "{text}: {error}");
    }
}

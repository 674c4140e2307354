//! `ingest::Reader` over a `.jsonl` file holding the input bytes: every line
//! yields a document or an error (malformed records are errors, never
//! panics), and reading ends.
//!
//! `Reader` only reads files and stdin (its line reader is private), so the
//! bytes go through a temporary file.
#![no_main]

use std::sync::LazyLock;

use actorgraph::ingest::{Reader, Source};
use libfuzzer_sys::fuzz_target;

/// Scratch directory, in memory where possible (`save` syncs to disk).
static DIR: LazyLock<tempfile::TempDir> = LazyLock::new(|| {
    tempfile::tempdir_in("/dev/shm")
        .or_else(|_| tempfile::tempdir())
        .expect("temporary directory")
});

fuzz_target!(|data: &[u8]| {
    let path = DIR.path().join("x.jsonl");
    std::fs::write(&path, data).expect("write input");
    let lines = data.split(|&b| b == b'\n').count();
    let mut n = 0;
    for item in Reader::new(vec![Source::File(path)]) {
        n += 1;
        assert!(n <= lines, "more items ({n}) than lines ({lines})");
        if let Ok(doc) = item {
            assert!(!doc.id.trim().is_empty(), "empty id accepted: {doc:?}");
            assert!(!doc.text.trim().is_empty(), "empty text accepted: {doc:?}");
            if let Some(d) = &doc.date {
                assert!(actorgraph::ingest::valid_date(d), "bad date kept: {d:?}");
            }
        }
    }
});

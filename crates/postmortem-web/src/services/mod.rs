//! Services: the only code that touches browser storage, the textarea's selection, the
//! clipboard, downloads and the document's theme. Every call returns a `Result` or is a no-op
//! when the browser refuses; none panics.

pub mod clipboard;
pub mod host;
pub mod persistence;
pub mod storage;
pub mod textarea;
pub mod theme;

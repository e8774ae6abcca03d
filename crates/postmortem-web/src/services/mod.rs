//! Services: the only code that touches the browser's storage (and later the clipboard, files).

pub mod storage;
